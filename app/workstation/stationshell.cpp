#include "stationshell.h"

#include "ui/logindialog.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDebug>
#include <QTimer>

StationShell::StationShell(const ui::Services &services, QObject *parent)
    : QObject(parent), m_services(services)
{
}

StationShell::~StationShell() = default;

bool StationShell::showLogin()
{
    ui::LoginDialog login(m_services.accounts, ui::loadStationInfo(m_services.database));
    if (login.exec() != QDialog::Accepted)
        return false;
    const accounts::Session session = login.session();
    m_window = std::make_unique<ui::MainWindow>(m_services, session);
    connect(m_window.get(), &ui::MainWindow::logoutRequested, this, [this, session] {
        // A person leaving the station must always be able to; a logout the audit log cannot
        // record goes to the journal instead.
        if (const core::Status recorded = m_services.accounts.logout(session); !recorded)
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
