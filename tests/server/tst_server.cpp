// Starts the real appraisal-server binary on a free loopback port and talks HTTP to it.
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <memory>

namespace {

QString serverBinary()
{
    return qEnvironmentVariable("APPRAISAL_BIN_DIR") + QStringLiteral("/appraisal-server");
}

struct Reply {
    int status = 0;
    QByteArray contentType;
    QJsonObject json;
};

Reply httpGet(const QUrl &url)
{
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy); // an http_proxy in the environment must not matter
    QNetworkReply *reply = manager.get(QNetworkRequest(url));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
            QJsonDocument::fromJson(reply->readAll()).object()};
}

} // namespace

class TestServer : public QObject
{
    Q_OBJECT

    std::unique_ptr<QProcess> m_server;
    QUrl m_base;

    // Starts the server with extra arguments on 127.0.0.1:0 and reads the port from its first line.
    void startServer(const QStringList &extraArguments = {})
    {
        m_server = std::make_unique<QProcess>();
        m_server->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_server->start(serverBinary(),
                        QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} +
                            extraArguments);
        QVERIFY2(m_server->waitForStarted(), qPrintable(m_server->errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(m_server->canReadLine() || m_server->state() == QProcess::NotRunning, 10000);
        const QString line = QString::fromUtf8(m_server->readLine()).trimmed();
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:(\\d+))$")).match(line);
        QVERIFY2(match.hasMatch(), qPrintable(QStringLiteral("first line: \"%1\"").arg(line)));
        QVERIFY(match.captured(2).toUInt() > 0);
        m_base = QUrl(match.captured(1));
    }

    QUrl url(const char *path) const { return m_base.resolved(QUrl(QString::fromLatin1(path))); }

    void stopWith(int signalNumber)
    {
        QVERIFY(m_server);
        QCOMPARE(::kill(pid_t(m_server->processId()), signalNumber), 0);
        QVERIFY(m_server->waitForFinished(10000));
        QCOMPARE(m_server->exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_server->exitCode(), 0);
    }

    // Runs the server with the arguments and waits for it to end by itself.
    static bool runToEnd(QProcess &process, const QStringList &arguments)
    {
        process.start(serverBinary(), arguments);
        return process.waitForFinished(10000);
    }

private slots:
    void cleanup()
    {
        if (m_server && m_server->state() != QProcess::NotRunning) {
            m_server->kill();
            m_server->waitForFinished(5000);
        }
        m_server.reset();
    }

    void healthOverRealHttp()
    {
        startServer();
        const Reply health = httpGet(url("/api/v1/health"));
        QCOMPARE(health.status, 200);
        QVERIFY2(health.contentType.startsWith("application/json"), health.contentType.constData());
        QCOMPARE(health.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(health.json.value(QStringLiteral("service")).toString(), QStringLiteral("appraisal-server"));
        QCOMPARE(health.json.value(QStringLiteral("mode")).toString(), QStringLiteral("central"));
        QVERIFY(!health.json.value(QStringLiteral("version")).toString().isEmpty());
        stopWith(SIGTERM);
    }

    void unknownPathIsJson404_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("unknown api") << QByteArray("/api/v1/nothing-here");
        QTest::newRow("root") << QByteArray("/");
        QTest::newRow("below health") << QByteArray("/api/v1/health/more");
    }

    void unknownPathIsJson404()
    {
        QFETCH(QByteArray, path);
        startServer();
        const Reply reply = httpGet(url(path.constData()));
        QCOMPARE(reply.status, 404);
        QVERIFY2(reply.contentType.startsWith("application/json"), reply.contentType.constData());
        QCOMPARE(reply.json.value(QStringLiteral("error")).toString(), QStringLiteral("not found"));
        stopWith(SIGTERM);
    }

    void hubModeNeedsTheVenuesDatabase()
    {
        // A hub runs on the venue's station database (tst_venuehub runs one); an empty folder is
        // refused with what to do, and nothing is listening.
        QTemporaryDir temporary;
        QVERIFY(temporary.isValid());
        const QString dataDir = temporary.filePath(QStringLiteral("nested/data"));
        QProcess hub;
        hub.start(serverBinary(),
                  {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--mode"),
                   QStringLiteral("hub"), QStringLiteral("--data-dir"), dataDir});
        QVERIFY(hub.waitForFinished(20000));
        QCOMPARE(hub.exitCode(), 1);
        QVERIFY(QFileInfo(dataDir).isDir());
        const QByteArray error = hub.readAllStandardError();
        QVERIFY2(error.contains("appraisal-admin demo load"), error.constData());
        QVERIFY(!hub.readAllStandardOutput().contains("listening"));
        QProcess noFolder;
        noFolder.start(serverBinary(), {QStringLiteral("--mode"), QStringLiteral("hub")});
        QVERIFY(noFolder.waitForFinished(20000));
        QCOMPARE(noFolder.exitCode(), 2);
    }

    void help()
    {
        QProcess process;
        QVERIFY(runToEnd(process, {QStringLiteral("--help")}));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QByteArray out = process.readAllStandardOutput();
        QVERIFY2(out.contains("--listen"), out.constData());
        QVERIFY(out.contains("--data-dir"));
        QVERIFY(out.contains("--mode"));
        // Every limit of the HTTP layer is a documented flag (docs/sync-protocol.md, "The HTTP layer").
        for (const char *flag :
             {"--max-body-mb", "--max-header-kb", "--max-buffered-mb", "--handshake-timeout",
              "--header-timeout", "--body-timeout", "--idle-timeout", "--max-connections",
              "--max-connections-per-address", "--max-message-kb"})
            QVERIFY2(out.contains(flag), flag);
    }

    void badLimitValue_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("zero connections")
            << QStringList{QStringLiteral("--max-connections"), QStringLiteral("0")};
        QTest::newRow("words") << QStringList{QStringLiteral("--header-timeout"), QStringLiteral("soon")};
        QTest::newRow("negative body") << QStringList{QStringLiteral("--max-body-mb"), QStringLiteral("-1")};
    }

    void badLimitValue()
    {
        QFETCH(QStringList, arguments);
        QProcess process;
        QVERIFY(runToEnd(process,
                         QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} + arguments));
        QCOMPARE(process.exitCode(), 2);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.contains(arguments.constFirst().toUtf8()) && err.contains("whole number"),
                 err.constData());
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }

    void badListenValue_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("words") << QStringLiteral("nonsense");
        QTest::newRow("no port") << QStringLiteral("127.0.0.1");
        QTest::newRow("port too big") << QStringLiteral("127.0.0.1:70000");
        QTest::newRow("port not a number") << QStringLiteral("127.0.0.1:http");
        QTest::newRow("no host") << QStringLiteral(":8470");
    }

    void badListenValue()
    {
        QFETCH(QString, value);
        QProcess process;
        QVERIFY(runToEnd(process, {QStringLiteral("--listen"), value}));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY(process.exitCode() != 0);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.contains("--listen") && err.contains(value.toUtf8()), err.constData());
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }

    void badMode()
    {
        QProcess process;
        QVERIFY(runToEnd(process, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                   QStringLiteral("--mode"), QStringLiteral("satellite")}));
        QVERIFY(process.exitCode() != 0);
        QVERIFY(process.readAllStandardError().contains("--mode"));
    }
};

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
