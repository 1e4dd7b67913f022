#pragma once

#include "accounts/permissions.h"
#include "administration/accountadministration.h"
#include "administration/expertadministration.h"

#include <QDialog>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ui {

class ActionFeedback;

// The staff accounts of the venue: create, edit, disable or enable, reset a password, unlock.
class AdminAccountsTab : public QWidget
{
    Q_OBJECT
public:
    AdminAccountsTab(administration::AccountAdministration &accounts,
                     administration::ExpertAdministration &experts, const accounts::Session &session,
                     QWidget *parent = nullptr);
    void refresh();

private:
    void create();
    void edit();
    void toggleActive();
    void resetPassword();
    void unlock();
    // The account selected in the table, read afresh; nothing (and a message) when none is.
    std::optional<core::StaffAccount> selectedAccount();
    administration::AccountAdministration &m_accounts;
    administration::ExpertAdministration &m_experts;
    const accounts::Session &m_session;
    QTableWidget *m_table;
    ActionFeedback *m_feedback;
};

// A new account (with its password) or an existing one (name, role, expert).
class AccountDialog : public QDialog
{
    Q_OBJECT
public:
    AccountDialog(const administration::ExpertAdministration &experts, const core::StaffAccount *existing,
                  QWidget *parent = nullptr);
    core::StaffAccount account() const;
    QString password() const;

private:
    void check();
    bool m_new;
    QLineEdit *m_user, *m_name, *m_password = nullptr, *m_repeat = nullptr;
    QComboBox *m_role, *m_expert;
    QLabel *m_problem;
    QPushButton *m_ok;
};

// A new password typed twice, checked by the station's rules as it is typed.
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    PasswordDialog(const QString &username, QWidget *parent = nullptr);
    QString password() const;

private:
    QLineEdit *m_password, *m_repeat;
};

} // namespace ui
