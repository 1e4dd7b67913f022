#include "stationshell.h"

#include "ui/logindialog.h"
#include "ui/mainwindow.h"
#include "ui/startuplogin.h"

#include <QApplication>
#include <QDebug>
#include <QMessageBox>
#include <QTimer>

StationShell::StationShell(station::StationContext &context, QObject *parent)
    : QObject(parent), m_context(context)
{
}

StationShell::~StationShell() = default;

void StationShell::startServices(QWidget *parent)
{
    if (m_context.started())
        return;
    m_context.start();
    emit servicesStarted();
    if (!m_context.templatesProblem().isEmpty())
        QMessageBox::warning(parent, QApplication::translate("main", "Exam templates"),
                             m_context.templatesProblem());
}

bool StationShell::showLogin(std::unique_ptr<ui::LoginDialog> shownEarly)
{
    std::unique_ptr<ui::LoginDialog> login = std::move(shownEarly);
    const ui::StationInfo station = m_context.services().directory().stationInfo();
    if (login) {
        // Up since before the key was read: now the database is open, it gets the accounts (and
        // runs a login asked for meanwhile) from inside its own event loop, then the services start.
        QTimer::singleShot(0, login.get(), [this, dialog = login.get(), station] {
            dialog->setAccounts(m_context.services().accounts(), station);
            startServices(dialog);
        });
    } else {
        login = std::make_unique<ui::LoginDialog>(m_context.services().accounts(), station);
        // The login window needs only the accounts and the station's name. What the pages behind it
        // need (card reader, venue hub link, the hall's voice and its audio output, exam templates,
        // sync, health checks) is started once the window has been painted, while the person types.
        if (!m_context.started()) {
            auto *painted = new ui::FirstPaint(login.get());
            connect(
                painted, &ui::FirstPaint::painted, login.get(),
                [this, dialog = login.get()] { startServices(dialog); }, Qt::QueuedConnection);
        }
    }
    if (login->exec() != QDialog::Accepted)
        return false;
    startServices(nullptr);
    const accounts::Session session = login->session();
    if (!m_services)
        m_services = std::make_unique<ui::Services>(ui::Services::of(m_context));
    m_window = std::make_unique<ui::MainWindow>(*m_services, session);
    connect(m_window.get(), &ui::MainWindow::logoutRequested, this, [this, session] {
        // A person leaving the station must always be able to; a logout the audit log cannot
        // record goes to the journal instead.
        if (const core::Status recorded = m_context.services().accounts().logout(session); !recorded)
            qWarning().noquote() << recorded.error();
        m_window->hide();
        // Leave the window's own signal handler before it is destroyed.
        QTimer::singleShot(0, this, [this] {
            m_window.reset();
            if (!showLogin())
                QApplication::quit();
        });
    });
    m_window->show();
    return true;
}
