#include "databaseopening.h"
#include "fontwarmup.h"
#include "housekeeping.h"
#include "startuptrace.h"
#include "stationshell.h"
#include "venuesetup.h"

#include "core/terminationsignals.h"
#include "i18n/translations.h"
#include "station/stationcontext.h"
#include "store/loginfacts.h"
#include "store/stationkey.h"
#include "ui/halldisplay.h"
#include "ui/logindialog.h"
#include "ui/style.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDebug>
#include <QMessageBox>
#include <QScopeGuard>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

namespace {

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
            QStringLiteral("Appraisal site workstation (劳动能力鉴定现场工作站).\n"
                           "SIGTERM, SIGINT and SIGHUP end it as closing it does (exit status 0): the field "
                           "being typed in is saved and the backup at closing time runs."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({dataDir, language, demo, cardReader, display, screen, startupProbe});
    }
};

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("appraisal-station"));
    QCoreApplication::setOrganizationName(QStringLiteral("AppraisalWorkstation"));
    QCoreApplication::setApplicationVersion(QStringLiteral(APPRAISAL_VERSION));
}

// The hall display shows the calls at once: its services start before it.
int runHallDisplay(QApplication &app, station::StationContext &context, int screen, const StartupTrace &trace)
{
    context.start();
    trace.mark("services");
    if (!context.templatesProblem().isEmpty())
        QMessageBox::warning(nullptr, QApplication::translate("main", "Exam templates"),
                             context.templatesProblem());
    const ui::Services services = ui::Services::of(context);
    ui::HallDisplay display(services, services.directory.stationInfo());
    ui::showOnScreen(display, screen);
    return app.exec();
}

// --help and --version: answered (true) without a display.
bool answersWithoutDisplay(int &argc, char **argv, const Options &options)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--help" || argument == "-h" || argument == "--help-all" || argument == "--version" ||
            argument == "-v") {
            QCoreApplication console(argc, argv);
            setIdentity();
            QCommandLineParser parser;
            options.declare(parser);
            parser.process(console);
            return true;
        }
    }
    return false;
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
    if (answersWithoutDisplay(argc, argv, options))
        return 0;
    // The login window's first text needs fontconfig's configuration and Qt's font database (tens of
    // milliseconds): loaded on a thread from here on, while the application object is made and the
    // login facts are read.
    FontWarmUp fonts;

    QApplication app(argc, argv);
    fonts.applicationReady();
    // A PC shutting down, a session ending or `kill` ends the station as closing it does: the page
    // saves the field being typed in and the backup on exit runs (Housekeeping).
    if (!core::quitOnTerminationSignals(app))
        qWarning("appraisal-station: the SIGTERM/SIGINT/SIGHUP handlers could not be installed");
    // The thread lists fonts through the application's platform: it ends before the application
    // object does, whichever way main() returns.
    const auto fontsDone = qScopeGuard([&fonts] { fonts.wait(); });
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
    core::SystemClock clock;
    const QString folder = parser.isSet(dataDir) ? parser.value(dataDir) : store::defaultDataDir();
    std::optional<ui::SetupPlan> setup;
    if (const StartStop stop = setUpEmptyFolder(folder, clock, parser.isSet(demoOption), setup);
        stop != StartStop::None)
        return stop == StartStop::Failed ? 1 : 0;
    OpeningRequest request;
    request.folder = folder;
    request.loginFirst = !setup && !parser.isSet(options.display);
    request.beforeLoginWindow = [&fonts] {
        // The style sheet is parsed when the first widget is polished: here, while the font thread
        // is still at work, rather than inside the login window's build (1-1.5 ms of the start).
        QWidget().ensurePolished();
        fonts.wait();
    };
    OpenedDatabase opened = openStationDatabase(request, clock, trace);
    if (!opened.database)
        return opened.exitCode;
    std::unique_ptr<ui::LoginDialog> earlyLogin = std::move(opened.earlyLogin);
    store::Database &database = *opened.database;
    // What the next start's login window shows before the key: written when it changes.
    if (const core::Status written = store::refreshLoginFacts(database); !written)
        qWarning().noquote() << written.error();
    if (!database.upgradeBackup().isEmpty())
        QMessageBox::information(nullptr, QApplication::translate("main", "Station database updated"),
                                 store::Database::upgradeNotice(database.path(),
                                                                database.upgradedFromSchema(),
                                                                database.upgradeBackup()));
    const Housekeeping housekeeping(app, database, folder);
    trace.mark("backups and retention");

    // The assistant comes before the login window.
    if (const StartStop stop = prepareVenue(database, folder, clock.today(), parser.isSet(demoOption),
                                            std::move(setup), [&earlyLogin] { earlyLogin.reset(); });
        stop != StartStop::None)
        return stop == StartStop::Failed ? 1 : 0;

    fonts.wait();
    trace.mark("setup checks");
    station::StationContext context(
        database, {folder, parser.isSet(options.cardReader) ? parser.value(options.cardReader) : QString()});
    if (!opened.readyTold)
        // Runs from the event loop, so only once the first window is shown and painted.
        QTimer::singleShot(0, [&trace] { trace.tellReady(); });
    if (parser.isSet(options.display))
        return runHallDisplay(app, context, parser.value(options.screen).toInt(), trace);
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
