// The venue hub with separate station processes on loopback: a front desk, two exam rooms and a
// hall display, each enrolled with a one-time code and talking to the hub over TLS WebSocket.
#include "httpd/loopbackcertificate.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString binary(const char *name)
{
    return qEnvironmentVariable("APPRAISAL_BIN_DIR") + QLatin1Char('/') + QString::fromLatin1(name);
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QList<QJsonObject> jsonLines(const QByteArray &text)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : text.split('\n'))
        if (!line.trimmed().isEmpty())
            lines << QJsonDocument::fromJson(line).object();
    return lines;
}

} // namespace

class TestVenueHub : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_hub;
    quint16 m_port = 0;
    QStringList m_cases; // the demo roster's acceptance numbers

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run admin(const QStringList &arguments, const QProcessEnvironment &environment = {})
    {
        QProcess process;
        if (!environment.isEmpty())
            process.setProcessEnvironment(environment);
        process.start(binary("appraisal-admin"), arguments);
        process.waitForFinished(60000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }

    // A station's command as a process of its own; the answer's JSON.
    QJsonObject command(const QString &station, const QString &name, const QStringList &args,
                        const QString &key = {}, int *exitCode = nullptr)
    {
        QStringList arguments{QStringLiteral("venue"),
                              QStringLiteral("command"),
                              name,
                              QStringLiteral("--data-dir"),
                              path(station),
                              QStringLiteral("--json"),
                              QStringLiteral("--timeout-ms"),
                              QStringLiteral("5000")};
        for (const QString &arg : args)
            arguments << QStringLiteral("--arg") << arg;
        if (!key.isEmpty())
            arguments << QStringLiteral("--key") << key;
        const Run run = admin(arguments);
        if (exitCode)
            *exitCode = run.exitCode;
        return QJsonDocument::fromJson(run.out).object();
    }

    QProcess *startWatch(const QString &station, qint64 since, int count, int timeoutMs = 60000)
    {
        auto *watch = new QProcess(this);
        watch->start(binary("appraisal-admin"),
                     {QStringLiteral("venue"), QStringLiteral("watch"), QStringLiteral("--data-dir"),
                      path(station), QStringLiteral("--since"), QString::number(since),
                      QStringLiteral("--count"), QString::number(count), QStringLiteral("--timeout-ms"),
                      QString::number(timeoutMs)});
        return watch;
    }

    void startHub()
    {
        m_hub = std::make_unique<QProcess>();
        m_hub->start(binary("appraisal-server"),
                     {QStringLiteral("--mode"), QStringLiteral("hub"), QStringLiteral("--data-dir"),
                      path(QStringLiteral("hub")), QStringLiteral("--listen"),
                      QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("--tls-cert"),
                      path(QStringLiteral("cert.pem")), QStringLiteral("--tls-key"),
                      path(QStringLiteral("key.pem"))});
        QVERIFY(m_hub->waitForReadyRead(20000));
        QVERIFY2(m_hub->readLine().startsWith("listening on https://"),
                 m_hub->readAllStandardError().constData());
    }

    void enrol(const QString &station, const QString &role)
    {
        QProcess code;
        code.start(binary("appraisal-server"),
                   {QStringLiteral("enrol-code"), QStringLiteral("--data-dir"), path(QStringLiteral("hub"))});
        QVERIFY(code.waitForFinished(20000));
        QCOMPARE(code.exitCode(), 0);
        const QString oneTime = QString::fromLatin1(code.readAllStandardOutput()).trimmed();
        const Run run =
            admin({QStringLiteral("venue"), QStringLiteral("enrol"), QStringLiteral("--data-dir"),
                   path(station), QStringLiteral("--hub"), QStringLiteral("https://127.0.0.1:%1").arg(m_port),
                   QStringLiteral("--code"), oneTime, QStringLiteral("--station"), station,
                   QStringLiteral("--role"), role, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // A code buys one station only.
        const Run again = admin({QStringLiteral("venue"), QStringLiteral("enrol"),
                                 QStringLiteral("--data-dir"), path(station + QStringLiteral("-copy")),
                                 QStringLiteral("--hub"), QStringLiteral("https://127.0.0.1:%1").arg(m_port),
                                 QStringLiteral("--code"), oneTime, QStringLiteral("--station"),
                                 station + QStringLiteral("-copy"), QStringLiteral("--role"), role});
        QCOMPARE(again.exitCode, 1);
    }

    QList<QJsonObject> allEvents()
    {
        std::unique_ptr<QProcess> watch(startWatch(QStringLiteral("display"), 0, 0, 3000));
        watch->waitForFinished(20000);
        return jsonLines(watch->readAllStandardOutput());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const core::Status made = httpd::makeLoopbackCertificate(m_dir.path());
        QVERIFY2(made, qPrintable(made.error()));
        const Run loaded =
            admin({QStringLiteral("demo"), QStringLiteral("load"), QStringLiteral("--data-dir"),
                   path(QStringLiteral("hub")), QStringLiteral("--json")});
        QVERIFY2(loaded.exitCode == 0, loaded.err.constData());
        QFile roster(qEnvironmentVariable("APPRAISAL_SOURCE_DIR") +
                     QStringLiteral("/resources/demo/roster.csv"));
        QVERIFY(roster.open(QIODevice::ReadOnly));
        roster.readLine(); // header
        while (!roster.atEnd())
            m_cases << QString::fromUtf8(roster.readLine()).section(QLatin1Char(','), 0, 0);
        QVERIFY(m_cases.size() >= 31);
        QTcpServer probe; // a free port, kept for the restart
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        m_port = probe.serverPort();
        probe.close();
        startHub();
        enrol(QStringLiteral("desk"), QStringLiteral("desk"));
        enrol(QStringLiteral("room-a"), QStringLiteral("room"));
        enrol(QStringLiteral("room-b"), QStringLiteral("room"));
        enrol(QStringLiteral("display"), QStringLiteral("display"));
    }

    void cleanupTestCase()
    {
        if (m_hub) {
            m_hub->terminate();
            m_hub->waitForFinished(10000);
        }
    }

    void thirtyCheckInsReachTheDisplayInOrder()
    {
        std::unique_ptr<QProcess> display(startWatch(QStringLiteral("display"), 0, 30));
        QSet<QString> tickets;
        for (int i = 0; i < 30; ++i) {
            const QJsonObject answer = command(QStringLiteral("desk"), QStringLiteral("check_in"),
                                               {QStringLiteral("acceptance_no=") + m_cases.at(i)});
            QVERIFY2(answer.value(QStringLiteral("ok")).toBool(),
                     qPrintable(answer.value(QStringLiteral("error")).toString()));
            tickets.insert(
                answer.value(QStringLiteral("result")).toObject().value(QStringLiteral("ticket")).toString());
        }
        QCOMPARE(tickets.size(), 30);
        QVERIFY(display->waitForFinished(60000));
        QCOMPARE(display->exitCode(), 0);
        const QList<QJsonObject> seen = jsonLines(display->readAllStandardOutput());
        QCOMPARE(seen.size(), 30);
        for (int i = 0; i < seen.size(); ++i) {
            QCOMPARE(seen.at(i).value(QStringLiteral("seq")).toInteger(), i + 1);
            QCOMPARE(seen.at(i).value(QStringLiteral("kind")).toString(), QStringLiteral("check_in"));
            QVERIFY(tickets.contains(seen.at(i).value(QStringLiteral("ticket")).toString()));
            // The display never gets a full name: the masked one keeps only the family name.
            QVERIFY(seen.at(i).value(QStringLiteral("masked_name")).toString().contains(QLatin1Char('*')));
        }
    }

    void aRetriedCommandActsOnce()
    {
        const QString key = QStringLiteral("desk-retry-1");
        const qint64 before = allEvents().size();
        const QJsonObject first = command(QStringLiteral("desk"), QStringLiteral("check_in"),
                                          {QStringLiteral("acceptance_no=") + m_cases.at(30)}, key);
        const QJsonObject second = command(QStringLiteral("desk"), QStringLiteral("check_in"),
                                           {QStringLiteral("acceptance_no=") + m_cases.at(30)}, key);
        QVERIFY(first.value(QStringLiteral("ok")).toBool());
        QCOMPARE(second.value(QStringLiteral("result")), first.value(QStringLiteral("result")));
        QCOMPARE(allEvents().size(), before + 1);
    }

    void twoRoomsRacingNeverCallTheSamePerson()
    {
        const qint64 before = allEvents().size();
        std::unique_ptr<QProcess> display(startWatch(QStringLiteral("display"), before, 0, 15000));
        // Both room stations press "call next" for the same rooms at the same moment, again and
        // again, until every queue is empty.
        QStringList called;
        int calls = 0;
        for (int round = 0; round < 12; ++round) {
            QList<QProcess *> racing;
            for (const QString &room : {QStringLiteral("R1"), QStringLiteral("R2"), QStringLiteral("R3")})
                for (const QString &station : {QStringLiteral("room-a"), QStringLiteral("room-b")}) {
                    auto *process = new QProcess(this);
                    process->start(binary("appraisal-admin"),
                                   {QStringLiteral("venue"), QStringLiteral("command"),
                                    QStringLiteral("call_next"), QStringLiteral("--data-dir"), path(station),
                                    QStringLiteral("--json"), QStringLiteral("--arg"),
                                    QStringLiteral("room=") + room});
                    racing << process;
                }
            for (QProcess *process : std::as_const(racing)) {
                QVERIFY(process->waitForFinished(30000));
                const QJsonObject answer = QJsonDocument::fromJson(process->readAllStandardOutput()).object();
                if (answer.value(QStringLiteral("ok")).toBool()) {
                    called << answer.value(QStringLiteral("result"))
                                  .toObject()
                                  .value(QStringLiteral("ticket_id"))
                                  .toString();
                    ++calls;
                }
                delete process;
            }
        }
        QVERIFY2(calls >= 10, qPrintable(QString::number(calls)));
        QCOMPARE(QSet<QString>(called.cbegin(), called.cend()).size(), called.size()); // nobody called twice
        // The display saw every call, in order.
        QVERIFY(display->waitForFinished(30000));
        QList<QJsonObject> seen = jsonLines(display->readAllStandardOutput());
        seen.removeIf([](const QJsonObject &event) {
            return event.value(QStringLiteral("kind")) != QStringLiteral("call");
        });
        QCOMPARE(seen.size(), calls);
        for (int i = 1; i < seen.size(); ++i)
            QVERIFY(seen.at(i).value(QStringLiteral("seq")).toInteger() >
                    seen.at(i - 1).value(QStringLiteral("seq")).toInteger());
        QStringList shown;
        for (const QJsonObject &event : std::as_const(seen))
            shown << event.value(QStringLiteral("ticket_id")).toString();
        QCOMPARE(QSet<QString>(shown.cbegin(), shown.cend()), QSet<QString>(called.cbegin(), called.cend()));
    }

    void theHubKilledMidDayLosesAndDuplicatesNothing()
    {
        const QList<QJsonObject> before = allEvents();
        // A station away for a while catches up from its last sequence number.
        const qint64 displayLast = before.constLast().value(QStringLiteral("seq")).toInteger();
        m_hub->kill(); // SIGKILL
        m_hub->waitForFinished(10000);
        // The desk's command while the hub is down is not answered (exit 3) …
        int exitCode = 0;
        const QString key = QStringLiteral("desk-during-outage");
        command(QStringLiteral("desk"), QStringLiteral("check_in"),
                {QStringLiteral("acceptance_no=") + m_cases.at(31)}, key, &exitCode);
        QCOMPARE(exitCode, 3);
        startHub();
        // … and sent again with the same key once it is back: it acts once.
        const QJsonObject answer =
            command(QStringLiteral("desk"), QStringLiteral("check_in"),
                    {QStringLiteral("acceptance_no=") + m_cases.at(31)}, key, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY(answer.value(QStringLiteral("ok")).toBool());
        command(QStringLiteral("desk"), QStringLiteral("check_in"),
                {QStringLiteral("acceptance_no=") + m_cases.at(31)}, key);
        const QList<QJsonObject> after = allEvents();
        QCOMPARE(after.size(), before.size() + 1);
        for (int i = 0; i < after.size(); ++i)
            QCOMPARE(after.at(i).value(QStringLiteral("seq")).toInteger(), i + 1); // no gap, no repeat
        for (int i = 0; i < before.size(); ++i)
            QCOMPARE(after.at(i), before.at(i)); // what was published before the kill is still there
        std::unique_ptr<QProcess> catchUp(startWatch(QStringLiteral("display"), displayLast, 1, 10000));
        QVERIFY(catchUp->waitForFinished(20000));
        const QList<QJsonObject> missed = jsonLines(catchUp->readAllStandardOutput());
        QCOMPARE(missed.size(), 1);
        QCOMPARE(missed.constFirst().value(QStringLiteral("seq")).toInteger(), displayLast + 1);
        QCOMPARE(missed.constFirst().value(QStringLiteral("ticket")),
                 answer.value(QStringLiteral("result")).toObject().value(QStringLiteral("ticket")));
    }

    void aStationWithoutAValidTokenIsRefused()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("APPRAISAL_HUB_TOKEN"), QStringLiteral("not-a-token"));
        const Run run = admin({QStringLiteral("venue"), QStringLiteral("command"), QStringLiteral("queue"),
                               QStringLiteral("--data-dir"), path(QStringLiteral("room-a")),
                               QStringLiteral("--arg"), QStringLiteral("room=R1")},
                              environment);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("enrol"), run.err.constData());
        // A display may watch but not act.
        const QJsonObject answer =
            command(QStringLiteral("display"), QStringLiteral("call_next"), {QStringLiteral("room=R1")});
        QCOMPARE(answer.value(QStringLiteral("ok")).toBool(), false);
    }

    // The room lock holds at the hub too, whatever a station's own screen allows: expert E101 is
    // seated in R1 in the hub's database, so the hub refuses E101's call for R2; the venue admin
    // calls for a room only after an override with a reason, which the hub records.
    void theHubKeepsExpertsToTheirRoom()
    {
        const QString lockedOut = QStringLiteral("seated in room R1");
        const QJsonObject foreign = command(
            QStringLiteral("room-a"), QStringLiteral("call_next"),
            {QStringLiteral("room=R2"), QStringLiteral("as_role=expert"), QStringLiteral("as_expert=E101")});
        QCOMPARE(foreign.value(QStringLiteral("ok")).toBool(), false);
        QVERIFY2(foreign.value(QStringLiteral("error")).toString().contains(lockedOut),
                 qPrintable(foreign.value(QStringLiteral("error")).toString()));
        const QJsonObject own = command(
            QStringLiteral("room-a"), QStringLiteral("call_next"),
            {QStringLiteral("room=R1"), QStringLiteral("as_role=expert"), QStringLiteral("as_expert=E101")});
        QVERIFY(!own.value(QStringLiteral("error")).toString().contains(lockedOut));
        // An expert gets no override.
        const QJsonObject expertOverride =
            command(QStringLiteral("room-a"), QStringLiteral("override"),
                    {QStringLiteral("room=R2"), QStringLiteral("reason=busy"),
                     QStringLiteral("as_role=expert"), QStringLiteral("as_expert=E101")});
        QCOMPARE(expertOverride.value(QStringLiteral("ok")).toBool(), false);

        const QStringList asAdmin{QStringLiteral("room=R2"), QStringLiteral("as_role=venue_admin")};
        const QJsonObject before = command(QStringLiteral("room-b"), QStringLiteral("call_next"), asAdmin);
        QCOMPARE(before.value(QStringLiteral("ok")).toBool(), false);
        QVERIFY2(before.value(QStringLiteral("error")).toString().contains(QStringLiteral("reason")),
                 qPrintable(before.value(QStringLiteral("error")).toString()));
        const QJsonObject noReason = command(QStringLiteral("room-b"), QStringLiteral("override"), asAdmin);
        QCOMPARE(noReason.value(QStringLiteral("ok")).toBool(), false);
        const QJsonObject overridden = command(QStringLiteral("room-b"), QStringLiteral("override"),
                                               asAdmin + QStringList{QStringLiteral("reason=R2 expert ill")});
        QVERIFY2(overridden.value(QStringLiteral("ok")).toBool(),
                 qPrintable(overridden.value(QStringLiteral("error")).toString()));
        QCOMPARE(overridden.value(QStringLiteral("result")).toObject().value(QStringLiteral("action")),
                 QStringLiteral("override"));
        const QJsonObject after = command(QStringLiteral("room-b"), QStringLiteral("call_next"), asAdmin);
        QVERIFY2(!after.value(QStringLiteral("error")).toString().contains(QStringLiteral("reason")),
                 qPrintable(after.value(QStringLiteral("error")).toString()));
    }
};

QTEST_GUILESS_MAIN(TestVenueHub)
#include "tst_venuehub.moc"
