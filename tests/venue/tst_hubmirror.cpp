// The hub's tables and a staff station's copy of the hub's decisions, on two real databases: a
// check-in at the hub (its ticket, case state, draw and panel) reaches the station's own tables
// once, however often the event is replayed; a transfer moves the role to the new expert; an event
// about a case the station does not hold moves only the cursor. The hub answers a repeated command
// from its record, keeps its event stream in order and lets an enrolment code buy one token.
#include "stationfixture.h"

#include "routing/draw.h"
#include "store/hubrepository.h"
#include "venue/hubmirror.h"
#include "venue/hubservice.h"

#include <QSqlQuery>
#include <QTest>

namespace {

const QString kCase = QStringLiteral("JD2026-0001");

QVariant value(store::Database &database, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(database.connection());
    query.prepare(sql);
    store::bindAll(query, values);
    return query.exec() && query.next() ? query.value(0) : QVariant();
}

QMap<QString, QString> panel(store::Database &database)
{
    QMap<QString, QString> byRole;
    QSqlQuery query(database.connection());
    query.prepare(
        QStringLiteral("SELECT role, expert_id || ' ' || state FROM assignments WHERE acceptance_no = ?"));
    query.addBindValue(kCase);
    if (query.exec())
        while (query.next())
            byRole.insert(query.value(0).toString(), query.value(1).toString());
    return byRole;
}

} // namespace

class TestHubMirror : public QObject
{
    Q_OBJECT

    const QDateTime m_now{QDate(2026, 11, 23), QTime(9, 0)};

private slots:
    void checkInReachesTheStationOnce()
    {
        StationFixture hubData(m_now);
        StationFixture stationData(m_now);
        QVERIFY(hubData.setUp());
        QVERIFY(stationData.setUp());
        routing::CryptoRandom random;
        venue::HubService hub(*hubData.database, random);
        const venue::StationIdentity desk{QStringLiteral("desk-1"), QStringLiteral("desk")};

        const venue::CommandOutcome done =
            hub.execute(desk, QStringLiteral("key-1"), QStringLiteral("check_in"),
                        {{QStringLiteral("acceptance_no"), kCase}}, QStringLiteral("clerk"));
        QVERIFY2(done.ok, qPrintable(done.error));
        QVERIFY(!done.result.contains(QStringLiteral("draw_error")));
        QCOMPARE(done.events.size(), 1);
        const venue::HubEvent event = done.events.constFirst();
        QCOMPARE(hub.latestSeq(), event.seq);
        QCOMPARE(hub.eventsSince(0).size(), 1);
        QCOMPARE(hub.eventsSince(0).constFirst().data, event.data);
        QVERIFY(hub.eventsSince(event.seq).isEmpty());

        // The same key again: the stored answer, nothing done twice.
        const venue::CommandOutcome again =
            hub.execute(desk, QStringLiteral("key-1"), QStringLiteral("check_in"),
                        {{QStringLiteral("acceptance_no"), kCase}}, QStringLiteral("clerk"));
        QVERIFY(again.ok);
        QVERIFY(again.replayed);
        QVERIFY(again.events.isEmpty());
        QCOMPARE(again.result, done.result);
        QCOMPARE(hub.latestSeq(), event.seq);

        store::Database &station = *stationData.database;
        const QVariant outboxBefore = value(station, QStringLiteral("SELECT COUNT(*) FROM outbox"));
        venue::HubMirror mirror(station);
        for (int replay = 0; replay < 2; ++replay)
            QVERIFY(mirror.apply(event.seq, event.data).ok());
        QCOMPARE(mirror.appliedUpTo(), event.seq);
        QCOMPARE(value(station, QStringLiteral("SELECT COUNT(*) FROM tickets")).toInt(), 1);
        QCOMPARE(value(station, QStringLiteral("SELECT label FROM tickets WHERE id = ?"),
                       {done.result.value(QStringLiteral("ticket_id")).toString()})
                     .toString(),
                 done.result.value(QStringLiteral("ticket")).toString());
        const QString caseState = QStringLiteral("SELECT state FROM cases WHERE acceptance_no = ?");
        QCOMPARE(value(station, caseState, {kCase}).toString(),
                 value(*hubData.database, caseState, {kCase}).toString());
        QCOMPARE(
            value(station, QStringLiteral("SELECT COUNT(*) FROM case_transitions WHERE reason = 'venue hub'"))
                .toInt(),
            1);
        QCOMPARE(value(station, QStringLiteral("SELECT COUNT(*) FROM draws")).toInt(), 1);
        const QMap<QString, QString> hubPanel = panel(*hubData.database);
        QVERIFY(!hubPanel.isEmpty());
        QCOMPARE(panel(station), hubPanel);
        // The hub uploads these itself: the station's outbox stays as it was.
        QCOMPARE(value(station, QStringLiteral("SELECT COUNT(*) FROM outbox")), outboxBefore);

        // A transfer: the role goes to the new expert, pending again.
        const QString role = hubPanel.firstKey();
        const QString other =
            value(station, QStringLiteral("SELECT id FROM experts WHERE id NOT IN (SELECT expert_id FROM "
                                          "assignments) ORDER BY id LIMIT 1"))
                .toString();
        QVERIFY(!other.isEmpty());
        const QJsonObject transfer{
            {QStringLiteral("kind"), QStringLiteral("call")},
            {QStringLiteral("action"), QStringLiteral("transfer")},
            {QStringLiteral("assignment"), QJsonObject{{QStringLiteral("acceptance_no"), kCase},
                                                       {QStringLiteral("role"), role},
                                                       {QStringLiteral("expert"), other}}}};
        QVERIFY(mirror.apply(event.seq + 1, transfer).ok());
        QCOMPARE(panel(station).value(role), other + QStringLiteral(" pending"));

        // A case this station does not hold: skipped, the cursor moves on.
        QJsonObject elsewhere = event.data;
        elsewhere.insert(QStringLiteral("acceptance_no"), QStringLiteral("JD2026-9999"));
        QVERIFY(mirror.apply(event.seq + 2, elsewhere).ok());
        QCOMPARE(mirror.appliedUpTo(), event.seq + 2);
        QCOMPARE(value(station, QStringLiteral("SELECT COUNT(*) FROM tickets")).toInt(), 1);
    }

    void enrolmentCodeBuysOneToken()
    {
        StationFixture hubData(m_now);
        QVERIFY(hubData.setUp(false));
        routing::CryptoRandom random;
        venue::HubService hub(*hubData.database, random);
        const auto code = hub.createEnrolmentCode(10);
        QVERIFY(code.ok());
        QVERIFY(!value(*hubData.database,
                       QStringLiteral("SELECT COUNT(*) FROM hub_codes WHERE code_sha256 = ?"), {code.value()})
                     .toBool()); // only the hash is kept
        const auto token =
            hub.enrol(code.value().toLower(), QStringLiteral(" room-2 "), QStringLiteral("room"));
        QVERIFY2(token.ok(), qPrintable(token.error()));
        const auto identity = hub.stationForToken(token.value());
        QVERIFY(identity);
        QCOMPARE(identity->station, QStringLiteral("room-2"));
        QCOMPARE(identity->role, QStringLiteral("room"));
        QVERIFY(!hub.enrol(code.value(), QStringLiteral("room-3"), QStringLiteral("room")).ok()); // used
        QVERIFY(!hub.stationForToken(QStringLiteral("not-a-token")));
        QVERIFY(!hub.stationForToken(QString()));

        const auto expiring = hub.createEnrolmentCode(1);
        QVERIFY(expiring.ok());
        hubData.clock.advanceSeconds(61);
        QVERIFY(!hub.enrol(expiring.value(), QStringLiteral("desk-9"), QStringLiteral("desk")).ok());
    }
};

QTEST_GUILESS_MAIN(TestHubMirror)
#include "tst_hubmirror.moc"
