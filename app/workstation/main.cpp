#include "stationshell.h"

#include "demo/demovenue.h"
#include "demo/samplematerials.h"
#include "i18n/translations.h"
#include "station/stationcontext.h"
#include "store/auditlog.h"
#include "store/backup.h"
#include "store/backupscheduler.h"
#include "store/integritycheck.h"
#include "store/loginfacts.h"
#include "store/retention.h"
#include "store/stationkey.h"
#include "store/venuerepository.h"
#include "ui/halldisplay.h"
#include "ui/keydialogs.h"
#include "ui/setupwizard.h"
#include "ui/startuplogin.h"
#include "ui/style.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDebug>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFontMetrics>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <utility>

namespace {

bool hasBatchFor(store::Database &database, const QDate &day)
{
    const auto batch =
        store::VenueRepository(database).batch(database.setting(store::settings::CurrentBatch));
    return batch && batch->day == day;
}

// The demo venue with synthetic medical materials for every case, so the exam page shows them.
core::Status loadDemoVenue(store::Database &database, const QDate &today)
{
    if (const auto loaded = demo::DemoVenue::load(database, today); !loaded)
        return loaded.status();
    accounts::Session loader;
    loader.account.username = QStringLiteral("demo");
    loader.account.role = core::Role::VenueAdmin;
    const auto added = demo::addSampleMaterials(database, loader);
    return added ? core::Status() : core::Status::failure(added.error());
}

// The first-start assistant; empty when the person cancelled it (then nothing was written).
std::optional<ui::SetupPlan> askForSetup(bool restoreAvailable)
{
    ui::SetupWizard wizard(/*demoAvailable=*/true, restoreAvailable);
    if (wizard.exec() != QDialog::Accepted)
        return std::nullopt;
    return wizard.plan();
}

core::Status applySetup(const ui::SetupPlan &plan, store::Database &database, const QString &folder,
                        const QDate &today)
{
    return ui::SetupApplier::apply(plan, database, folder,
                                   [today](store::Database &db) { return loadDemoVenue(db, today); });
}

// A damaged database at start: offer the newest backup that passes its check, saying what it covers.
bool offerRestore(const QString &dataDir, const QString &problem, const core::Clock &clock)
{
    store::Backups backups(dataDir);
    const QList<store::BackupInfo> all = backups.list();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (store::Backups::check(it->path) != QLatin1String("ok"))
            continue;
        const qint64 minutes = it->takenAt.secsTo(clock.now()) / 60;
        QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "Station database damaged"),
                        QApplication::translate("main",
                                                "The integrity check of the station database failed:\n%1\n\n"
                                                "The newest good backup was taken at %2 (%3 minutes ago). "
                                                "Work entered after that time is not in it; the damaged "
                                                "database is kept beside it for recovery.")
                            .arg(problem, QLocale().toString(it->takenAt, QLocale::ShortFormat))
                            .arg(minutes));
        QPushButton *restore =
            box.addButton(QApplication::translate("main", "Restore this backup"), QMessageBox::AcceptRole);
        box.addButton(QApplication::translate("main", "Continue without restoring"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != restore)
            return false;
        const core::Status restored = backups.restore(it->path, clock);
        if (!restored)
            QMessageBox::critical(nullptr, QApplication::translate("main", "Restore failed"),
                                  restored.error());
        return restored.ok();
    }
    QMessageBox::critical(
        nullptr, QApplication::translate("main", "Station database damaged"),
        QApplication::translate("main", "The integrity check of the station database failed:\n%1\n\n"
                                        "There is no good backup. Stop entering data and call the "
                                        "venue admin.")
            .arg(problem));
    return false;
}

struct Options {
    QCommandLineOption dataDir{
        QStringLiteral("data-dir"),
        QStringLiteral("Station data folder (default: %1).").arg(store::defaultDataDir()),
        QStringLiteral("D")};
    QCommandLineOption language{QStringLiteral("lang"),
                                QStringLiteral("User interface language: zh_CN (default) or en."),
                                QStringLiteral("LANG"), i18n::defaultLanguage()};
    QCommandLineOption demo{QStringLiteral("demo"),
                            QStringLiteral("Load the built-in demo venue when there is no batch for today.")};
    QCommandLineOption cardReader{QStringLiteral("card-reader"),
                                  QStringLiteral("Serial port of the ID card reader (default: the setting "
                                                 "card_reader.port; none: typed entry only)."),
                                  QStringLiteral("DEV")};
    QCommandLineOption display{QStringLiteral("display"),
                               QStringLiteral("Run as the hall display, full screen (see --screen). Shows "
                                              "masked names only; no login.")};
    QCommandLineOption screen{QStringLiteral("screen"),
                              QStringLiteral("Screen of the hall display: 0 = first (default: the last "
                                             "screen, usually the second monitor)."),
                              QStringLiteral("N"), QStringLiteral("-1")};
    QCommandLineOption startupProbe{
        QStringLiteral("startup-probe"),
        QStringLiteral(
            "For appraisal-bench: print \"ready\" on standard output once the login window (or "
            "the hall display) is up, then stay idle; the time each step of the start took goes to standard "
            "error.")};

    void declare(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            QStringLiteral("Appraisal site workstation (劳动能力鉴定现场工作站)."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({dataDir, language, demo, cardReader, display, screen, startupProbe});
    }
};

// With --startup-probe: how long each step of the start took, on standard error, so that what the
// login window waits for can be seen (appraisal-bench reads only the "ready" line of standard output).
class StartupTrace
{
public:
    explicit StartupTrace(bool enabled) : m_enabled(enabled) { m_timer.start(); }
    void mark(const char *step) const
    {
        if (m_enabled)
            std::fprintf(stderr, "startup: %-24s %7.1f ms\n", step, double(m_timer.nsecsElapsed()) / 1e6);
    }

private:
    QElapsedTimer m_timer;
    bool m_enabled = false;
};

// Waits for a thread before deleting it, whichever way main() returns (an early return included).
struct JoinAndDelete {
    void operator()(QThread *thread) const
    {
        thread->wait();
        delete thread;
    }
};

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("appraisal-station"));
    QCoreApplication::setOrganizationName(QStringLiteral("AppraisalWorkstation"));
    QCoreApplication::setApplicationVersion(QStringLiteral(APPRAISAL_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
    const Options options;
    bool probing = false;
    for (int i = 1; i < argc; ++i)
        probing = probing || QByteArray(argv[i]) == "--startup-probe";
    const StartupTrace trace(probing);
    // --help and --version are answered without a display.
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--help" || argument == "-h" || argument == "--help-all" || argument == "--version" ||
            argument == "-v") {
            QCoreApplication console(argc, argv);
            setIdentity();
            QCommandLineParser parser;
            options.declare(parser);
            parser.process(console);
            return 0;
        }
    }

    QApplication app(argc, argv);
    setIdentity();
    QCommandLineParser parser;
    options.declare(parser);
    parser.process(app);
    trace.mark("application");
    const QCommandLineOption &dataDir = options.dataDir;
    const QCommandLineOption &language = options.language;
    const QCommandLineOption &demoOption = options.demo;

    i18n::install(app, parser.value(language));
    trace.mark("translations");
    ui::applyStationStyle(app);
    trace.mark("style");
    // The login window's first text loads the fonts (fontconfig's configuration, the CJK face):
    // tens of milliseconds that would otherwise follow the keychain's D-Bus round trip below.
    // They are loaded meanwhile, on a thread of their own; the font database is shared.
    std::unique_ptr<QThread, JoinAndDelete> fontWarmUp(QThread::create([font = QApplication::font()] {
        const QFontMetrics metrics(font);
        static_cast<void>(metrics.horizontalAdvance(QStringLiteral("劳动能力鉴定现场工作站 Appraisal 0123")));
    }));
    fontWarmUp->start();

    core::SystemClock clock;
    const QString folder = parser.isSet(dataDir) ? parser.value(dataDir) : store::defaultDataDir();
    const auto keyStore = store::keychainFor(folder);
    store::StationKeys keys(folder, *keyStore);
    // An empty data folder: the assistant runs before anything is created, so cancelling it leaves
    // the folder as it was. A backup is put in place before the database is opened.
    std::optional<ui::SetupPlan> setup;
    if (!QFileInfo::exists(store::databasePath(folder)) && !parser.isSet(demoOption)) {
        setup = askForSetup(/*restoreAvailable=*/true);
        if (!setup)
            return 0;
        if (setup->mode == ui::SetupPlan::Mode::Restore) {
            if (const core::Status restored = ui::SetupApplier::restoreBackup(*setup, folder, clock);
                !restored) {
                QMessageBox::critical(nullptr, QApplication::translate("main", "Restore failed"),
                                      restored.error());
                return 1;
            }
        }
    }
    // A station that has started before shows its login window first, from the plain login facts
    // kept beside the database, and reads the key (a D-Bus round trip to the keychain) and opens the
    // database while it is up; a login asked for meanwhile waits for the database. The first start,
    // the hall display and a folder without the facts open the database first, as before.
    std::unique_ptr<ui::LoginDialog> earlyLogin;
    bool readyTold = false; // --startup-probe: "ready" once, when the first window is up
    const std::optional<store::LoginFacts> loginFacts = store::readLoginFacts(folder);
    store::StationOpening opening;
    if (loginFacts && !setup && !parser.isSet(options.display) &&
        QFileInfo::exists(store::databasePath(folder))) {
        fontWarmUp->wait();
        earlyLogin = std::make_unique<ui::LoginDialog>(ui::stationInfoFrom(*loginFacts));
        opening = ui::openBehindLogin(
            *earlyLogin, [&] { return keys.open(clock); },
            [&] {
                trace.mark("login window (waiting)");
                if (parser.isSet(options.startupProbe)) {
                    readyTold = true;
                    trace.mark("ready");
                    std::fputs("ready\n", stdout);
                    std::fflush(stdout);
                }
            });
        if (earlyLogin->result() == QDialog::Rejected && !earlyLogin->isVisible())
            return 0; // closed before the database was open: nothing to do
    } else {
        opening = keys.open(clock);
    }
    trace.mark("key and database");
    if (opening.needsRecovery() || !opening.database) {
        // Today's recovery flow and messages, in front of nothing: the login window waits.
        if (earlyLogin)
            earlyLogin->hide();
    }
    if (opening.needsRecovery()) {
        ui::KeyRecoveryDialog recovery(opening.error, [&](const QString &typed) {
            opening = keys.recover(typed, clock);
            return opening.database ? QString() : opening.error;
        });
        if (recovery.exec() != QDialog::Accepted)
            return 1;
    }
    if (!opening.database) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot open the station database"),
                              opening.error);
        return 1;
    }
    if (!opening.newRecoveryKey.isEmpty())
        ui::RecoveryKeyDialog(opening.newRecoveryKey).exec();

    store::Database::OpenResult opened{std::move(opening.database), store::OpenFailure::None, {}};
    // quick_check reads the whole file (seconds after a year): it runs in the background after login
    // (store::IntegrityCheck). Only a failure found there makes the next start check first and offer
    // the newest good backup.
    const QString checkFailed = store::IntegrityCheck::failureMarker(store::databasePath(folder));
    store::HealthReport health;
    health.quickCheck = QStringLiteral("ok");
    if (QFileInfo::exists(checkFailed)) {
        health = opened.database->health();
        if (health.healthy())
            QFile::remove(checkFailed);
    }
    trace.mark("integrity marker");
    if (!health.healthy() && offerRestore(folder, health.quickCheck, clock)) {
        QFile::remove(checkFailed);
        opened.database.reset();
        opened = store::Database::open(store::databasePath(folder), clock, *opening.key);
        if (!opened.database) {
            QMessageBox::critical(
                nullptr, QApplication::translate("main", "Cannot open the station database"), opened.error);
            return 1;
        }
        // The restored copy is open and checked; a missing audit row is said rather than refusing
        // to start the station that was just repaired.
        if (const core::Status audited =
                store::AuditLog(*opened.database)
                    .append(QStringLiteral("system"), QStringLiteral("backup.restore"));
            !audited)
            QMessageBox::warning(
                nullptr, QApplication::translate("main", "Restore not recorded"),
                QApplication::translate("main", "The backup was restored, but the audit log could not "
                                                "record it: %1")
                    .arg(audited.error()));
    }
    store::Database &database = *opened.database;
    // What the next start's login window shows before the key: written when it changes.
    if (const core::Status written = store::refreshLoginFacts(database); !written)
        qWarning().noquote() << written.error();
    if (!database.upgradeBackup().isEmpty())
        QMessageBox::information(nullptr, QApplication::translate("main", "Station database updated"),
                                 store::Database::upgradeNotice(database.path(),
                                                                database.upgradedFromSchema(),
                                                                database.upgradeBackup()));
    store::BackupScheduler backups(database, folder);
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &backups,
                     &store::BackupScheduler::backupBeforeExit);
    QObject::connect(&backups, &store::BackupScheduler::backupFailed, &app, [](const QString &message) {
        QMessageBox::warning(nullptr, QApplication::translate("main", "Backup failed"), message);
    });
    // Said once per run, not at every half-hourly copy.
    QObject::connect(&backups, &store::BackupScheduler::backupWarning, &app,
                     [warned = false](const QString &message) mutable {
                         if (std::exchange(warned, true))
                             return;
                         QMessageBox::warning(nullptr, QApplication::translate("main", "Backups"), message);
                     });

    // Once a day, in small batches on the event loop: failures go to the log and are tried again
    // at the next hourly check; nothing is removed that the central server has not confirmed.
    store::RetentionScheduler retention(database);
    QObject::connect(&retention, &store::RetentionScheduler::failed, &app,
                     [](const QString &message) { qWarning().noquote() << "retention:" << message; });
    retention.start();
    trace.mark("backups and retention");

    if (parser.isSet(demoOption) && !hasBatchFor(database, clock.today())) {
        const auto loaded = loadDemoVenue(database, clock.today());
        if (!loaded) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Demo venue"), loaded.error());
            return 1;
        }
    }
    // A database without a venue (made by an older version or a command): the assistant, without
    // the restore choice since the database is open.
    if (!setup && !ui::SetupApplier::configured(database)) {
        earlyLogin.reset(); // the assistant first; the login window comes after it
        setup = askForSetup(/*restoreAvailable=*/false);
        if (!setup)
            return 0;
    }
    if (setup) {
        if (const core::Status applied = applySetup(*setup, database, folder, clock.today()); !applied) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Setting up the station"),
                                  applied.error());
            return 1;
        }
    }

    fontWarmUp->wait();
    trace.mark("setup checks");
    station::StationContext context(
        database, {folder, parser.isSet(options.cardReader) ? parser.value(options.cardReader) : QString()});
    if (parser.isSet(options.startupProbe) && !readyTold)
        // Runs from the event loop, so only once the first window is shown and painted.
        QTimer::singleShot(0, [&trace] {
            trace.mark("ready");
            std::fputs("ready\n", stdout);
            std::fflush(stdout);
        });
    if (parser.isSet(options.display)) {
        // The hall display shows the calls at once: its services start before it.
        context.start();
        trace.mark("services");
        if (!context.templatesProblem().isEmpty())
            QMessageBox::warning(nullptr, QApplication::translate("main", "Exam templates"),
                                 context.templatesProblem());
        const ui::Services services = ui::Services::of(context);
        ui::HallDisplay display(services, services.directory.stationInfo());
        ui::showOnScreen(display, parser.value(options.screen).toInt());
        return app.exec();
    }
    // The login window first; the services start once it is painted (StationShell).
    StationShell shell(context);
    QObject::connect(&shell, &StationShell::servicesStarted, &app,
                     [&trace] { trace.mark("services (after it)"); });
    if (earlyLogin && earlyLogin->isHidden())
        earlyLogin->show(); // after the recovery dialog or a message in front of it
    if (!shell.showLogin(std::move(earlyLogin)))
        return 0;
    return app.exec();
}
