#include "printing/printqueue.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace printing;

namespace {

const QByteArray kStatusQuery = QByteArray::fromHex("100401100404");

// A network thermal printer on loopback, run by the test's event loop while the queue's own thread
// talks to it. It keeps what it received per connection and answers DLE EOT with its status.
class LoopbackPrinter : public QObject
{
public:
    LoopbackPrinter()
    {
        server.listen(QHostAddress::LocalHost);
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = server.nextPendingConnection()) {
                const qsizetype index = connections.size();
                connections << QByteArray();
                connect(client, &QTcpSocket::readyRead, this, [this, client, index] {
                    QByteArray &received = connections[index];
                    const qsizetype before = received.count(kStatusQuery);
                    if (received.isEmpty())
                        log << QStringLiteral("start %1").arg(index);
                    received += client->readAll();
                    QByteArray job = received;
                    job.replace(kStatusQuery, QByteArray());
                    const QString end = QStringLiteral("end %1").arg(index);
                    if (received.count(kStatusQuery) > before && !job.isEmpty() && !log.contains(end))
                        log << end;
                    for (qsizetype i = before; i < received.count(kStatusQuery); ++i)
                        if (answers)
                            client->write(status);
                });
                connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            }
        });
    }
    QString address() const { return QStringLiteral("tcp:127.0.0.1:%1").arg(server.serverPort()); }
    // The jobs as the printer got them: each connection's bytes without the status queries.
    QList<QByteArray> jobs() const
    {
        QList<QByteArray> jobs;
        for (QByteArray bytes : connections) {
            bytes.replace(kStatusQuery, QByteArray());
            if (!bytes.isEmpty())
                jobs << bytes;
        }
        return jobs;
    }

    QTcpServer server;
    QList<QByteArray> connections;
    bool answers = false;
    QByteArray status = QByteArray::fromHex("1212"); // online, paper present
    QStringList log; // "start N" at a connection's first bytes, "end N" when its job is complete
};

} // namespace

// The queue that owns a thermal printer: order, one connection at a time, retries, states.
class TestPrintQueue : public QObject
{
    Q_OBJECT

private slots:
    void jobsGoOutInOrderOneConnectionAtATime()
    {
        LoopbackPrinter printer;
        printer.answers = true;
        PrintQueue queue({printer.address()});
        QSignalSpy printed(&queue, &PrintQueue::jobPrinted);
        QList<quint64> ids;
        for (int i = 1; i <= 5; ++i)
            ids << queue.enqueue(QByteArray("\x1b@job ") + QByteArray::number(i), QStringLiteral("job"));
        QCOMPARE(queue.pending(), 5);
        QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 5, 10000);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(printed.at(i).at(0).toULongLong(), ids.at(i));
        QTRY_COMPARE(printer.jobs().size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(printer.jobs().at(i), QByteArray("\x1b@job ") + QByteArray::number(i + 1));
        // The queue is the printer's only client: each job is complete before the next one starts.
        QStringList serial;
        for (int i = 0; i < printer.connections.size(); ++i)
            serial << QStringLiteral("start %1").arg(i) << QStringLiteral("end %1").arg(i);
        QCOMPARE(printer.log, serial);
        QCOMPARE(queue.pending(), 0);
        QCOMPARE(queue.state(), PrinterState::Ready);
    }

    // A printer that reports no paper gets no job once it is known to answer; the job waits, the
    // state says "out of paper", and it prints once, after paper is loaded.
    void paperOutHoldsTheJobUntilPaperIsLoaded()
    {
        LoopbackPrinter printer;
        printer.answers = true;
        PrintQueue queue({printer.address()});
        queue.setRetryDelays(50, 100);
        QSignalSpy printed(&queue, &PrintQueue::jobPrinted);
        QSignalSpy states(&queue, &PrintQueue::stateChanged);
        queue.enqueue("first", QStringLiteral("A001"));
        QTRY_COMPARE(printed.size(), 1); // it learns here that the printer answers

        printer.status = QByteArray::fromHex("1272"); // paper sensor: paper end
        const quint64 second = queue.enqueue("second", QStringLiteral("A002"));
        QTRY_COMPARE(queue.state(), PrinterState::PaperOut);
        QVERIFY(!queue.problem().isEmpty());
        QTest::qWait(300); // several retries while the paper is out
        QCOMPARE(printed.size(), 1);
        QCOMPARE(printer.jobs(), QList<QByteArray>{"first"}); // nothing sent into an empty printer

        printer.status = QByteArray::fromHex("1212");
        QTRY_COMPARE(printed.size(), 2);
        QCOMPARE(printed.at(1).at(0).toULongLong(), second);
        QCOMPARE(printer.jobs(), (QList<QByteArray>{"first", "second"}));
        QCOMPARE(queue.state(), PrinterState::Ready);
        QVERIFY(!states.isEmpty());
    }

    void unreachablePrinterIsOfflineAndRetryNowSendsAtOnce()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        PrintQueue queue({QStringLiteral("tcp:127.0.0.1:%1").arg(port)});
        queue.setRetryDelays(60000, 60000); // only "retry now" may bring it back within the test
        QSignalSpy waiting(&queue, &PrintQueue::jobWaiting);
        QSignalSpy printed(&queue, &PrintQueue::jobPrinted);
        const quint64 job = queue.enqueue("held", QStringLiteral("A001"));
        QTRY_COMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().at(0).toULongLong(), job);
        QCOMPARE(queue.state(), PrinterState::Offline);
        QVERIFY(queue.problem().contains(QStringLiteral("offline")));
        QCOMPARE(queue.pending(), 1);

        LoopbackPrinter printer;
        printer.server.close();
        QVERIFY(printer.server.listen(QHostAddress::LocalHost, port));
        queue.retryNow();
        QTRY_COMPARE(printed.size(), 1);
        QCOMPARE(printed.first().at(0).toULongLong(), job);
        QTRY_COMPARE(printer.jobs(), QList<QByteArray>{"held"});
        QCOMPARE(queue.state(), PrinterState::Ready);
        QCOMPARE(queue.pending(), 0);
    }

    void aDeviceFileThatCannotBeOpenedIsOffline()
    {
        PrintQueue queue({QStringLiteral("/nonexistent-dir/lp0")});
        queue.setRetryDelays(60000, 60000);
        QSignalSpy waiting(&queue, &PrintQueue::jobWaiting);
        queue.enqueue("x", QStringLiteral("A001"));
        QTRY_COMPARE(waiting.size(), 1);
        QVERIFY(waiting.first().at(1).toString().contains(QStringLiteral("/nonexistent-dir/lp0")));
        QCOMPARE(queue.state(), PrinterState::Offline);
    }
};

QTEST_GUILESS_MAIN(TestPrintQueue)
#include "tst_printqueue.moc"
