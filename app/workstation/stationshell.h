#pragma once

#include "ui/services.h"

#include <QObject>

#include <memory>

namespace ui {
class MainWindow;
}

// Login → main window → logout → login, for as long as the station runs.
class StationShell : public QObject
{
    Q_OBJECT
public:
    explicit StationShell(const ui::Services &services, QObject *parent = nullptr);
    ~StationShell() override;
    // Shows the login dialog; returns false when the user closed it (the station quits).
    bool showLogin();

private:
    const ui::Services &m_services;
    std::unique_ptr<ui::MainWindow> m_window;
};
