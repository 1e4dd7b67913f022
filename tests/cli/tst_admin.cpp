#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"

// Drives the real appraisal-admin binary the way an admin's script would.
class TestAdminCli : public QObject
{
    Q_OBJECT

private:
    using Run = CliRun;
    static Run admin(const QStringList &arguments, const QByteArray &input = {})
    {
        return runProgram(QStringLiteral("appraisal-admin"), arguments, input);
    }

private slots:
    void idCheck_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QString>("birthDate");
        QTest::addColumn<QString>("gender");
        QTest::newRow("valid X") << QStringLiteral("11010519491231002X") << 0
                                 << QStringLiteral("11010519491231002X") << QStringLiteral("1949-12-31")
                                 << QStringLiteral("female");
        QTest::newRow("lowercase x") << QStringLiteral("11010519491231002x") << 0
                                     << QStringLiteral("11010519491231002X") << QStringLiteral("1949-12-31")
                                     << QStringLiteral("female");
        QTest::newRow("valid male") << QStringLiteral("440524188001010014") << 0
                                    << QStringLiteral("440524188001010014") << QStringLiteral("1880-01-01")
                                    << QStringLiteral("male");
        QTest::newRow("15 digits") << QStringLiteral("110105491231002") << 0
                                   << QStringLiteral("11010519491231002X") << QStringLiteral("1949-12-31")
                                   << QStringLiteral("female");
        QTest::newRow("bad check") << QStringLiteral("110105194912310021") << 1 << QString() << QString()
                                   << QString();
        QTest::newRow("short") << QStringLiteral("1101051949") << 1 << QString() << QString() << QString();
    }

    void idCheck()
    {
        QFETCH(QString, input);
        QFETCH(int, exitCode);
        QFETCH(QString, normalized);
        QFETCH(QString, birthDate);
        QFETCH(QString, gender);
        const Run run =
            admin({QStringLiteral("id"), QStringLiteral("check"), input, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, exitCode);
        const QJsonObject json = run.json();
        for (const char *key : {"valid", "normalized", "birth_date", "gender", "region", "error"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.value(QStringLiteral("valid")).toBool(), exitCode == 0);
        QCOMPARE(json.value(QStringLiteral("normalized")).toString(), normalized);
        QCOMPARE(json.value(QStringLiteral("birth_date")).toString(), birthDate);
        QCOMPARE(json.value(QStringLiteral("gender")).toString(), gender);
        if (exitCode == 0) {
            QVERIFY(json.value(QStringLiteral("error")).toString().isEmpty());
            QVERIFY(!json.value(QStringLiteral("region")).toString().isEmpty());
        } else {
            QVERIFY(!json.value(QStringLiteral("error")).toString().isEmpty());
        }
    }

    void idCheckPlainOutput()
    {
        const Run good =
            admin({QStringLiteral("id"), QStringLiteral("check"), QStringLiteral("11010519491231002X")});
        QCOMPARE(good.exitCode, 0);
        QVERIFY(good.out.contains("1949-12-31"));
        const Run bad =
            admin({QStringLiteral("id"), QStringLiteral("check"), QStringLiteral("110105194912310021")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(!bad.err.isEmpty());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("nothing") << QStringList{};
        QTest::newRow("id check without id") << QStringList{QStringLiteral("id"), QStringLiteral("check")};
        QTest::newRow("two ids") << QStringList{QStringLiteral("id"), QStringLiteral("check"),
                                                QStringLiteral("1"), QStringLiteral("2")};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--bogus")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run run = admin(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

    void helpEverywhere_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("mentions");
        QTest::newRow("overview") << QStringList{QStringLiteral("--help")} << QByteArray("demo load");
        QTest::newRow("id check") << QStringList{QStringLiteral("id"), QStringLiteral("check"),
                                                 QStringLiteral("--help")}
                                  << QByteArray("--json");
        QTest::newRow("db check") << QStringList{QStringLiteral("db"), QStringLiteral("check"),
                                                 QStringLiteral("--help")}
                                  << QByteArray("--data-dir");
        QTest::newRow("demo load") << QStringList{QStringLiteral("demo"), QStringLiteral("load"),
                                                  QStringLiteral("--help")}
                                   << QByteArray("--data-dir");
    }

    void helpEverywhere()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, mentions);
        const Run run = admin(arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(mentions), run.out.constData());
    }

    // Every command line of the overview: its name, at least two spaces, its summary, in one
    // column (the longest name, "account reset-password", once ran into its summary).
    void overviewKeepsNamesApartFromSummaries()
    {
        const Run run = admin({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        const QStringList lines = text.mid(text.indexOf(QStringLiteral("Commands:"))).split(u'\n');
        const QRegularExpression commandLine(QStringLiteral("^  ([a-z-]+ [a-z-]+|[a-z-]+)( {2,})(\\S.*)$"));
        qsizetype column = -1;
        int commands = 0;
        for (const QString &line : lines) {
            if (!line.startsWith(QStringLiteral("  ")))
                continue;
            const QRegularExpressionMatch match = commandLine.match(line);
            QVERIFY2(match.hasMatch(), qPrintable(line));
            if (column < 0)
                column = match.capturedStart(3);
            QCOMPARE(match.capturedStart(3), column);
            ++commands;
        }
        QVERIFY2(commands > 40, qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("  account reset-password  ")));
    }

    void stationHelpNeedsNoDisplay()
    {
        QProcess station;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        station.setProcessEnvironment(environment);
        station.start(qEnvironmentVariable("APPRAISAL_BIN_DIR") + QStringLiteral("/appraisal-station"),
                      {QStringLiteral("--help")});
        QVERIFY(station.waitForFinished(30000));
        QCOMPARE(station.exitCode(), 0);
        const QByteArray help = station.readAllStandardOutput();
        for (const char *option : {"--data-dir", "--lang", "--demo"})
            QVERIFY2(help.contains(option), option);
    }

    void demoLoadThenDbCheck()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Run missing = admin({QStringLiteral("db"), QStringLiteral("check"),
                                   QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--json")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("station.db")))); // checking creates nothing

        const Run load = admin({QStringLiteral("demo"), QStringLiteral("load"), QStringLiteral("--data-dir"),
                                dir.path(), QStringLiteral("--json")});
        QCOMPARE(load.exitCode, 0);
        QVERIFY2(load.json().value(QStringLiteral("cases")).toInt() >= 30, load.out.constData());
        QVERIFY(load.json().value(QStringLiteral("experts")).toInt() >= 8);
        QCOMPARE(load.json().value(QStringLiteral("rooms")).toInt(), 4);
        QCOMPARE(load.json().value(QStringLiteral("accounts")).toInt(), 15); // every demo expert has one

        const Run check = admin({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--data-dir"),
                                 dir.path(), QStringLiteral("--json")});
        QCOMPARE(check.exitCode, 0);
        const QJsonObject json = check.json();
        QCOMPARE(json.value(QStringLiteral("quick_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(json.value(QStringLiteral("schema_version")).toInt(), 28);
        const int cases =
            json.value(QStringLiteral("rows")).toObject().value(QStringLiteral("cases")).toInt();
        QVERIFY(cases >= 30);
        // One outbox row per domain write; nothing has been uploaded yet.
        const int total = json.value(QStringLiteral("outbox_total")).toInt();
        QVERIFY(total >= cases);
        QCOMPARE(json.value(QStringLiteral("outbox_pending")).toInt(), total);

        // Loading again on the same day keeps one batch and the same cases.
        QCOMPARE(
            admin({QStringLiteral("demo"), QStringLiteral("load"), QStringLiteral("--data-dir"), dir.path()})
                .exitCode,
            0);
        const QJsonObject after = admin({QStringLiteral("db"), QStringLiteral("check"),
                                         QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--json")})
                                      .json();
        QCOMPARE(after.value(QStringLiteral("rows")).toObject().value(QStringLiteral("cases")).toInt(),
                 cases);
        QCOMPARE(after.value(QStringLiteral("rows")).toObject().value(QStringLiteral("batches")).toInt(), 1);
    }

    void auditVerifyFindsAnEditedRow()
    {
        QTemporaryDir dir;
        QCOMPARE(
            admin({QStringLiteral("demo"), QStringLiteral("load"), QStringLiteral("--data-dir"), dir.path()})
                .exitCode,
            0);
        const QStringList verify{QStringLiteral("audit"), QStringLiteral("verify"),
                                 QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--json")};
        const Run intact = admin(verify);
        QCOMPARE(intact.exitCode, 0);
        QCOMPARE(intact.json().value(QStringLiteral("intact")).toBool(), true);
        QVERIFY(intact.json().value(QStringLiteral("rows")).toInt() >= 16); // 15 accounts + the load itself

        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"),
                     {dir.filePath(QStringLiteral("station.db")),
                      QStringLiteral("UPDATE audit_log SET actor = 'intruder' WHERE seq = 3;")});
        QVERIFY2(sqlite.waitForFinished(30000),
                 "the sqlite3 tool is needed: packaging/install-deps.sh installs it");
        QCOMPARE(sqlite.exitCode(), 0);

        // Row 3 lies before the checkpoint the first verify left: --full reads the chain from its start.
        const Run broken = admin(verify + QStringList{QStringLiteral("--full")});
        QCOMPARE(broken.exitCode, 1);
        QCOMPARE(broken.json().value(QStringLiteral("intact")).toBool(), false);
        QCOMPARE(broken.json().value(QStringLiteral("first_broken_row")).toInt(), 3);
        const Run plain = admin(verify.mid(0, 4) + QStringList{QStringLiteral("--full")});
        QCOMPARE(plain.exitCode, 1);
        QVERIFY2(plain.err.contains("3"), plain.err.constData());
    }

    void backupRestoreAfterDamage()
    {
        QTemporaryDir dir;
        const QStringList dataDir{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--json")};
        QCOMPARE(admin(QStringList{QStringLiteral("demo"), QStringLiteral("load")} + dataDir).exitCode, 0);
        const Run created = admin(QStringList{QStringLiteral("backup"), QStringLiteral("create")} + dataDir);
        QCOMPARE(created.exitCode, 0);
        const QString file = created.json().value(QStringLiteral("file")).toString();
        QVERIFY(QFile::exists(file));
        const Run listed = admin(QStringList{QStringLiteral("backup"), QStringLiteral("list")} + dataDir);
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.json().value(QStringLiteral("backups")).toArray().size(), 1);
        const Run verified = admin(QStringList{QStringLiteral("backup"), QStringLiteral("verify")} + dataDir);
        QCOMPARE(verified.exitCode, 0);
        QCOMPARE(verified.json().value(QStringLiteral("damaged")).toInt(), 0);
        QVERIFY(verified.json()
                    .value(QStringLiteral("backups"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("ok"))
                    .toBool());

        QFile db(dir.filePath(QStringLiteral("station.db")));
        QVERIFY(db.open(QIODevice::ReadWrite));
        QVERIFY(db.seek(4096 * 2));
        db.write(QByteArray(4096 * 4, '\xA5'));
        db.close();
        QCOMPARE(admin(QStringList{QStringLiteral("db"), QStringLiteral("check")} + dataDir).exitCode, 1);

        QCOMPARE(admin(QStringList{QStringLiteral("backup"), QStringLiteral("restore")} + dataDir).exitCode,
                 2);
        const Run restored =
            admin(QStringList{QStringLiteral("backup"), QStringLiteral("restore"), file} + dataDir);
        QCOMPARE(restored.exitCode, 0);
        const Run check = admin(QStringList{QStringLiteral("db"), QStringLiteral("check")} + dataDir);
        QCOMPARE(check.exitCode, 0);
        QVERIFY(
            check.json().value(QStringLiteral("rows")).toObject().value(QStringLiteral("cases")).toInt() >=
            30);
        QCOMPARE(admin(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + dataDir).exitCode, 0);

        // A piece of the copy altered on disk: verify names it and fails.
        QDirIterator pieces(dir.filePath(QStringLiteral("backups/chunks")), QDir::Files,
                            QDirIterator::Subdirectories);
        QVERIFY(pieces.hasNext());
        QFile piece(pieces.next());
        QVERIFY(piece.open(QIODevice::ReadWrite));
        QVERIFY(piece.seek(100));
        piece.write("\x7f");
        piece.close();
        const Run damaged = admin(
            QStringList{QStringLiteral("backup"), QStringLiteral("verify"), QStringLiteral("--latest")} +
            dataDir);
        QCOMPARE(damaged.exitCode, 1);
        QCOMPARE(damaged.json().value(QStringLiteral("damaged")).toInt(), 1);
        const QString problem = damaged.json()
                                    .value(QStringLiteral("backups"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("problem"))
                                    .toString();
        QVERIFY2(problem.contains(QFileInfo(piece.fileName()).fileName()), qPrintable(problem));
    }

    void damagedDatabaseFailsCheck()
    {
        QTemporaryDir dir;
        QCOMPARE(
            admin({QStringLiteral("demo"), QStringLiteral("load"), QStringLiteral("--data-dir"), dir.path()})
                .exitCode,
            0);
        QFile file(dir.filePath(QStringLiteral("station.db")));
        QVERIFY(file.size() > 16384);
        QVERIFY(file.open(QIODevice::ReadWrite));
        // Overwrite pages after the header page with garbage: the file still opens, the content is broken.
        QVERIFY(file.seek(4096 * 2));
        file.write(QByteArray(4096 * 4, '\xA5'));
        file.close();
        const Run check = admin({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--data-dir"),
                                 dir.path(), QStringLiteral("--json"), QStringLiteral("--full")});
        QCOMPARE(check.exitCode, 1);
        QCOMPARE(check.json().value(QStringLiteral("healthy")).toBool(), false);
        QVERIFY(check.json().value(QStringLiteral("quick_check")).toString() != QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestAdminCli)
#include "tst_admin.moc"
