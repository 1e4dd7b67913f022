#pragma once

#include "services.h"

#include <QDateTime>
#include <QDialog>
#include <QList>
#include <QPointer>

class QLabel;
class QLineEdit;
class QTimer;

namespace ui {

// Asks the logged-in person for their password again; nothing behind it is closed or lost.
// Someone else at the station (the next shift) signs the locked person out instead, without their
// password: the dialog then finishes with SignedOut.
class UnlockDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int SignedOut = 2;
    UnlockDialog(accounts::AccountService &accounts, const accounts::Session &session,
                 QWidget *parent = nullptr);

private:
    void tryUnlock();

    accounts::AccountService &m_accounts;
    accounts::Session m_session;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
};

// Locks the station after a configurable idle time (setting store::settings::IdleLockMinutes; 0 = never).
// Any key, mouse or touch input counts as activity. The window and its unsaved edits stay as
// they are behind the unlock dialog.
class IdleLock : public QObject
{
    Q_OBJECT
public:
    IdleLock(const Services &services, const accounts::Session &session, QWidget *window);

    int idleMinutes() const { return m_idleMinutes; }
    bool isLocked() const { return !m_dialog.isNull(); }
    // Locks when the idle time has passed; called by a timer, and by tests after moving the clock.
    void checkIdle();

signals:
    void locked();
    void unlocked();
    // The locked person was signed out from the lock (UnlockDialog::SignedOut).
    void signOutRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void lock();
    // A cover over `window` unless it has one: every window of the station while locked.
    void cover(QWidget &window);
    void removeCovers();
    void signOutOnceUnwound();

    const Services &m_services;
    accounts::Session m_session;
    QWidget *m_window;
    int m_idleMinutes = 0; // setting idle_lock.minutes
    QDateTime m_lastActivity;
    QTimer *m_timer = nullptr;
    QPointer<UnlockDialog> m_dialog;
    // Over every window while locked: the page behind the small unlock dialog showed the case
    // that was open (names, opinions) to whoever passed by, and so did a print preview of a
    // conclusion left open (seen at the walk), or any other dialog.
    QList<QPointer<QWidget>> m_covers;
};

} // namespace ui
