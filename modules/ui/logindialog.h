#pragma once

#include "services.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ui {

// The first screen: who is working at this station. Authentication is the service's job.
//
// At a start the window comes up before the station's key is read (store/loginfacts.h): it is made
// without the accounts, the person can type, and a login asked for then waits ("Opening…") until
// setAccounts() says the database is open. No login is ever accepted before that.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(accounts::AccountService &accounts, const StationInfo &station, QWidget *parent = nullptr);
    // Waiting for the station database: shows `station` as the plain login facts gave it.
    explicit LoginDialog(const StationInfo &station, QWidget *parent = nullptr);

    // The database is open: shows its own facts and runs the login asked for meanwhile, if any.
    void setAccounts(accounts::AccountService &accounts, const StationInfo &station);
    bool waitingForDatabase() const { return m_accounts == nullptr; }
    const accounts::Session &session() const { return m_session; }

private:
    void build();
    void showStation(const StationInfo &station);
    void tryLogin();

    accounts::AccountService *m_accounts = nullptr;
    bool m_loginPending = false;
    QLabel *m_venue = nullptr;
    accounts::Session m_session;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_loginButton = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace ui
