#include "syncbench.h"

#include "centralsync/uploader.h"
#include "httpd/loopbackcertificate.h"
#include "store/outbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace bench {

namespace {

QJsonObject failure(const QString &message)
{
    return {{QStringLiteral("error"), message}};
}

// A payload of the size and shape of a real outbox row (a case transition with its audit details).
QJsonObject payloadFor(int i)
{
    return {{QStringLiteral("acceptance_no"), QStringLiteral("JD2026-%1").arg(i, 5, 10, QLatin1Char('0'))},
            {QStringLiteral("from"), QStringLiteral("waiting_exam1")},
            {QStringLiteral("to"), QStringLiteral("exam1")},
            {QStringLiteral("at"),
             QStringLiteral("2026-11-23T09:%1:00.000").arg(i % 60, 2, 10, QLatin1Char('0'))},
            {QStringLiteral("actor"), QStringLiteral("zhuanjia")},
            {QStringLiteral("reason"), QStringLiteral("叫号后开始查体")},
            {QStringLiteral("room"), QStringLiteral("R%1").arg(i % 4 + 1)}};
}

} // namespace

QJsonObject runSyncBench(int count, const QString &dataDir)
{
    QTemporaryDir temporary;
    const QString root = dataDir.isEmpty() ? temporary.path() : dataDir;
    QDir().mkpath(root);
    const QString serverDir = QDir(root).filePath(QStringLiteral("server"));
    QDir(serverDir).removeRecursively();
    QDir().mkpath(serverDir);
    const QString cert = QDir(serverDir).filePath(QStringLiteral("cert.pem"));
    const QString key = QDir(serverDir).filePath(QStringLiteral("key.pem"));
    if (const core::Status made = httpd::makeLoopbackCertificate(serverDir); !made)
        return failure(made.error());

    // The station: `count` rows in its outbox, written as the services write them.
    QStandardPaths::setTestModeEnabled(true); // the data key stays out of the real keychain
    core::SystemClock clock;
    const QString stationDir = QDir(root).filePath(QStringLiteral("station"));
    QDir(stationDir).removeRecursively();
    auto opened = store::Database::open(store::databasePath(stationDir), clock, crypto::DataKey::generate());
    if (!opened.database)
        return failure(opened.error);
    store::Database &station = *opened.database;
    const core::Status filled = station.transaction([&]() -> core::Status {
        store::Outbox outbox(station);
        for (int i = 0; i < count; ++i)
            if (core::Status s =
                    outbox.append(QStringLiteral("case_transition"), QStringLiteral("bench-%1").arg(i),
                                  payloadFor(i), store::Outbox::Versioning::FirstOnly);
                !s)
                return s;
        return {};
    });
    if (!filled)
        return failure(filled.error());

    const QString server = QCoreApplication::applicationDirPath() + QStringLiteral("/appraisal-server");
    QProcess token;
    token.start(server, {QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--data-dir"),
                         serverDir, QStringLiteral("--station"), QStringLiteral("BENCH")});
    token.waitForFinished(10000);
    centralsync::ServerLink link;
    link.token = QString::fromLatin1(token.readAllStandardOutput()).trimmed();
    link.stationId = QStringLiteral("BENCH");
    link.trustedCas = QSslCertificate::fromPath(cert);
    QProcess process;
    process.start(server,
                  {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"),
                   serverDir, QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key});
    if (!process.waitForReadyRead(10000))
        return failure(QStringLiteral("appraisal-server did not start (%1)").arg(server));
    const auto match = QRegularExpression(QStringLiteral("listening on (https://[^\\s]+)"))
                           .match(QString::fromUtf8(process.readLine()));
    if (!match.hasMatch() || link.token.isEmpty())
        return failure(QStringLiteral("appraisal-server did not start with TLS"));
    link.base = QUrl(match.captured(1));

    QElapsedTimer timer;
    timer.start();
    const centralsync::UploadSummary summary = centralsync::Uploader::runToCompletion(station, link, 3);
    const double uploadSeconds = double(timer.nsecsElapsed()) / 1e9;
    process.terminate();
    process.waitForFinished(10000);
    if (summary.uploaded != count)
        return failure(
            QStringLiteral("uploaded %1 of %2: %3").arg(summary.uploaded).arg(count).arg(summary.lastError));

    // The floor: the same rows into the server's table in one SQLite transaction (same settings).
    const QString rawPath = QDir(root).filePath(QStringLiteral("raw.db"));
    QFile::remove(rawPath);
    double rawSeconds = 0;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-raw"));
        raw.setDatabaseName(rawPath);
        raw.open();
        QSqlQuery query(raw);
        query.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        query.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        query.exec(QStringLiteral(
            "CREATE TABLE records (id TEXT PRIMARY KEY, station TEXT NOT NULL, type TEXT NOT NULL, "
            "entity_key TEXT NOT NULL, version INTEGER NOT NULL, predecessor TEXT NOT NULL, "
            "payload TEXT NOT NULL, sha256 TEXT NOT NULL, batch_id TEXT NOT NULL, "
            "received_at TEXT NOT NULL)"));
        // The rows are ready before the clock starts: only the inserts and the commit are timed.
        QList<QVariantList> rows;
        int i = 0;
        for (const auto &[recordId, entityKey] : store::Outbox(station).recordKeys()) {
            const QJsonObject payload = payloadFor(i++);
            rows.append({recordId, QStringLiteral("BENCH"), QStringLiteral("case_transition"), entityKey, 1,
                         QStringLiteral(""), QString::fromUtf8(centralsync::canonicalPayload(payload)),
                         centralsync::payloadHash(payload), QStringLiteral("raw"),
                         QStringLiteral("2026-11-23T09:00:00.000")});
        }
        timer.restart();
        raw.transaction();
        query.prepare(QStringLiteral("INSERT INTO records VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariantList &row : std::as_const(rows)) {
            for (const QVariant &value : row)
                query.addBindValue(value);
            query.exec();
        }
        raw.commit();
        rawSeconds = double(timer.nsecsElapsed()) / 1e9;
        query = QSqlQuery();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-raw"));
    const double recordsPerSecond = count / uploadSeconds;
    const double rawPerSecond = count / rawSeconds;
    return {{QStringLiteral("records"), count},
            {QStringLiteral("records_per_s"), qRound(recordsPerSecond)},
            {QStringLiteral("raw_insert_per_s"), qRound(rawPerSecond)},
            {QStringLiteral("ratio"), qRound(recordsPerSecond / rawPerSecond * 1000) / 1000.0}};
}

} // namespace bench
