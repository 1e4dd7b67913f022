#include "printing/escpos.h"
#include "printing/printerlink.h"
#include "printing/qrcode.h"

#include <QFile>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace printing;

namespace {

Ticket sampleTicket()
{
    Ticket ticket;
    ticket.ticketId = QStringLiteral("6f1c2a9e-0000-4000-8000-000000000001");
    ticket.number = QStringLiteral("G001");
    ticket.laneName = QStringLiteral("绿色通道");
    ticket.maskedName = QStringLiteral("张*三");
    ticket.issuedAt = QDateTime(QDate(2026, 11, 22), QTime(8, 30));
    ticket.peopleAhead = 2;
    ticket.venueName = QStringLiteral("天河鉴定场所");
    return ticket;
}

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

// One connection, served with blocking calls on its own thread.
class FakePrinter : public QThread
{
public:
    explicit FakePrinter(QByteArray answer) : m_answer(std::move(answer)) {}
    QSemaphore ready;
    quint16 port = 0;
    QByteArray received;

protected:
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost);
        port = server.serverPort();
        ready.release();
        if (!server.waitForNewConnection(5000))
            return;
        QTcpSocket *client = server.nextPendingConnection();
        while (!received.endsWith(QByteArray::fromHex("100401100404")) && client->waitForReadyRead(5000))
            received += client->readAll();
        client->write(m_answer);
        client->waitForBytesWritten(2000);
        client->waitForDisconnected(2000);
    }

private:
    QByteArray m_answer;
};

} // namespace

// The bytes that reach a thermal printer, checked against the ESC/POS commands by hand.
class TestEscPos : public QObject
{
    Q_OBJECT

private slots:
    void gb18030TextModeGoldenBytes()
    {
        const auto bytes = renderTicket(sampleTicket(), *profile(QStringLiteral("58mm-gb18030")));
        QVERIFY2(bytes.ok(), qPrintable(bytes.error()));
        const QByteArray out = bytes.value();
        QVERIFY(out.startsWith(hex("1b40") + hex("1b6101"))); // ESC @, centred
        // 绿色通道 in GB18030 is C2CC C9AB CDA8 B5C0; 张*三 is D5C5 2A C8FD.
        QVERIFY(out.contains(hex("1d2111") + hex("c2ccc9abcda8b5c0") + "\n")); // double size lane name
        QVERIFY(out.contains(hex("1d2100") + hex("d5c52ac8fd") + "\n"));
        QVERIFY(out.contains(hex("1d2133") + QByteArray("G001\n"))); // the number, 4x
        // Native QR: model 2, module 6, level M, store (36 bytes + 3), print.
        const QByteArray qr = hex("1d286b0400314132 00").replace(' ', "") + hex("1d286b0300314306") +
                              hex("1d286b0300314531") + hex("1d286b2700315030") +
                              sampleTicket().ticketId.toLatin1() + hex("1d286b0300315130");
        QVERIFY(out.contains(qr));
        QVERIFY(out.endsWith(hex("1b6404") + hex("1d564200"))); // feed, cut
        QVERIFY(!out.contains('?'));
    }

    void profiles_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QByteArray>("lane"); // the lane name as the profile encodes it
        QTest::addColumn<bool>("rasterQr");   // QR sent as GS v 0 instead of GS ( k
        QTest::addColumn<int>("rasterBytes"); // GS v 0 width in bytes (0: text mode)
        QTest::newRow("58mm-gb18030") << "58mm-gb18030" << hex("c2ccc9abcda8b5c0") << false << 0;
        QTest::newRow("80mm-gb18030") << "80mm-gb18030" << hex("c2ccc9abcda8b5c0") << false << 0;
        QTest::newRow("58mm-gbk") << "58mm-gbk" << (hex("1c26") + "") << true << 0;
        QTest::newRow("80mm-utf8") << "80mm-utf8" << QStringLiteral("绿色通道").toUtf8() << false << 0;
        QTest::newRow("58mm-raster") << "58mm-raster" << QByteArray() << false << 48;
        QTest::newRow("80mm-raster") << "80mm-raster" << QByteArray() << false << 72;
    }

    void profiles()
    {
        QFETCH(QString, id);
        QFETCH(QByteArray, lane);
        QFETCH(bool, rasterQr);
        QFETCH(int, rasterBytes);
        const auto out = renderTicket(sampleTicket(), *profile(id));
        QVERIFY2(out.ok(), qPrintable(out.error()));
        if (!lane.isEmpty())
            QVERIFY(out->contains(lane));
        QCOMPARE(out->contains(hex("1d286b")), !rasterQr && rasterBytes == 0);
        if (rasterQr) { // the QR code as an image: 6 dots per module on 58 mm paper
            const int widthBytes = (qrImage(sampleTicket().ticketId, 6).width() + 7) / 8;
            QVERIFY(out->contains(hex("1d763000") + char(widthBytes) + char(0)));
        }
        if (rasterBytes > 0) {
            QVERIFY(out->contains(hex("1d763000") + char(rasterBytes) + char(0) + char(0) + char(1)));
            QVERIFY(!out->contains(QByteArray("G001"))); // all of it is an image
        }
        QVERIFY(out->endsWith(hex("1d564200")));
    }

    void gbkProfileSwitchesChineseModeOnAndOff()
    {
        const auto out = renderTicket(sampleTicket(), *profile(QStringLiteral("58mm-gbk")));
        QVERIFY(out.ok());
        const qsizetype on = out->indexOf(hex("1c26"));
        const qsizetype off = out->lastIndexOf(hex("1c2e"));
        QVERIFY(on > 0 && off > on);
    }

    void unencodableTextIsReportedNotReplaced()
    {
        Ticket ticket = sampleTicket();
        ticket.maskedName = QStringLiteral("𠀀*"); // outside GBK
        const auto out = renderTicket(ticket, *profile(QStringLiteral("58mm-gbk")));
        QVERIFY(!out.ok());
        QVERIFY2(out.error().contains(QStringLiteral("GBK")), qPrintable(out.error()));
        QVERIFY(renderTicket(ticket, *profile(QStringLiteral("58mm-gb18030"))).ok()); // GB18030 holds it
    }

    void unknownProfile() { QVERIFY(!profile(QStringLiteral("76mm-ebcdic"))); }

    void statusBytes_data()
    {
        QTest::addColumn<char>("printer");
        QTest::addColumn<char>("paper");
        QTest::addColumn<bool>("offline");
        QTest::addColumn<bool>("paperOut");
        QTest::addColumn<bool>("nearEnd");
        QTest::newRow("ready") << char(0x12) << char(0x12) << false << false << false;
        QTest::newRow("offline") << char(0x1a) << char(0x12) << true << false << false;
        QTest::newRow("near end") << char(0x12) << char(0x1e) << false << false << true;
        QTest::newRow("paper out") << char(0x12) << char(0x72) << false << true << false;
    }

    void statusBytes()
    {
        QFETCH(char, printer);
        QFETCH(char, paper);
        QFETCH(bool, offline);
        QFETCH(bool, paperOut);
        QFETCH(bool, nearEnd);
        const PrinterStatus status = parseStatus(printer, paper);
        QCOMPARE(status.offline, offline);
        QCOMPARE(status.paperOut, paperOut);
        QCOMPARE(status.paperNearEnd, nearEnd);
    }

    // A real TCP "printer" on loopback, in its own thread because the sender blocks: it receives
    // the exact job, then answers DLE EOT with the given status bytes.
    void networkPrinterGetsTheJobAndReportsItsStatus()
    {
        const QByteArray job = renderTicket(sampleTicket(), *profile(QStringLiteral("58mm-gb18030"))).value();
        for (const auto &[answer, ok] : {std::pair{hex("1212"), true}, std::pair{hex("1272"), false}}) {
            FakePrinter printer(answer);
            printer.start();
            QVERIFY(printer.ready.tryAcquire(1, 5000));
            const auto result =
                sendToPrinter({QStringLiteral("tcp:127.0.0.1:%1").arg(printer.port), 2000, 2000}, job);
            printer.wait(5000);
            QCOMPARE(printer.received.left(job.size()), job);
            QCOMPARE(printer.received.mid(job.size()), hex("100401100404"));
            QCOMPARE(result.ok(), ok);
            if (ok)
                QVERIFY(result->answered);
            else
                QVERIFY2(result.error().contains(QStringLiteral("paper")), qPrintable(result.error()));
        }
    }

    void closedPortIsOffline()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nobody listens there now
        const auto result = sendToPrinter({QStringLiteral("tcp:127.0.0.1:%1").arg(port), 1000, 200}, "x");
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QStringLiteral("offline")), qPrintable(result.error()));
    }

    void fileTargetGetsTheBytes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lp0"));
        QVERIFY(sendToPrinter({path}, "abc").ok());
        QVERIFY(sendToPrinter({path}, "job2").ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("job2"));
        QVERIFY(!sendToPrinter({dir.filePath(QStringLiteral("missing/lp0"))}, "x").ok());
    }
};

QTEST_MAIN(TestEscPos)
#include "tst_escpos.moc"
