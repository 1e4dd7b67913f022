#include "core/idnumber.h"
#include "core/masking.h"

#include <QTest>

class TestIdNumber : public QObject
{
    Q_OBJECT

    const QDate m_today{2026, 11, 22};

private slots:
    void check_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<int>("gender"); // 0 male, 1 female
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("errorFragment");

        QTest::newRow("worked example X")
            << QStringLiteral("11010519491231002X") << true << QStringLiteral("11010519491231002X")
            << QDate(1949, 12, 31) << 1 << QStringLiteral("北京市") << QString();
        QTest::newRow("worked example 1880")
            << QStringLiteral("440524188001010014") << true << QStringLiteral("440524188001010014")
            << QDate(1880, 1, 1) << 0 << QStringLiteral("广东省") << QString();
        QTest::newRow("lowercase x") << QStringLiteral("11010519491231002x") << true
                                     << QStringLiteral("11010519491231002X") << QDate(1949, 12, 31) << 1
                                     << QStringLiteral("北京市") << QString();
        QTest::newRow("surrounding spaces")
            << QStringLiteral("  440524188001010014 ") << true << QStringLiteral("440524188001010014")
            << QDate(1880, 1, 1) << 0 << QStringLiteral("广东省") << QString();
        QTest::newRow("15-digit upgrade")
            << QStringLiteral("110105491231002") << true << QStringLiteral("11010519491231002X")
            << QDate(1949, 12, 31) << 1 << QStringLiteral("北京市") << QString();
        QTest::newRow("wrong check character") << QStringLiteral("110105194912310021") << false << QString()
                                               << QDate() << 0 << QString() << QStringLiteral("X");
        QTest::newRow("17 characters") << QStringLiteral("11010519491231002") << false << QString() << QDate()
                                       << 0 << QString() << QStringLiteral("17");
        QTest::newRow("19 characters") << QStringLiteral("11010519491231002X1") << false << QString()
                                       << QDate() << 0 << QString() << QStringLiteral("19");
        QTest::newRow("empty") << QString() << false << QString() << QDate() << 0 << QString() << QString();
        QTest::newRow("letter in the middle") << QStringLiteral("1101051949A231002X") << false << QString()
                                              << QDate() << 0 << QString() << QStringLiteral("11");
        QTest::newRow("X not last") << QStringLiteral("X10105194912310021") << false << QString() << QDate()
                                    << 0 << QString() << QStringLiteral("1");
        QTest::newRow("Feb 29 non-leap") << QStringLiteral("110105190102290010") << false << QString()
                                         << QDate() << 0 << QString() << QStringLiteral("19010229");
        QTest::newRow("month 13") << QStringLiteral("110105194913010010") << false << QString() << QDate()
                                  << 0 << QString() << QStringLiteral("19491301");
        QTest::newRow("future date") << QStringLiteral("110105203001010010") << false << QString() << QDate()
                                     << 0 << QString() << QStringLiteral("2030-01-01");
        QTest::newRow("unknown region") << QStringLiteral("991234194912310028") << false << QString()
                                        << QDate() << 0 << QString() << QStringLiteral("991234");
    }

    void check()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(QString, normalized);
        QFETCH(QDate, birth);
        QFETCH(int, gender);
        QFETCH(QString, region);
        QFETCH(QString, errorFragment);
        const core::IdCheck result = core::checkIdNumber(input, m_today);
        QCOMPARE(result.valid, valid);
        if (valid) {
            QCOMPARE(result.normalized, normalized);
            QCOMPARE(result.birthDate, birth);
            QCOMPARE(result.gender, gender == 0 ? core::Gender::Male : core::Gender::Female);
            QCOMPARE(result.region, region);
            QCOMPARE(result.regionCode, normalized.left(6));
            QVERIFY(result.error.isEmpty());
        } else {
            QVERIFY(result.normalized.isEmpty());
            QVERIFY(!result.error.isEmpty());
            QVERIFY2(result.error.contains(errorFragment), qPrintable(result.error));
        }
    }

    void checkCharacterMatchesAllDigits()
    {
        // Changing any one of the first 17 digits changes the check character.
        const QString base = QStringLiteral("11010519491231002");
        for (int i = 0; i < 17; ++i) {
            QString changed = base;
            changed[i] = QChar(u'0' + (base.at(i).digitValue() + 1) % 10);
            QVERIFY2(core::idCheckCharacter(changed) != core::idCheckCharacter(base), qPrintable(changed));
        }
    }

    void mask_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("masked");
        QTest::newRow("18") << QStringLiteral("11010519491231002X") << QStringLiteral("1101**********002X");
        QTest::newRow("short") << QStringLiteral("1234") << QStringLiteral("****");
        QTest::newRow("empty") << QString() << QString();
    }

    void mask()
    {
        QFETCH(QString, input);
        QFETCH(QString, masked);
        QCOMPARE(core::maskIdNumber(input), masked);
    }

    void maskName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("masked");
        QTest::newRow("two") << QStringLiteral("张三") << QStringLiteral("张*");
        QTest::newRow("three") << QStringLiteral("张小三") << QStringLiteral("张*三");
        QTest::newRow("four") << QStringLiteral("欧阳小明") << QStringLiteral("欧**明");
        QTest::newRow("one") << QStringLiteral("张") << QStringLiteral("*");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("outside BMP") << QString::fromUtf8("\xF0\xA0\x80\x80\xE5\xB0\x8F\xE6\x98\x8E")
                                     << QString::fromUtf8("\xF0\xA0\x80\x80*\xE6\x98\x8E");
    }

    void maskName()
    {
        QFETCH(QString, name);
        QFETCH(QString, masked);
        QCOMPARE(core::maskName(name), masked);
    }

    void maskPhone_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("masked");
        QTest::newRow("mobile") << QStringLiteral("13812345678") << QStringLiteral("138****5678");
        QTest::newRow("landline") << QStringLiteral("020-87654321") << QStringLiteral("********4321");
        QTest::newRow("short") << QStringLiteral("110") << QStringLiteral("***");
    }

    void maskPhone()
    {
        QFETCH(QString, phone);
        QFETCH(QString, masked);
        QCOMPARE(core::maskPhone(phone), masked);
    }
};

QTEST_GUILESS_MAIN(TestIdNumber)
#include "tst_idnumber.moc"
