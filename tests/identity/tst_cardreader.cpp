#include "testcard.h"

#include "identity/cardreader.h"
#include "identity/samsimulator.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace identity;

// The reader against the simulator on a real pseudo-terminal, through QSerialPort.
class TestCardReader : public QObject
{
    Q_OBJECT

    core::ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(8, 0))};
    static CardReader::Timing fast() { return {50, 500, 100}; }

private slots:
    void readsACardOnceUntilItIsPresentedAgain()
    {
        SamSimulator simulator;
        const auto path = simulator.plug();
        QVERIFY2(path.ok(), qPrintable(path.error()));
        CardReader reader(path.value(), m_clock, fast());
        QSignalSpy reads(&reader, &CardReader::cardRead);
        QSignalSpy connection(&reader, &CardReader::connectionChanged);
        reader.start();
        QCOMPARE(connection.size(), 1);
        QVERIFY(connection.first().at(0).toBool());
        QTest::qWait(200);
        QCOMPARE(reads.size(), 0); // polling, no card yet

        simulator.placeCard(testCard());
        QTRY_COMPARE(reads.size(), 1);
        const auto card = reads.first().first().value<CardData>();
        QCOMPARE(card.idNumber, QStringLiteral("440106198611200776"));
        QCOMPARE(card.name, QStringLiteral("罗超"));
        // The card stays on the reader: polling goes on, but it is not reported again.
        const int seen = simulator.commandsSeen();
        QTRY_VERIFY(simulator.commandsSeen() > seen + 3);
        QCOMPARE(reads.size(), 1);
        // Lifted and presented again: read again.
        simulator.liftCard();
        QTest::qWait(150);
        simulator.placeCard(testCard());
        QTRY_COMPARE(reads.size(), 2);
    }

    void damagedRepliesAreReportedAndReadingRecovers_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("status");
        QTest::newRow("bad checksum") << int(SamSimulator::Fault::BadChecksum) << 0;
        QTest::newRow("truncated") << int(SamSimulator::Fault::Truncated) << 0;
        QTest::newRow("silent reader") << int(SamSimulator::Fault::Silent) << 0;
        QTest::newRow("unknown card type") << int(SamSimulator::Fault::Status) << 0x40;
        QTest::newRow("noise before frames") << int(SamSimulator::Fault::NoiseBeforeFrame) << 0;
    }

    void damagedRepliesAreReportedAndReadingRecovers()
    {
        QFETCH(int, fault);
        QFETCH(int, status);
        SamSimulator simulator;
        const auto path = simulator.plug();
        QVERIFY(path.ok());
        CardReader reader(path.value(), m_clock, fast());
        QSignalSpy reads(&reader, &CardReader::cardRead);
        reader.start();
        simulator.setFault(SamSimulator::Fault(fault), quint8(status));
        simulator.placeCard(testCard());
        QTest::qWait(400);
        if (SamSimulator::Fault(fault) == SamSimulator::Fault::NoiseBeforeFrame) {
            QTRY_COMPARE(reads.size(), 1); // noise is skipped, the frames still read
            return;
        }
        QCOMPARE(reads.size(), 0);
        QCOMPARE(reader.state() == CardReader::State::Disconnected, false);
        simulator.setFault(SamSimulator::Fault::None);
        QTRY_COMPARE(reads.size(), 1);
    }

    void failedReadSaysWhy()
    {
        SamSimulator simulator;
        const auto path = simulator.plug();
        QVERIFY(path.ok());
        CardData broken = testCard();
        broken.idNumber = QStringLiteral("440106198611200777"); // fails the check digit
        simulator.placeCard(broken);
        CardReader reader(path.value(), m_clock, fast());
        QSignalSpy failures(&reader, &CardReader::readFailed);
        QSignalSpy reads(&reader, &CardReader::cardRead);
        reader.start();
        QTRY_VERIFY(!failures.isEmpty());
        QVERIFY(failures.first().first().toString().contains(QStringLiteral("check")));
        QCOMPARE(reads.size(), 0);
    }

    void unplugMidReadAndReplugReconnectsByItself()
    {
        QTemporaryDir dir;
        const QString link = dir.filePath(QStringLiteral("reader"));
        SamSimulator simulator;
        QVERIFY(simulator.plug(link).ok());
        CardReader reader(link, m_clock, fast());
        QSignalSpy reads(&reader, &CardReader::cardRead);
        QSignalSpy connection(&reader, &CardReader::connectionChanged);
        reader.start();
        QTRY_COMPARE(reader.state(), CardReader::State::Waiting);
        // The reader goes silent in the middle of an exchange, then the cable is pulled.
        simulator.setFault(SamSimulator::Fault::Silent);
        simulator.placeCard(testCard());
        QTest::qWait(120);
        simulator.unplug();
        QTRY_COMPARE(reader.state(), CardReader::State::Disconnected);
        QVERIFY(!connection.last().at(0).toBool());
        QCOMPARE(reads.size(), 0);

        simulator.setFault(SamSimulator::Fault::None);
        QVERIFY(simulator.plug(link).ok()); // a new pty behind the same path
        simulator.placeCard(testCard());
        QTRY_VERIFY(connection.last().at(0).toBool());
        QTRY_COMPARE(reads.size(), 1);
    }

    void missingPortKeepsTrying()
    {
        QTemporaryDir dir;
        const QString link = dir.filePath(QStringLiteral("reader"));
        CardReader reader(link, m_clock, fast());
        QSignalSpy connection(&reader, &CardReader::connectionChanged);
        reader.start();
        QCOMPARE(reader.state(), CardReader::State::Disconnected);
        QTest::qWait(250);
        SamSimulator simulator;
        QVERIFY(simulator.plug(link).ok());
        QTRY_COMPARE(reader.state(), CardReader::State::Waiting);
        QVERIFY(connection.last().at(0).toBool());
    }
};

QTEST_GUILESS_MAIN(TestCardReader)
#include "tst_cardreader.moc"
