// appraisal-server against a hostile network (issue 20): the real binary on loopback, attacked
// with raw sockets. Every attack is bounded in count and time; the server must keep answering.
#include "serverprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSslCipher>
#include <QTemporaryDir>

#include <csignal>
#include <vector>

using namespace serverprocess;

namespace {

const QByteArray kHealth = "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

QByteArray batchHead(qint64 contentLength, const QByteArray &authorization = {})
{
    QByteArray head =
        "POST /api/v1/sync/batches HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n";
    if (!authorization.isEmpty())
        head += "Authorization: " + authorization + "\r\n";
    return head + "Content-Length: " + QByteArray::number(contentLength) + "\r\n\r\n";
}

} // namespace

class TestServerHardening : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_token;
    std::unique_ptr<QProcess> m_server;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_tlsServer; // shared by the cipher rows
    quint16 m_tlsPort = 0;

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QStringList tlsArguments() const
    {
        return {QStringLiteral("--tls-cert"), path("cert.pem"), QStringLiteral("--tls-key"), path("key.pem")};
    }
    void startServer(const QStringList &arguments)
    {
        m_server = std::make_unique<QProcess>();
        m_port = start(*m_server, arguments);
        QVERIFY(m_port != 0);
    }
    void expectHealth(bool tls = false)
    {
        auto socket = connectFrom(m_port, QStringLiteral("127.0.0.1"), tls);
        const Exchange health = exchange(*socket, kHealth, 300);
        QVERIFY2(health.response.startsWith("HTTP/1.1 200 OK"), health.response.constData());
        QVERIFY(health.response.contains("\"status\":\"ok\""));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const core::Status made = httpd::makeLoopbackCertificate(m_dir.path());
        QVERIFY2(made, qPrintable(made.error()));
        QProcess token;
        token.start(binary("appraisal-server"),
                    {QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--data-dir"),
                     path("data"), QStringLiteral("--station"), QStringLiteral("S1")});
        QVERIFY(token.waitForFinished(20000));
        QCOMPARE(token.exitCode(), 0);
        m_token = QString::fromLatin1(token.readAllStandardOutput()).trimmed();
        QVERIFY(!m_token.isEmpty());
    }

    void cleanup()
    {
        if (m_server && m_server->state() != QProcess::NotRunning) {
            m_server->kill();
            m_server->waitForFinished(5000);
        }
        m_server.reset();
    }

    void cleanupTestCase()
    {
        if (m_tlsServer) {
            m_tlsServer->kill();
            m_tlsServer->waitForFinished(5000);
        }
    }

    // RFC 9112 framing: what is answered, and whether the connection is closed afterwards.
    void framing_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("closed");
        QTest::addColumn<int>("answers");
        QTest::newRow("keep-alive") << kHealth << 200 << false << 1;
        QTest::newRow("two pipelined") << kHealth + kHealth << 200 << false << 2;
        QTest::newRow("Connection: close")
            << QByteArray("GET /api/v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n") << 200
            << true << 1;
        QTest::newRow("HTTP/1.0") << QByteArray("GET /api/v1/health HTTP/1.0\r\n\r\n") << 200 << true << 1;
        QTest::newRow("CL+TE smuggling")
            << QByteArray("POST /api/v1/sync/batches HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n") +
                   kHealth
            << 400 << true << 1;
        QTest::newRow("duplicate Content-Length")
            << QByteArray("POST /api/v1/sync/batches HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"
                          "Content-Length: 5\r\n\r\nhello")
            << 400 << true << 1;
        QTest::newRow("conflicting Content-Length")
            << QByteArray("POST /api/v1/sync/batches HTTP/1.1\r\nHost: x\r\nContent-Length: 5, 7\r\n\r\n")
            << 400 << true << 1;
        QTest::newRow("Content-Length not a number")
            << QByteArray("POST /api/v1/sync/batches HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n")
            << 400 << true << 1;
        QTest::newRow("bad request line") << QByteArray("GARBAGE\r\n\r\n") << 400 << true << 1;
        QTest::newRow("binary request line")
            << QByteArray("\x16\x03\x01\x02\x00\x01\r\n\r\n", 10) << 400 << true << 1;
        QTest::newRow("absolute target")
            << QByteArray("GET http://x/api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << true << 1;
        QTest::newRow("HTTP/2.0") << QByteArray("GET /api/v1/health HTTP/2.0\r\nHost: x\r\n\r\n") << 505
                                  << true << 1;
        QTest::newRow("no Host") << QByteArray("GET /api/v1/health HTTP/1.1\r\n\r\n") << 400 << true << 1;
        QTest::newRow("obs-fold") << QByteArray(
                                         "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX: a\r\n b\r\n\r\n")
                                  << 400 << true << 1;
        QTest::newRow("space before colon")
            << QByteArray("GET /api/v1/health HTTP/1.1\r\nHost : x\r\n\r\n") << 400 << true << 1;
        QTest::newRow("bare LF") << QByteArray("GET /api/v1/health HTTP/1.1\nHost: x\r\n\r\n") << 400 << true
                                 << 1;
        QTest::newRow("oversized header") << QByteArray("GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Big: ") +
                                                 QByteArray(20000, 'a') + "\r\n\r\n"
                                          << 431 << true << 1;
        QByteArray manyFields = "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n";
        for (int i = 0; i < 150; ++i)
            manyFields += "X-" + QByteArray::number(i) + ": 1\r\n";
        QTest::newRow("too many header fields") << manyFields + "\r\n" << 431 << true << 1;
        QTest::newRow("unknown transfer coding")
            << QByteArray("POST /api/v1/sync/batches HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n")
            << 501 << true << 1;
        QTest::newRow("unknown route keeps the connection")
            << QByteArray("GET /nothing HTTP/1.1\r\nHost: x\r\n\r\n") << 404 << false << 1;
        QTest::newRow("wrong method")
            << QByteArray("DELETE /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n") << 405 << false << 1;
    }

    void framing()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QFETCH(bool, closed);
        QFETCH(int, answers);
        startServer({QStringLiteral("--data-dir"), path("data")});
        auto socket = connectFrom(m_port);
        const Exchange answer = exchange(*socket, request, 400);
        QCOMPARE(statusOf(answer.response), status);
        QCOMPARE(countOf(answer.response, "\r\nContent-Length: "), answers);
        QCOMPARE(answer.closed, closed);
        QCOMPARE(answer.response.contains("Connection: close"), closed);
        if (status >= 400)
            QVERIFY2(answer.response.contains("{\"error\":"), answer.response.constData());
    }

    // An idle keep-alive connection is closed after --idle-timeout.
    void idleConnectionsAreClosed()
    {
        startServer({QStringLiteral("--idle-timeout"), QStringLiteral("1")});
        auto socket = connectFrom(m_port);
        QVERIFY(exchange(*socket, kHealth, 100).response.startsWith("HTTP/1.1 200"));
        QVERIFY(socket->state() == QAbstractSocket::ConnectedState);
        QVERIFY(socket->waitForDisconnected(4000));
    }

    // Finding 2 and 8: the token and the size are decided from the headers, before the body.
    void bodiesAreJudgedBeforeTheyAreRead()
    {
        startServer({QStringLiteral("--data-dir"), path("data"), QStringLiteral("--max-body-mb"),
                     QStringLiteral("1")});
        const qint64 pid = m_server->processId();
        const qint64 startKb = statusKb(pid, "VmHWM");

        // No token, 1 GB announced, 256 KB sent: 401 with WWW-Authenticate at once, then closed.
        auto anonymous = connectFrom(m_port);
        const Exchange refused = exchange(*anonymous, batchHead(1LL << 30) + QByteArray(256 * 1024, 'x'));
        QCOMPARE(statusOf(refused.response), 401);
        QVERIFY2(refused.response.contains("WWW-Authenticate: Bearer"), refused.response.constData());
        QVERIFY(refused.closed);

        // Eight at once, each pushing body bytes as fast as it can for up to 2 s.
        std::vector<std::unique_ptr<QTcpSocket>> pushers;
        for (int i = 0; i < 8; ++i) {
            pushers.push_back(connectFrom(m_port, QStringLiteral("127.0.0.2")));
            QVERIFY(pushers.back()->waitForConnected(5000));
            pushers.back()->write(batchHead(1LL << 30));
        }
        const QByteArray megabyte(1024 * 1024, 'x');
        QElapsedTimer pushing;
        pushing.start();
        while (pushing.elapsed() < 2000) {
            for (auto &pusher : pushers)
                if (pusher->state() == QAbstractSocket::ConnectedState &&
                    pusher->bytesToWrite() < 4 * megabyte.size())
                    pusher->write(megabyte);
            QTest::qWait(20);
        }
        for (auto &pusher : pushers) {
            QVERIFY(pusher->state() == QAbstractSocket::UnconnectedState ||
                    pusher->waitForDisconnected(3000));
            QVERIFY(pusher->readAll().startsWith("HTTP/1.1 401"));
        }

        // A valid token in a lower-case scheme is accepted; too large is 413 before any body byte.
        auto tooLarge = connectFrom(m_port);
        const Exchange large =
            exchange(*tooLarge, batchHead(2 * 1024 * 1024, "bearer " + m_token.toLatin1()));
        QCOMPARE(statusOf(large.response), 413);
        QVERIFY(large.closed);
        auto lowerCase = connectFrom(m_port);
        const Exchange empty = exchange(*lowerCase, batchHead(2, "bearer " + m_token.toLatin1()) + "{}", 300);
        QCOMPARE(statusOf(empty.response), 400); // authenticated: the batch itself is judged

        // Chunked: refused as soon as the running total passes the limit.
        auto chunked = connectFrom(m_port);
        QVERIFY(chunked->waitForConnected(5000));
        chunked->write("POST /api/v1/sync/batches HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " +
                       m_token.toLatin1() + "\r\nTransfer-Encoding: chunked\r\n\r\n");
        const QByteArray chunk = "10000\r\n" + QByteArray(0x10000, 'x') + "\r\n";
        for (int i = 0; i < 40 && chunked->state() == QAbstractSocket::ConnectedState; ++i) {
            chunked->write(chunk);
            chunked->waitForBytesWritten(1000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            chunked->bytesAvailable() > 0 || chunked->state() != QAbstractSocket::ConnectedState, 5000);
        QVERIFY(chunked->readAll().startsWith("HTTP/1.1 413"));

        expectHealth();
        const qint64 peakKb = statusKb(pid, "VmHWM");
        qInfo("server peak RSS: %lld kB at start, %lld kB after the body attacks", startKb, peakKb);
        QVERIFY2(peakKb - startKb < 48 * 1024,
                 qPrintable(QStringLiteral("peak grew by %1 kB").arg(peakKb - startKb)));
    }

    // Finding 3: many slow clients (header never finished) neither stop health nor stay forever;
    // one address beyond its cap is refused at once.
    void slowClientsTimeOut()
    {
        // 6 s: opening the 300 slow clients one after another takes seconds on a loaded CI machine,
        // and the first must still be open when the last is counted.
        startServer({QStringLiteral("--header-timeout"), QStringLiteral("6")});
        const qint64 pid = m_server->processId();
        const int baseline = openDescriptors(pid);
        std::vector<std::unique_ptr<QTcpSocket>> slow;
        for (int address = 2; address <= 6; ++address)
            for (int i = 0; i < 60; ++i) {
                slow.push_back(connectFrom(m_port, QStringLiteral("127.0.0.%1").arg(address)));
                QVERIFY(slow.back()->waitForConnected(5000));
                slow.back()->write("GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Slow: ");
                QVERIFY(
                    slow.back()->waitForBytesWritten(5000)); // on the wire now, not at the next event loop
            }
        QTRY_VERIFY_WITH_TIMEOUT(openDescriptors(pid) >= baseline + 300, 5000);
        expectHealth();
        // 64 per address: the 65th from 127.0.0.2 is closed at once.
        std::vector<std::unique_ptr<QTcpSocket>> over;
        for (int i = 0; i < 10; ++i)
            over.push_back(connectFrom(m_port, QStringLiteral("127.0.0.2")));
        // The 61st to 64th fit under the cap and are closed by the header time-out like the others.
        for (auto &socket : over)
            QVERIFY(socket->state() == QAbstractSocket::UnconnectedState ||
                    socket->waitForDisconnected(8000));
        // After the header time-out every slow client got 408 and was closed.
        QTRY_VERIFY_WITH_TIMEOUT(openDescriptors(pid) <= baseline + 2, 12000);
        for (auto &socket : slow) {
            socket->waitForReadyRead(10);
            QVERIFY(socket->readAll().startsWith("HTTP/1.1 408"));
        }
        expectHealth();
    }

    // Full with idle connections from many addresses: the longest waiting one makes room, so a
    // real request still gets in.
    void aFullServerStillTakesNewcomers()
    {
        startServer({QStringLiteral("--max-connections"), QStringLiteral("50"),
                     QStringLiteral("--header-timeout"), QStringLiteral("60")});
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int address = 2; address <= 4; ++address)
            for (int i = 0; i < 40; ++i) {
                idle.push_back(connectFrom(m_port, QStringLiteral("127.0.0.%1").arg(address)));
                QVERIFY(idle.back()->waitForConnected(5000));
            }
        QTest::qWait(200);
        for (int i = 0; i < 5; ++i)
            expectHealth();
        QTest::qWait(200); // the closes reach these sockets
        int open = 0;
        for (auto &socket : idle)
            open += socket->state() == QAbstractSocket::ConnectedState ? 1 : 0;
        QVERIFY2(open <= 50, qPrintable(QString::number(open)));
        // The newest idle ones were kept, the oldest closed.
        QCOMPARE(idle.back()->state(), QAbstractSocket::ConnectedState);
        QTRY_COMPARE_WITH_TIMEOUT(idle.front()->state(), QAbstractSocket::UnconnectedState, 5000);
    }

    // Finding 1: TCP connections that never start or never finish a TLS handshake (a port scan)
    // must not stop the server accepting; they are closed after --handshake-timeout.
    void neverFinishedHandshakesDoNotStall()
    {
        // 4 s: short enough for the test, long enough for 200 handshakes at once on a busy CI machine.
        startServer(tlsArguments() + QStringList{QStringLiteral("--handshake-timeout"), QStringLiteral("4")});
        const qint64 pid = m_server->processId();
        const int baseline = openDescriptors(pid);
        std::vector<std::unique_ptr<QTcpSocket>> silent;
        for (int round = 0; round < 3; ++round)
            for (int i = 0; i < 60; ++i) {
                auto scan = connectFrom(m_port, QStringLiteral("127.0.0.%1").arg(2 + round));
                QVERIFY(scan->waitForConnected(5000));
                if (i % 2 == 0)
                    scan->abort(); // connect and close at once, as a port scan does
                else
                    silent.push_back(std::move(scan)); // connect and say nothing
            }
        QElapsedTimer answered;
        answered.start();
        expectHealth(true);
        QVERIFY2(answered.elapsed() < 3000, "health over TLS took more than 3 s");
        // Then many real TLS clients at once, which is what stalled QSslServer too.
        std::vector<std::unique_ptr<QTcpSocket>> clients;
        for (int address = 5; address <= 8; ++address)
            for (int i = 0; i < 50; ++i)
                clients.push_back(connectFrom(m_port, QStringLiteral("127.0.0.%1").arg(address), true));
        int encrypted = 0;
        for (auto &client : clients)
            connect(static_cast<QSslSocket *>(client.get()), &QSslSocket::encrypted, this,
                    [&encrypted] { ++encrypted; });
        QTRY_COMPARE_WITH_TIMEOUT(encrypted, 200, 20000);
        clients.clear();
        expectHealth(true);
        QTRY_VERIFY_WITH_TIMEOUT(openDescriptors(pid) <= baseline + 2, 10000);
        // The descriptor count allows two still open: those may close up to the 4 s time-out later.
        for (auto &socket : silent)
            QVERIFY(socket->state() == QAbstractSocket::UnconnectedState ||
                    socket->waitForDisconnected(6000));
    }

    // Finding 6: TLS 1.2 only with ECDHE and AEAD; TLS 1.3 as is; nothing older.
    void tlsSuites_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("cipher");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("1.2 ECDHE-RSA-AES128-GCM") << "-tls1_2"
                                                  << "ECDHE-RSA-AES128-GCM-SHA256" << true;
        QTest::newRow("1.2 ECDHE-RSA-AES256-GCM") << "-tls1_2"
                                                  << "ECDHE-RSA-AES256-GCM-SHA384" << true;
        QTest::newRow("1.2 ECDHE-RSA-CHACHA20") << "-tls1_2"
                                                << "ECDHE-RSA-CHACHA20-POLY1305" << true;
        QTest::newRow("1.2 ECDHE CBC") << "-tls1_2"
                                       << "ECDHE-RSA-AES128-SHA" << false;
        QTest::newRow("1.2 ECDHE CBC SHA384") << "-tls1_2"
                                              << "ECDHE-RSA-AES256-SHA384" << false;
        QTest::newRow("1.2 static RSA GCM") << "-tls1_2"
                                            << "AES128-GCM-SHA256" << false;
        QTest::newRow("1.2 static RSA CBC") << "-tls1_2"
                                            << "AES256-SHA" << false;
        QTest::newRow("1.2 DHE GCM") << "-tls1_2"
                                     << "DHE-RSA-AES128-GCM-SHA256" << false;
        QTest::newRow("1.3") << "-tls1_3"
                             << "" << true;
        QTest::newRow("1.1") << "-tls1_1"
                             << "ALL" << false;
    }

    void tlsSuites()
    {
        QFETCH(QString, protocol);
        QFETCH(QString, cipher);
        QFETCH(bool, accepted);
        if (!m_tlsServer) {
            m_tlsServer = std::make_unique<QProcess>();
            m_tlsPort = start(*m_tlsServer, tlsArguments());
            QVERIFY(m_tlsPort != 0);
        }
        QStringList arguments{QStringLiteral("s_client"), QStringLiteral("-connect"),
                              QStringLiteral("127.0.0.1:%1").arg(m_tlsPort), protocol};
        if (!cipher.isEmpty()) // the client offers the suite even where its own policy would not
            arguments << QStringLiteral("-cipher") << cipher + QStringLiteral(":@SECLEVEL=0");
        QProcess client;
        client.start(QStringLiteral("openssl"), arguments);
        QVERIFY(client.waitForStarted(5000));
        client.closeWriteChannel();
        QVERIFY(client.waitForFinished(10000));
        const QByteArray out = client.readAllStandardOutput();
        const bool handshook =
            client.exitCode() == 0 && out.contains("Cipher is ") && !out.contains("Cipher is (NONE)");
        QVERIFY2(handshook == accepted, out.right(600).constData());
        if (accepted && !cipher.isEmpty())
            QVERIFY(out.contains("Cipher is " + cipher.toLatin1()));
    }

    // SIGHUP reads the certificate again (a renewed certificate needs no restart).
    void certificateReloadsOnSighup()
    {
        startServer(tlsArguments());
        auto before = connectFrom(m_port, QStringLiteral("127.0.0.1"), true);
        QVERIFY(static_cast<QSslSocket *>(before.get())->waitForEncrypted(10000));
        const QSslCertificate first = static_cast<QSslSocket *>(before.get())->peerCertificate();
        QProcess openssl; // the renewed certificate, written over the old files
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), path("renewed-key.pem"), QStringLiteral("-out"),
                       path("renewed-cert.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=renewed")});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        QFile::remove(path("cert.pem"));
        QFile::remove(path("key.pem"));
        QVERIFY(QFile::copy(path("renewed-cert.pem"), path("cert.pem")));
        QVERIFY(QFile::copy(path("renewed-key.pem"), path("key.pem")));
        QCOMPARE(::kill(pid_t(m_server->processId()), SIGHUP), 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto after = connectFrom(m_port, QStringLiteral("127.0.0.1"), true);
                auto *ssl = static_cast<QSslSocket *>(after.get());
                return ssl->waitForEncrypted(5000) && ssl->peerCertificate() != first &&
                       ssl->peerCertificate()
                           .subjectInfo(QSslCertificate::CommonName)
                           .contains(QStringLiteral("renewed"));
            }(),
            5000);
        expectHealth(true);
        // The cipher rows share a server that still has the first pair in memory; nothing else
        // reads the files after this.
    }
};

QTEST_GUILESS_MAIN(TestServerHardening)
#include "tst_serverhardening.moc"
