// appraisal-server: the headless venue hub or central reference server. See healthroutes.h for the
// routes it serves so far.
#include "healthroutes.h"
#include "syncroutes.h"

#include "centralsync/syncscheduler.h"
#include "httpd/server.h"
#include "httpd/tls.h"
#include "store/stationkey.h"
#include "venue/hubclient.h"
#include "venue/hubserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslKey>

#include <csignal>
#include <cstdio>
#include <functional>
#include <optional>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// [0] is written by the signal handler, [1] is watched by the event loop.
int g_signalSockets[2] = {-1, -1};

void onSignal(int signalNumber)
{
    const char byte = char(signalNumber);
    [[maybe_unused]] const auto written = ::write(g_signalSockets[0], &byte, 1); // async-signal-safe
}

// SIGTERM and SIGINT end the event loop, so the server shuts down cleanly and exits with 0; SIGHUP
// runs `onHangup` (the certificate is read again).
bool installSignalHandlers(QCoreApplication &app, std::function<void()> &onHangup)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalSockets) != 0)
        return false;
    auto *notifier = new QSocketNotifier(g_signalSockets[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier, &onHangup] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalSockets[1], &byte, 1);
        if (byte == char(SIGHUP)) {
            if (onHangup)
                onHangup();
            return;
        }
        notifier->setEnabled(false);
        QCoreApplication::exit(0);
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 && ::sigaction(SIGINT, &action, nullptr) == 0 &&
           ::sigaction(SIGHUP, &action, nullptr) == 0;
}

// Every connection is a descriptor: take the hard limit, so the connection caps, not the default
// soft limit of 1024, decide when clients are refused. Returns the descriptors available.
rlim_t raiseDescriptorLimit()
{
    struct rlimit limit = {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 1024;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
        ::getrlimit(RLIMIT_NOFILE, &limit);
    }
    return limit.rlim_cur;
}

void printError(const QString &message)
{
    std::fprintf(stderr, "appraisal-server: %s\n", message.toLocal8Bit().constData());
}

struct Endpoint {
    QHostAddress address;
    quint16 port = 0;
};

// "HOST:PORT" with a numeric IPv4 address, "[IPv6]:PORT" or "localhost:PORT"; port 0 = any free port.
std::optional<Endpoint> parseEndpoint(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    bool portOk = false;
    const uint port = text.mid(colon + 1).toUInt(&portOk);
    if (!portOk || port > 65535)
        return std::nullopt;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    Endpoint endpoint;
    endpoint.port = quint16(port);
    if (host == QLatin1String("localhost"))
        endpoint.address = QHostAddress(QHostAddress::LocalHost);
    else if (!endpoint.address.setAddress(host))
        return std::nullopt;
    return endpoint;
}

// --data-dir and --db of the subcommands that work on the central server's store.
struct StoreOptions {
    QCommandLineOption dataDir{QStringLiteral("data-dir"), QStringLiteral("The server's data folder."),
                               QStringLiteral("D")};
    QCommandLineOption db{
        QStringLiteral("db"),
        QStringLiteral("postgresql://USER@HOST:PORT/DBNAME instead of SQLite in the data folder."),
        QStringLiteral("URL")};

    bool given(const QCommandLineParser &parser) const { return parser.isSet(dataDir) || parser.isSet(db); }
    auto open(const QCommandLineParser &parser) const
    {
        return syncserver::ServerStore::open(parser.value(dataDir), parser.value(db));
    }
};

// appraisal-server token create --data-dir D --station NAME [--db URL]: prints a new token once.
int createToken(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Creates a bearer token for a station and prints it once (the server keeps only its SHA-256).\n"
        "The station keeps it in its OS keychain (appraisal-admin sync token) or passes it in "
        "APPRAISAL_SYNC_TOKEN."));
    parser.addHelpOption();
    const StoreOptions storeOptions;
    const QCommandLineOption station(QStringLiteral("station"),
                                     QStringLiteral("The station id the token is for."),
                                     QStringLiteral("NAME"));
    parser.addOptions({storeOptions.dataDir, station, storeOptions.db});
    parser.process(arguments);
    if (!parser.isSet(station) || !storeOptions.given(parser)) {
        printError(QStringLiteral("give --station NAME and --data-dir D (or --db URL)"));
        return 2;
    }
    auto store = storeOptions.open(parser);
    if (!store) {
        printError(store.error());
        return 1;
    }
    const auto token = store.value()->createToken(parser.value(station));
    if (!token) {
        printError(token.error());
        return 1;
    }
    std::printf("%s\n", token.value().toLatin1().constData());
    return 0;
}

// appraisal-server reference import --data-dir D --kind KIND FILE [--db URL]: publishes reference data.
int importReference(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Publishes reference data for the stations: FILE is JSON {\"items\":[{\"key\":\"…\", …}]}. Changed "
        "items get the next sequence number; stations fetch them with GET /api/v1/reference/KIND."));
    parser.addHelpOption();
    const StoreOptions storeOptions;
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  QStringLiteral("rosters, experts, rooms, clauses or templates."),
                                  QStringLiteral("KIND"));
    parser.addOptions({storeOptions.dataDir, kind, storeOptions.db});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The items as JSON."));
    parser.process(arguments);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(kind) || !storeOptions.given(parser)) {
        printError(QStringLiteral("give --kind KIND, --data-dir D (or --db URL) and one FILE"));
        return 2;
    }
    QFile file(parser.positionalArguments().constFirst());
    if (!file.open(QIODevice::ReadOnly)) {
        printError(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        return 1;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError ||
        !document.object().value(QStringLiteral("items")).isArray()) {
        printError(QStringLiteral("%1 is not JSON {\"items\":[…]}").arg(file.fileName()));
        return 1;
    }
    QList<QJsonObject> items;
    for (const QJsonValue &value : document.object().value(QStringLiteral("items")).toArray())
        items << value.toObject();
    auto store = storeOptions.open(parser);
    if (!store) {
        printError(store.error());
        return 1;
    }
    const auto changed = store.value()->importReference(parser.value(kind), items);
    if (!changed) {
        printError(changed.error());
        return 1;
    }
    std::printf("{\"kind\":\"%s\",\"items\":%d,\"changed\":%d}\n", qPrintable(parser.value(kind)),
                int(items.size()), changed.value());
    return 0;
}

core::Result<std::unique_ptr<store::Database>> openHubDatabase(const QString &dataDir,
                                                               const core::Clock &clock)
{
    using R = core::Result<std::unique_ptr<store::Database>>;
    if (!QFileInfo::exists(store::databasePath(dataDir)))
        return R::failure(QStringLiteral("there is no station database in %1; prepare the venue there first "
                                         "(appraisal-admin demo load --data-dir %1, or the venue's setup)")
                              .arg(dataDir));
    const auto keyStore = store::keychainFor(dataDir);
    store::StationOpening opening = store::StationKeys(dataDir, *keyStore).open(clock);
    if (!opening.database)
        return R::failure(opening.error);
    return std::move(opening.database);
}

// appraisal-server enrol-code --data-dir D [--minutes N]
int createEnrolmentCode(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Prints a one-time code (valid --minutes, default 10) a station enrols with at this hub."));
    parser.addHelpOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("The hub's data folder."),
                                     QStringLiteral("D"));
    const QCommandLineOption minutes(QStringLiteral("minutes"), QStringLiteral("How long the code is valid."),
                                     QStringLiteral("N"), QStringLiteral("10"));
    parser.addOptions({dataDir, minutes});
    parser.process(arguments);
    core::SystemClock clock;
    auto database = openHubDatabase(parser.value(dataDir), clock);
    if (!database) {
        printError(database.error());
        return 1;
    }
    routing::CryptoRandom random;
    venue::HubService hub(*database.value(), random);
    const auto code = hub.createEnrolmentCode(parser.value(minutes).toInt());
    if (!code) {
        printError(code.error());
        return 1;
    }
    std::printf("%s\n", qPrintable(code.value()));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("appraisal-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(APPRAISAL_VERSION));
    const QStringList arguments = app.arguments();
    if (arguments.size() >= 3 && arguments.at(1) == QLatin1String("token") &&
        arguments.at(2) == QLatin1String("create"))
        return createToken(QStringList{arguments.at(0)} + arguments.mid(3));
    if (arguments.size() >= 3 && arguments.at(1) == QLatin1String("reference") &&
        arguments.at(2) == QLatin1String("import"))
        return importReference(QStringList{arguments.at(0)} + arguments.mid(3));
    if (arguments.size() >= 2 && arguments.at(1) == QLatin1String("enrol-code"))
        return createEnrolmentCode(QStringList{arguments.at(0)} + arguments.mid(2));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Headless server of the appraisal-site workstation: central reference server or "
        "venue hub.\nPrints 'listening on http(s)://HOST:PORT' once it accepts connections; "
        "SIGTERM or SIGINT stop it cleanly.\n"
        "appraisal-server token create --data-dir D --station NAME prints a station token.\n"
        "appraisal-server enrol-code --data-dir D [--minutes N] prints a one-time code a "
        "venue station enrols with (hub mode).\n"
        "Routes: GET /api/v1/health, POST /api/v1/sync/batches (docs/sync-protocol.md); "
        "in hub mode WebSocket on the same port, POST /api/v1/venue/enrol, and POST "
        "/api/v1/sync/batches for its enrolled stations' records, which it uploads with "
        "its own (docs/venue-protocol.md). The limits below bound what any client can cost "
        "(docs/sync-protocol.md, \"The HTTP layer\"); SIGHUP reloads --tls-cert and --tls-key. "
        "The hub keeps the venue's station database in the data "
        "folder (prepare it with appraisal-admin, e.g. demo load); its key comes from the "
        "system keychain."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listenOption(QStringLiteral("listen"),
                                          QStringLiteral("Address and port to listen on (default "
                                                         "127.0.0.1:8470; port 0 picks a free port)."),
                                          QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8470"));
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"), QStringLiteral("Folder for the server's data (created if missing)."),
        QStringLiteral("D"));
    const QCommandLineOption modeOption(QStringLiteral("mode"), QStringLiteral("central (default) or hub."),
                                        QStringLiteral("MODE"), QStringLiteral("central"));
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral(
            "Store in PostgreSQL: postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME (default: SQLite "
            "server.db in the data folder)."),
        QStringLiteral("URL"));
    const QCommandLineOption certOption(QStringLiteral("tls-cert"),
                                        QStringLiteral("PEM certificate: serve HTTPS (with --tls-key)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption keyOption(
        QStringLiteral("tls-key"), QStringLiteral("PEM private key of --tls-cert."), QStringLiteral("FILE"));
    const QCommandLineOption maxBodyOption(
        QStringLiteral("max-body-mb"),
        QStringLiteral("Largest request body (a batch), in MB (default 16), checked against Content-Length "
                       "before the body is read and while a chunked body streams; larger: 413."),
        QStringLiteral("N"), QStringLiteral("16"));
    const QCommandLineOption maxHeaderOption(
        QStringLiteral("max-header-kb"),
        QStringLiteral("Largest request head (request line and headers), in KB (default 16); larger: 431."),
        QStringLiteral("N"), QStringLiteral("16"));
    const QCommandLineOption handshakeTimeoutOption(
        QStringLiteral("handshake-timeout"),
        QStringLiteral("Seconds a client has to finish its TLS handshake (default 10)."), QStringLiteral("S"),
        QStringLiteral("10"));
    const QCommandLineOption headerTimeoutOption(
        QStringLiteral("header-timeout"),
        QStringLiteral(
            "Seconds from a request's first byte to the end of its headers (default 10); then 408."),
        QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption bodyTimeoutOption(
        QStringLiteral("body-timeout"),
        QStringLiteral("Longest pause in seconds while a request body arrives (default 30); then 408."),
        QStringLiteral("S"), QStringLiteral("30"));
    const QCommandLineOption idleTimeoutOption(
        QStringLiteral("idle-timeout"),
        QStringLiteral("Seconds an idle keep-alive connection or an unread reply is kept (default 30)."),
        QStringLiteral("S"), QStringLiteral("30"));
    const QCommandLineOption maxConnectionsOption(
        QStringLiteral("max-connections"),
        QStringLiteral("Connections at once, all clients and WebSockets together (default 1000); more are "
                       "closed at once."),
        QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption maxPerAddressOption(
        QStringLiteral("max-connections-per-address"),
        QStringLiteral("Connections at once from one address (default 64)."), QStringLiteral("N"),
        QStringLiteral("64"));
    const QCommandLineOption maxBufferedOption(
        QStringLiteral("max-buffered-mb"),
        QStringLiteral("Request bodies held in memory at once, all clients together, in MB (default 128); "
                       "beyond: 503 with Retry-After."),
        QStringLiteral("N"), QStringLiteral("128"));
    const QCommandLineOption maxMessageOption(
        QStringLiteral("max-message-kb"),
        QStringLiteral("Hub mode: largest WebSocket frame or message from a station after its hello, in KB "
                       "(default 1024; before hello 16 KB)."),
        QStringLiteral("N"), QStringLiteral("1024"));
    parser.addOptions({listenOption, dataDirOption, modeOption, dbOption, certOption, keyOption,
                       maxBodyOption, maxHeaderOption, handshakeTimeoutOption, headerTimeoutOption,
                       bodyTimeoutOption, idleTimeoutOption, maxConnectionsOption, maxPerAddressOption,
                       maxBufferedOption, maxMessageOption});
    parser.process(app);

    // Every limit is a whole number in its range; anything else is refused with the option's name.
    std::optional<QString> badLimit;
    const auto bounded = [&](const QCommandLineOption &option, qint64 smallest, qint64 largest) -> qint64 {
        bool ok = false;
        const qint64 value = parser.value(option).toLongLong(&ok);
        if (!ok || value < smallest || value > largest) {
            badLimit = QStringLiteral("--%1 must be a whole number from %2 to %3 (got \"%4\")")
                           .arg(option.names().constFirst())
                           .arg(smallest)
                           .arg(largest)
                           .arg(parser.value(option));
            return 1;
        }
        return value;
    };
    const auto positive = [&](const QCommandLineOption &option, qint64 largest) {
        return bounded(option, 1, largest);
    };
    httpd::Limits limits;
    limits.maxBodyBytes = bounded(maxBodyOption, 0, 4096) * 1024 * 1024; // 0: no body at all
    limits.maxHeaderBytes = int(positive(maxHeaderOption, 1024) * 1024);
    limits.handshakeTimeoutMs = int(positive(handshakeTimeoutOption, 3600) * 1000);
    limits.headerTimeoutMs = int(positive(headerTimeoutOption, 3600) * 1000);
    limits.bodyTimeoutMs = int(positive(bodyTimeoutOption, 3600) * 1000);
    limits.idleTimeoutMs = int(positive(idleTimeoutOption, 3600) * 1000);
    limits.maxConnections = int(positive(maxConnectionsOption, 1000000));
    limits.maxConnectionsPerAddress = int(positive(maxPerAddressOption, 1000000));
    limits.maxBufferedBodyBytes = positive(maxBufferedOption, 65536) * 1024 * 1024;
    venue::StreamLimits streamLimits;
    streamLimits.afterHelloBytes = quint64(positive(maxMessageOption, 64 * 1024)) * 1024;
    if (badLimit) {
        printError(*badLimit);
        return 2;
    }
    // Keep descriptors for the database, the log and the listening socket.
    const rlim_t descriptors = raiseDescriptorLimit();
    if (rlim_t(limits.maxConnections) + 64 > descriptors) {
        limits.maxConnections = int(qMax<rlim_t>(16, descriptors - 64));
        printError(QStringLiteral("only %1 file descriptors: at most %2 connections at once")
                       .arg(qulonglong(descriptors))
                       .arg(limits.maxConnections));
    }

    const QString listen = parser.value(listenOption);
    const std::optional<Endpoint> endpoint = parseEndpoint(listen);
    if (!endpoint) {
        printError(QStringLiteral("--listen must be HOST:PORT with a numeric address or localhost, "
                                  "e.g. 127.0.0.1:8470 (got \"%1\")")
                       .arg(listen));
        return 2;
    }
    const QString mode = parser.value(modeOption);
    if (mode != QLatin1String("central") && mode != QLatin1String("hub")) {
        printError(QStringLiteral("--mode must be central or hub (got \"%1\")").arg(mode));
        return 2;
    }
    if (parser.isSet(dataDirOption) && !QDir().mkpath(parser.value(dataDirOption))) {
        printError(QStringLiteral("cannot create the data folder %1").arg(parser.value(dataDirOption)));
        return 1;
    }
    // Before listening: a SIGTERM sent as soon as the "listening on" line appears must still be clean.
    std::function<void()> onHangup;
    if (!installSignalHandlers(app, onHangup)) {
        printError(QStringLiteral("cannot install the SIGTERM/SIGINT/SIGHUP handlers"));
        return 1;
    }

    // Hub mode: the venue's station database in the data folder, the queue's one authority.
    core::SystemClock clock;
    std::unique_ptr<store::Database> hubDatabase;
    if (mode == QLatin1String("hub")) {
        if (!parser.isSet(dataDirOption)) {
            printError(QStringLiteral("--mode hub needs --data-dir with the venue's station database"));
            return 2;
        }
        auto opened = openHubDatabase(parser.value(dataDirOption), clock);
        if (!opened) {
            printError(opened.error());
            return 1;
        }
        hubDatabase = std::move(opened.value());
    }
    // Records are kept only with a data folder or a database; without, the server answers health only.
    std::unique_ptr<syncserver::ServerStore> store;
    if (mode == QLatin1String("central") && (parser.isSet(dataDirOption) || parser.isSet(dbOption))) {
        auto opened = syncserver::ServerStore::open(parser.value(dataDirOption), parser.value(dbOption));
        if (!opened) {
            printError(opened.error());
            return 1;
        }
        store = std::move(opened.value());
    }
    httpd::Server server(limits);
    server::ServerInfo info{mode, QCoreApplication::applicationVersion(), {}};
    if (store)
        info.health = [&store] {
            return store->health();
        };
    server::addHealthRoutes(server, info);
    if (store) {
        server::SyncLimits syncLimits;
        syncLimits.maxBodyBytes = limits.maxBodyBytes;
        if (parser.isSet(dataDirOption))
            syncLimits.maintenanceFlag =
                QDir(parser.value(dataDirOption)).filePath(QStringLiteral("maintenance"));
        server::addSyncRoutes(server, *store, syncLimits);
    }
    const bool tls = parser.isSet(certOption) || parser.isSet(keyOption);
    QString certificateSha256;
    if (tls) {
        const auto configuration =
            httpd::loadServerConfiguration(parser.value(certOption), parser.value(keyOption));
        if (!configuration) {
            printError(configuration.error());
            return 2;
        }
        server.setTlsConfiguration(configuration.value());
        certificateSha256 = venue::certificateSha256(configuration->localCertificate());
    }
    routing::CryptoRandom random;
    std::unique_ptr<venue::HubService> hub;
    std::unique_ptr<venue::HubServer> hubServer;
    std::unique_ptr<centralsync::SyncScheduler> upstream;
    if (hubDatabase) {
        hub = std::make_unique<venue::HubService>(*hubDatabase, random);
        hubServer = std::make_unique<venue::HubServer>(*hub, server, certificateSha256, streamLimits);
        // Upstream the hub is a sync client like a station: whatever the venue did goes to the
        // central system when a link exists (settings sync.server, sync.ca, the token).
        upstream = std::make_unique<centralsync::SyncScheduler>(*hubDatabase);
        upstream->start();
    }
    // SIGHUP: a renewed certificate is read again and used for every new connection; open ones
    // keep theirs. A certificate that cannot be read leaves the old one in use.
    if (tls)
        onHangup = [&server, &hubServer, &parser, &certOption, &keyOption] {
            const auto configuration =
                httpd::loadServerConfiguration(parser.value(certOption), parser.value(keyOption));
            if (!configuration) {
                printError(
                    QStringLiteral("SIGHUP: %1; keeping the certificate in use").arg(configuration.error()));
                return;
            }
            server.setTlsConfiguration(configuration.value());
            if (hubServer)
                hubServer->setCertificateSha256(venue::certificateSha256(configuration->localCertificate()));
            std::fprintf(stderr, "appraisal-server: SIGHUP: certificate reloaded\n");
        };
    if (!server.listen(endpoint->address, endpoint->port)) {
        printError(QStringLiteral("cannot listen on %1: %2").arg(listen, server.errorString()));
        return 1;
    }
    const quint16 port = server.serverPort();
    const QString host = endpoint->address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(endpoint->address.toString())
                             : endpoint->address.toString();
    std::printf("listening on %s://%s:%u\n", tls ? "https" : "http", host.toUtf8().constData(),
                unsigned(port));
    std::fflush(stdout);
    return app.exec();
}
