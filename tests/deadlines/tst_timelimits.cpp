#include "core/csv.h"
#include "deadlines/deliverylist.h"
#include "deadlines/timelimits.h"

#include <QTest>

using deadlines::Stage;
using deadlines::Urgency;

// The legal time limits (60 days +30, delivery within 15) and the EMS list's address split.
class TestTimeLimits : public QObject
{
    Q_OBJECT

private slots:
    void standing_data()
    {
        QTest::addColumn<QDate>("acceptedOn");
        QTest::addColumn<int>("extensionDays");
        QTest::addColumn<QDate>("concludedOn");
        QTest::addColumn<QDate>("deliveredOn");
        QTest::addColumn<bool>("ended");
        QTest::addColumn<int>("stage");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<int>("daysLeft");
        QTest::addColumn<int>("urgency");
        const QDate today(2026, 11, 23);
        QTest::newRow("accepted 20 days ago")
            << today.addDays(-20) << 0 << QDate() << QDate() << false << int(Stage::Conclusion)
            << today.addDays(40) << 40 << int(Urgency::OnTime);
        QTest::newRow("day 53: 7 days left is due soon")
            << today.addDays(-53) << 0 << QDate() << QDate() << false << int(Stage::Conclusion)
            << today.addDays(7) << 7 << int(Urgency::DueSoon);
        QTest::newRow("day 52: 8 days left is on time")
            << today.addDays(-52) << 0 << QDate() << QDate() << false << int(Stage::Conclusion)
            << today.addDays(8) << 8 << int(Urgency::OnTime);
        QTest::newRow("day 60 is the last day")
            << today.addDays(-60) << 0 << QDate() << QDate() << false << int(Stage::Conclusion) << today << 0
            << int(Urgency::DueSoon);
        QTest::newRow("day 61 is overdue")
            << today.addDays(-61) << 0 << QDate() << QDate() << false << int(Stage::Conclusion)
            << today.addDays(-1) << -1 << int(Urgency::Overdue);
        QTest::newRow("extended by 30")
            << today.addDays(-61) << 30 << QDate() << QDate() << false << int(Stage::Conclusion)
            << today.addDays(29) << 29 << int(Urgency::OnTime);
        QTest::newRow("an extension never exceeds 30")
            << today.addDays(-61) << 45 << QDate() << QDate() << false << int(Stage::Conclusion)
            << today.addDays(29) << 29 << int(Urgency::OnTime);
        QTest::newRow("acceptance date unknown")
            << QDate() << 0 << QDate() << QDate() << false << int(Stage::Conclusion) << QDate() << 0
            << int(Urgency::Unknown);
        QTest::newRow("concluded today: 15 days to deliver")
            << today.addDays(-30) << 0 << today << QDate() << false << int(Stage::Delivery)
            << today.addDays(15) << 15 << int(Urgency::OnTime);
        QTest::newRow("concluded 12 days ago: delivery due soon")
            << today.addDays(-50) << 0 << today.addDays(-12) << QDate() << false << int(Stage::Delivery)
            << today.addDays(3) << 3 << int(Urgency::DueSoon);
        QTest::newRow("concluded 16 days ago: delivery overdue")
            << today.addDays(-50) << 0 << today.addDays(-16) << QDate() << false << int(Stage::Delivery)
            << today.addDays(-1) << -1 << int(Urgency::Overdue);
        QTest::newRow("delivered") << today.addDays(-50) << 0 << today.addDays(-16) << today.addDays(-2)
                                   << false << int(Stage::Done) << today.addDays(-1) << 0
                                   << int(Urgency::Met);
        QTest::newRow("no-show ends the case") << today.addDays(-70) << 0 << QDate() << QDate() << true
                                               << int(Stage::Ended) << QDate() << 0 << int(Urgency::Met);
    }

    void standing()
    {
        QFETCH(QDate, acceptedOn);
        QFETCH(int, extensionDays);
        QFETCH(QDate, concludedOn);
        QFETCH(QDate, deliveredOn);
        QFETCH(bool, ended);
        QFETCH(int, stage);
        QFETCH(QDate, due);
        QFETCH(int, daysLeft);
        QFETCH(int, urgency);
        const deadlines::Standing s = deadlines::standing(
            {acceptedOn, extensionDays, concludedOn, deliveredOn, ended}, QDate(2026, 11, 23));
        QCOMPARE(int(s.stage), stage);
        QCOMPARE(s.due, due);
        QCOMPARE(s.daysLeft, qint64(daysLeft));
        QCOMPARE(int(s.urgency), urgency);
        QVERIFY(!deadlines::daysLeftText(s).isEmpty());
    }

    void splitAddress_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("province");
        QTest::addColumn<QString>("city");
        QTest::addColumn<QString>("district");
        QTest::addColumn<QString>("street");
        QTest::newRow("city without province gets the venue's")
            << QStringLiteral("广州市白云区新港西路117号") << QStringLiteral("广东省")
            << QStringLiteral("广州市") << QStringLiteral("白云区") << QStringLiteral("新港西路117号");
        QTest::newRow("full") << QStringLiteral("广东省深圳市南山区科技园路1号") << QStringLiteral("广东省")
                              << QStringLiteral("深圳市") << QStringLiteral("南山区")
                              << QStringLiteral("科技园路1号");
        QTest::newRow("municipality")
            << QStringLiteral("北京市海淀区中关村大街27号") << QStringLiteral("北京市")
            << QStringLiteral("北京市") << QStringLiteral("海淀区") << QStringLiteral("中关村大街27号");
        QTest::newRow("autonomous region and county")
            << QStringLiteral("广西壮族自治区南宁市武鸣县城厢镇1号") << QStringLiteral("广西壮族自治区")
            << QStringLiteral("南宁市") << QStringLiteral("武鸣县") << QStringLiteral("城厢镇1号");
        QTest::newRow("county-level city")
            << QStringLiteral("江苏省苏州市昆山市前进中路1号") << QStringLiteral("江苏省")
            << QStringLiteral("苏州市") << QStringLiteral("昆山市") << QStringLiteral("前进中路1号");
        QTest::newRow("a street named 市场路 is not a city")
            << QStringLiteral("白云区市场路8号") << QStringLiteral("广东省") << QString()
            << QStringLiteral("白云区") << QStringLiteral("市场路8号");
        QTest::newRow("spaces are dropped")
            << QStringLiteral(" 广州市 天河区 体育西路 1 号 ") << QStringLiteral("广东省")
            << QStringLiteral("广州市") << QStringLiteral("天河区") << QStringLiteral("体育西路1号");
        QTest::newRow("unrecognised stays whole") << QStringLiteral("某某村3组") << QStringLiteral("广东省")
                                                  << QString() << QString() << QStringLiteral("某某村3组");
    }

    void splitAddress()
    {
        QFETCH(QString, address);
        QFETCH(QString, province);
        QFETCH(QString, city);
        QFETCH(QString, district);
        QFETCH(QString, street);
        const deadlines::PostalAddress parts = deadlines::splitAddress(address, QStringLiteral("广东省"));
        QCOMPARE(parts.province, province);
        QCOMPARE(parts.city, city);
        QCOMPARE(parts.district, district);
        QCOMPARE(parts.street, street);
    }

    void csvRecordsQuoteWhatNeedsIt()
    {
        QCOMPARE(core::csvRecord({QStringLiteral("a"), QStringLiteral("b c")}), QStringLiteral("a,b c\r\n"));
        QCOMPARE(
            core::csvRecord({QStringLiteral("x,y"), QStringLiteral("say \"hi\""), QStringLiteral("1\n2")}),
            QStringLiteral("\"x,y\",\"say \"\"hi\"\"\",\"1\n2\"\r\n"));
        // What is written reads back the same.
        const QStringList fields{QStringLiteral("JD-1"), QStringLiteral("广州市,天河区"),
                                 QStringLiteral("\"")};
        const core::CsvTable table = core::parseCsv(
            core::csvRecord({QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3")}) +
            core::csvRecord(fields));
        QCOMPARE(table.rows.size(), 1);
        QCOMPARE(table.rows.constFirst().fields, fields);
    }
};

QTEST_GUILESS_MAIN(TestTimeLimits)
#include "tst_timelimits.moc"
