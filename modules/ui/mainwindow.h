#pragma once

#include "services.h"

#include <QMainWindow>

class QListWidget;
class QPushButton;
class QStackedWidget;

namespace ui {

class IdleLock;
class StationStatusBar;

// The shell after login: the role's pages in a navigation list, and the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const Services &services, const accounts::Session &session, QWidget *parent = nullptr);

    // objectNames of the pages a role sees, home page first.
    static QStringList pagesFor(core::Role role);
    StationStatusBar *stationStatusBar() const { return m_statusBar; }
    IdleLock *idleLock() const { return m_idleLock; }
    // Shows the page with this objectName (if the role has it) and gives it the keyboard.
    void showPage(const QString &objectName);
    // Where typing goes on the page on show: its main input.
    QWidget *focusTarget() const;

signals:
    void logoutRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void focusPage();
    void showShortcutHelp();
    void addWindowKeys(QPushButton &logout);
    QWidget *createPage(const QString &name);
    void refreshSyncStatus();
    void showAbout();

    const Services &m_services;
    accounts::Session m_session;
    StationInfo m_station;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    StationStatusBar *m_statusBar = nullptr;
    IdleLock *m_idleLock = nullptr;
    QWidget *m_hallDisplay = nullptr;
    QList<QPair<QString, QString>> m_windowKeys; // shown in F1 after the page's own keys
    bool m_forwardingKey = false;                // opened from the sidebar, on the last screen
};

} // namespace ui
