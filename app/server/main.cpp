#include "healthroutes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QHttpServer>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

void onTerminate(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[0], &byte, 1);
}

// SIGTERM/SIGINT end the event loop cleanly; the handler only writes one byte (async-signal-safe).
void quitOnTerminationSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::exit(0); });
    struct sigaction action = {};
    action.sa_handler = onTerminate;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

void fail(const QString &message)
{
    std::fprintf(stderr, "appraisal-server: %s\n", message.toUtf8().constData());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("appraisal-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(APPRAISAL_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Headless server of the appraisal-site workstation: central reference server or venue hub.\n"
        "Prints 'listening on http://HOST:PORT' once it accepts connections. GET /api/v1/health answers\n"
        "{\"status\":\"ok\",\"service\":\"appraisal-server\",\"version\":…,\"mode\":…}."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        QStringLiteral("Address and port to listen on (default 127.0.0.1:8470; "
                       "port 0 picks a free port)."),
        QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8470"));
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"), QStringLiteral("Folder for the server's data."), QStringLiteral("D"));
    const QCommandLineOption modeOption(QStringLiteral("mode"), QStringLiteral("central (default) or hub."),
                                        QStringLiteral("MODE"), QStringLiteral("central"));
    parser.addOptions({listenOption, dataDirOption, modeOption});
    parser.process(app);

    const QString listen = parser.value(listenOption);
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    QHostAddress address;
    if (colon <= 0 || !portOk || port > 65535 ||
        !address.setAddress(listen.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']')))) {
        fail(QStringLiteral(
                 "--listen must be HOST:PORT with a numeric address, e.g. 127.0.0.1:8470 (got \"%1\")")
                 .arg(listen));
        return 2;
    }
    const QString mode = parser.value(modeOption);
    if (mode != QLatin1String("central") && mode != QLatin1String("hub")) {
        fail(QStringLiteral("--mode must be central or hub (got \"%1\")").arg(mode));
        return 2;
    }
    if (parser.isSet(dataDirOption) && !QDir().mkpath(parser.value(dataDirOption))) {
        fail(QStringLiteral("cannot create the data folder %1").arg(parser.value(dataDirOption)));
        return 1;
    }

    QHttpServer server;
    server::addHealthRoutes(server, {mode, QCoreApplication::applicationVersion()});
    const quint16 bound = server.listen(address, quint16(port));
    if (bound == 0) {
        fail(QStringLiteral("cannot listen on %1").arg(listen));
        return 1;
    }
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(address.toString())
                             : address.toString();
    std::printf("listening on http://%s:%u\n", host.toUtf8().constData(), unsigned(bound));
    std::fflush(stdout);
    quitOnTerminationSignals(app);
    return app.exec();
}
