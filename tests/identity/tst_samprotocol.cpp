#include "testcard.h"

#include "identity/samprotocol.h"

#include <QTest>

using namespace identity;

namespace {
QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}
const QDate kToday(2026, 11, 22);
} // namespace

class TestSamProtocol : public QObject
{
    Q_OBJECT

private slots:
    void findCardFrameMatchesTheSpecification()
    {
        QCOMPARE(commandFrame(0x20, 0x01), hex("aaaaaa96690003200122"));
        QCOMPARE(commandFrame(0x30, 0x01), hex("aaaaaa96690003300132"));
        QCOMPARE(commandFrame(0x11, 0xff), hex("aaaaaa9669000311ffed"));
    }

    void reader_data()
    {
        QTest::addColumn<QList<QByteArray>>("chunks");
        QTest::addColumn<QList<QByteArray>>("bodies");
        QTest::addColumn<bool>("error");
        const QByteArray found = responseFrame(0x9f, hex("00000000"));
        const QByteArray none = responseFrame(0x80);
        QByteArray badChecksum = found;
        badChecksum[badChecksum.size() - 1] = char(badChecksum.back() ^ 1);
        QTest::newRow("one good frame")
            << QList<QByteArray>{found} << QList<QByteArray>{hex("00009f00000000")} << false;
        QTest::newRow("noise before the preamble")
            << QList<QByteArray>{hex("00ff13aa96") + none} << QList<QByteArray>{hex("000080")} << false;
        QTest::newRow("split across reads") << QList<QByteArray>{found.left(4), found.mid(4, 3), found.mid(7)}
                                            << QList<QByteArray>{hex("00009f00000000")} << false;
        QTest::newRow("two frames in one read")
            << QList<QByteArray>{none + found} << QList<QByteArray>{hex("000080"), hex("00009f00000000")}
            << false;
        QTest::newRow("truncated: waits")
            << QList<QByteArray>{found.left(found.size() - 2)} << QList<QByteArray>{} << false;
        QTest::newRow("wrong checksum is dropped")
            << QList<QByteArray>{badChecksum} << QList<QByteArray>{} << true;
        QTest::newRow("recovers after a bad frame")
            << QList<QByteArray>{badChecksum + none} << QList<QByteArray>{hex("000080")} << true;
        QTest::newRow("impossible length")
            << QList<QByteArray>{hex("aaaaaa9669ffff00") + none} << QList<QByteArray>{hex("000080")} << true;
    }

    void reader()
    {
        QFETCH(QList<QByteArray>, chunks);
        QFETCH(QList<QByteArray>, bodies);
        QFETCH(bool, error);
        FrameReader frames;
        QList<QByteArray> got;
        QString problem;
        for (const QByteArray &chunk : chunks) {
            frames.feed(chunk);
            while (const auto body = frames.next())
                got << *body;
            if (const QString e = frames.takeError(); !e.isEmpty())
                problem = e;
        }
        QCOMPARE(got, bodies);
        QCOMPARE(!problem.isEmpty(), error);
    }

    void everyStatusHasAMessage_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("90") << 0x90 << "OK";
        QTest::newRow("9F") << 0x9f << "OK";
        QTest::newRow("91") << 0x91 << "no such";
        QTest::newRow("10") << 0x10 << "checksum";
        QTest::newRow("11") << 0x11 << "length";
        QTest::newRow("21") << 0x21 << "understand";
        QTest::newRow("23") << 0x23 << "not authorized";
        QTest::newRow("31") << 0x31 << "authenticate";
        QTest::newRow("32") << 0x32 << "authenticate";
        QTest::newRow("33") << 0x33 << "validation";
        QTest::newRow("40") << 0x40 << "unknown card type";
        QTest::newRow("41") << 0x41 << "Reading the card failed";
        QTest::newRow("80") << 0x80 << "No card";
        QTest::newRow("81") << 0x81 << "selected";
        QTest::newRow("unknown") << 0x77 << "77";
    }

    void everyStatusHasAMessage()
    {
        QFETCH(int, code);
        QFETCH(QString, mentions);
        QVERIFY2(statusMessage(quint8(code)).contains(mentions), qPrintable(statusMessage(quint8(code))));
    }

    void cardTextRoundTrips()
    {
        const auto parsed = parseCardText(encodeCardText(testCard()), kToday);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(parsed->name, QStringLiteral("罗超")); // padding trimmed
        QCOMPARE(parsed->gender, core::Gender::Male);
        QCOMPARE(parsed->nation, QStringLiteral("汉"));
        QCOMPARE(parsed->birthDate, QDate(1986, 11, 20));
        QCOMPARE(parsed->address, testCard().address);
        QCOMPARE(parsed->idNumber, testCard().idNumber);
        QCOMPARE(parsed->validTo, QDate(2036, 3, 1));
        QCOMPARE(parsed->photo.size(), 1024);
        QVERIFY(!parsed->expired(kToday));
    }

    void cardVariants_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<bool>("ok");
        QTest::newRow("female, Zhuang, never expires") << "female" << true;
        QTest::newRow("expired card") << "expired" << true;
        QTest::newRow("bad ID number") << "bad id" << false;
        QTest::newRow("bad gender code") << "gender" << false;
        QTest::newRow("short reply") << "short" << false;
    }

    void cardVariants()
    {
        QFETCH(QString, what);
        QFETCH(bool, ok);
        CardData card = testCard();
        QByteArray data;
        if (what == QLatin1String("female")) {
            card.gender = core::Gender::Female;
            card.nation = QStringLiteral("壮");
            card.validTo = QDate();
            card.idNumber = QStringLiteral("440104199705196327");
        } else if (what == QLatin1String("expired")) {
            card.validTo = QDate(2020, 1, 1);
        } else if (what == QLatin1String("bad id")) {
            card.idNumber = QStringLiteral("440106198611200777");
        }
        data = encodeCardText(card);
        if (what == QLatin1String("gender"))
            data[4 + 30] = '3';
        if (what == QLatin1String("short"))
            data.truncate(100);
        const auto parsed = parseCardText(data, kToday);
        QCOMPARE(parsed.ok(), ok);
        if (!ok) {
            QVERIFY(!parsed.error().isEmpty());
            return;
        }
        if (what == QLatin1String("female")) {
            QCOMPARE(parsed->gender, core::Gender::Female);
            QCOMPARE(parsed->nation, QStringLiteral("壮"));
            QVERIFY(!parsed->validTo.isValid());
            QCOMPARE(toJson(*parsed).value(QStringLiteral("valid_to")).toString(), QStringLiteral("长期"));
        }
        if (what == QLatin1String("expired"))
            QVERIFY(parsed->expired(kToday));
    }
};

QTEST_GUILESS_MAIN(TestSamProtocol)
#include "tst_samprotocol.moc"
