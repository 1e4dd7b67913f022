#include "adminaccounts.h"

#include "adminwidgets.h"
#include "setupvenuepages.h"

#include "accounts/accountservice.h"
#include "administration/accountadministration.h"
#include "administration/expertadministration.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui {

namespace {

constexpr core::Role kRoles[] = {core::Role::FrontDesk, core::Role::Expert, core::Role::Reviewer,
                                 core::Role::Clerk, core::Role::VenueAdmin};

bool needsExpert(core::Role role)
{
    return role == core::Role::Expert || role == core::Role::Reviewer;
}

} // namespace

AdminAccountsTab::AdminAccountsTab(administration::AccountAdministration &accounts,
                                   administration::ExpertAdministration &experts,
                                   const accounts::Session &session, QWidget *parent)
    : QWidget(parent), m_accounts(accounts), m_experts(experts), m_session(session)
{
    setObjectName(QStringLiteral("adminAccountsTab"));
    auto *layout = new QVBoxLayout(this);
    m_table = makeAdminTable(QStringLiteral("accountsView"),
                             {tr("User name"), tr("Name"), tr("Role"), tr("Expert"), tr("State")}, this);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    connect(addActionButton(buttons, QStringLiteral("newAccountButton"), tr("New account…"), this),
            &QPushButton::clicked, this, &AdminAccountsTab::create);
    connect(addActionButton(buttons, QStringLiteral("editAccountButton"), tr("Edit…"), this),
            &QPushButton::clicked, this, &AdminAccountsTab::edit);
    connect(addActionButton(buttons, QStringLiteral("toggleAccountButton"), tr("Disable or enable"), this),
            &QPushButton::clicked, this, &AdminAccountsTab::toggleActive);
    connect(addActionButton(buttons, QStringLiteral("resetPasswordButton"), tr("Reset password…"), this),
            &QPushButton::clicked, this, &AdminAccountsTab::resetPassword);
    connect(addActionButton(buttons, QStringLiteral("unlockAccountButton"), tr("Unlock"), this),
            &QPushButton::clicked, this, &AdminAccountsTab::unlock);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_feedback = new ActionFeedback(QStringLiteral("accountsFeedback"), this);
    layout->addWidget(m_feedback);
    refresh();
}

void AdminAccountsTab::refresh()
{
    const QString selected = selectedKey(m_table);
    const auto rows = m_accounts.list(m_session);
    m_table->setRowCount(0);
    if (!rows) {
        m_feedback->report(rows.status(), QString());
        return;
    }
    int row = 0;
    for (const administration::AccountRow &entry : rows.value()) {
        QString state = entry.account.active ? tr("Active") : tr("Disabled");
        if (entry.locked)
            state =
                tr("Locked until %1").arg(QLocale().toString(entry.lockedUntil.time(), QLocale::ShortFormat));
        setAdminRow(m_table, row++, entry.account.username,
                    {entry.account.username, entry.account.displayName, core::displayName(entry.account.role),
                     entry.account.expertId, state});
    }
    m_table->resizeColumnsToContents();
    selectKey(m_table, selected);
}

void AdminAccountsTab::create()
{
    AccountDialog dialog(m_experts, nullptr, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const core::StaffAccount account = dialog.account();
    if (m_feedback->report(m_accounts.create(m_session, account, dialog.password()),
                           tr("Account %1 created.").arg(account.username))) {
        refresh();
        selectKey(m_table, account.username);
    }
}

std::optional<core::StaffAccount> AdminAccountsTab::selectedAccount()
{
    const QString user = selectedKey(m_table);
    if (const auto rows = m_accounts.list(m_session); !user.isEmpty() && rows)
        for (const administration::AccountRow &entry : rows.value())
            if (entry.account.username == user)
                return entry.account;
    m_feedback->report(core::Status::failure(tr("Select an account first.")), QString());
    return std::nullopt;
}

void AdminAccountsTab::edit()
{
    const auto account = selectedAccount();
    if (!account)
        return;
    AccountDialog dialog(m_experts, &*account, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_feedback->report(m_accounts.update(m_session, dialog.account()),
                           tr("Account %1 saved.").arg(account->username)))
        refresh();
}

void AdminAccountsTab::toggleActive()
{
    const auto account = selectedAccount();
    if (!account)
        return;
    const QString &user = account->username;
    const bool activate = !account->active;
    if (m_feedback->report(m_accounts.setActive(m_session, user, activate),
                           activate ? tr("Account %1 enabled.").arg(user)
                                    : tr("Account %1 disabled.").arg(user)))
        refresh();
}

void AdminAccountsTab::resetPassword()
{
    const QString user = selectedKey(m_table);
    if (user.isEmpty()) {
        m_feedback->report(core::Status::failure(tr("Select an account first.")), QString());
        return;
    }
    PasswordDialog dialog(user, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_feedback->report(m_accounts.resetPassword(m_session, user, dialog.password()),
                       tr("The password of %1 is reset; tell the person in private.").arg(user));
}

void AdminAccountsTab::unlock()
{
    const QString user = selectedKey(m_table);
    if (user.isEmpty()) {
        m_feedback->report(core::Status::failure(tr("Select an account first.")), QString());
        return;
    }
    if (m_feedback->report(m_accounts.unlock(m_session, user), tr("Account %1 unlocked.").arg(user)))
        refresh();
}

AccountDialog::AccountDialog(const administration::ExpertAdministration &experts,
                             const core::StaffAccount *existing, QWidget *parent)
    : QDialog(parent), m_new(existing == nullptr)
{
    setObjectName(QStringLiteral("accountDialog"));
    setWindowTitle(m_new ? tr("New account") : tr("Edit account"));
    setMinimumWidth(480);
    auto *form = new QFormLayout(this);
    m_user = new QLineEdit(existing ? existing->username : QString(), this);
    m_user->setObjectName(QStringLiteral("accountUserEdit"));
    m_user->setReadOnly(!m_new);
    m_name = new QLineEdit(existing ? existing->displayName : QString(), this);
    m_name->setObjectName(QStringLiteral("accountNameEdit"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("accountRoleCombo"));
    for (core::Role role : kRoles)
        m_role->addItem(core::displayName(role), int(role));
    m_expert = new QComboBox(this);
    m_expert->setObjectName(QStringLiteral("accountExpertCombo"));
    m_expert->addItem(tr("(none)"), QString());
    for (const core::Expert &expert : experts.experts())
        m_expert->addItem(QStringLiteral("%1  %2").arg(expert.id, expert.name), expert.id);
    form->addRow(tr("User name"), m_user);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("Acts as expert"), m_expert);
    if (m_new) {
        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("accountPasswordEdit"));
        m_password->setEchoMode(QLineEdit::Password);
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("accountRepeatEdit"));
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("Password"), m_password);
        form->addRow(tr("Password again"), m_repeat);
    }
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("accountProblem"));
    m_problem->setWordWrap(true);
    form->addRow(m_problem);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = box->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("accountOkButton"));
    form->addRow(box);
    if (existing) {
        m_role->setCurrentIndex(m_role->findData(int(existing->role)));
        m_expert->setCurrentIndex(std::max(0, m_expert->findData(existing->expertId)));
    }
    for (QLineEdit *edit : {m_user, m_name, m_password, m_repeat})
        if (edit)
            connect(edit, &QLineEdit::textChanged, this, &AccountDialog::check);
    connect(m_role, &QComboBox::currentIndexChanged, this, &AccountDialog::check);
    connect(m_expert, &QComboBox::currentIndexChanged, this, &AccountDialog::check);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

void AccountDialog::check()
{
    const core::StaffAccount wanted = account();
    m_expert->setEnabled(needsExpert(wanted.role));
    QString problem;
    if (wanted.username.isEmpty() || wanted.displayName.isEmpty())
        problem = tr("Type the user name and the person's name.");
    else if (needsExpert(wanted.role) && wanted.expertId.isEmpty())
        problem = tr("An expert or reviewer account acts as one expert: choose the expert.");
    else if (m_new &&
             !accounts::AccountService::passwordProblem(wanted.username, m_password->text()).isEmpty())
        problem = accounts::AccountService::passwordProblem(wanted.username, m_password->text());
    else if (m_new && m_password->text() != m_repeat->text())
        problem = tr("The two passwords differ; type the same password twice.");
    showPageProblem(m_problem, problem);
    m_ok->setEnabled(problem.isEmpty());
}

core::StaffAccount AccountDialog::account() const
{
    const auto role = core::Role(m_role->currentData().toInt());
    return core::StaffAccount{m_user->text().trimmed(), m_name->text().trimmed(), role,
                              needsExpert(role) ? m_expert->currentData().toString() : QString(), true};
}

QString AccountDialog::password() const
{
    return m_password ? m_password->text() : QString();
}

PasswordDialog::PasswordDialog(const QString &username, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("New password for %1").arg(username));
    setMinimumWidth(440);
    auto *form = new QFormLayout(this);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("newPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("newPasswordRepeatEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("Password again"), m_repeat);
    auto *problem = new QLabel(this);
    problem->setWordWrap(true);
    form->addRow(problem);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = box->button(QDialogButtonBox::Ok);
    form->addRow(box);
    const auto check = [this, username, problem, ok] {
        QString wrong = accounts::AccountService::passwordProblem(username, m_password->text());
        if (wrong.isEmpty() && m_password->text() != m_repeat->text())
            wrong = tr("The two passwords differ; type the same password twice.");
        showPageProblem(problem, wrong);
        ok->setEnabled(wrong.isEmpty());
    };
    connect(m_password, &QLineEdit::textChanged, this, check);
    connect(m_repeat, &QLineEdit::textChanged, this, check);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

} // namespace ui
