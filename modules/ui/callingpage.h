#pragma once

#include "services.h"

#include "routing/callauthority.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTimer;

namespace ui {

// The exam room's caller: who is waiting for this room (in call order), who is called or being
// examined now, who did not come. Keyboard-first: F2 call next, F3 recall, F4 not here, F5 start,
// F6 finish, F7 call a ticket, F8 transfer, F9 pause or resume. Every decision goes to the one
// call authority, so two rooms never call the same person.
class CallingPage : public QWidget
{
    Q_OBJECT
public:
    CallingPage(const Services &services, const accounts::Session &session, QWidget *parent = nullptr);
    QString roomId() const;
    void refresh();

signals:
    // This expert started examining the person: their form should open.
    void examStarted(const QString &acceptanceNo);

private:
    void callNext();
    void recall();
    void noShow();
    void startExam();
    void finishExam();
    void callTicket();
    void transfer();
    void togglePause();
    void overrideRoom();
    void requeueSelected();
    void report(const core::Result<routing::CallEvent> &outcome, const QString &done);
    void showError(const QString &message);
    QString maskedNameOf(const QString &acceptanceNo) const;
    // An expert sees and calls only the people drawn to them (a room may seat several experts);
    // the venue admin sees the whole room.
    bool ownOnly() const;
    QList<routing::RoomEntry> mine(const QList<routing::RoomEntry> &entries) const;
    std::optional<routing::RoomEntry> now() const;

    const Services &m_services;
    accounts::Session m_session;
    QComboBox *m_room = nullptr;
    QLabel *m_nowTicket = nullptr;
    QLabel *m_nowDetails = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_pauseBanner = nullptr;
    QLabel *m_queueTitle = nullptr;
    QLabel *m_othersWaiting = nullptr; // how many wait for the room's other experts
    QTableWidget *m_queue = nullptr;
    QListWidget *m_parked = nullptr;
    QPushButton *m_callNext = nullptr;
    QPushButton *m_recall = nullptr;
    QPushButton *m_noShow = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_finish = nullptr;
    QPushButton *m_callTicket = nullptr;
    QPushButton *m_transfer = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_requeue = nullptr;
    QPushButton *m_override = nullptr; // venue admin only
    QTimer *m_refresh = nullptr;
    QList<routing::RoomEntry> m_current;
};

} // namespace ui
