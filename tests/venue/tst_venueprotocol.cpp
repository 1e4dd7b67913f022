// The venue protocol's messages as the hub and the stations read them (docs/venue-protocol.md).
#include "venue/venueprotocol.h"

#include <QTest>

using venue::HubMessage;
using venue::StationMessage;

class TestVenueProtocol : public QObject
{
    Q_OBJECT

private slots:
    void stationMessages_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("readable");
        QTest::addColumn<int>("type");
        QTest::addColumn<qint64>("since");
        QTest::newRow("hello") << QByteArray(R"({"type":"hello","token":"T","since":41})") << true
                               << int(StationMessage::Type::Hello) << qint64(41);
        QTest::newRow("hello without since") << QByteArray(R"({"type":"hello","token":"T"})") << true
                                             << int(StationMessage::Type::Hello) << qint64(0);
        QTest::newRow("negative since reads as 0") << QByteArray(R"({"type":"hello","token":"T","since":-5})")
                                                   << true << int(StationMessage::Type::Hello) << qint64(0);
        QTest::newRow("fractional since reads as 0")
            << QByteArray(R"({"type":"hello","token":"T","since":2.5})") << true
            << int(StationMessage::Type::Hello) << qint64(0);
        QTest::newRow("command")
            << QByteArray(R"({"type":"command","key":"k","name":"call_next","args":{"room":"R1"}})") << true
            << int(StationMessage::Type::Command) << qint64(0);
        QTest::newRow("unknown type")
            << QByteArray(R"({"type":"dance"})") << true << int(StationMessage::Type::Other) << qint64(0);
        QTest::newRow("not JSON") << QByteArray("hello") << false << 0 << qint64(0);
        QTest::newRow("an array") << QByteArray("[]") << false << 0 << qint64(0);
        QTest::newRow("empty") << QByteArray() << false << 0 << qint64(0);
    }

    void stationMessages()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, readable);
        QFETCH(int, type);
        QFETCH(qint64, since);
        const auto message = venue::decodeStationMessage(text);
        QCOMPARE(message.has_value(), readable);
        if (!message)
            return;
        QCOMPARE(int(message->type), type);
        QCOMPARE(message->since, since);
        const auto again = venue::decodeStationMessage(venue::encode(*message));
        QVERIFY(again);
        QCOMPARE(int(again->type), type);
        QCOMPARE(again->since, since);
        QCOMPARE(again->args, message->args);
    }

    void hubMessages_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("type");
        QTest::addColumn<qint64>("seq");
        QTest::newRow("event") << QByteArray(
                                      R"({"type":"event","seq":7,"data":{"kind":"call","ticket":"A007"}})")
                               << int(HubMessage::Type::Event) << qint64(7);
        QTest::newRow("event without seq is not an event")
            << QByteArray(R"({"type":"event","data":{}})") << int(HubMessage::Type::Other) << qint64(0);
        QTest::newRow("event with seq 0 is not an event")
            << QByteArray(R"({"type":"event","seq":0,"data":{}})") << int(HubMessage::Type::Other)
            << qint64(0);
        QTest::newRow("event with a text seq is not an event")
            << QByteArray(R"({"type":"event","seq":"7","data":{}})") << int(HubMessage::Type::Other)
            << qint64(0);
        QTest::newRow("result") << QByteArray(
                                       R"({"type":"result","key":"k","ok":true,"result":{"ticket":"A001"}})")
                                << int(HubMessage::Type::Result) << qint64(0);
        QTest::newRow("welcome") << QByteArray(R"({"type":"welcome","station":"s","role":"room","latest":3})")
                                 << int(HubMessage::Type::Welcome) << qint64(0);
        QTest::newRow("refused") << QByteArray(R"({"type":"refused","error":"no"})")
                                 << int(HubMessage::Type::Refused) << qint64(0);
    }

    void hubMessages()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, type);
        QFETCH(qint64, seq);
        const auto message = venue::decodeHubMessage(text);
        QVERIFY(message);
        QCOMPARE(int(message->type), type);
        QCOMPARE(message->seq, seq);
        const auto again = venue::decodeHubMessage(venue::encode(*message));
        QVERIFY(again);
        QCOMPARE(int(again->type), type);
        QCOMPARE(again->seq, seq);
        QCOMPARE(again->data, message->data);
        QCOMPARE(again->result, message->result);
        QCOMPARE(again->ok, message->ok);
    }
};

QTEST_GUILESS_MAIN(TestVenueProtocol)
#include "tst_venueprotocol.moc"
