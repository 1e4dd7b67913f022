#include "stationfixture.h"
#include "syntheticsignature.h"

#include "signature/signaturestore.h"
#include "signature/strokes.h"

#include <QTest>

using namespace signature;

// What the signature store accepts as a signature, and what it says of what it refuses.
class TestSignatureStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<StationFixture> m_station;

    static QByteArray strokesOf(int points)
    {
        Stroke stroke;
        for (int i = 0; i < points; ++i)
            stroke << Point{QPointF(10 + 5 * i, 40 + (i % 3)), quint32(10 * i), 0.5};
        return encode(points > 0 ? QList<Stroke>{stroke} : QList<Stroke>{}, QSize(400, 150));
    }

private slots:
    void init()
    {
        m_station = std::make_unique<StationFixture>(QDateTime(QDate(2026, 12, 7), QTime(9, 0)));
        QVERIFY(m_station->setUp(false));
    }

    void tooLittleIsRefusedSayingWhy_data()
    {
        QTest::addColumn<QByteArray>("strokes");
        QTest::addColumn<QString>("says");
        QTest::newRow("nothing") << strokesOf(0) << QStringLiteral("empty");
        QTest::newRow("a tap") << strokesOf(1) << QStringLiteral("too short");
        QTest::newRow("a dot") << strokesOf(SignatureStore::kMinimumPoints - 1)
                               << QStringLiteral("too short");
        QTest::newRow("a signature") << strokesOf(SignatureStore::kMinimumPoints) << QString();
        QTest::newRow("a real one") << syntheticSignature() << QString();
    }

    void tooLittleIsRefusedSayingWhy()
    {
        QFETCH(QByteArray, strokes);
        QFETCH(QString, says);
        store::Database &db = *m_station->database;
        QString error;
        static_cast<void>(db.transaction([&] {
            const core::Status recorded = SignatureStore(db).record(
                QStringLiteral("opinion:x"), QStringLiteral("E101"), strokes, "content");
            error = recorded.ok() ? QString() : recorded.error();
            return recorded;
        }));
        if (says.isEmpty()) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(SignatureStore(db).verify(QStringLiteral("opinion:x"), "content"), Verification::Valid);
        } else {
            QVERIFY2(error.contains(says), qPrintable(error));
            QCOMPARE(SignatureStore(db).verify(QStringLiteral("opinion:x"), "content"),
                     Verification::Missing);
        }
    }
};

QTEST_GUILESS_MAIN(TestSignatureStore)
#include "tst_signaturestore.moc"
