#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"

// A venue set up and run from an EMPTY data folder with appraisal-admin alone, as a script at a
// real venue does it (no demo load), with every refusal the contracts promise.
class TestSetupCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList dataDir() const { return {QStringLiteral("--data-dir"), m_dir.path()}; }
    CliRun admin(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return runProgram(QStringLiteral("appraisal-admin"), arguments + dataDir(), input);
    }
    static QStringList words(const char *text) { return QString::fromUtf8(text).split(QLatin1Char(' ')); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void rosterImportBeforeVenueSetupSaysWhatToDo()
    {
        QFile csv(m_dir.filePath(QStringLiteral("early.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("acceptance_no,name,id_number,gender,birth_date,employer,appraisal_type,specialty,priority,"
                  "phone,address,materials\n");
        csv.close();
        const CliRun run = admin(words("roster import --batch B0") << csv.fileName());
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("venue setup"));
        QVERIFY(!run.err.contains("demo load"));
    }

    void venueSetup()
    {
        CliRun run = admin(words("venue setup --id SZ-01 --json --name") << QStringLiteral("深圳鉴定场所"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json(), (QJsonObject{{QStringLiteral("venue"), QStringLiteral("SZ-01")}}));
        run = admin(words("venue setup --id SZ-01 --committee 深圳市劳动能力鉴定委员会 --phone 0755-1 --name")
                    << QStringLiteral("深圳鉴定场所"));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(admin(words("venue setup --id SZ-01")).exitCode, 2); // --name missing
        run = admin(words("venue setup --id bad/id --name x"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("bad/id"));
        run = admin(words("lane list --json"));
        const QJsonArray lanes = run.json().value(QStringLiteral("lanes")).toArray();
        QCOMPARE(lanes.size(), 2);
        QCOMPARE(lanes.at(0).toObject().value(QStringLiteral("prefix")).toString(), QStringLiteral("G"));
        QCOMPARE(lanes.at(1).toObject().value(QStringLiteral("prefix")).toString(), QStringLiteral("A"));
    }

    void accounts()
    {
        CliRun run = admin(words("account create --user chief --name 王主任 --role venue_admin --json"),
                           "Chief2026ok\n");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = admin(words("account create --user weak --name 弱 --role front_desk"), "short\n");
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("8"));
        QCOMPARE(admin(words("account create --user x --name x --role boss"), "Chief2026ok\n").exitCode, 2);
        run = admin(words("account create --user e1 --name 专家 --role expert --expert E101"),
                    "Expert2026ok\n");
        QCOMPARE(run.exitCode, 1); // no such expert yet
        QCOMPARE(admin(words("account create --user desk1 --name 前台 --role front_desk"), "Desk2026ok\n")
                     .exitCode,
                 0);
        run = admin(words("account disable --user chief"));
        QCOMPARE(run.exitCode, 1); // the last active venue admin
        QVERIFY(run.err.contains("chief"));
        QCOMPARE(admin(words("account disable --user desk1")).exitCode, 0);
        QCOMPARE(admin(words("account disable --user desk1")).exitCode, 1);
        QCOMPARE(admin(words("account enable --user desk1")).exitCode, 0);
        QCOMPARE(admin(words("account unlock --user desk1")).exitCode, 0);
        QCOMPARE(admin(words("account unlock --user nobody")).exitCode, 1);
        QCOMPARE(admin(words("account reset-password --user desk1"), "desk1\n").exitCode, 1);
        QCOMPARE(admin(words("account reset-password --user desk1"), "Desk2027ok\n").exitCode, 0);
        run = admin(words("account list --json"));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.out.contains("argon2"));
        const QJsonArray accounts = run.json().value(QStringLiteral("accounts")).toArray();
        QCOMPARE(accounts.size(), 2);
        const QJsonObject first = accounts.at(0).toObject();
        const QStringList keys = first.keys();
        QCOMPARE(
            QSet<QString>(keys.cbegin(), keys.cend()),
            (QSet<QString>{QStringLiteral("user"), QStringLiteral("name"), QStringLiteral("role"),
                           QStringLiteral("expert"), QStringLiteral("active"), QStringLiteral("locked")}));
    }

    void roomsExpertsAndSeats()
    {
        QCOMPARE(admin(words("room add --id R1 --name 1号诊室 --specialties orthopaedics;surgery")).exitCode,
                 0);
        QCOMPARE(admin(words("room add --id R2 --name 2号诊室 --specialties orthopaedics")).exitCode, 0);
        QCOMPARE(admin(words("room add --id R3 --name x --specialties bones")).exitCode, 1);
        QFile csv(m_dir.filePath(QStringLiteral("experts.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("expert_id,name,specialties,employer,title,on_duty\n"
                  "E101,陈建国,orthopaedics,第一医院,主任医师,yes\n"
                  "E102,林慧敏,orthopaedics,第二医院,副主任医师,yes\n"
                  "E103,黄志强,orthopaedics,第三医院,主任医师,yes\n");
        csv.close();
        QCOMPARE(admin(words("experts import") << csv.fileName()).exitCode, 0);
        for (const char *seat : {"room seat --room R1 --expert E101", "room seat --room R2 --expert E102",
                                 "room seat --room R1 --expert E103", "room seat --room R2 --expert E103"})
            QCOMPARE(admin(words(seat)).exitCode, 0);
        QCOMPARE(admin(words("room seat --room R9 --expert E101")).exitCode, 1);
        QCOMPARE(admin(words("room seat --room R1")).exitCode, 2);
        const CliRun run = admin(words("room list --json"));
        const QJsonArray rooms = run.json().value(QStringLiteral("rooms")).toArray();
        QCOMPARE(rooms.size(), 2);
        // E103 sits in one room at a time: it moved to R2.
        QCOMPARE(rooms.at(0).toObject().value(QStringLiteral("experts")).toArray(),
                 QJsonArray{QStringLiteral("E101")});
        QCOMPARE(rooms.at(1).toObject().value(QStringLiteral("experts")).toArray(),
                 (QJsonArray{QStringLiteral("E102"), QStringLiteral("E103")}));
        QCOMPARE(rooms.at(0).toObject().value(QStringLiteral("paused")).toBool(), false);
        QCOMPARE(rooms.at(0).toObject().value(QStringLiteral("specialties")).toArray().size(), 2);
        QCOMPARE(admin(words("account create --user e1 --name 陈建国 --role expert --expert E101"),
                       "Expert2026ok\n")
                     .exitCode,
                 0);
    }

    void lanes()
    {
        QCOMPARE(admin(words("lane set --key senior --prefix S --name 长者 --ratio 2")).exitCode, 0);
        QCOMPARE(admin(words("lane set --key senior2 --prefix S --name 重复")).exitCode, 1); // prefix taken
        QCOMPARE(admin(words("lane set --key x --prefix X --name x --ratio many")).exitCode, 2);
        QCOMPARE(admin(words("lane set --key x --prefix X")).exitCode, 2);
        const CliRun run = admin(words("lane list --json"));
        const QJsonArray lanes = run.json().value(QStringLiteral("lanes")).toArray();
        QCOMPARE(lanes.size(), 3);
        QCOMPARE(lanes.at(2).toObject().value(QStringLiteral("ratio")).toInt(), 2);
        // Without a time of its own a lane follows the venue's day; with one it is listed as its own.
        QCOMPARE(lanes.at(2).toObject().value(QStringLiteral("reset_time")).toString(),
                 QStringLiteral("00:00"));
        QCOMPARE(lanes.at(2).toObject().value(QStringLiteral("own_reset_time")).toBool(), false);
        QCOMPARE(admin(words("lane set --key senior --prefix S --name 长者 --reset-time 25:00")).exitCode, 1);
        QCOMPARE(admin(words("lane set --key senior --prefix S --name 长者 --reset-time 13:00")).exitCode, 0);
        const QJsonObject senior =
            admin(words("lane list --json")).json().value(QStringLiteral("lanes")).toArray().at(2).toObject();
        QCOMPARE(senior.value(QStringLiteral("reset_time")).toString(), QStringLiteral("13:00"));
        QCOMPARE(senior.value(QStringLiteral("own_reset_time")).toBool(), true);
    }

    void settings()
    {
        CliRun run = admin(words("settings list --json"));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.json().value(QStringLiteral("settings")).toArray().size() >= 30);
        run = admin(words("settings get no.such.key"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("lockout.minutes")); // names the keys there are
        run = admin(words("settings set draw.panel_size 4"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("3 | 5"));
        QCOMPARE(admin(words("settings set venue_id OTHER")).exitCode, 1); // the product's own
        QCOMPARE(admin(words("settings set")).exitCode, 2);
        QCOMPARE(admin(words("settings set call.max_calls 4")).exitCode, 0);
        run = admin(words("settings get call.max_calls --json"));
        QCOMPARE(run.json().value(QStringLiteral("value")).toString(), QStringLiteral("4"));
        QCOMPARE(run.json().value(QStringLiteral("default")).toString(), QStringLiteral("3"));
        QCOMPARE(run.json().value(QStringLiteral("type")).toString(), QStringLiteral("integer"));
        run = admin(words("settings get lockout.minutes"));
        QCOMPARE(run.out.trimmed(), QByteArray("15"));
    }

    void theDayRuns()
    {
        QFile csv(m_dir.filePath(QStringLiteral("roster.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(
            "acceptance_no,name,id_number,gender,birth_date,employer,appraisal_type,specialty,priority,phone,"
            "address,materials\n"
            "JD-1,甲某某,11010519491231002X,female,1949-12-31,某公司,work_injury,orthopaedics,normal,,,\n");
        csv.close();
        CliRun run = admin(words("roster import --json --batch SZ-01-B1") << csv.fileName());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json().value(QStringLiteral("imported")).toInt(), 1);
        run = admin(words("checkin --json --id-number 11010519491231002X"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.json().value(QStringLiteral("ticket")).toString().startsWith(QLatin1Char('A')));
        run = admin(words("draw make --json --case JD-1"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // The venue id is fixed now that it has cases.
        run = admin(words("venue setup --id SZ-02 --name other"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("SZ-01"));
    }

    void walkIns()
    {
        CliRun run = admin(words("walkin list --json"));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(QStringLiteral("walkins")).toArray().size(), 0);
        QCOMPARE(admin(words("walkin approve")).exitCode, 2);
        QCOMPARE(admin(words("walkin approve no-such-id")).exitCode, 1);
        QCOMPARE(admin(words("walkin refuse no-such-id")).exitCode, 2); // a refusal needs its reason
        QCOMPARE(admin(words("walkin refuse no-such-id --reason late")).exitCode, 1);
    }

    void everyCommandIsInTheHelp()
    {
        const CliRun run = runProgram(QStringLiteral("appraisal-admin"), {QStringLiteral("--help")});
        for (const char *command :
             {"venue setup", "account create", "account list", "account disable", "account enable",
              "account unlock", "account reset-password", "room add", "room list", "room seat", "lane set",
              "lane list", "settings list", "settings get", "settings set", "walkin list", "walkin approve",
              "walkin refuse"})
            QVERIFY2(run.out.contains(command), command);
    }
};

QTEST_GUILESS_MAIN(TestSetupCli)
#include "tst_setupcli.moc"
