// appraisal-server without a subcommand: the central reference server or the venue hub, serving
// until SIGTERM. Its options, their checks, and the parts it is made of (HTTP layer, sync store,
// hub, upstream sync) are put together here; admincommands.cpp holds the subcommands.
#include "serve.h"

#include "healthroutes.h"
#include "syncroutes.h"

#include "centralsync/syncscheduler.h"
#include "core/clock.h"
#include "core/terminationsignals.h"
#include "httpd/server.h"
#include "httpd/tls.h"
#include "routing/draw.h"
#include "venue/hubclient.h"
#include "venue/hubhealth.h"
#include "venue/hubserver.h"

#include <QDir>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>

#include <cstdio>
#include <functional>
#include <optional>
#include <sys/resource.h>

namespace server {

namespace {

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

// Every option of the server itself, declared once.
struct ServeOptions {
    QCommandLineOption listen{QStringLiteral("listen"),
                              QStringLiteral("Address and port to listen on (default 127.0.0.1:8470; port 0 "
                                             "picks a free port)."),
                              QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8470")};
    QCommandLineOption dataDir =
        dataDirOption(QStringLiteral("Folder for the server's data (created if missing)."));
    QCommandLineOption mode{QStringLiteral("mode"), QStringLiteral("central (default) or hub."),
                            QStringLiteral("MODE"), QStringLiteral("central")};
    QCommandLineOption db = databaseUrlOption();
    QCommandLineOption cert{QStringLiteral("tls-cert"),
                            QStringLiteral("PEM certificate: serve HTTPS (with --tls-key)."),
                            QStringLiteral("FILE")};
    QCommandLineOption key{QStringLiteral("tls-key"), QStringLiteral("PEM private key of --tls-cert."),
                           QStringLiteral("FILE")};
    QCommandLineOption maxBody{
        QStringLiteral("max-body-mb"),
        QStringLiteral("Largest request body (a batch), in MB (default 16), checked against Content-Length "
                       "before the body is read and while a chunked body streams; larger: 413."),
        QStringLiteral("N"), QStringLiteral("16")};
    QCommandLineOption maxHeader{
        QStringLiteral("max-header-kb"),
        QStringLiteral("Largest request head (request line and headers), in KB (default 16); larger: 431."),
        QStringLiteral("N"), QStringLiteral("16")};
    QCommandLineOption handshakeTimeout{
        QStringLiteral("handshake-timeout"),
        QStringLiteral("Seconds a client has to finish its TLS handshake (default 10)."), QStringLiteral("S"),
        QStringLiteral("10")};
    QCommandLineOption headerTimeout{
        QStringLiteral("header-timeout"),
        QStringLiteral(
            "Seconds from a request's first byte to the end of its headers (default 10); then 408."),
        QStringLiteral("S"), QStringLiteral("10")};
    QCommandLineOption bodyTimeout{
        QStringLiteral("body-timeout"),
        QStringLiteral("Longest pause in seconds while a request body arrives (default 30); then 408."),
        QStringLiteral("S"), QStringLiteral("30")};
    QCommandLineOption idleTimeout{
        QStringLiteral("idle-timeout"),
        QStringLiteral("Seconds an idle keep-alive connection or an unread reply is kept (default 30)."),
        QStringLiteral("S"), QStringLiteral("30")};
    QCommandLineOption maxConnections{
        QStringLiteral("max-connections"),
        QStringLiteral("Connections at once, all clients and WebSockets together (default 1000); more are "
                       "closed at once."),
        QStringLiteral("N"), QStringLiteral("1000")};
    QCommandLineOption maxPerAddress{QStringLiteral("max-connections-per-address"),
                                     QStringLiteral("Connections at once from one address (default 64)."),
                                     QStringLiteral("N"), QStringLiteral("64")};
    QCommandLineOption maxBuffered{
        QStringLiteral("max-buffered-mb"),
        QStringLiteral("Request bodies held in memory at once, all clients together, in MB (default 128); "
                       "beyond: 503 with Retry-After."),
        QStringLiteral("N"), QStringLiteral("128")};
    QCommandLineOption maxMessage{
        QStringLiteral("max-message-kb"),
        QStringLiteral("Hub mode: largest WebSocket frame or message from a station after its hello, in KB "
                       "(default 1024; before hello 16 KB)."),
        QStringLiteral("N"), QStringLiteral("1024")};

    QList<QCommandLineOption> all() const
    {
        return {listen,
                dataDir,
                mode,
                db,
                cert,
                key,
                maxBody,
                maxHeader,
                handshakeTimeout,
                headerTimeout,
                bodyTimeout,
                idleTimeout,
                maxConnections,
                maxPerAddress,
                maxBuffered,
                maxMessage};
    }
};

QString description(const QList<Command> &commands)
{
    return QStringLiteral(
               "Headless server of the appraisal-site workstation: central reference server or venue hub.\n"
               "Prints 'listening on http(s)://HOST:PORT' once it accepts connections; SIGTERM or SIGINT "
               "stop "
               "it cleanly.\n"
               "Routes: GET /api/v1/health, POST /api/v1/sync/batches (docs/sync-protocol.md); in hub mode "
               "WebSocket on the same port, POST /api/v1/venue/enrol, and POST /api/v1/sync/batches for its "
               "enrolled stations' records, which it uploads with its own (docs/venue-protocol.md). The "
               "limits "
               "below bound what any client can cost (docs/sync-protocol.md, \"The HTTP layer\"); SIGHUP "
               "reloads --tls-cert and --tls-key. The hub keeps the venue's station database in the data "
               "folder "
               "(prepare it with appraisal-admin, e.g. venue setup or demo load).\n"
               "Secrets without a desktop keychain (a service): the hub's data key comes from the systemd "
               "credential data-key or the file APPRAISAL_KEY_FILE names, its token for the central server "
               "(setting sync.server) from APPRAISAL_SYNC_TOKEN, the systemd credential sync-token or the "
               "file "
               "APPRAISAL_SYNC_TOKEN_FILE names (written by appraisal-server token set); otherwise both come "
               "from the desktop keychain.\n"
               "Before a newer server updates an older database it keeps a checked copy in <data "
               "dir>/backups "
               "(pre-upgrade-server-schema<N>-<time>.db; the hub's station database: "
               "pre-upgrade-schema<N>-…) "
               "and says so on standard error; a database written by a newer server is refused unchanged.\n\n"
               "Subcommands (each has --help):\n") +
           commandOverview(commands);
}

// Every limit is a whole number in its range; anything else is refused with the option's name.
std::optional<QString> readLimits(const QCommandLineParser &parser, const ServeOptions &options,
                                  httpd::Limits &limits, venue::StreamLimits &streamLimits)
{
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
    limits.maxBodyBytes = bounded(options.maxBody, 0, 4096) * 1024 * 1024; // 0: no body at all
    limits.maxHeaderBytes = int(positive(options.maxHeader, 1024) * 1024);
    limits.handshakeTimeoutMs = int(positive(options.handshakeTimeout, 3600) * 1000);
    limits.headerTimeoutMs = int(positive(options.headerTimeout, 3600) * 1000);
    limits.bodyTimeoutMs = int(positive(options.bodyTimeout, 3600) * 1000);
    limits.idleTimeoutMs = int(positive(options.idleTimeout, 3600) * 1000);
    limits.maxConnections = int(positive(options.maxConnections, 1000000));
    limits.maxConnectionsPerAddress = int(positive(options.maxPerAddress, 1000000));
    limits.maxBufferedBodyBytes = positive(options.maxBuffered, 65536) * 1024 * 1024;
    streamLimits.afterHelloBytes = quint64(positive(options.maxMessage, 64 * 1024)) * 1024;
    if (badLimit)
        return badLimit;
    // Keep descriptors for the database, the log and the listening socket.
    const rlim_t descriptors = raiseDescriptorLimit();
    if (rlim_t(limits.maxConnections) + 64 > descriptors) {
        limits.maxConnections = int(qMax<rlim_t>(16, descriptors - 64));
        printError(QStringLiteral("only %1 file descriptors: at most %2 connections at once")
                       .arg(qulonglong(descriptors))
                       .arg(limits.maxConnections));
    }
    return std::nullopt;
}

// What a running server is made of, in the order it is built (and torn down in reverse).
struct Running {
    core::SystemClock clock;
    routing::CryptoRandom random;
    std::unique_ptr<store::Database> hubDatabase;   // hub mode: the venue's station database
    std::unique_ptr<syncserver::ServerStore> store; // central mode with a data folder or --db
    std::unique_ptr<httpd::Server> http;
    std::unique_ptr<venue::HubService> hub;
    std::unique_ptr<venue::HubServer> hubServer;
    std::unique_ptr<centralsync::SyncScheduler> upstream;
};

// Opens the data of the chosen mode; the exit code when that failed.
std::optional<int> openData(const QCommandLineParser &parser, const ServeOptions &options,
                            const QString &mode, Running &running)
{
    if (mode == QLatin1String("hub")) {
        if (!parser.isSet(options.dataDir)) {
            printError(QStringLiteral("--mode hub needs --data-dir with the venue's station database"));
            return int(UsageError);
        }
        auto opened = openHubDatabase(parser.value(options.dataDir), running.clock);
        if (!opened) {
            printError(opened.error());
            return int(Failed);
        }
        running.hubDatabase = std::move(opened.value());
        return std::nullopt;
    }
    // Records are kept only with a data folder or a database; without, the server answers health only.
    if (parser.isSet(options.dataDir) || parser.isSet(options.db)) {
        auto opened = syncserver::ServerStore::open(parser.value(options.dataDir), parser.value(options.db));
        if (!opened) {
            printError(opened.error());
            return int(Failed);
        }
        running.store = std::move(opened.value());
    }
    return std::nullopt;
}

void addRoutes(const QCommandLineParser &parser, const ServeOptions &options, const QString &mode,
               const httpd::Limits &limits, Running &running)
{
    ServerInfo info{mode, QCoreApplication::applicationVersion(), {}};
    if (running.store)
        info.health = [store = running.store.get()] {
            return store->health();
        };
    if (running.hubDatabase)
        info.venue = [hubDatabase = running.hubDatabase.get()] {
            return venue::HubHealth(*hubDatabase).summary(false);
        };
    addHealthRoutes(*running.http, info);
    if (running.store) {
        SyncLimits syncLimits;
        syncLimits.maxBodyBytes = limits.maxBodyBytes;
        if (parser.isSet(options.dataDir))
            syncLimits.maintenanceFlag =
                QDir(parser.value(options.dataDir)).filePath(QStringLiteral("maintenance"));
        addSyncRoutes(*running.http, *running.store, syncLimits);
    }
}

// The journal says whether the hub's upload to the central system works, and what to do when it
// cannot start at all (no token file, …): a service has no status bar.
void reportUpstream(store::Database &database, centralsync::SyncScheduler &upstream)
{
    if (centralsync::configuredServer(database).isEmpty())
        return;
    QString problem;
    const centralsync::ServerLink link = centralsync::configuredLink(database, &problem);
    if (!problem.isEmpty())
        printError(QStringLiteral("upload to the central server %1 is not possible: %2 (for a service: "
                                  "appraisal-server token set, then restart)")
                       .arg(link.base.toString(), problem));
    QObject::connect(&upstream, &centralsync::SyncScheduler::runFinished, &upstream,
                     [](const centralsync::UploadSummary &summary) {
                         if (!summary.lastError.isEmpty())
                             printError(QStringLiteral("upload to the central server: %1 (%2 pending)")
                                            .arg(summary.lastError)
                                            .arg(summary.pending));
                         else if (summary.uploaded > 0)
                             std::fprintf(stderr,
                                          "appraisal-server: uploaded %lld records to the central server\n",
                                          qlonglong(summary.uploaded));
                     });
}

} // namespace

void declareServeOptions(QCommandLineParser &parser, const QList<Command> &commands)
{
    parser.setApplicationDescription(description(commands));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(ServeOptions().all());
}

int serve(QCoreApplication &app, const QList<Command> &commands)
{
    QCommandLineParser parser;
    const ServeOptions options;
    declareServeOptions(parser, commands);
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("unknown subcommand \"%1\"; appraisal-server --help lists them")
                       .arg(parser.positionalArguments().join(QLatin1Char(' '))));
        return UsageError;
    }

    httpd::Limits limits;
    venue::StreamLimits streamLimits;
    if (const std::optional<QString> badLimit = readLimits(parser, options, limits, streamLimits)) {
        printError(*badLimit);
        return UsageError;
    }
    const QString listen = parser.value(options.listen);
    const std::optional<Endpoint> endpoint = parseEndpoint(listen);
    if (!endpoint) {
        printError(QStringLiteral("--listen must be HOST:PORT with a numeric address or localhost, "
                                  "e.g. 127.0.0.1:8470 (got \"%1\")")
                       .arg(listen));
        return UsageError;
    }
    const QString mode = parser.value(options.mode);
    if (mode != QLatin1String("central") && mode != QLatin1String("hub")) {
        printError(QStringLiteral("--mode must be central or hub (got \"%1\")").arg(mode));
        return UsageError;
    }
    if (parser.isSet(options.dataDir) && !QDir().mkpath(parser.value(options.dataDir))) {
        printError(QStringLiteral("cannot create the data folder %1").arg(parser.value(options.dataDir)));
        return Failed;
    }
    // Before listening: a SIGTERM sent as soon as the "listening on" line appears must still be clean.
    // SIGHUP reads the certificate again (onHangup is set once the server is up).
    std::function<void()> onHangup;
    if (!core::quitOnTerminationSignals(app, &onHangup)) {
        printError(QStringLiteral("cannot install the SIGTERM/SIGINT/SIGHUP handlers"));
        return Failed;
    }

    Running running;
    if (const std::optional<int> failed = openData(parser, options, mode, running))
        return *failed;
    running.http = std::make_unique<httpd::Server>(limits);
    httpd::Server &http = *running.http;
    addRoutes(parser, options, mode, limits, running);
    const bool tls = parser.isSet(options.cert) || parser.isSet(options.key);
    QString certificateSha256;
    if (tls) {
        const auto configuration =
            httpd::loadServerConfiguration(parser.value(options.cert), parser.value(options.key));
        if (!configuration) {
            printError(configuration.error());
            return UsageError;
        }
        http.setTlsConfiguration(configuration.value());
        certificateSha256 = venue::certificateSha256(configuration->localCertificate());
    }
    if (running.hubDatabase) {
        running.hub = std::make_unique<venue::HubService>(*running.hubDatabase, running.random);
        running.hubServer =
            std::make_unique<venue::HubServer>(*running.hub, http, certificateSha256, streamLimits);
        // Upstream the hub is a sync client like a station: whatever the venue did goes to the
        // central system when a link exists (settings sync.server, sync.ca, the token). A service
        // has no login window to wait for, so the first run comes soon after the start.
        running.upstream = std::make_unique<centralsync::SyncScheduler>(*running.hubDatabase);
        reportUpstream(*running.hubDatabase, *running.upstream);
        running.upstream->start(std::chrono::seconds(2));
    }
    // SIGHUP: a renewed certificate is read again and used for every new connection; open ones
    // keep theirs. A certificate that cannot be read leaves the old one in use.
    if (tls)
        onHangup = [&http, &running, &parser, &options] {
            const auto configuration =
                httpd::loadServerConfiguration(parser.value(options.cert), parser.value(options.key));
            if (!configuration) {
                printError(
                    QStringLiteral("SIGHUP: %1; keeping the certificate in use").arg(configuration.error()));
                return;
            }
            http.setTlsConfiguration(configuration.value());
            if (running.hubServer)
                running.hubServer->setCertificateSha256(
                    venue::certificateSha256(configuration->localCertificate()));
            std::fprintf(stderr, "appraisal-server: SIGHUP: certificate reloaded\n");
        };
    if (!http.listen(endpoint->address, endpoint->port)) {
        printError(QStringLiteral("cannot listen on %1: %2").arg(listen, http.errorString()));
        return Failed;
    }
    const QString host = endpoint->address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(endpoint->address.toString())
                             : endpoint->address.toString();
    std::printf("listening on %s://%s:%u\n", tls ? "https" : "http", host.toUtf8().constData(),
                unsigned(http.serverPort()));
    std::fflush(stdout);
    return app.exec();
}

} // namespace server
