#pragma once

#include "services.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ui {

// The first screen: who is working at this station. Authentication is the service's job.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(accounts::AccountService &accounts, const StationInfo &station, QWidget *parent = nullptr);

    const accounts::Session &session() const { return m_session; }

private:
    void tryLogin();

    accounts::AccountService &m_accounts;
    accounts::Session m_session;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_loginButton = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace ui
