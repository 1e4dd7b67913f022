#pragma once

#include "station/stationcontext.h"
#include "ui/services.h"

#include <QObject>

#include <memory>

class QWidget;

namespace ui {
class LoginDialog;
class MainWindow;
} // namespace ui

// Login → main window → logout → login, for as long as the station runs.
class StationShell : public QObject
{
    Q_OBJECT
public:
    explicit StationShell(station::StationContext &context, QObject *parent = nullptr);
    ~StationShell() override;
    // Shows the login dialog, or takes over the one shown before the database was open (waiting for
    // the accounts); returns false when the user closed it (the station quits).
    bool showLogin(std::unique_ptr<ui::LoginDialog> shownEarly = {});

signals:
    // The services behind the pages were started (once the first login window was painted).
    void servicesStarted();

private:
    // Starts the station's services (once), saying over `parent` when the exam templates did not load.
    void startServices(QWidget *parent);

    station::StationContext &m_context;
    std::unique_ptr<ui::Services> m_services; // what the pages use, once the context is started
    std::unique_ptr<ui::MainWindow> m_window;
};
