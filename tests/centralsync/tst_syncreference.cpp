// Reference data from the central server: applied once, local changes waiting to upload kept,
// 304 when nothing changed, a new server epoch re-read without deleting, pages followed.
#include "syncfixture.h"

#include "centralsync/referencedownload.h"
#include "centralsync/syncscheduler.h"
#include "exam/stationtemplates.h"
#include "store/caserepository.h"
#include "store/venuerepository.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>

class TestSyncReference : public SyncFixture
{
    Q_OBJECT

    // What `appraisal-server reference import --kind KIND FILE` publishes.
    void publish(const QString &kind, const QJsonArray &items)
    {
        const QString path = m_files.filePath(kind + QStringLiteral(".json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("items"), items}}).toJson());
        file.close();
        QProcess process;
        process.start(binary("appraisal-server"),
                      QStringList{QStringLiteral("reference"), QStringLiteral("import"),
                                  QStringLiteral("--kind"), kind, path} +
                          storageArguments());
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
    }
    QTemporaryDir m_files;

private slots:
    void initTestCase() { makeCertificate(); }
    void init() { setUpStation(); }
    void cleanup() { tearDown(); }

    void referenceDataComesDownOnceAndKeepsLocalChanges()
    {
        // The central system publishes two experts (one is the station's own E101), a room and a clause.
        const QString suffix = m_stationId; // keeps runs against a shared PostgreSQL apart
        publish(QStringLiteral("experts"),
                {QJsonObject{{QStringLiteral("key"), QStringLiteral("C-") + suffix},
                             {QStringLiteral("id"), QStringLiteral("C-") + suffix},
                             {QStringLiteral("name"), QStringLiteral("中心专家")},
                             {QStringLiteral("specialties"), QJsonArray{QStringLiteral("neurology")}},
                             {QStringLiteral("employer"), QStringLiteral("省人民医院")},
                             {QStringLiteral("on_duty"), false}},
                 QJsonObject{{QStringLiteral("key"), QStringLiteral("E101")},
                             {QStringLiteral("id"), QStringLiteral("E101")},
                             {QStringLiteral("name"), QStringLiteral("陈建国（中心）")},
                             {QStringLiteral("specialties"), QJsonArray{QStringLiteral("orthopaedics")}}}});
        publish(QStringLiteral("clauses"),
                {QJsonObject{{QStringLiteral("key"), QStringLiteral("9.9.9(") + suffix + QLatin1Char(')')},
                             {QStringLiteral("clause"), QStringLiteral("9.9.9(") + suffix + QLatin1Char(')')},
                             {QStringLiteral("grade"), 6},
                             {QStringLiteral("group"), QStringLiteral("surgery")},
                             {QStringLiteral("text"), QStringLiteral("中心下发的条款")}}});
        // The station's own change to E101 has not gone up yet: it must not be overwritten.
        QSqlQuery local(m_station->connection());
        QVERIFY(local.exec(QStringLiteral(
                    "SELECT count(*) FROM outbox WHERE type = 'expert' AND entity_key = 'E101' "
                    "AND sync_state = 'pending'")) &&
                local.next());
        QVERIFY(local.value(0).toInt() > 0);
        const qint64 pendingBefore = store::Outbox(*m_station).counts().pending;
        const auto first = centralsync::downloadReference(*m_station, link());
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QCOMPARE(first.applied.value(QStringLiteral("experts")), 1);
        QCOMPARE(first.keptLocal.value(QStringLiteral("experts")), 1);
        QVERIFY(first.applied.value(QStringLiteral("clauses")) >= 1);
        QVERIFY(local.exec(QStringLiteral("SELECT name FROM experts WHERE id = 'C-%1'").arg(suffix)) &&
                local.next());
        QCOMPARE(local.value(0).toString(), QStringLiteral("中心专家"));
        QVERIFY(local.exec(QStringLiteral("SELECT name FROM experts WHERE id = 'E101'")) && local.next());
        QCOMPARE(local.value(0).toString(), QStringLiteral("陈建国"));       // the local record, untouched
        QCOMPARE(store::Outbox(*m_station).counts().pending, pendingBefore); // nothing echoed back
        // Again: nothing changed, so nothing comes (304 on the stored ETag).
        const auto second = centralsync::downloadReference(*m_station, link());
        QVERIFY(second.error.isEmpty());
        QCOMPARE(second.applied.value(QStringLiteral("experts")), 0);
        QCOMPARE(second.applied.value(QStringLiteral("clauses")), 0);
        // Once the local change is up, the central version applies.
        QVERIFY(centralsync::Uploader::runToCompletion(*m_station, link(), 3, 200).pending == 0);
        QVERIFY(local.exec(QStringLiteral("DELETE FROM reference_cursors")));
        const auto third = centralsync::downloadReference(*m_station, link());
        QVERIFY(third.error.isEmpty());
        QVERIFY(local.exec(QStringLiteral("SELECT name FROM experts WHERE id = 'E101'")) && local.next());
        QCOMPARE(local.value(0).toString(), QStringLiteral("陈建国（中心）"));
        // A cursor from another server store (another epoch) reads everything again and deletes nothing.
        QVERIFY(local.exec(
            QStringLiteral("UPDATE reference_cursors SET cursor = 'another-epoch:999999', etag = ''")));
        const qint64 experts = [&] {
            QSqlQuery count(m_station->connection());
            count.exec(QStringLiteral("SELECT count(*) FROM experts"));
            count.next();
            return count.value(0).toLongLong();
        }();
        const auto afterReset = centralsync::downloadReference(*m_station, link());
        QVERIFY(afterReset.error.isEmpty());
        QVERIFY(afterReset.applied.value(QStringLiteral("experts")) >= 2);
        QSqlQuery count(m_station->connection());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM experts")) && count.next());
        QCOMPARE(count.value(0).toLongLong(), experts);
        // Without a token: refused.
        QCOMPARE(send("GET", "/api/v1/reference/experts").status, 401);
        QCOMPARE(send("GET", "/api/v1/reference/nothing", {}, m_token.toLatin1()).status, 404);
    }

    void referenceDataComesInPages()
    {
        // 650 rooms: more than a page of 500, so the station follows the cursor to a second page.
        QTemporaryDir files;
        QJsonArray rooms;
        for (int i = 0; i < 650; ++i) {
            const QString id = QStringLiteral("P%1-%2").arg(m_stationId).arg(i);
            rooms.append(QJsonObject{{QStringLiteral("key"), id},
                                     {QStringLiteral("id"), id},
                                     {QStringLiteral("name"), QStringLiteral("诊室 %1").arg(i)},
                                     {QStringLiteral("specialties"), QJsonArray{QStringLiteral("surgery")}}});
        }
        QFile file(files.filePath(QStringLiteral("rooms.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QJsonDocument(QJsonObject{{QStringLiteral("items"), rooms}}).toJson(QJsonDocument::Compact));
        file.close();
        QProcess process;
        process.start(binary("appraisal-server"),
                      QStringList{QStringLiteral("reference"), QStringLiteral("import"),
                                  QStringLiteral("--kind"), QStringLiteral("rooms"), file.fileName()} +
                          storageArguments());
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 0);
        // The server pages: limit 400 gives 400 and "more", the cursor leads on.
        const HttpReply first = send("GET", "/api/v1/reference/rooms?limit=400", {}, m_token.toLatin1());
        QCOMPARE(first.status, 200);
        const QJsonObject page = QJsonDocument::fromJson(first.body).object();
        QCOMPARE(page.value(QStringLiteral("items")).toArray().size(), 400);
        QVERIFY(page.value(QStringLiteral("more")).toBool());
        const QByteArray next = "/api/v1/reference/rooms?limit=1000&since=" +
                                page.value(QStringLiteral("cursor")).toString().toLatin1();
        const QJsonObject rest =
            QJsonDocument::fromJson(send("GET", next.constData(), {}, m_token.toLatin1()).body).object();
        QVERIFY(rest.value(QStringLiteral("items")).toArray().size() >= 250);
        QVERIFY(!rest.value(QStringLiteral("more")).toBool());
        QCOMPARE(send("GET", "/api/v1/reference/rooms?since=bad", {}, m_token.toLatin1()).status, 400);
        // The station takes all of them, over two pages of 500.
        const auto summary = centralsync::downloadReference(*m_station, link(), {QStringLiteral("rooms")});
        QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
        QVERIFY(summary.applied.value(QStringLiteral("rooms")) >= 650);
        QSqlQuery count(m_station->connection());
        QVERIFY(
            count.exec(QStringLiteral("SELECT count(*) FROM rooms WHERE id LIKE 'P%1-%'").arg(m_stationId)) &&
            count.next());
        QCOMPARE(count.value(0).toInt(), 650);
    }

    // A station set up "from the central system" takes its venue's details from the venues kind.
    void venuesComeDownWithTheirCommittee()
    {
        const QString id = QStringLiteral("V-") + m_stationId;
        publish(QStringLiteral("venues"),
                QJsonArray{QJsonObject{{QStringLiteral("key"), id},
                                       {QStringLiteral("id"), id},
                                       {QStringLiteral("name"), QStringLiteral("中心下发场所")},
                                       {QStringLiteral("committee"), QStringLiteral("某市鉴定委员会")},
                                       {QStringLiteral("address"), QStringLiteral("某路1号")},
                                       {QStringLiteral("phone"), QStringLiteral("010-1")}}});
        const auto summary = centralsync::downloadReference(*m_station, link(), {QStringLiteral("venues")});
        QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
        QCOMPARE(summary.applied.value(QStringLiteral("venues")), 1);
        const auto venue = store::VenueRepository(*m_station).venue(id);
        QVERIFY(venue);
        QCOMPARE(venue->committee, QStringLiteral("某市鉴定委员会"));
        QCOMPARE(venue->phone, QStringLiteral("010-1"));
    }

    void theSchedulerBringsReferenceDataDownAfterUploading()
    {
        publish(QStringLiteral("rooms"),
                {QJsonObject{{QStringLiteral("key"), QStringLiteral("R-") + m_stationId},
                             {QStringLiteral("id"), QStringLiteral("R-") + m_stationId},
                             {QStringLiteral("name"), QStringLiteral("中心诊室")},
                             {QStringLiteral("specialties"), QJsonArray{}}}});
        QVERIFY(m_station->setSetting(store::settings::SyncServer, m_base.toString()).ok());
        QVERIFY(m_station->setSetting(store::settings::SyncCa, m_cert).ok());
        QVERIFY(m_station->setSetting(store::settings::SyncStationId, m_stationId).ok());
        qputenv("APPRAISAL_SYNC_TOKEN", m_token.toLatin1());
        centralsync::SyncScheduler scheduler(*m_station);
        QSignalSpy runs(&scheduler, &centralsync::SyncScheduler::runFinished);
        QVERIFY(scheduler.runNow());
        QTRY_VERIFY_WITH_TIMEOUT(!runs.isEmpty(), 30000);
        qunsetenv("APPRAISAL_SYNC_TOKEN");
        const auto summary = runs.constFirst().constFirst().value<centralsync::UploadSummary>();
        QVERIFY2(summary.lastError.isEmpty(), qPrintable(summary.lastError));
        QCOMPARE(summary.pending, 0);
        QSqlQuery room(m_station->connection());
        QVERIFY(room.exec(QStringLiteral("SELECT name FROM rooms WHERE id = 'R-%1'").arg(m_stationId)) &&
                room.next());
        QCOMPARE(room.value(0).toString(), QStringLiteral("中心诊室"));
        QCOMPARE(centralsync::readSyncStatus(*m_station).state, centralsync::SyncStatus::State::Online);
    }

    void rostersAndTemplatesComeDownWithoutTouchingStartedWork()
    {
        const QString venue = m_station->setting(store::settings::VenueId);
        const QString batchId = QStringLiteral("B-") + m_stationId;
        const QString day = m_clock.today().toString(Qt::ISODate);
        store::CaseRepository cases(*m_station);
        // A case this station has started on (checked in or further along by the simulated day).
        QSqlQuery query(m_station->connection());
        QVERIFY(query.exec(
                    QStringLiteral("SELECT acceptance_no FROM cases WHERE state <> 'registered' LIMIT 1")) &&
                query.next());
        const QString started = query.value(0).toString();
        const auto entry = [&](const QString &no, const QString &venueId, const QString &name) {
            return QJsonObject{{QStringLiteral("key"), no + QLatin1Char('@') + venueId},
                               {QStringLiteral("venue_id"), venueId},
                               {QStringLiteral("batch_id"), batchId},
                               {QStringLiteral("day"), day},
                               {QStringLiteral("acceptance_no"), no},
                               {QStringLiteral("name"), name},
                               {QStringLiteral("id_number"), QStringLiteral("440106198611200776")},
                               {QStringLiteral("gender"), QStringLiteral("male")},
                               {QStringLiteral("birth_date"), QStringLiteral("1986-11-20")},
                               {QStringLiteral("employer"), QStringLiteral("广州市天河建筑工程有限公司")},
                               {QStringLiteral("appraisal_type"), QStringLiteral("work_injury")},
                               {QStringLiteral("specialty"), QStringLiteral("orthopaedics")},
                               {QStringLiteral("priority"), QStringLiteral("normal")},
                               {QStringLiteral("phone"), QStringLiteral("13758619528")},
                               {QStringLiteral("address"), QStringLiteral("广州市白云区新港西路117号")},
                               {QStringLiteral("materials"), QJsonArray{QStringLiteral("病历资料")}},
                               {QStringLiteral("accepted_on"), day}};
        };
        const QString fresh = QStringLiteral("JD-C-") + m_stationId;
        publish(QStringLiteral("rosters"),
                {entry(fresh, venue, QStringLiteral("中心名单")),
                 entry(started, venue, QStringLiteral("不应覆盖")),
                 entry(QStringLiteral("JD-X-") + m_stationId, QStringLiteral("OTHER-VENUE"),
                       QStringLiteral("别的场所"))});
        // A newer orthopaedics template from the central system.
        QFile builtIn(QStringLiteral(":/forms/exam/orthopaedics.json"));
        QVERIFY(builtIn.open(QIODevice::ReadOnly));
        QJsonObject orthopaedics = QJsonDocument::fromJson(builtIn.readAll()).object();
        const int builtInVersion = orthopaedics.value(QStringLiteral("version")).toInt();
        orthopaedics.insert(QStringLiteral("key"), QStringLiteral("orthopaedics"));
        orthopaedics.insert(QStringLiteral("version"), builtInVersion + 1);
        orthopaedics.insert(QStringLiteral("title"), QStringLiteral("骨科查体（中心版）"));
        publish(QStringLiteral("templates"), {orthopaedics});
        if (QTest::currentTestFailed())
            return;

        const qint64 pendingBefore = store::Outbox(*m_station).counts().pending;
        const auto summary = centralsync::downloadReference(*m_station, link());
        QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
        QCOMPARE(summary.applied.value(QStringLiteral("rosters")), 1);
        QCOMPARE(summary.keptLocal.value(QStringLiteral("rosters")), 1);
        QCOMPARE(summary.applied.value(QStringLiteral("templates")), 1);
        const auto added = cases.find(fresh);
        QVERIFY(added);
        QCOMPARE(added->data.person.name, QStringLiteral("中心名单"));
        QCOMPARE(added->state, core::CaseState::Registered);
        QCOMPARE(added->data.batchId, batchId);
        QVERIFY(cases.find(started)->data.person.name != QStringLiteral("不应覆盖")); // started here: kept
        QVERIFY(!cases.find(QStringLiteral("JD-X-") + m_stationId));                  // another venue's
        QCOMPARE(store::Outbox(*m_station).counts().pending, pendingBefore);          // nothing echoed
        const auto templates = exam::stationTemplates(*m_station);
        QVERIFY(templates);
        const auto used =
            std::find_if(templates->cbegin(), templates->cend(), [](const forms::ExamTemplate &t) {
                return t.group == core::Specialty::Orthopaedics;
            });
        QVERIFY(used != templates->cend());
        QCOMPARE(used->title, QStringLiteral("骨科查体（中心版）"));
        QCOMPARE(used->version, builtInVersion + 1);

        // A broken template is refused with its reason; the station keeps the forms it has.
        QJsonObject broken = orthopaedics;
        broken.insert(QStringLiteral("version"), builtInVersion + 2);
        broken.insert(QStringLiteral("sections"),
                      QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("s")}}});
        publish(QStringLiteral("templates"), {broken});
        const auto refused =
            centralsync::downloadReference(*m_station, link(), {QStringLiteral("templates")});
        QVERIFY(!refused.error.isEmpty());
        QCOMPARE(exam::stationTemplates(*m_station)->size(), templates->size());
        const auto again = exam::stationTemplates(*m_station);
        QCOMPARE(std::find_if(
                     again->cbegin(), again->cend(),
                     [](const forms::ExamTemplate &t) { return t.group == core::Specialty::Orthopaedics; })
                     ->version,
                 builtInVersion + 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncReference)
#include "tst_syncreference.moc"
