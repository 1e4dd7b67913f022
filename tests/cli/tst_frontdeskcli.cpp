#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"

// Roster import and check-in through the real appraisal-admin binary, as an admin's script uses them.
class TestFrontDeskCli : public QObject
{
    Q_OBJECT

    using Run = CliRun;
    static Run admin(const QStringList &arguments, const QByteArray &input = {})
    {
        return runProgram(QStringLiteral("appraisal-admin"), arguments, input);
    }

    QTemporaryDir m_dir;
    QStringList dataDir() const { return {QStringLiteral("--data-dir"), m_dir.path()}; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(admin(QStringList{QStringLiteral("demo"), QStringLiteral("load")} + dataDir()).exitCode, 0);
    }

    void rosterImportReportsBadRowsAndImportsTheRest()
    {
        const QString path = m_dir.filePath(QStringLiteral("roster.csv"));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(
            "acceptance_no,name,id_number,gender,birth_date,employer,appraisal_type,specialty,priority,phone,"
            "address,materials\n"
            "JD2026-9001,甲某某,11010519491231002X,female,1949-12-31,某公司,work_injury,orthopaedics,normal,"
            "13800000000,北京市,申请表;病历\n"
            "JD2026-9002,乙某,110105194912310021,female,1949-12-31,某公司,work_injury,orthopaedics,normal,,,"
            "\n"
            "JD2026-9003,丙某,440106198611200776,male,1986-11-20,某公司,sick_leave,orthopaedics,normal,,,\n"
            "JD2026-9004,丁某,440524188001010014,male,1880-01-01,某公司,illness,neurology,green,,,病历\n");
        csv.close();
        const Run run = admin(QStringList{QStringLiteral("roster"), QStringLiteral("import"), path,
                                          QStringLiteral("--batch"), QStringLiteral("EXTRA-1"),
                                          QStringLiteral("--json")} +
                              dataDir());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = run.json();
        QCOMPARE(json.keys(), (QStringList{QStringLiteral("imported"), QStringLiteral("rejected")}));
        QCOMPARE(json.value(QStringLiteral("imported")).toInt(), 2);
        const QJsonArray rejected = json.value(QStringLiteral("rejected")).toArray();
        QCOMPARE(rejected.size(), 2);
        QCOMPARE(rejected.at(0).toObject().value(QStringLiteral("line")).toInt(), 3); // bad check digit
        QCOMPARE(rejected.at(1).toObject().value(QStringLiteral("line")).toInt(), 4); // unknown type
        QVERIFY(!rejected.at(1).toObject().value(QStringLiteral("reason")).toString().isEmpty());

        // The new batch is today's, so its people can check in; the green one gets a G ticket.
        const Run green = admin(QStringList{QStringLiteral("checkin"), QStringLiteral("--id-number"),
                                            QStringLiteral("440524188001010014"), QStringLiteral("--json")} +
                                dataDir());
        QVERIFY2(green.exitCode == 0, green.err.constData());
        QCOMPARE(green.json().value(QStringLiteral("lane")).toString(), QStringLiteral("G"));
        QCOMPARE(green.json().value(QStringLiteral("case")).toString(), QStringLiteral("JD2026-9004"));
    }

    void rosterImportRefusesAMissingFileAndAnUnknownBatch()
    {
        QCOMPARE(admin(QStringList{QStringLiteral("roster"), QStringLiteral("import"),
                                   m_dir.filePath(QStringLiteral("none.csv"))} +
                       dataDir())
                     .exitCode,
                 1);
        QFile csv(m_dir.filePath(QStringLiteral("latin1.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("acceptance_no,name\nJD1,\xe9t\xe9\n");
        csv.close();
        const Run notUtf8 = admin(
            QStringList{QStringLiteral("roster"), QStringLiteral("import"), csv.fileName()} + dataDir());
        QCOMPARE(notUtf8.exitCode, 1);
        QVERIFY(notUtf8.err.contains("UTF-8"));
        QCOMPARE(admin(QStringList{QStringLiteral("roster"), QStringLiteral("import")} + dataDir()).exitCode,
                 2);
    }

    void checkInTwiceGivesTheSameTicket()
    {
        const QStringList checkin =
            QStringList{QStringLiteral("checkin"), QStringLiteral("--id-number"),
                        QStringLiteral("440306197812236050"), QStringLiteral("--json")} +
            dataDir();
        const Run first = admin(checkin);
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const QJsonObject json = first.json();
        QCOMPARE(json.keys(),
                 (QStringList{QStringLiteral("case"), QStringLiteral("lane"), QStringLiteral("ticket")}));
        QCOMPARE(json.value(QStringLiteral("case")).toString(), QStringLiteral("JD2026-0002"));
        QCOMPARE(json.value(QStringLiteral("lane")).toString(), QStringLiteral("A"));
        QVERIFY(json.value(QStringLiteral("ticket")).toString().startsWith(QLatin1Char('A')));
        const Run second = admin(checkin);
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.json(), json);
    }

    void printTicketAndReceipt()
    {
        const Run checkin =
            admin(QStringList{QStringLiteral("checkin"), QStringLiteral("--id-number"),
                              QStringLiteral("440104198306148972"), QStringLiteral("--json")} +
                  dataDir());
        QVERIFY2(checkin.exitCode == 0, checkin.err.constData());
        const QString ticket = checkin.json().value(QStringLiteral("ticket")).toString();
        const QString escpos = m_dir.filePath(QStringLiteral("ticket.bin"));
        const Run thermal =
            admin(QStringList{QStringLiteral("print"), QStringLiteral("ticket"), QStringLiteral("--ticket"),
                              ticket, QStringLiteral("--escpos"), escpos, QStringLiteral("--profile"),
                              QStringLiteral("58mm-gb18030")} +
                  dataDir());
        QVERIFY2(thermal.exitCode == 0, thermal.err.constData());
        QFile bytes(escpos);
        QVERIFY(bytes.open(QIODevice::ReadOnly));
        const QByteArray job = bytes.readAll();
        QVERIFY(job.startsWith(QByteArray::fromHex("1b40")));
        QVERIFY(job.contains(ticket.toLatin1()));
        QVERIFY(job.contains(QByteArray::fromHex("c2ccc9abcda8b5c0"))); // 绿色通道, GB18030
        QVERIFY(job.endsWith(QByteArray::fromHex("1d564200")));

        const QString pdf = m_dir.filePath(QStringLiteral("ticket.pdf"));
        QCOMPARE(admin(QStringList{QStringLiteral("print"), QStringLiteral("ticket"),
                                   QStringLiteral("--ticket"), ticket, QStringLiteral("--pdf"), pdf} +
                       dataDir())
                     .exitCode,
                 0);
        QVERIFY(QFileInfo(pdf).size() > 1000);
        QCOMPARE(admin(QStringList{QStringLiteral("print"), QStringLiteral("ticket"),
                                   QStringLiteral("--ticket"), ticket, QStringLiteral("--escpos"), escpos,
                                   QStringLiteral("--profile"), QStringLiteral("33mm-morse")} +
                       dataDir())
                     .exitCode,
                 2);
        QCOMPARE(
            admin(QStringList{QStringLiteral("print"), QStringLiteral("ticket"), QStringLiteral("--ticket"),
                              QStringLiteral("Z999"), QStringLiteral("--pdf"), pdf} +
                  dataDir())
                .exitCode,
            1);

        const QString receipt = m_dir.filePath(QStringLiteral("receipt.pdf"));
        const Run notice =
            admin(QStringList{QStringLiteral("print"), QStringLiteral("receipt"), QStringLiteral("--case"),
                              QStringLiteral("JD2026-0005"), QStringLiteral("--pdf"), receipt} +
                  dataDir());
        QVERIFY2(notice.exitCode == 0, notice.err.constData());
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {receipt, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(30000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("收讫告知书")), qPrintable(text)); // Chinese by default
        QVERIFY(text.contains(QStringLiteral("JD2026-0005")));
        QVERIFY(text.contains(QStringLiteral("4401**********8972")));
        QVERIFY(!text.contains(QStringLiteral("440104198306148972")));
        QVERIFY(text.contains(QStringLiteral("60")));
    }

    void checkInFailuresExitOne()
    {
        const Run unknown = admin(QStringList{QStringLiteral("checkin"), QStringLiteral("--id-number"),
                                              QStringLiteral("110105198001010016")} +
                                  dataDir());
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("1101**********0016"), unknown.err.constData());
        QVERIFY(!unknown.err.contains("110105198001010016"));
        QCOMPARE(admin(QStringList{QStringLiteral("checkin"), QStringLiteral("--id-number"),
                                   QStringLiteral("123")} +
                       dataDir())
                     .exitCode,
                 1);
        QCOMPARE(admin(QStringList{QStringLiteral("checkin")} + dataDir()).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestFrontDeskCli)
#include "tst_frontdeskcli.moc"
