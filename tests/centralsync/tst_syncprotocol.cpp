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
                              QStringLiteral("r-0"), payload, centralsync::payloadHash(payload)});
        const auto decoded = centralsync::decodeBatch(centralsync::encodeBatch(batch));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->records.size(), 1);
        const centralsync::Record &record = decoded->records.constFirst();
        QCOMPARE(record.predecessor, QStringLiteral("r-0"));
        QCOMPARE(record.version, 2);
        QCOMPARE(record.payload, payload);
        QCOMPARE(record.sha256, centralsync::payloadHash(record.payload));
        // The hash does not depend on the order keys were written in.
        QCOMPARE(centralsync::payloadHash(QJsonDocument::fromJson(R"({"n":3,"name":"罗超"})").object()),
                 record.sha256);
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
