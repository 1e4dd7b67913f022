#include "mainwindow.h"

#include "about.h"
#include "adminpage.h"
#include "auditpage.h"
#include "callingpage.h"
#include "clerkpage.h"
#include "dashboardpage.h"
#include "exampage.h"
#include "frontdeskpage.h"
#include "halldisplay.h"
#include "healthpage.h"
#include "idlelock.h"
#include "reviewpage.h"
#include "screenfit.h"
#include "shortcuthelp.h"
#include "stationstatusbar.h"
#include "syncpage.h"

#include "store/integritycheck.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
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
    {"healthPage", QStyle::SP_DriveHDIcon},
    {"dashboardPage", QStyle::SP_FileDialogListView},
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
    if (page == QLatin1String("healthPage"))
        return MainWindow::tr("Station health");
    if (page == QLatin1String("dashboardPage"))
        return MainWindow::tr("Dashboard");
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
        // The committee's read-only view of the dashboard (experts anonymised).
        return {QStringLiteral("printCentrePage"), QStringLiteral("dashboardPage")};
    case core::Role::VenueAdmin:
        // Calling: the venue admin calls for a room only after an audited override.
        return {QStringLiteral("adminPage"),   QStringLiteral("dashboardPage"),
                QStringLiteral("callingPage"), QStringLiteral("printCentrePage"),
                QStringLiteral("auditPage"),   QStringLiteral("syncPage"),
                QStringLiteral("healthPage")};
    }
    return {};
}

MainWindow::MainWindow(const Services &services, const accounts::Session &session, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_session(session)
    , m_station(services.directory.stationInfo())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Appraisal Site Workstation — %1").arg(m_station.venueName));

    auto *sidebar = new QWidget(this);
    // Not "sidebar": that is the objectName of the file dialog's place list, which the style sheet
    // would then paint dark blue as well.
    sidebar->setObjectName(QStringLiteral("stationSidebar"));
    // At 911×512 (1366×768 at 150 %) every pixel goes to the page: a narrower sidebar without the
    // brand (the window title says it) and without the name (the status bar says it).
    const bool compact = isCompactScreen(*this);
    sidebar->setFixedWidth(compact ? 164 : 184);
    auto *sideLayout = new QVBoxLayout(sidebar);
    sideLayout->setContentsMargins(0, 0, 0, 16);
    sideLayout->setSpacing(0);
    auto *brand = new QLabel(tr("Appraisal Site\nWorkstation"), sidebar);
    brand->setObjectName(QStringLiteral("brand"));
    brand->setVisible(!compact);
    sideLayout->addWidget(brand);

    m_navigation = new QListWidget(sidebar);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setProperty("compact", compact);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFocusPolicy(Qt::NoFocus);
    sideLayout->addWidget(m_navigation, 1);

    auto *who = new QLabel(
        tr("%1\n%2").arg(session.account.displayName, core::displayName(session.account.role)), sidebar);
    who->setObjectName(QStringLiteral("sidebarUser"));
    who->setVisible(!compact);
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
                auto *display = new HallDisplay(m_services, m_station, this);
                display->setWindowFlag(Qt::Window);
                display->setClosable(true);
                m_hallDisplay = display;
            }
            showOnScreen(*m_hallDisplay, -1);
        });
    }
    auto *about = new QPushButton(tr("About"), sidebar);
    about->setObjectName(QStringLiteral("aboutButton"));
    about->setFlat(true);
    sideLayout->addWidget(about);
    sideLayout->setAlignment(about, Qt::AlignHCenter);
    connect(about, &QPushButton::clicked, this, &MainWindow::showAbout);
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
        item->setSizeHint(compact ? QSize(140, 36) : QSize(170, 44));
        m_pages->addWidget(createPage(name));
    }

    // The expert's workspace follows the call: starting the exam opens that person's form.
    auto *calling = m_pages->findChild<CallingPage *>();
    auto *exam = m_pages->findChild<ExamPage *>();
    if (calling && exam)
        connect(calling, &CallingPage::examStarted, this, [this, exam](const QString &acceptanceNo) {
            exam->reloadCases();
            const bool opened = exam->showCase(acceptanceNo);
            showPage(exam->objectName());
            if (opened)
                exam->focusForm();
        });

    auto *central = new QWidget(this);
    auto *centralLayout = new QHBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(sidebar);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_statusBar = new StationStatusBar(session, m_station, this);
    setStatusBar(m_statusBar);
    // In the background: quick_check reads the whole database, seconds after a year of work.
    // One check for the station (its StationServices), run again for each window that opens.
    store::IntegrityCheck &integrity = services.integrity;
    connect(&integrity, &store::IntegrityCheck::finished, m_statusBar, &StationStatusBar::showHealth);
    // A few seconds after the window is up, so it does not compete with the first paint.
    QTimer::singleShot(3000, this, [&integrity] { integrity.start(); });
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
    // Every role sees the worst health level; the venue admin also has the health page behind it.
    if (health::Monitor *monitor = services.health) {
        connect(monitor, &health::Monitor::reportReady, m_statusBar, &StationStatusBar::showStationHealth);
        if (monitor->hasReport())
            m_statusBar->showStationHealth(monitor->report());
        connect(m_statusBar, &StationStatusBar::healthClicked, this,
                [this] { showPage(QStringLiteral("healthPage")); });
    }
    if (venue::HubClient *hub = services.hub) {
        const auto showHub = [this, hub] {
            m_statusBar->showHub(hub->state(), hub->waitingCommands(), hub->lastError());
        };
        connect(hub, &venue::HubClient::stateChanged, this, showHub);
        connect(hub, &venue::HubClient::waitingChanged, this, showHub);
        showHub();
    }

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        focusPage();
    });
    connect(logout, &QPushButton::clicked, this, &MainWindow::logoutRequested);
    m_navigation->setCurrentRow(0);
    auto *help = new QShortcut(QKeySequence(Qt::Key_F1), this);
    help->setContext(Qt::WindowShortcut);
    connect(help, &QShortcut::activated, this, &MainWindow::showShortcutHelp);
    addWindowKeys(*logout);
    m_idleLock = new IdleLock(services, session, this);
    connect(m_idleLock, &IdleLock::signOutRequested, this, &MainWindow::logoutRequested);
    // Wide enough for every page at 100 % on a 1920×1080 screen, never larger than the screen.
    fitToScreen(*this, QSize(1440, 900));
}

void MainWindow::addWindowKeys(QPushButton &logout)
{
    // Keyboard-first for the whole day: the sidebar takes no focus (the page's input keeps it), so
    // Ctrl+1 … Ctrl+9 open its pages and Ctrl+Shift+L logs out, whatever has the focus.
    const int pages = qMin(m_navigation->count(), 9);
    for (int row = 0; row < pages; ++row) {
        const QKeySequence key(Qt::CTRL | Qt::Key(Qt::Key_1 + row));
        auto *go = new QShortcut(key, this);
        go->setContext(Qt::WindowShortcut);
        connect(go, &QShortcut::activated, this, [this, row] { m_navigation->setCurrentRow(row); });
        m_navigation->item(row)->setToolTip(key.toString(QKeySequence::NativeText));
    }
    if (pages > 1)
        m_windowKeys << qMakePair(QStringLiteral("%1 … %2").arg(m_navigation->item(0)->toolTip(),
                                                                m_navigation->item(pages - 1)->toolTip()),
                                  tr("Open the pages of the sidebar, from the top"));
    const QKeySequence logoutKey(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
    auto *out = new QShortcut(logoutKey, this);
    out->setContext(Qt::WindowShortcut);
    connect(out, &QShortcut::activated, &logout, &QPushButton::click);
    logout.setToolTip(logoutKey.toString(QKeySequence::NativeText));
    m_windowKeys << qMakePair(logoutKey.toString(QKeySequence::NativeText), tr("Log out"));
}

void MainWindow::showPage(const QString &objectName)
{
    for (int row = 0; row < m_pages->count(); ++row)
        if (m_pages->widget(row)->objectName() == objectName)
            m_navigation->setCurrentRow(row);
}

QWidget *MainWindow::focusTarget() const
{
    QWidget *page = m_pages->currentWidget();
    if (!page)
        return nullptr;
    if (page->focusProxy())
        return page->focusProxy();
    // The page's first control that takes the keyboard, in the tab order.
    for (QWidget *next = page->nextInFocusChain(); next && next != page; next = next->nextInFocusChain())
        if (page->isAncestorOf(next) && (next->focusPolicy() & Qt::TabFocus) && next->isEnabled() &&
            next->isVisibleTo(page))
            return next;
    return page;
}

void MainWindow::focusPage()
{
    if (QWidget *target = focusTarget())
        target->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showShortcutHelp()
{
    if (QWidget *page = m_pages->currentWidget()) {
        ShortcutHelp help(*page, m_windowKeys, this);
        help.exec();
    }
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // The role's main input takes the keyboard at once: a scanner's first scan must not be lost.
    activateWindow();
    focusPage();
}

void MainWindow::keyPressEvent(QKeyEvent *event)
{
    // Typing that reached the window itself (nothing in it had the focus, e.g. after a click on
    // the sidebar) goes to the page's main input instead of being dropped.
    QWidget *target = focusTarget();
    if (!m_forwardingKey && !event->text().isEmpty() && event->text().at(0).isPrint() && target &&
        target != this) {
        m_forwardingKey = true; // a key the target ignores comes back here: not again
        target->setFocus(Qt::OtherFocusReason);
        QCoreApplication::sendEvent(target, event);
        m_forwardingKey = false;
        return;
    }
    QMainWindow::keyPressEvent(event);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About"), aboutText());
}

void MainWindow::refreshSyncStatus()
{
    const bool syncing = m_services.sync && m_services.sync->running();
    bool problem = false;
    const centralsync::SyncStatus status = m_services.syncAdministration.status();
    m_statusBar->showSync(syncStatusLine(status, syncing, &problem), syncStatusShort(status, syncing),
                          problem);
}

QWidget *MainWindow::createPage(const QString &name)
{
    if (name == QLatin1String("frontDeskPage"))
        return new FrontDeskPage(m_services, m_session, m_station, m_pages);
    if (name == QLatin1String("adminPage"))
        return new AdminPage(m_services, m_session, m_station, m_pages);
    if (name == QLatin1String("auditPage"))
        return new AuditPage(m_services, m_session, m_pages);
    if (name == QLatin1String("syncPage")) {
        auto *page = new SyncPage(m_services.syncAdministration, m_services.sync, m_services.clock, m_session,
                                  m_pages);
        connect(page, &SyncPage::statusChanged, this, &MainWindow::refreshSyncStatus);
        return page;
    }
    if (name == QLatin1String("healthPage"))
        return new HealthPage(m_services, m_session, m_pages);
    if (name == QLatin1String("callingPage"))
        return new CallingPage(m_services, m_session, m_pages);
    if (name == QLatin1String("examPage"))
        return new ExamPage(m_services, m_session, m_pages);
    if (name == QLatin1String("reviewPage"))
        return new ReviewPage(m_services, m_session, m_pages);
    if (name == QLatin1String("printCentrePage"))
        return new ClerkPage(m_services, m_session, m_pages);
    if (name == QLatin1String("dashboardPage"))
        return new DashboardPage(m_services, m_session, m_pages);
    return new QWidget(m_pages);
}

} // namespace ui
