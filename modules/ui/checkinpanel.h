#pragma once

#include "services.h"

#include "checkin/checkinservice.h"

#include <QHash>
#include <QImage>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ui {

class DeskCard;

// What a card read (or another identity source) tells the desk before check-in.
struct PresentedIdentity {
    QString idNumber;
    QString name;
    QImage photo;        // null when there is none to show
    QString photoStatus; // why there is no photo
    bool cardExpired = false;
};

// The keyboard-first check-in strip of the front desk: one input for a card read, a typed ID
// number or a scanned acceptance-number barcode; Enter checks in and prints; F2 typed entry,
// F5 reprint, F6 receipt preview and Shift+F6 ticket preview (both print on any system printer),
// F8 sign-out, F9 walk-in.
// Printing never blocks: the check-in is saved first, the printers report back later.
class CheckInPanel : public QWidget
{
    Q_OBJECT
public:
    CheckInPanel(const Services &services, const accounts::Session &session, QWidget *parent = nullptr);

    // A card was read: fill the input and show who it is; Enter then checks in.
    void present(const PresentedIdentity &identity);
    const std::optional<checkin::CheckIn> &current() const { return m_current; }

signals:
    void changed(); // something was checked in, printed or signed out: refresh lists

private:
    void checkIn();
    void showDone(const routing::DeskCheckIn &done); // a check-in made: show it and print
    void reprint();
    void signOut();
    void recordWalkIn();
    void validateInput(const QString &text);
    void showCheckIn(const checkin::CheckIn &done);
    void showError(const QString &message);
    void showInfo(const QString &message);
    void print(const checkin::CheckIn &done, bool reprint);
    enum class Document { Ticket, Receipt };
    void preview(Document document);
    void onJobPrinted(quint64 job);
    void onJobWaiting(quint64 job, const QString &problem);
    void updateActions();

    // A job handed to the printers whose outcome the desk still waits for.
    struct PendingPrint {
        QString ticketId;
        QString ticketLabel;
        QString kind; // "ticket" or "receipt"
        bool reprint = false;
        bool reportedWaiting = false;
    };

    const Services &m_services;
    accounts::Session m_session;
    checkin::CheckInService &m_checkIn;
    routing::DeskAuthority *m_desk = nullptr; // this station, or the venue hub
    std::optional<checkin::CheckIn> m_current;
    std::optional<PresentedIdentity> m_presented;
    std::optional<checkin::Problem> m_lastProblem;
    QHash<quint64, PendingPrint> m_pendingPrints;

    QLineEdit *m_input = nullptr;
    QLabel *m_inputHint = nullptr;
    QLabel *m_message = nullptr;
    DeskCard *m_card = nullptr;
    QPushButton *m_checkInButton = nullptr;
    QPushButton *m_reprintButton = nullptr;
    QPushButton *m_signOutButton = nullptr;
    QPushButton *m_walkInButton = nullptr;
    QPushButton *m_addMaterialsButton = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_ticketPreviewButton = nullptr;
};

} // namespace ui
