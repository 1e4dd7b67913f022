#include "clirunner.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// A simulated venue day and the clerk's conclusion printout, through appraisal-admin.
class TestExamCli : public QObject
{
    Q_OBJECT

    static CliRun admin(const QStringList &arguments)
    {
        return runProgram(QStringLiteral("appraisal-admin"), arguments);
    }

private slots:
    void simulatedDayConcludesCasesAndTheClerkPrintsThem()
    {
        QTemporaryDir dir;
        const QStringList dataDir{QStringLiteral("--data-dir"), dir.path()};
        // An empty data folder: the demo venue is loaded first.
        const CliRun day =
            admin(QStringList{QStringLiteral("demo"), QStringLiteral("simulate"), QStringLiteral("--cases"),
                              QStringLiteral("4"), QStringLiteral("--json")} +
                  dataDir);
        QCOMPARE(day.exitCode, 0);
        const QJsonArray concluded = day.json().value(QStringLiteral("concluded")).toArray();
        QCOMPARE(concluded.size(), 4);

        const QString pdf = dir.filePath(QStringLiteral("conclusion.pdf"));
        const CliRun printed =
            admin(QStringList{QStringLiteral("print"), QStringLiteral("conclusion"), QStringLiteral("--case"),
                              concluded.first().toString(), QStringLiteral("--pdf"), pdf} +
                  dataDir);
        QCOMPARE(printed.exitCode, 0);
        QVERIFY(QFileInfo(pdf).size() > 10000);
        // A case that was not concluded is refused.
        const CliRun refused =
            admin(QStringList{QStringLiteral("print"), QStringLiteral("conclusion"), QStringLiteral("--case"),
                              QStringLiteral("JD2026-0032"), QStringLiteral("--pdf"),
                              dir.filePath(QStringLiteral("x.pdf"))} +
                  dataDir);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains("JD2026-0032"));
        QCOMPARE(admin(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + dataDir).exitCode, 0);
    }

    // --until review: both opinions submitted, no conclusion; a reviewer finds the cases waiting.
    void simulatedDayCanStopBeforeTheReview()
    {
        QTemporaryDir dir;
        const QStringList dataDir{QStringLiteral("--data-dir"), dir.path()};
        const QStringList simulate{QStringLiteral("demo"), QStringLiteral("simulate"),
                                   QStringLiteral("--cases"), QStringLiteral("2"), QStringLiteral("--json")};
        QCOMPARE(admin(simulate + QStringList{QStringLiteral("--until"), QStringLiteral("exam")} + dataDir)
                     .exitCode,
                 2);
        const CliRun day =
            admin(simulate + QStringList{QStringLiteral("--until"), QStringLiteral("review")} + dataDir);
        QCOMPARE(day.exitCode, 0);
        QCOMPARE(day.json().value(QStringLiteral("concluded")).toArray().size(), 0);
        const QJsonArray waiting = day.json().value(QStringLiteral("awaiting_review")).toArray();
        QCOMPARE(waiting.size(), 2);
        // Not concluded: no conclusion to print.
        const CliRun refused =
            admin(QStringList{QStringLiteral("print"), QStringLiteral("conclusion"), QStringLiteral("--case"),
                              waiting.first().toString(), QStringLiteral("--pdf"),
                              dir.filePath(QStringLiteral("x.pdf"))} +
                  dataDir);
        QCOMPARE(refused.exitCode, 1);
        // The next run takes the next people and concludes them as before.
        const CliRun next = admin(simulate + dataDir);
        QCOMPARE(next.exitCode, 0);
        const QJsonArray concluded = next.json().value(QStringLiteral("concluded")).toArray();
        QCOMPARE(concluded.size(), 2);
        QVERIFY(!concluded.contains(waiting.first()));
    }

    // The clerk's day end: the batch of documents, the EMS list, deliveries; the admin's extension.
    void batchPrintingDeliveryListAndDeadlines()
    {
        QTemporaryDir dir;
        const QStringList dataDir{QStringLiteral("--data-dir"), dir.path()};
        const CliRun day =
            admin(QStringList{QStringLiteral("demo"), QStringLiteral("simulate"), QStringLiteral("--cases"),
                              QStringLiteral("2"), QStringLiteral("--json")} +
                  dataDir);
        QCOMPARE(day.exitCode, 0);
        const QJsonArray concluded = day.json().value(QStringLiteral("concluded")).toArray();
        QCOMPARE(concluded.size(), 2);
        const QString today = QDate::currentDate().toString(Qt::ISODate);

        const QString batch = dir.filePath(QStringLiteral("batch.pdf"));
        const CliRun printed =
            admin(QStringList{QStringLiteral("print"), QStringLiteral("batch"), QStringLiteral("--day"),
                              today, QStringLiteral("--pdf"), batch} +
                  dataDir);
        QCOMPARE(printed.exitCode, 0);
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {batch});
        QVERIFY(info.waitForFinished(30000));
        QVERIFY(QString::fromUtf8(info.readAllStandardOutput())
                    .contains(QRegularExpression(QStringLiteral("Pages:\\s+6\\b"))));
        QCOMPARE(admin(QStringList{QStringLiteral("print"), QStringLiteral("batch"), QStringLiteral("--day"),
                                   QStringLiteral("2000-01-01"), QStringLiteral("--pdf"), batch} +
                       dataDir)
                     .exitCode,
                 1); // nothing concluded that day

        const QString csv = dir.filePath(QStringLiteral("ems.csv"));
        const CliRun exported =
            admin(QStringList{QStringLiteral("delivery"), QStringLiteral("export"), QStringLiteral("--day"),
                              today, QStringLiteral("--csv"), csv, QStringLiteral("--json")} +
                  dataDir);
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(exported.json().value(QStringLiteral("rows")).toInt(), 2);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readLine(),
                 QByteArray("acceptance_no,recipient,phone,province,city,district,street,address,item,"
                            "concluded_on,delivery_due\r\n"));

        const QString number = concluded.first().toString();
        QCOMPARE(
            admin(QStringList{QStringLiteral("delivery"), QStringLiteral("record"), QStringLiteral("--case"),
                              number, QStringLiteral("--method"), QStringLiteral("ems")} +
                  dataDir)
                .exitCode,
            1); // EMS needs its tracking number
        QCOMPARE(
            admin(QStringList{QStringLiteral("delivery"), QStringLiteral("record"), QStringLiteral("--case"),
                              number, QStringLiteral("--method"), QStringLiteral("ems"),
                              QStringLiteral("--tracking"), QStringLiteral("EA123456789CN")} +
                  dataDir)
                .exitCode,
            0);
        QCOMPARE(
            admin(QStringList{QStringLiteral("deadline"), QStringLiteral("extend"), QStringLiteral("--case"),
                              QStringLiteral("JD2026-0006"), QStringLiteral("--days"), QStringLiteral("30"),
                              QStringLiteral("--reason"), QStringLiteral("多专科")} +
                  dataDir)
                .exitCode,
            0);
        const CliRun list = admin(QStringList{QStringLiteral("deadline"), QStringLiteral("list"),
                                              QStringLiteral("--all"), QStringLiteral("--json")} +
                                  dataDir);
        QCOMPARE(list.exitCode, 0);
        QHash<QString, QJsonObject> byCase;
        for (const QJsonValue &row : list.json().value(QStringLiteral("cases")).toArray())
            byCase.insert(row[QStringLiteral("acceptance_no")].toString(), row.toObject());
        QCOMPARE(byCase.size(), 32);
        QCOMPARE(byCase.value(number).value(QStringLiteral("stage")).toString(), QStringLiteral("done"));
        QCOMPARE(byCase.value(concluded.at(1).toString()).value(QStringLiteral("stage")).toString(),
                 QStringLiteral("delivery"));
        QCOMPARE(byCase.value(concluded.at(1).toString()).value(QStringLiteral("days_left")).toInt(), 15);
        QCOMPARE(byCase.value(QStringLiteral("JD2026-0006")).value(QStringLiteral("urgency")).toString(),
                 QStringLiteral("on_time")); // was overdue by 2 days; 30 more
        QCOMPARE(admin(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + dataDir).exitCode, 0);
    }

    void materialsOfARosterPackage()
    {
        QTemporaryDir dir;
        const QStringList dataDir{QStringLiteral("--data-dir"), dir.path()};
        const CliRun loaded = admin(
            QStringList{QStringLiteral("demo"), QStringLiteral("load"), QStringLiteral("--json")} + dataDir);
        QCOMPARE(loaded.exitCode, 0);
        QCOMPARE(loaded.json().value(QStringLiteral("materials")).toInt(), 64); // two per demo case
        QTemporaryDir package;
        QVERIFY(QDir(package.path()).mkpath(QStringLiteral("JD2026-0002")));
        QFile pdf(package.filePath(QStringLiteral("JD2026-0002/scan.pdf")));
        QVERIFY(pdf.open(QIODevice::WriteOnly));
        pdf.write("%PDF-1.4\n% a scan\n");
        pdf.close();
        QFile text(package.filePath(QStringLiteral("JD2026-0002/notes.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("notes");
        text.close();
        const QStringList import{QStringLiteral("materials"), QStringLiteral("import"),
                                 QStringLiteral("--folder"), package.path(), QStringLiteral("--json")};
        const CliRun first = admin(import + dataDir);
        QCOMPARE(first.exitCode, 1); // one file refused
        QCOMPARE(first.json().value(QStringLiteral("added")).toInt(), 1);
        QCOMPARE(first.json().value(QStringLiteral("rejected")).toArray().size(), 1);
        const CliRun second = admin(import + dataDir);
        QCOMPARE(second.json().value(QStringLiteral("duplicates")).toInt(), 1);
        const CliRun list =
            admin(QStringList{QStringLiteral("materials"), QStringLiteral("list"), QStringLiteral("--case"),
                              QStringLiteral("JD2026-0002"), QStringLiteral("--json")} +
                  dataDir);
        const QJsonArray files = list.json().value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 3);
        QCOMPARE(files.at(2)[QStringLiteral("name")].toString(), QStringLiteral("scan.pdf"));
        QCOMPARE(files.at(2)[QStringLiteral("media_type")].toString(), QStringLiteral("application/pdf"));
    }

    // An expert's findings saved one at a time from a script, read back, refused when wrong; the
    // blindness of the exam page holds for the command line too.
    void examSaveAndShow()
    {
        QTemporaryDir dir;
        const QStringList dataDir{QStringLiteral("--data-dir"), dir.path()};
        QCOMPARE(admin(QStringList{QStringLiteral("demo"), QStringLiteral("load")} + dataDir).exitCode, 0);
        const QString number = QStringLiteral("JD2026-0001");
        const QStringList onCase{QStringLiteral("--case"), number};
        QCOMPARE(admin(QStringList{QStringLiteral("checkin")} + onCase + dataDir).exitCode, 0);
        const CliRun drawn =
            admin(QStringList{QStringLiteral("draw"), QStringLiteral("make"), QStringLiteral("--json")} +
                  onCase + dataDir);
        QCOMPARE(drawn.exitCode, 0);
        const QJsonArray examiners = drawn.json().value(QStringLiteral("examiners")).toArray();
        QCOMPARE(examiners.size(), 2);
        const QString first = examiners.at(0).toString();
        const QString second = examiners.at(1).toString();
        const QString reviewer = drawn.json().value(QStringLiteral("reviewer")).toString();
        const auto save = [&](const QString &expert, const QString &field, const QString &value) {
            return admin(QStringList{QStringLiteral("exam"), QStringLiteral("save"),
                                     QStringLiteral("--expert"), expert, QStringLiteral("--field"), field,
                                     QStringLiteral("--value"), value, QStringLiteral("--json")} +
                         onCase + dataDir);
        };
        const auto show = [&](const QString &expert) {
            return admin(QStringList{QStringLiteral("exam"), QStringLiteral("show"),
                                     QStringLiteral("--expert"), expert, QStringLiteral("--json")} +
                         onCase + dataDir);
        };

        const CliRun complaint =
            save(first, QStringLiteral("complaint"), QStringLiteral("右肘疼痛，活动受限"));
        QCOMPARE(complaint.exitCode, 0);
        const QJsonObject saved = complaint.json();
        QCOMPARE(saved.value(QStringLiteral("role")).toString(), QStringLiteral("exam1"));
        QCOMPARE(saved.value(QStringLiteral("value")).toString(), QStringLiteral("右肘疼痛，活动受限"));
        const QString opinion = saved.value(QStringLiteral("opinion")).toString();
        QVERIFY(!opinion.isEmpty());
        // A measurement is stored as a number; the same draft is used again.
        const CliRun height = save(first, QStringLiteral("height"), QStringLiteral("172"));
        QCOMPARE(height.exitCode, 0);
        QCOMPARE(height.json().value(QStringLiteral("opinion")).toString(), opinion);
        QCOMPARE(height.json().value(QStringLiteral("value")).toDouble(), 172.0);
        // The form refuses what it would refuse on the page; nothing changes.
        const CliRun tooTall = save(first, QStringLiteral("height"), QStringLiteral("999"));
        QCOMPARE(tooTall.exitCode, 1);
        QVERIFY(!tooTall.err.isEmpty());
        QCOMPARE(save(first, QStringLiteral("no_such_field"), QStringLiteral("x")).exitCode, 1);
        QCOMPARE(save(reviewer, QStringLiteral("complaint"), QStringLiteral("x")).exitCode,
                 1); // not an examiner
        QCOMPARE(save(QStringLiteral("E999"), QStringLiteral("complaint"), QStringLiteral("x")).exitCode, 1);
        QCOMPARE(admin(QStringList{QStringLiteral("exam"), QStringLiteral("save"), QStringLiteral("--expert"),
                                   first, QStringLiteral("--field"), QStringLiteral("height")} +
                       onCase + dataDir)
                     .exitCode,
                 2); // no --value

        const CliRun own = show(first);
        QCOMPARE(own.exitCode, 0);
        const QJsonArray opinions = own.json().value(QStringLiteral("opinions")).toArray();
        QCOMPARE(opinions.size(), 1);
        const QJsonObject findings = opinions.at(0)[QStringLiteral("findings")].toObject();
        QCOMPARE(opinions.at(0)[QStringLiteral("id")].toString(), opinion);
        QCOMPARE(opinions.at(0)[QStringLiteral("state")].toString(), QStringLiteral("draft"));
        QCOMPARE(findings.value(QStringLiteral("complaint")).toString(),
                 QStringLiteral("右肘疼痛，活动受限"));
        QCOMPARE(findings.value(QStringLiteral("height")).toDouble(), 172.0);
        // Blind: the second examiner sees only their own (still empty) work, the reviewer nothing yet.
        const CliRun other = show(second);
        QCOMPARE(other.exitCode, 0);
        QCOMPARE(other.json().value(QStringLiteral("opinions")).toArray().size(), 0);
        const CliRun review = show(reviewer);
        QCOMPARE(review.exitCode, 0);
        QCOMPARE(review.json().value(QStringLiteral("opinions")).toArray().size(), 0);
        // Plain output for a person.
        const CliRun text = admin(
            QStringList{QStringLiteral("exam"), QStringLiteral("show"), QStringLiteral("--expert"), first} +
            onCase + dataDir);
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("height: 172"));
    }
};

QTEST_GUILESS_MAIN(TestExamCli)
#include "tst_examcli.moc"
