#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>

#include <csignal>

// Starts the real appraisal-server on a free loopback port and talks HTTP to it.
class TestServer : public QObject
{
    Q_OBJECT

    QString binary() const
    {
        return qEnvironmentVariable("APPRAISAL_BIN_DIR") + QStringLiteral("/appraisal-server");
    }

    struct Reply {
        int status = 0;
        QByteArray contentType;
        QByteArray body;
    };

    static Reply get(const QUrl &url)
    {
        QNetworkAccessManager manager;
        QNetworkReply *reply = manager.get(QNetworkRequest(url));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                     reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), reply->readAll()};
        reply->deleteLater();
        return result;
    }

private slots:
    void healthOverRealHttp()
    {
        QProcess server;
        server.start(binary(), {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(server.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine(), 10000);
        const QString line = QString::fromUtf8(server.readLine()).trimmed();
        const auto match =
            QRegularExpression(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:(\\d+))$")).match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        const QUrl base(match.captured(1));

        const Reply health = get(base.resolved(QUrl(QStringLiteral("/api/v1/health"))));
        QCOMPARE(health.status, 200);
        QVERIFY2(health.contentType.contains("application/json"), health.contentType.constData());
        const QJsonObject json = QJsonDocument::fromJson(health.body).object();
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(json.value(QStringLiteral("service")).toString(), QStringLiteral("appraisal-server"));
        QCOMPARE(json.value(QStringLiteral("mode")).toString(), QStringLiteral("central"));

        QCOMPARE(get(base.resolved(QUrl(QStringLiteral("/api/v1/nothing-here")))).status, 404);

        ::kill(pid_t(server.processId()), SIGTERM);
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
    }

    void help()
    {
        QProcess server;
        server.start(binary(), {QStringLiteral("--help")});
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitCode(), 0);
        QVERIFY(server.readAllStandardOutput().contains("--listen"));
    }

    void badListenValue_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("words") << QStringLiteral("nonsense");
        QTest::newRow("no port") << QStringLiteral("127.0.0.1");
        QTest::newRow("port too big") << QStringLiteral("127.0.0.1:70000");
    }

    void badListenValue()
    {
        QFETCH(QString, value);
        QProcess server;
        server.start(binary(), {QStringLiteral("--listen"), value});
        QVERIFY(server.waitForFinished(10000));
        QVERIFY(server.exitCode() != 0);
        QVERIFY(server.readAllStandardError().contains("--listen"));
    }
};

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
