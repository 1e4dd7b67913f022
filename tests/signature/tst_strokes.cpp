#include "syntheticsignature.h"

#include <QTest>

using namespace signature;

// The stroke format: what is written reads back; damaged bytes are refused, never half-read.
class TestStrokes : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        const QList<Stroke> strokes = syntheticStrokes();
        const QByteArray bytes = encode(strokes, QSize(400, 150));
        QCOMPARE(bytes.size(), 4 + 6 + 2 * (2 + 40 * 10));
        QSize pad;
        const auto decoded = decode(bytes, &pad);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QCOMPARE(pad, QSize(400, 150));
        QCOMPARE(decoded->size(), 2);
        for (int s = 0; s < 2; ++s)
            for (int p = 0; p < 40; ++p) {
                const Point &in = strokes.at(s).at(p);
                const Point &out = decoded->at(s).at(p);
                QVERIFY(qAbs(in.position.x() - out.position.x()) <= 0.05);
                QVERIFY(qAbs(in.position.y() - out.position.y()) <= 0.05);
                QCOMPARE(out.timeMs, in.timeMs);
                QVERIFY(qAbs(in.pressure - out.pressure) < 0.0001);
            }
        QCOMPARE(encode(decoded.value(), pad), bytes); // stable: the signed bytes never drift
    }

    void damagedDataIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray good = syntheticSignature();
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("wrong magic") << QByteArray("SIG2") + good.mid(4);
        QTest::newRow("cut in a point") << good.left(good.size() - 3);
        QTest::newRow("cut after the header") << good.left(10);
        QTest::newRow("trailing bytes") << good + QByteArray("x");
        QByteArray tooMany = good;
        tooMany[8] = char(0xff);
        tooMany[9] = char(0xff);
        QTest::newRow("absurd stroke count") << tooMany;
    }
    void damagedDataIsRefused()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!decode(bytes).ok());
    }

    void renderDrawsInk()
    {
        const QImage image = render(syntheticStrokes(), QSize(400, 150));
        QCOMPARE(image.size(), QSize(400, 150));
        int inked = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                inked += qAlpha(image.pixel(x, y)) > 0;
        QVERIFY(inked > 500);
        QVERIFY(inked < 400 * 150 / 2);
    }
};

QTEST_MAIN(TestStrokes)
#include "tst_strokes.moc"
