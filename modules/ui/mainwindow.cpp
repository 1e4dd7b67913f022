#include "mainwindow.h"

#include "adminpage.h"
#include "auditpage.h"
#include "callingpage.h"
#include "clerkpage.h"
#include "exampage.h"
#include "frontdeskpage.h"
#include "halldisplay.h"
#include "idlelock.h"
#include "reviewpage.h"
#include "stationstatusbar.h"
#include "syncpage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace ui {

namespace {

struct PageEntry {
    const char *objectName;
    QStyle::StandardPixmap icon;
};

constexpr PageEntry kPages[] = {
    {"frontDeskPage", QStyle::SP_FileDialogContentsView},
    {"callingPage", QStyle::SP_MediaVolume},
    {"examPage", QStyle::SP_FileDialogDetailedView},
    {"reviewPage", QStyle::SP_DialogApplyButton},
    {"printCentrePage", QStyle::SP_DriveFDIcon},
    {"adminPage", QStyle::SP_ComputerIcon},
    {"syncPage", QStyle::SP_BrowserReload},
    {"auditPage", QStyle::SP_FileDialogInfoView},
};

QString navigationTitle(const QString &page)
{
    if (page == QLatin1String("frontDeskPage"))
        return MainWindow::tr("Check-in");
    if (page == QLatin1String("callingPage"))
        return MainWindow::tr("Calling");
    if (page == QLatin1String("examPage"))
        return MainWindow::tr("Examination");
    if (page == QLatin1String("reviewPage"))
        return MainWindow::tr("Review");
    if (page == QLatin1String("printCentrePage"))
        return MainWindow::tr("Print centre");
    if (page == QLatin1String("adminPage"))
        return MainWindow::tr("Administration");
    if (page == QLatin1String("syncPage"))
        return MainWindow::tr("Synchronization");
    if (page == QLatin1String("auditPage"))
        return MainWindow::tr("Audit trail");
    return page;
}

} // namespace

QStringList MainWindow::pagesFor(core::Role role)
{
    switch (role) {
    case core::Role::FrontDesk:
        return {QStringLiteral("frontDeskPage")};
    case core::Role::Expert:
        // An expert examines on one case and reviews another the same day.
        return {QStringLiteral("callingPage"), QStringLiteral("examPage"), QStringLiteral("reviewPage")};
    case core::Role::Reviewer:
        return {QStringLiteral("reviewPage")};
    case core::Role::Clerk:
        return {QStringLiteral("printCentrePage")};
    case core::Role::VenueAdmin:
        return {QStringLiteral("adminPage"), QStringLiteral("printCentrePage"), QStringLiteral("auditPage"),
                QStringLiteral("syncPage")};
    }
    return {};
}

MainWindow::MainWindow(const Services &services, const accounts::Session &session, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_session(session)
    , m_station(loadStationInfo(services.database))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Appraisal Site Workstation — %1").arg(m_station.venueName));

    auto *sidebar = new QWidget(this);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    sidebar->setFixedWidth(220);
    auto *sideLayout = new QVBoxLayout(sidebar);
    sideLayout->setContentsMargins(0, 0, 0, 16);
    sideLayout->setSpacing(0);
    auto *brand = new QLabel(tr("Appraisal Site\nWorkstation"), sidebar);
    brand->setObjectName(QStringLiteral("brand"));
    sideLayout->addWidget(brand);

    m_navigation = new QListWidget(sidebar);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFocusPolicy(Qt::NoFocus);
    sideLayout->addWidget(m_navigation, 1);

    auto *who = new QLabel(
        tr("%1\n%2").arg(session.account.displayName, core::displayName(session.account.role)), sidebar);
    who->setObjectName(QStringLiteral("sidebarUser"));
    sideLayout->addWidget(who);
    if (services.calls &&
        (session.account.role == core::Role::FrontDesk || session.account.role == core::Role::VenueAdmin)) {
        auto *hall = new QPushButton(tr("Hall display"), sidebar);
        hall->setObjectName(QStringLiteral("openHallDisplayButton"));
        sideLayout->addWidget(hall);
        sideLayout->setAlignment(hall, Qt::AlignHCenter);
        connect(hall, &QPushButton::clicked, this, [this] {
            if (!m_hallDisplay) {
                // A window of its own, owned by this one: it closes with the session.
                m_hallDisplay = new HallDisplay(m_services, m_station, this);
                m_hallDisplay->setWindowFlag(Qt::Window);
            }
            showOnScreen(*m_hallDisplay, -1);
        });
    }
    auto *logout = new QPushButton(tr("Log out"), sidebar);
    logout->setObjectName(QStringLiteral("logoutButton"));
    sideLayout->addWidget(logout);
    sideLayout->setAlignment(logout, Qt::AlignHCenter);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    for (const QString &name : pagesFor(session.account.role)) {
        QStyle::StandardPixmap icon = QStyle::SP_FileIcon;
        for (const PageEntry &entry : kPages) {
            if (name == QLatin1String(entry.objectName))
                icon = entry.icon;
        }
        auto *item = new QListWidgetItem(style()->standardIcon(icon), navigationTitle(name), m_navigation);
        item->setData(Qt::UserRole, name);
        item->setSizeHint(QSize(200, 48));
        m_pages->addWidget(createPage(name));
    }

    auto *central = new QWidget(this);
    auto *centralLayout = new QHBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(sidebar);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_statusBar = new StationStatusBar(session, m_station, this);
    setStatusBar(m_statusBar);
    m_statusBar->showHealth(services.database.health());
    // The sync line follows runs made anywhere (this page, the command line) within a minute.
    auto *syncTimer = new QTimer(this);
    connect(syncTimer, &QTimer::timeout, this, &MainWindow::refreshSyncStatus);
    syncTimer->start(60 * 1000);
    if (services.sync) {
        connect(services.sync, &centralsync::SyncScheduler::runStarted, this, &MainWindow::refreshSyncStatus);
        connect(services.sync, &centralsync::SyncScheduler::runFinished, this,
                &MainWindow::refreshSyncStatus);
    }
    refreshSyncStatus();
    if (venue::HubClient *hub = services.hub) {
        const auto showHub = [this, hub] {
            m_statusBar->showHub(hub->state(), hub->waitingCommands(), hub->lastError());
        };
        connect(hub, &venue::HubClient::stateChanged, this, showHub);
        connect(hub, &venue::HubClient::waitingChanged, this, showHub);
        showHub();
    }

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(logout, &QPushButton::clicked, this, &MainWindow::logoutRequested);
    m_navigation->setCurrentRow(0);
    m_idleLock = new IdleLock(services, session, this);
    resize(1280, 800);
}

void MainWindow::refreshSyncStatus()
{
    const bool syncing = m_services.sync && m_services.sync->running();
    bool problem = false;
    m_statusBar->showSync(syncStatusLine(m_services.database, syncing, &problem), problem);
}

QWidget *MainWindow::createPage(const QString &name)
{
    if (name == QLatin1String("frontDeskPage"))
        return new FrontDeskPage(m_services, m_session, m_station, m_pages);
    if (name == QLatin1String("adminPage"))
        return new AdminPage(m_services, m_session, m_station, m_pages);
    if (name == QLatin1String("auditPage"))
        return new AuditPage(m_services, m_pages);
    if (name == QLatin1String("syncPage")) {
        auto *page = new SyncPage(m_services.database, m_services.sync, m_session, m_pages);
        connect(page, &SyncPage::statusChanged, this, &MainWindow::refreshSyncStatus);
        return page;
    }
    if (name == QLatin1String("callingPage"))
        return new CallingPage(m_services, m_session, m_pages);
    if (name == QLatin1String("examPage"))
        return new ExamPage(m_services, m_session, m_pages);
    if (name == QLatin1String("reviewPage"))
        return new ReviewPage(m_services, m_session, m_pages);
    if (name == QLatin1String("printCentrePage"))
        return new ClerkPage(m_services, m_session, m_pages);
    return new QWidget(m_pages);
}

} // namespace ui
