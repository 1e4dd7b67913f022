#include "adminpage.h"

#include "adminaccounts.h"
#include "adminexperts.h"
#include "adminimports.h"
#include "adminredraw.h"
#include "adminrooms.h"
#include "adminvenue.h"
#include "adminwalkins.h"
#include "pagewidgets.h"
#include "screenfit.h"
#include "settingsdialog.h"
#include "shortcuthelp.h"

#include <QHBoxLayout>
#include <QPushButton>

#include <QShortcut>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ui {

AdminPage::AdminPage(const Services &services, const accounts::Session &session, const StationInfo &station,
                     QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("adminPage"));
    auto *layout = new QVBoxLayout(this);
    // 911×512: the page's margins go to its content.
    const bool compactMargins = isCompactScreen(*this);
    layout->setContentsMargins(compactMargins ? QMargins(16, 8, 16, 6) : QMargins(24, 18, 24, 12));
    layout->setSpacing(compactMargins ? 6 : 8);
    auto *settings = new QPushButton(tr("Station settings…"), this);
    settings->setObjectName(QStringLiteral("openSettingsButton"));
    connect(settings, &QPushButton::clicked, this,
            [this, &services, &session] { SettingsDialog(services, session, this).exec(); });
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("adminTabs"));
    auto *venueTab = new AdminVenueTab(services.venueAdministration, session, tabs);
    if (compactMargins) {
        // 911×512: the header line (hidden there) would hold nothing but this button, a line the
        // tables need; it goes under the venue's details. The tabs get narrower padding so that
        // every tab's name shows whole, "Redraw" too.
        venueTab->addStationAction(settings);
        tabs->tabBar()->setProperty("compact", true);
    } else {
        auto *top = new QHBoxLayout;
        top->addWidget(makePageHeader(tr("Venue administration"),
                                      tr("Accounts, experts, rooms and lanes of %1. Every change is audited "
                                         "and sent to the central system.")
                                          .arg(station.venueName),
                                      this),
                       1);
        top->addWidget(settings, 0, Qt::AlignTop);
        layout->addLayout(top);
    }
    auto *accountsTab =
        new AdminAccountsTab(services.accountAdministration, services.expertAdministration, session, tabs);
    auto *expertsTab =
        new AdminExpertsTab(services.expertAdministration, services.venueAdministration, session, tabs);
    auto *roomsTab = new AdminRoomsTab(services.venueAdministration, *services.calls, session, tabs);
    tabs->addTab(venueTab, tr("Venue"));
    tabs->addTab(accountsTab, tr("Accounts"));
    tabs->addTab(expertsTab, tr("Experts"));
    tabs->addTab(roomsTab, tr("Rooms and lanes"));
    auto *walkInsTab = new AdminWalkInsTab(services.walkInAdministration, session, tabs);
    tabs->addTab(walkInsTab, tr("Walk-ins"));
    auto *importsTab = new AdminImportsTab(services, session, tabs);
    tabs->addTab(importsTab, tr("Imports"));
    connect(importsTab, &AdminImportsTab::imported, expertsTab, &AdminExpertsTab::refresh);
    if (services.draws)
        tabs->addTab(new AdminRedrawTab(services, session, tabs), tr("Redraw"));
    // What one tab changes (an expert, a room) shows in the others when they are opened.
    connect(tabs, &QTabWidget::currentChanged, this,
            [tabs, accountsTab, expertsTab, roomsTab, walkInsTab](int index) {
                QWidget *shown = tabs->widget(index);
                if (shown == accountsTab)
                    accountsTab->refresh();
                else if (shown == expertsTab)
                    expertsTab->refresh();
                else if (shown == roomsTab)
                    roomsTab->refresh();
                else if (shown == walkInsTab)
                    walkInsTab->refresh();
            });
    layout->addWidget(tabs, 1);
    // The tabs from the keyboard wherever the focus is on the page (Qt's own Ctrl+Tab works only
    // with the focus inside the tabs); the keyboard then goes into the tab that opened.
    const auto stepTab = [tabs](int step) {
        tabs->setCurrentIndex((tabs->currentIndex() + step + tabs->count()) % tabs->count());
        QWidget *page = tabs->currentWidget();
        for (QWidget *next = page->nextInFocusChain(); next && next != page && page->isAncestorOf(next);
             next = next->nextInFocusChain())
            if (next->isVisible() && next->isEnabled() && (next->focusPolicy() & Qt::TabFocus)) {
                next->setFocus(Qt::TabFocusReason);
                return;
            }
        tabs->tabBar()->setFocus(Qt::TabFocusReason);
    };
    connect(addWindowKey(this, QKeySequence(Qt::CTRL | Qt::Key_PageDown), tr("Next tab")),
            &QShortcut::activated, tabs, [stepTab] { stepTab(1); });
    connect(addWindowKey(this, QKeySequence(Qt::CTRL | Qt::Key_PageUp), tr("Previous tab")),
            &QShortcut::activated, tabs, [stepTab] { stepTab(-1); });
    setFocusProxy(tabs);
}

} // namespace ui
