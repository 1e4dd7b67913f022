#include "centralsync/protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// The wire format: what a server must refuse, and the hash and gzip both sides rely on.
class TestSyncProtocol : public QObject
{
    Q_OBJECT

private slots:
    void malformedBatches_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("complaint");
        QTest::newRow("not json") << QByteArray("{nope") << QStringLiteral("not JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("object");
        QTest::newRow("no batch id") << QByteArray(R"({"station_id":"S","records":[]})")
                                     << QStringLiteral("batch_id");
        QTest::newRow("no station") << QByteArray(R"({"batch_id":"b","records":[]})")
                                    << QStringLiteral("station_id");
        QTest::newRow("records not a list")
            << QByteArray(R"({"batch_id":"b","station_id":"S","records":{}})") << QStringLiteral("records");
        QTest::newRow("record without id")
            << QByteArray(R"({"batch_id":"b","station_id":"S","records":[{"payload":{}}]})")
            << QStringLiteral("records[0].id");
        QTest::newRow("payload not an object")
            << QByteArray(R"({"batch_id":"b","station_id":"S","records":[{"id":"r","payload":"x"}]})")
            << QStringLiteral("records[0].payload");
        // Strict JSON: what a lenient reader might let through.
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("trailing comma")
            << QByteArray(R"({"batch_id":"b","station_id":"S","records":[],})") << QStringLiteral("not JSON");
        QTest::newRow("trailing comma in a payload")
            << QByteArray(R"({"batch_id":"b","station_id":"S","records":[{"id":"r","payload":{"a":1,}}]})")
            << QStringLiteral("not JSON");
        QTest::newRow("data after the end")
            << QByteArray(R"({"batch_id":"b","station_id":"S","records":[]} {})")
            << QStringLiteral("after the end");
        QTest::newRow("truncated payload") << QByteArray("{\"batch_id\":\"b\",\"station_id\":\"S\","
                                                         "\"records\":[{\"id\":\"r\",\"payload\":{\"a\":[1,2")
                                           << QStringLiteral("not JSON");
        QTest::newRow("invalid UTF-8")
            << QByteArray("{\"batch_id\":\"b\xff\",\"station_id\":\"S\",\"records\":[]}")
            << QStringLiteral("UTF-8");
        QTest::newRow("overlong UTF-8 in a payload")
            << QByteArray("{\"batch_id\":\"b\",\"station_id\":\"S\",\"records\":[{\"id\":\"r\","
                          "\"payload\":{\"a\":\"\xc0\xaf\"}}]}")
            << QStringLiteral("UTF-8");
        QTest::newRow("raw control character")
            << QByteArray("{\"batch_id\":\"b\n\",\"station_id\":\"S\",\"records\":[]}")
            << QStringLiteral("control character");
        QTest::newRow("lone surrogate escape")
            << QByteArray(R"({"batch_id":"b\ud800","station_id":"S","records":[]})")
            << QStringLiteral("surrogate");
        QTest::newRow("bad number")
            << QByteArray(
                   R"({"batch_id":"b","station_id":"S","records":[{"id":"r","version":01,"payload":{}}]})")
            << QStringLiteral("not JSON");
        QTest::newRow("bare word")
            << QByteArray(R"({"batch_id":"b","station_id":"S","records":[{"id":"r","payload":{"a":nul}}]})")
            << QStringLiteral("not JSON");
        QTest::newRow("nested too deeply")
            << QByteArray("{\"batch_id\":\"b\",\"station_id\":\"S\",\"records\":[{\"id\":\"r\",\"payload\":{"
                          "\"a\":") +
                   QByteArray(200, '[') + QByteArray(200, ']') + QByteArray("}}]}")
            << QStringLiteral("deeply");
        // Found by the sync_batch fuzzer: a record without payload was let through.
        QTest::newRow("record without payload")
            << QByteArray(
                   R"({"batch_id":"b","station_id":"S","records":[{"id":"r","type":"case","version":1}]})")
            << QStringLiteral("records[0].payload");
        QTest::newRow("empty record") << QByteArray(R"({"batch_id":"b","station_id":"S","records":[{}]})")
                                      << QStringLiteral("records[0].payload");
        QTest::newRow("number beyond a double")
            << QByteArray(R"({"batch_id":"b","station_id":"S","records":[{"id":"r","payload":{"a":1e400}}]})")
            << QStringLiteral("out of range");
        QTest::newRow("number below a double")
            << QByteArray(
                   R"({"batch_id":"b","station_id":"S","records":[{"id":"r","payload":{"a":1e-400}}]})")
            << QStringLiteral("out of range");
        QTest::newRow("a key twice")
            << QByteArray(R"({"batch_id":"b","station_id":"S","records":[{"id":"r","id":"s","payload":{}}]})")
            << QStringLiteral("twice");
    }

    void malformedBatches()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, complaint);
        const auto decoded = centralsync::decodeBatch(body);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error().contains(complaint), qPrintable(decoded.error()));
    }

    void batchesRoundTrip()
    {
        centralsync::Batch batch{QStringLiteral("b-1"), QStringLiteral("GZ-TH-01"), {}};
        const QJsonObject payload{{QStringLiteral("name"), QStringLiteral("罗超")}, {QStringLiteral("n"), 3}};
        batch.records.append({QStringLiteral("r-1"), QStringLiteral("case"), QStringLiteral("JD-1"), 2,
                              QStringLiteral("r-0"), centralsync::canonicalPayload(payload),
                              centralsync::payloadHash(payload)});
        const auto decoded = centralsync::decodeBatch(centralsync::encodeBatch(batch));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->records.size(), 1);
        const centralsync::Record &record = decoded->records.constFirst();
        QCOMPARE(record.predecessor, QStringLiteral("r-0"));
        QCOMPARE(record.version, 2);
        QCOMPARE(QJsonDocument::fromJson(record.payload).object(), payload);
        QCOMPARE(record.sha256, centralsync::payloadHash(payload));
        // The station's raw encoding hashes the bytes it sends; the server keeps those bytes.
        const QByteArray raw = centralsync::encodeRawBatch(QStringLiteral("b-2"), QStringLiteral("GZ-TH-01"),
                                                           {{QStringLiteral("r-2"),
                                                             QStringLiteral("case"),
                                                             QStringLiteral("JD-2"),
                                                             1,
                                                             {},
                                                             centralsync::canonicalPayload(payload)}});
        const auto decodedRaw = centralsync::decodeBatch(raw);
        QVERIFY(decodedRaw.ok());
        QCOMPARE(decodedRaw->records.constFirst().payload, centralsync::canonicalPayload(payload));
        QCOMPARE(decodedRaw->records.constFirst().sha256, centralsync::payloadHash(payload));
        // The hash does not depend on the order keys were written in.
        QCOMPARE(centralsync::payloadHash(QJsonDocument::fromJson(R"({"n":3,"name":"罗超"})").object()),
                 record.sha256);
    }

    void stringsAndPayloadsAreReadExactly()
    {
        // Escapes decoded in the fields (a surrogate pair too); the payload's bytes kept as sent,
        // spaces and escapes included; a wrongly typed field left for the server to judge.
        const QByteArray payload = R"({ "name" : "\u7f57\u8d85", "list":[1, -2.5e3, true, null, {}] })";
        const QByteArray body = "{\"protocol\":1, \"batch_id\":\"b\\\"1\", "
                                "\"station_id\":\"\\ud83d\\ude00S\", \"records\":[ {\"id\":\"r\\/1\", "
                                R"("type":7, "version":"2", "payload":)" +
                                payload + ", \"extra\":{\"x\":[]}} ]}";
        const auto decoded = centralsync::decodeBatch(body);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QCOMPARE(decoded->batchId, QStringLiteral("b\"1"));
        QCOMPARE(decoded->stationId, QString::fromUtf8("\xf0\x9f\x98\x80S"));
        const centralsync::Record &record = decoded->records.constFirst();
        QCOMPARE(record.id, QStringLiteral("r/1"));
        QCOMPARE(record.payload, payload);
        QVERIFY(record.type.isEmpty()); // not a string
        QCOMPARE(record.version, 0);    // not a number
        QCOMPARE(QJsonDocument::fromJson(record.payload).object().value(QStringLiteral("name")).toString(),
                 QStringLiteral("罗超"));
    }

    void resultsMustNameEveryRecordProperly()
    {
        const QList<centralsync::RecordResult> results{
            {QStringLiteral("a"), centralsync::Outcome::Stored, {}},
            {QStringLiteral("b"), centralsync::Outcome::Rejected, QStringLiteral("why")}};
        const auto decoded =
            centralsync::decodeResults(centralsync::encodeResults(QStringLiteral("x"), results));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->at(1).reason, QStringLiteral("why"));
        QVERIFY(!centralsync::decodeResults(R"({"results":[{"id":"a","result":"maybe"}]})").ok());
        QVERIFY(!centralsync::decodeResults("<html>502</html>").ok());
    }

    void gzipRoundTripAndLimits()
    {
        const QByteArray data = QByteArray("records ").repeated(10000);
        const QByteArray packed = centralsync::gzip(data);
        QVERIFY(packed.size() < data.size() / 10);
        QCOMPARE(centralsync::gunzip(packed, 1 << 20).value(), data);
        QVERIFY(!centralsync::gunzip(packed, 1000).has_value()); // inflates too far
        QVERIFY(!centralsync::gunzip(packed.left(packed.size() / 2), 1 << 20).has_value()); // cut off
        QVERIFY(!centralsync::gunzip("not gzip at all", 1 << 20).has_value());
    }
};

QTEST_GUILESS_MAIN(TestSyncProtocol)
#include "tst_syncprotocol.moc"
