#include "command.h"

#include "centralsync/referencedownload.h"
#include "centralsync/syncadministration.h"
#include "centralsync/syncstatus.h"
#include "store/database.h"
#include "store/outbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

namespace admin {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("admin", text);
}

// --server, --ca and the token (centralsync::syncToken: APPRAISAL_SYNC_TOKEN, a token file, else the
// keychain) as a link to the server;
// nullopt after saying what is wrong, with the exit code.
std::optional<centralsync::ServerLink> linkFromOptions(const QCommandLineParser &parser, int *exitCode)
{
    centralsync::ServerLink link;
    link.base = QUrl(parser.value(QStringLiteral("server")));
    if (!link.base.isValid() ||
        (link.base.scheme() != QLatin1String("https") && link.base.scheme() != QLatin1String("http"))) {
        printError(tr("Give --server https://HOST:PORT."));
        *exitCode = UsageError;
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("ca"))) {
        link.trustedCas = QSslCertificate::fromPath(parser.value(QStringLiteral("ca")), QSsl::Pem);
        if (link.trustedCas.isEmpty()) {
            printError(tr("--ca %1 holds no PEM certificate.").arg(parser.value(QStringLiteral("ca"))));
            *exitCode = UsageError;
            return std::nullopt;
        }
    }
    QString error;
    link.token = centralsync::syncToken(dataDirFrom(parser), &error);
    if (link.token.isEmpty()) {
        printError(error.isEmpty() ? tr("This station has no sync token: store it with appraisal-admin sync "
                                        "token, or pass it in APPRAISAL_SYNC_TOKEN.")
                                   : error);
        *exitCode = Failed;
        return std::nullopt;
    }
    return link;
}

int storeToken(QCommandLineParser &parser)
{
    std::printf("%s\n", qPrintable(tr("Paste the station's sync token and press Enter:")));
    std::fflush(stdout);
    QTextStream input(stdin);
    const QString token = input.readLine().trimmed();
    if (token.isEmpty()) {
        printError(tr("No token was given; nothing changed."));
        return Failed;
    }
    // The station's sync token lives in the OS keychain, one entry per data folder.
    if (const core::Status saved = centralsync::saveSyncToken(dataDirFrom(parser), token); !saved) {
        printError(saved.error());
        return Failed;
    }
    printLine(tr("The sync token is stored in the system keychain."));
    return Ok;
}

int runSync(QCommandLineParser &parser)
{
    int exitCode = Ok;
    auto link = linkFromOptions(parser, &exitCode);
    if (!link)
        return exitCode;
    core::SystemClock clock;
    const auto database = openStation(dataDirFrom(parser), clock, Create::Never);
    if (!database)
        return Failed;
    link->stationId = centralsync::stationId(*database);
    bool batchOk = false;
    const int batchSize = parser.value(QStringLiteral("batch")).toInt(&batchOk);
    const centralsync::UploadSummary summary = centralsync::Uploader::runToCompletion(
        *database, *link, parser.value(QStringLiteral("attempts")).toInt(), batchOk ? batchSize : 200);
    centralsync::recordRun(*database, summary);
    if (parser.isSet(jsonOption())) {
        QJsonObject json{{QStringLiteral("uploaded"), summary.uploaded},
                         {QStringLiteral("duplicates"), summary.duplicates},
                         {QStringLiteral("rejected"), summary.rejected},
                         {QStringLiteral("pending"), summary.pending}};
        if (!summary.lastError.isEmpty())
            json.insert(QStringLiteral("error"), summary.lastError);
        printJson(json);
    } else {
        printLine(tr("Uploaded %1, already there %2, quarantined %3, still pending %4.")
                      .arg(summary.uploaded)
                      .arg(summary.duplicates)
                      .arg(summary.rejected)
                      .arg(summary.pending));
    }
    if (!summary.lastError.isEmpty() && summary.pending > 0)
        printError(summary.lastError);
    for (const store::Outbox::Quarantined &row : store::Outbox(*database).quarantined(20))
        printError(tr("Quarantined %1 %2 (%3): %4").arg(row.type, row.entityKey, row.recordId, row.reason));
    return summary.pending == 0 ? Ok : Failed;
}

int downloadReferenceData(QCommandLineParser &parser)
{
    int exitCode = Ok;
    const auto link = linkFromOptions(parser, &exitCode);
    if (!link)
        return exitCode;
    core::SystemClock clock;
    const auto database = openStation(dataDirFrom(parser), clock, Create::Never);
    if (!database)
        return Failed;
    const centralsync::ReferenceSummary summary = centralsync::downloadReference(*database, *link);
    QJsonObject applied;
    QJsonObject kept;
    for (const QString &kind : centralsync::stationReferenceKinds()) {
        applied.insert(kind, summary.applied.value(kind));
        kept.insert(kind, summary.keptLocal.value(kind));
    }
    if (parser.isSet(jsonOption())) {
        QJsonObject json{{QStringLiteral("applied"), applied}, {QStringLiteral("kept_local"), kept}};
        if (!summary.error.isEmpty())
            json.insert(QStringLiteral("error"), summary.error);
        printJson(json);
    } else {
        for (const QString &kind : centralsync::stationReferenceKinds())
            printLine(tr("%1: %2 applied, %3 kept (a local change waits to upload)")
                          .arg(kind)
                          .arg(summary.applied.value(kind))
                          .arg(summary.keptLocal.value(kind)));
    }
    if (!summary.error.isEmpty()) {
        printError(summary.error);
        return Failed;
    }
    return Ok;
}

// --data-dir, --json, --server and --ca: what every command talking to the central server takes.
void declareLinkOptions(QCommandLineParser &parser)
{
    parser.addOption(dataDirOption());
    parser.addOption(jsonOption());
    parser.addOption(
        {QStringLiteral("server"), tr("The central server, https://HOST:PORT."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("ca"), tr("PEM file of a CA to trust for the server's certificate."),
                      QStringLiteral("PEM")});
}

} // namespace

QList<Command> syncCommands()
{
    return {
        {QStringLiteral("sync"), QStringLiteral("run"),
         tr("Upload the outbox to the central server until nothing is pending: exit 0 only when nothing is "
            "pending. The token comes from APPRAISAL_SYNC_TOKEN or the system keychain (sync token)."),
         [](QCommandLineParser &parser) {
             declareLinkOptions(parser);
             parser.addOption({QStringLiteral("batch"), tr("Records per batch (default 200)."),
                               QStringLiteral("N"), QStringLiteral("200")});
             parser.addOption({QStringLiteral("attempts"),
                               tr("Failed attempts in a row before giving up (default 5)."),
                               QStringLiteral("N"), QStringLiteral("5")});
         },
         runSync},
        {QStringLiteral("sync"), QStringLiteral("reference"),
         tr("Download the reference data that changed on the central server (rooms, experts, clauses, "
            "rosters, exam templates) and apply it; a local change still waiting to upload is kept; nothing "
            "local is deleted."),
         [](QCommandLineParser &parser) { declareLinkOptions(parser); }, downloadReferenceData},
        {QStringLiteral("sync"), QStringLiteral("token"),
         tr("Store the station's sync token (from appraisal-server token create), read from standard input, "
            "in the "
            "system keychain."),
         [](QCommandLineParser &parser) { parser.addOption(dataDirOption()); }, storeToken},
    };
}

} // namespace admin
