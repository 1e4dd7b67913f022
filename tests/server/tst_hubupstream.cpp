// Issue 22: the venue hub as a service has no desktop keyring. Started with its secrets only in
// files (the data key in APPRAISAL_KEY_FILE, the sync token written by `appraisal-server token
// set`) and no D-Bus session at all, it uploads the venue's records to a real central server on
// loopback. The token file's rules (others may not read it) are checked on the way.
#include "serverprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTimer>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestHubUpstream : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcessEnvironment m_environment; // no keyring: no D-Bus, no token in the environment

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run run(const char *program, const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        process.setProcessEnvironment(m_environment);
        process.start(serverprocess::binary(program), arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }

    // Reads the hub's standard error until `text` appears (or 20 s pass), then stops the hub.
    static bool waitForLog(QProcess &hub, const char *text)
    {
        QByteArray log;
        QDeadlineTimer deadline(20000);
        while (!log.contains(text) && hub.state() != QProcess::NotRunning && !deadline.hasExpired()) {
            hub.waitForReadyRead(100);
            log += hub.readAllStandardError();
        }
        hub.terminate();
        hub.waitForFinished(10000);
        if (!log.contains(text))
            qWarning("hub log: %s", log.constData());
        return log.contains(text);
    }

    QJsonObject health(quint16 port)
    {
        QNetworkAccessManager manager;
        manager.setProxy(QNetworkProxy::NoProxy);
        std::unique_ptr<QNetworkReply> reply(manager.get(
            QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/health").arg(port)))));
        QEventLoop loop;
        connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        loop.exec();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY",
                                 "APPRAISAL_SYNC_TOKEN", "APPRAISAL_HUB_TOKEN", "CREDENTIALS_DIRECTORY"})
            m_environment.remove(QString::fromLatin1(name));
        m_environment.insert(QStringLiteral("APPRAISAL_KEY_FILE"), path(QStringLiteral("keys/hub.key")));
        m_environment.insert(QStringLiteral("APPRAISAL_SYNC_TOKEN_FILE"),
                             path(QStringLiteral("keys/hub.sync-token")));
    }

    void anInvalidTokenIsRefused_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("complaint");
        QTest::newRow("empty") << QByteArray("\n") << QByteArray("empty");
        QTest::newRow("spaces") << QByteArray("two words\n") << QByteArray("without spaces");
        QTest::newRow("control") << QByteArray("tok\ten\n") << QByteArray("without spaces");
    }

    void anInvalidTokenIsRefused()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, complaint);
        const QString file = path(QStringLiteral("bad/sync-token"));
        const Run set = run(
            "appraisal-server",
            {QStringLiteral("token"), QStringLiteral("set"), QStringLiteral("--token-file"), file}, input);
        QCOMPARE(set.exitCode, 1);
        QVERIFY2(set.err.contains(complaint) && set.err.contains("Nothing was changed"), set.err.constData());
        QVERIFY(!QFileInfo::exists(file));
    }

    void theHubUploadsWithOnlyFileSecrets()
    {
        // The central server, and the hub's token made there.
        QProcess central;
        central.setProcessEnvironment(m_environment);
        const quint16 centralPort =
            serverprocess::start(central, {QStringLiteral("--data-dir"), path(QStringLiteral("central"))});
        QVERIFY(centralPort != 0);
        // The venue database, prepared as README "Install at a venue" says (key in a file).
        const Run load = run("appraisal-admin",
                             {QStringLiteral("demo"), QStringLiteral("load"), QStringLiteral("--data-dir"),
                              path(QStringLiteral("hub")), QStringLiteral("--json")});
        QVERIFY2(load.exitCode == 0, load.err.constData());
        QVERIFY(QFileInfo(path(QStringLiteral("keys/hub.key"))).size() > 0);
        const QString venue =
            QJsonDocument::fromJson(load.out).object().value(QStringLiteral("venue")).toString();
        QVERIFY(!venue.isEmpty());
        const Run token =
            run("appraisal-server",
                {QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--data-dir"),
                 path(QStringLiteral("central")), QStringLiteral("--station"), venue});
        QVERIFY2(token.exitCode == 0, token.err.constData());
        const Run setting =
            run("appraisal-admin",
                {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("sync.server"),
                 QStringLiteral("http://127.0.0.1:%1").arg(centralPort), QStringLiteral("--data-dir"),
                 path(QStringLiteral("hub"))});
        QVERIFY2(setting.exitCode == 0, setting.err.constData());

        // A hub started without a usable token says in its log what is wrong (the process ends with
        // the lambda).
        const auto hubLogSays = [&](const char *words) {
            QProcess hub;
            hub.setProcessEnvironment(m_environment);
            hub.setProcessChannelMode(QProcess::SeparateChannels);
            hub.start(serverprocess::binary("appraisal-server"),
                      {QStringLiteral("--mode"), QStringLiteral("hub"), QStringLiteral("--listen"),
                       QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"),
                       path(QStringLiteral("hub"))});
            return waitForLog(hub, words);
        };
        // Without its token the hub starts and says in its log what to do.
        QVERIFY(hubLogSays("appraisal-server token set"));

        // The token goes to its file from standard input; a file every user can read is refused.
        const Run set = run("appraisal-server", {QStringLiteral("token"), QStringLiteral("set")}, token.out);
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QFile tokenFile(path(QStringLiteral("keys/hub.sync-token")));
        QVERIFY(!(tokenFile.permissions() & (QFile::ReadOther | QFile::ReadGroup)));
        QVERIFY(tokenFile.setPermissions(tokenFile.permissions() | QFile::ReadOther));
        QVERIFY(hubLogSays("can be read by every user"));
        QVERIFY(tokenFile.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        QCOMPARE(health(centralPort).value(QStringLiteral("records")).toInt(), 0);

        // With both secrets in files the hub uploads the venue's records to the central server.
        QProcess hub;
        hub.setProcessEnvironment(m_environment);
        const quint16 hubPort =
            serverprocess::start(hub, {QStringLiteral("--mode"), QStringLiteral("hub"),
                                       QStringLiteral("--data-dir"), path(QStringLiteral("hub"))});
        QVERIFY(hubPort != 0);
        QTRY_VERIFY_WITH_TIMEOUT(health(centralPort).value(QStringLiteral("records")).toInt() > 0, 30000);
        // Its outbox drains completely (read while the hub keeps running).
        QTRY_COMPARE_WITH_TIMEOUT(
            QJsonDocument::fromJson(
                run("appraisal-admin",
                    {QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--data-dir"),
                     path(QStringLiteral("hub")), QStringLiteral("--json")})
                    .out)
                .object()
                .value(QStringLiteral("outbox_pending"))
                .toInt(-1),
            0, 30000);
        hub.terminate();
        QVERIFY(hub.waitForFinished(10000));
        QCOMPARE(hub.exitCode(), 0);
        central.terminate();
        QVERIFY(central.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestHubUpstream)
#include "tst_hubupstream.moc"
