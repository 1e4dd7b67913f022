// appraisal-server: the headless venue hub or central reference server. See healthroutes.h for the
// routes it serves so far.
#include "healthroutes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QHttpServer>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <optional>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// [0] is written by the signal handler, [1] is watched by the event loop.
int g_signalSockets[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalSockets[0], &byte, 1); // async-signal-safe
}

// SIGTERM and SIGINT end the event loop, so the server shuts down cleanly and exits with 0.
bool quitOnTerminationSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalSockets) != 0)
        return false;
    auto *notifier = new QSocketNotifier(g_signalSockets[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalSockets[1], &byte, 1);
        QCoreApplication::exit(0);
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 && ::sigaction(SIGINT, &action, nullptr) == 0;
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("appraisal-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(APPRAISAL_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Headless server of the appraisal-site workstation: central reference server or "
                       "venue hub.\nPrints 'listening on http://HOST:PORT' once it accepts connections; "
                       "SIGTERM or SIGINT stop it cleanly."));
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
    parser.addOptions({listenOption, dataDirOption, modeOption});
    parser.process(app);

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
    if (!quitOnTerminationSignals(app)) {
        printError(QStringLiteral("cannot install the SIGTERM/SIGINT handler"));
        return 1;
    }

    QHttpServer server;
    server::addHealthRoutes(server, {mode, QCoreApplication::applicationVersion()});
    server::answerUnknownRoutesWithJson404(server);
    const quint16 port = server.listen(endpoint->address, endpoint->port);
    if (port == 0) {
        printError(QStringLiteral("cannot listen on %1").arg(listen));
        return 1;
    }
    const QString host = endpoint->address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(endpoint->address.toString())
                             : endpoint->address.toString();
    std::printf("listening on http://%s:%u\n", host.toUtf8().constData(), unsigned(port));
    std::fflush(stdout);
    return app.exec();
}
