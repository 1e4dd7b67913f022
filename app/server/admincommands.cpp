// The server's administrative subcommands: they act on the data folder (or the token file) and
// end; `appraisal-server` without one starts the server (serve.cpp).
#include "command.h"

#include "core/clock.h"
#include "crypto/secretfile.h"
#include "routing/draw.h"
#include "syncserver/serverstore.h"
#include "venue/hubservice.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <grp.h>
#include <unistd.h>

namespace server {

namespace {

// Either --data-dir or --db names the store; printed when neither does.
core::Result<std::unique_ptr<syncserver::ServerStore>> openStore(const QCommandLineParser &parser)
{
    using R = core::Result<std::unique_ptr<syncserver::ServerStore>>;
    if (!parser.isSet(QStringLiteral("data-dir")) && !parser.isSet(QStringLiteral("db")))
        return R::failure(QString());
    return syncserver::ServerStore::open(parser.value(QStringLiteral("data-dir")),
                                         parser.value(QStringLiteral("db")));
}

Command tokenCreate()
{
    return {
        QStringLiteral("token"), QStringLiteral("create"),
        QStringLiteral("Creates a bearer token for a station and prints it once (the server keeps only its "
                       "SHA-256).\nThe station keeps it in its OS keychain (appraisal-admin sync token) or "
                       "passes it in APPRAISAL_SYNC_TOKEN; a venue hub keeps it in a file (appraisal-server "
                       "token set)."),
        [](QCommandLineParser &parser) {
            parser.addOptions({dataDirOption(QStringLiteral("The server's data folder.")),
                               QCommandLineOption(QStringLiteral("station"),
                                                  QStringLiteral("The station id the token is for."),
                                                  QStringLiteral("NAME")),
                               databaseUrlOption()});
        },
        [](QCommandLineParser &parser) {
            if (!parser.isSet(QStringLiteral("station"))) {
                printError(QStringLiteral("give --station NAME and --data-dir D (or --db URL)"));
                return int(UsageError);
            }
            auto store = openStore(parser);
            if (!store) {
                printError(store.error().isEmpty()
                               ? QStringLiteral("give --station NAME and --data-dir D (or --db URL)")
                               : store.error());
                return int(store.error().isEmpty() ? UsageError : Failed);
            }
            const auto token = store.value()->createToken(parser.value(QStringLiteral("station")));
            if (!token) {
                printError(token.error());
                return int(Failed);
            }
            std::printf("%s\n", token.value().toLatin1().constData());
            return int(Ok);
        }};
}

// The token comes on standard input or in a file, never on the command line (where `ps` and the
// shell's history would show it).
Command tokenSet()
{
    return {
        QStringLiteral("token"), QStringLiteral("set"),
        QStringLiteral(
            "Keeps the venue hub's token for the central server in a file the hub service reads (a service "
            "has no desktop keychain).\nThe token is read from --from-file (default -: standard input, "
            "first line) and written atomically to --token-file (default: $APPRAISAL_SYNC_TOKEN_FILE, else "
            "/etc/appraisal/keys/hub.sync-token, the file the packaged hub.conf names). Run as root it gets "
            "mode 0640, owner root, group appraisal: the service reads it and cannot change it; otherwise "
            "mode 0600 for the user running this. Restart the hub afterwards (systemctl restart "
            "appraisal-server@hub). Make the token on the central server with appraisal-server token create "
            "--station VENUE_ID."),
        [](QCommandLineParser &parser) {
            parser.addOptions(
                {QCommandLineOption(QStringLiteral("from-file"),
                                    QStringLiteral("Where the token is read: a file, or - for standard input "
                                                   "(default)."),
                                    QStringLiteral("FILE"), QStringLiteral("-")),
                 QCommandLineOption(
                     QStringLiteral("token-file"),
                     QStringLiteral("Where the token is kept (default: $APPRAISAL_SYNC_TOKEN_FILE, "
                                    "else /etc/appraisal/keys/hub.sync-token)."),
                     QStringLiteral("FILE"))});
        },
        [](QCommandLineParser &parser) {
            QString target = parser.value(QStringLiteral("token-file"));
            if (target.isEmpty())
                target = qEnvironmentVariable("APPRAISAL_SYNC_TOKEN_FILE");
            if (target.isEmpty())
                target = QLatin1String(kDefaultTokenFile);
            const QString source = parser.value(QStringLiteral("from-file"));
            QFile input;
            const bool opened = source == QLatin1String("-")
                                    ? input.open(stdin, QIODevice::ReadOnly)
                                    : (input.setFileName(source), input.open(QIODevice::ReadOnly));
            if (!opened) {
                printError(
                    QStringLiteral("cannot read the token from %1: %2").arg(source, input.errorString()));
                return int(Failed);
            }
            // One line, bounded: a token is a few dozen characters.
            const QString token = QString::fromLatin1(input.readLine(8192)).trimmed();
            if (const QString invalid = crypto::SecretFile::invalidSecret(token); !invalid.isEmpty()) {
                printError(QStringLiteral("%1 Nothing was changed.").arg(invalid));
                return int(Failed);
            }
            const bool asRoot = ::geteuid() == 0 && ::getgrnam(kServiceGroup) != nullptr;
            const QString group = asRoot ? QLatin1String(kServiceGroup) : QString();
            if (const QString failed = crypto::SecretFile(target).save(token, group); !failed.isEmpty()) {
                printError(QStringLiteral("%1 Nothing was changed.").arg(failed));
                return int(Failed);
            }
            std::printf("%s\n",
                        qPrintable(QStringLiteral("token saved in %1 (mode %2); restart the hub to use it")
                                       .arg(target, asRoot ? QStringLiteral("0640, group appraisal")
                                                           : QStringLiteral("0600"))));
            return int(Ok);
        }};
}

Command referenceImport()
{
    return {QStringLiteral("reference"), QStringLiteral("import"),
            QStringLiteral(
                "Publishes reference data for the stations: FILE is JSON {\"items\":[{\"key\":\"…\", …}]}. "
                "Changed items get the next sequence number; stations fetch them with GET "
                "/api/v1/reference/KIND."),
            [](QCommandLineParser &parser) {
                parser.addOptions(
                    {dataDirOption(QStringLiteral("The server's data folder.")),
                     QCommandLineOption(QStringLiteral("kind"),
                                        QStringLiteral("rosters, experts, rooms, clauses or templates."),
                                        QStringLiteral("KIND")),
                     databaseUrlOption()});
                parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The items as JSON."));
            },
            [](QCommandLineParser &parser) {
                if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("kind")) ||
                    (!parser.isSet(QStringLiteral("data-dir")) && !parser.isSet(QStringLiteral("db")))) {
                    printError(QStringLiteral("give --kind KIND, --data-dir D (or --db URL) and one FILE"));
                    return int(UsageError);
                }
                QFile file(parser.positionalArguments().constFirst());
                if (!file.open(QIODevice::ReadOnly)) {
                    printError(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
                    return int(Failed);
                }
                QJsonParseError parseError;
                const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
                if (parseError.error != QJsonParseError::NoError ||
                    !document.object().value(QStringLiteral("items")).isArray()) {
                    printError(QStringLiteral("%1 is not JSON {\"items\":[…]}").arg(file.fileName()));
                    return int(Failed);
                }
                QList<QJsonObject> items;
                for (const QJsonValue &value : document.object().value(QStringLiteral("items")).toArray())
                    items << value.toObject();
                auto store = openStore(parser);
                if (!store) {
                    printError(store.error());
                    return int(Failed);
                }
                const QString kind = parser.value(QStringLiteral("kind"));
                const auto changed = store.value()->importReference(kind, items);
                if (!changed) {
                    printError(changed.error());
                    return int(Failed);
                }
                std::printf("{\"kind\":\"%s\",\"items\":%d,\"changed\":%d}\n", qPrintable(kind),
                            int(items.size()), changed.value());
                return int(Ok);
            }};
}

Command enrolmentCode()
{
    return {QStringLiteral("enrol-code"), QString(),
            QStringLiteral(
                "Prints a one-time code (valid --minutes, default 10) a station enrols with at this hub."),
            [](QCommandLineParser &parser) {
                parser.addOptions({dataDirOption(QStringLiteral("The hub's data folder.")),
                                   QCommandLineOption(QStringLiteral("minutes"),
                                                      QStringLiteral("How long the code is valid."),
                                                      QStringLiteral("N"), QStringLiteral("10"))});
            },
            [](QCommandLineParser &parser) {
                core::SystemClock clock;
                auto database = openHubDatabase(parser.value(QStringLiteral("data-dir")), clock);
                if (!database) {
                    printError(database.error());
                    return int(Failed);
                }
                routing::CryptoRandom random;
                venue::HubService hub(*database.value(), random);
                const auto code = hub.createEnrolmentCode(parser.value(QStringLiteral("minutes")).toInt());
                if (!code) {
                    printError(code.error());
                    return int(Failed);
                }
                std::printf("%s\n", qPrintable(code.value()));
                return int(Ok);
            }};
}

} // namespace

QList<Command> adminCommands()
{
    return {tokenCreate(), tokenSet(), referenceImport(), enrolmentCode()};
}

} // namespace server
