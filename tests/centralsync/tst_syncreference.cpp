// Reference data from the central server: applied once, local changes waiting to upload kept,
// 304 when nothing changed, a new server epoch re-read without deleting, pages followed.
#include "syncfixture.h"

#include "centralsync/referencedownload.h"

#include <QJsonArray>
#include <QSqlQuery>

class TestSyncReference : public SyncFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { makeCertificate(); }
    void init() { setUpStation(); }
    void cleanup() { tearDown(); }

    void referenceDataComesDownOnceAndKeepsLocalChanges()
    {
        // The central system publishes two experts (one is the station's own E101), a room and a clause.
        QTemporaryDir files;
        const auto publish = [&](const QString &kind, const QJsonArray &items) {
            const QString path = files.filePath(kind + QStringLiteral(".json"));
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
        };
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
};

QTEST_GUILESS_MAIN(TestSyncReference)
#include "tst_syncreference.moc"
