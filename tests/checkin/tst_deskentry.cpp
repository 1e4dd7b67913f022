#include "checkin/entry.h"

#include <QTest>

using checkin::DeskEntry;

// What the front desk's one input field makes of what was typed, scanned or read.
class TestDeskEntry : public QObject
{
    Q_OBJECT

private slots:
    void classifies_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("fromSocialSecurity");
        const int id = int(DeskEntry::Kind::IdNumber);
        const int acceptance = int(DeskEntry::Kind::AcceptanceNo);
        QTest::newRow("empty") << QStringLiteral("  ") << int(DeskEntry::Kind::Empty) << QString() << false;
        QTest::newRow("typed ID") << QStringLiteral("440106198611200776") << id
                                  << QStringLiteral("440106198611200776") << false;
        QTest::newRow("lower-case x")
            << QStringLiteral(" 11010519491231002x ") << id << QStringLiteral("11010519491231002X") << false;
        QTest::newRow("old 15-digit ID")
            << QStringLiteral("110105491231002") << id << QStringLiteral("110105491231002") << false;
        QTest::newRow("barcode") << QStringLiteral("JD2026-0005") << acceptance
                                 << QStringLiteral("JD2026-0005") << false;
        QTest::newRow("social-security card, pipes") << QStringLiteral("A12345678|440106198611200776|罗超")
                                                     << id << QStringLiteral("440106198611200776") << true;
        QTest::newRow("social-security card, tabs and trailing separator")
            << QStringLiteral("440106198611200776\tB87654321\t") << id << QStringLiteral("440106198611200776")
            << true;
        QTest::newRow("social-security card with a bad check digit is not an ID")
            << QStringLiteral("A12345678|440106198611200777") << acceptance
            << QStringLiteral("A12345678|440106198611200777") << false;
        QTest::newRow("digits that are not an ID")
            << QStringLiteral("2026-0005;7") << acceptance << QStringLiteral("2026-0005;7") << false;
    }

    void classifies()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, value);
        QFETCH(bool, fromSocialSecurity);
        const DeskEntry entry = checkin::classifyEntry(text, QDate(2026, 11, 23));
        QCOMPARE(int(entry.kind), kind);
        QCOMPARE(entry.value, value);
        QCOMPARE(entry.fromSocialSecurity, fromSocialSecurity);
    }
};

QTEST_GUILESS_MAIN(TestDeskEntry)
#include "tst_deskentry.moc"
