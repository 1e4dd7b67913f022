#include "core/csv.h"
#include "roster/rosterparser.h"

#include <QTest>

class TestRosterParser : public QObject
{
    Q_OBJECT

    const QDate m_today{2026, 11, 22};
    const QString m_header =
        QStringLiteral("acceptance_no,name,id_number,gender,birth_date,employer,appraisal_type,"
                       "specialty,priority,phone,address,materials\n");

private slots:
    void csvQuotingAndLines()
    {
        const core::CsvTable table = core::parseCsv(
            QStringLiteral("\xFEFF"
                           "a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n\r\n2,\"two\nlines\",z\n3,,\n"));
        QCOMPARE(table.header, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QVERIFY(table.error.isEmpty());
        QCOMPARE(table.rows.size(), 3);
        QCOMPARE(table.rows.at(0).line, 2);
        QCOMPARE(table.rows.at(0).fields.at(1), QStringLiteral("x, y"));
        QCOMPARE(table.rows.at(0).fields.at(2), QStringLiteral("say \"hi\""));
        QCOMPARE(table.rows.at(1).line, 4);
        QCOMPARE(table.rows.at(1).fields.at(1), QStringLiteral("two\nlines"));
        QCOMPARE(table.rows.at(2).line, 6);
        QCOMPARE(table.rows.at(2).fields, (QStringList{QStringLiteral("3"), QString(), QString()}));
    }

    void csvUnclosedQuote()
    {
        const core::CsvTable table = core::parseCsv(QStringLiteral("a,b\n1,\"open\n"));
        QVERIFY(!table.error.isEmpty());
    }

    void goodRowsImportBadRowsReported_data()
    {
        QTest::addColumn<QString>("row");
        QTest::addColumn<QString>("reasonFragment"); // empty = accepted
        QTest::newRow("good") << QStringLiteral(
                                     "JD-1,张三,11010519491231002X,female,1949-12-31,厂,work_injury,"
                                     "orthopaedics,normal,13800000000,地址,申请表;病历")
                              << QString();
        QTest::newRow("lowercase x, no optional columns")
            << QStringLiteral("JD-1,张三,11010519491231002x,,,,illness,surgery,green,,,") << QString();
        QTest::newRow("bad id") << QStringLiteral("JD-1,张三,110105194912310021,,,,illness,surgery,normal,,,")
                                << QStringLiteral("id_number");
        QTest::newRow("gender mismatch")
            << QStringLiteral("JD-1,张三,11010519491231002X,male,,,illness,surgery,normal,,,")
            << QStringLiteral("gender");
        QTest::newRow("birth mismatch")
            << QStringLiteral("JD-1,张三,11010519491231002X,,1950-01-01,,illness,surgery,normal,,,")
            << QStringLiteral("birth_date");
        QTest::newRow("bad type") << QStringLiteral(
                                         "JD-1,张三,11010519491231002X,,,,injury,surgery,normal,,,")
                                  << QStringLiteral("appraisal_type");
        QTest::newRow("bad specialty")
            << QStringLiteral("JD-1,张三,11010519491231002X,,,,illness,eyes,normal,,,")
            << QStringLiteral("specialty");
        QTest::newRow("bad priority")
            << QStringLiteral("JD-1,张三,11010519491231002X,,,,illness,surgery,vip,,,")
            << QStringLiteral("priority");
        QTest::newRow("no name") << QStringLiteral("JD-1,,11010519491231002X,,,,illness,surgery,normal,,,")
                                 << QStringLiteral("name");
        QTest::newRow("bad acceptance")
            << QStringLiteral("JD 1,张三,11010519491231002X,,,,illness,surgery,normal,,,")
            << QStringLiteral("acceptance_no");
        QTest::newRow("too few fields")
            << QStringLiteral("JD-1,张三,11010519491231002X") << QStringLiteral("fields");
    }

    void goodRowsImportBadRowsReported()
    {
        QFETCH(QString, row);
        QFETCH(QString, reasonFragment);
        const auto parsed =
            roster::parseRoster(m_header + row + QLatin1Char('\n'), QStringLiteral("B1"), m_today);
        QVERIFY(parsed.fileError.isEmpty());
        if (reasonFragment.isEmpty()) {
            QCOMPARE(parsed.items.size(), 1);
            QVERIFY(parsed.rejected.isEmpty());
            const core::Case &c = parsed.items.first();
            QCOMPARE(c.person.idNumber, QStringLiteral("11010519491231002X"));
            QCOMPARE(c.person.gender, core::Gender::Female);
            QCOMPARE(c.person.birthDate, QDate(1949, 12, 31));
            QCOMPARE(c.batchId, QStringLiteral("B1"));
        } else {
            QCOMPARE(parsed.items.size(), 0);
            QCOMPARE(parsed.rejected.size(), 1);
            QCOMPARE(parsed.rejected.first().line, 2);
            QVERIFY2(parsed.rejected.first().reason.contains(reasonFragment),
                     qPrintable(parsed.rejected.first().reason));
        }
    }

    void duplicatesAndLineNumbers()
    {
        const QString text =
            m_header +
            QStringLiteral("JD-1,张三,11010519491231002X,,,,illness,surgery,normal,,,\n"
                           "JD-2,李四,440524188001010014,,,,work_injury,orthopaedics,normal,,,a;b\n"
                           "JD-2,王五,440524188001010014,,,,work_injury,orthopaedics,normal,,,\n"
                           "JD-3,王五,440524188001010014,,,,work_injury,orthopaedics,normal,,,\n");
        const auto parsed = roster::parseRoster(text, QStringLiteral("B"), m_today);
        QCOMPARE(parsed.items.size(), 2);
        QCOMPARE(parsed.items.at(1).materials, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(parsed.rejected.size(), 2);
        QCOMPARE(parsed.rejected.at(0).line, 4);
        QCOMPARE(parsed.rejected.at(1).line, 5);
        // A rejected duplicate never shows the full ID number.
        QVERIFY(!parsed.rejected.at(1).reason.contains(QStringLiteral("440524188001010014")));
    }

    void missingColumnsRejectTheFile()
    {
        const auto parsed =
            roster::parseRoster(QStringLiteral("acceptance_no,name\nJD-1,x\n"), QStringLiteral("B"), m_today);
        QVERIFY(parsed.fileError.contains(QStringLiteral("id_number")));
        QVERIFY(parsed.items.isEmpty());
    }

    void experts_data()
    {
        QTest::addColumn<QString>("row");
        QTest::addColumn<QString>("reasonFragment");
        QTest::newRow("good") << QStringLiteral("E1,刘医生,orthopaedics;surgery,医院,主任医师,yes")
                              << QString();
        QTest::newRow("bad specialty")
            << QStringLiteral("E1,刘医生,bones,医院,主任医师,yes") << QStringLiteral("bones");
        QTest::newRow("no specialty")
            << QStringLiteral("E1,刘医生,,医院,主任医师,yes") << QStringLiteral("specialties");
        QTest::newRow("bad duty") << QStringLiteral("E1,刘医生,surgery,医院,主任医师,maybe")
                                  << QStringLiteral("on_duty");
        QTest::newRow("no id") << QStringLiteral(",刘医生,surgery,医院,主任医师,no")
                               << QStringLiteral("expert_id");
    }

    void experts()
    {
        QFETCH(QString, row);
        QFETCH(QString, reasonFragment);
        const auto parsed =
            roster::parseExperts(QStringLiteral("expert_id,name,specialties,employer,title,on_duty\n") + row);
        if (reasonFragment.isEmpty()) {
            QCOMPARE(parsed.items.size(), 1);
            QCOMPARE(parsed.items.first().specialties,
                     (QList<core::Specialty>{core::Specialty::Orthopaedics, core::Specialty::Surgery}));
            QVERIFY(parsed.items.first().onDuty);
        } else {
            QCOMPARE(parsed.rejected.size(), 1);
            QVERIFY2(parsed.rejected.first().reason.contains(reasonFragment),
                     qPrintable(parsed.rejected.first().reason));
        }
    }
};

QTEST_GUILESS_MAIN(TestRosterParser)
#include "tst_rosterparser.moc"
