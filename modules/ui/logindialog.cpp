#include "logindialog.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace ui {

LoginDialog::LoginDialog(accounts::AccountService &accounts, const StationInfo &station, QWidget *parent)
    : QDialog(parent), m_accounts(&accounts)
{
    build();
    showStation(station);
}

LoginDialog::LoginDialog(const StationInfo &station, QWidget *parent) : QDialog(parent)
{
    build();
    showStation(station);
}

void LoginDialog::showStation(const StationInfo &station)
{
    if (station.venueName.isEmpty())
        m_venue->setText(tr("No venue is set up on this station yet."));
    else
        m_venue->setText(tr("%1\nBatch %2 · %3")
                             .arg(station.venueName, station.batchId,
                                  QLocale().toString(station.batchDay, QLocale::LongFormat)));
}

void LoginDialog::setAccounts(accounts::AccountService &accounts, const StationInfo &station)
{
    m_accounts = &accounts;
    showStation(station);
    m_loginButton->setText(tr("Log in"));
    m_loginButton->setEnabled(true);
    if (std::exchange(m_loginPending, false))
        tryLogin();
}

void LoginDialog::build()
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Appraisal Site Workstation"));
    setMinimumWidth(460);

    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("loginHeader"));
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(32, 28, 32, 24);
    auto *title = new QLabel(tr("Appraisal Site Workstation"), header);
    title->setObjectName(QStringLiteral("loginTitle"));
    auto *subtitle = new QLabel(tr("Labour-capacity appraisal · on-site service"), header);
    subtitle->setObjectName(QStringLiteral("loginSubtitle"));
    headerLayout->addWidget(title);
    headerLayout->addWidget(subtitle);

    auto *body = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(32, 24, 32, 28);
    bodyLayout->setSpacing(14);
    m_venue = new QLabel(body);
    m_venue->setObjectName(QStringLiteral("loginVenue"));
    m_venue->setWordWrap(true);
    bodyLayout->addWidget(m_venue);

    auto *form = new QFormLayout;
    form->setSpacing(10);
    m_username = new QLineEdit(body);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setPlaceholderText(tr("User name"));
    m_password = new QLineEdit(body);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password or PIN"));
    form->addRow(tr("User"), m_username);
    form->addRow(tr("Password"), m_password);
    bodyLayout->addLayout(form);

    m_error = new QLabel(body);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    bodyLayout->addWidget(m_error);

    m_loginButton = new QPushButton(tr("Log in"), body);
    m_loginButton->setObjectName(QStringLiteral("loginButton"));
    m_loginButton->setDefault(true);
    bodyLayout->addWidget(m_loginButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(body);

    connect(m_loginButton, &QPushButton::clicked, this, &LoginDialog::tryLogin);
    connect(m_username, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    connect(m_password, &QLineEdit::returnPressed, this, &LoginDialog::tryLogin);
    m_username->setFocus();
}

void LoginDialog::tryLogin()
{
    if (m_username->text().trimmed().isEmpty()) {
        m_error->setText(tr("Enter your user name."));
        m_error->show();
        m_username->setFocus();
        return;
    }
    if (!m_accounts) {
        // The key is still being read: the login runs as soon as the database is open.
        m_loginPending = true;
        m_loginButton->setText(tr("Opening…"));
        m_loginButton->setEnabled(false);
        m_error->hide();
        return;
    }
    const auto result = m_accounts->authenticate(m_username->text(), m_password->text());
    if (!result) {
        m_error->setText(result.error());
        m_error->show();
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_session = result.value();
    m_password->clear();
    accept();
}

} // namespace ui
