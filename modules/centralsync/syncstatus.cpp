#include "syncstatus.h"

#include "crypto/keystore.h"
#include "crypto/secretfile.h"
#include "store/outbox.h"

#include <QFileInfo>
#include <QSqlQuery>

namespace centralsync {

QString keychainService()
{
    return QStringLiteral("appraisal-workstation-sync");
}

QString stationId(store::Database &database)
{
    const QString configured = database.setting(store::settings::SyncStationId);
    return configured.isEmpty() ? database.setting(store::settings::VenueId) : configured;
}

QString hubKeychainService()
{
    return QStringLiteral("appraisal-workstation-venue");
}

QString hubToken(const QString &dataDir, QString *problem)
{
    if (QString token = qEnvironmentVariable("APPRAISAL_HUB_TOKEN"); !token.isEmpty())
        return token;
    return crypto::KeychainSecret(hubKeychainService(), QFileInfo(dataDir).absoluteFilePath()).load(problem);
}

bool uploadsThroughHub(store::Database &database)
{
    return database.setting(store::settings::SyncServer).isEmpty() &&
           !database.setting(store::settings::HubUrl).isEmpty();
}

QUrl configuredServer(store::Database &database)
{
    if (!uploadsThroughHub(database))
        return QUrl(database.setting(store::settings::SyncServer));
    // wss://HOST:PORT/api/v1/venue/stream → https://HOST:PORT/ (same port, same certificate)
    QUrl hub(database.setting(store::settings::HubUrl));
    hub.setScheme(hub.scheme() == QLatin1String("ws") ? QStringLiteral("http") : QStringLiteral("https"));
    hub.setPath(QStringLiteral("/"));
    return hub;
}

ServerLink configuredLink(store::Database &database, QString *problem)
{
    ServerLink link;
    link.base = configuredServer(database);
    if (!link.base.isValid() || link.base.isEmpty()) {
        *problem =
            QCoreApplication::translate("centralsync", "No central server is set up for this station.");
        return link;
    }
    if (uploadsThroughHub(database)) {
        link.throughHub = true;
        link.pinnedCertificateSha256 = database.setting(store::settings::HubPin);
        link.stationId = database.setting(store::settings::HubStation);
        link.token = hubToken(QFileInfo(database.path()).absolutePath(), problem);
        if (link.token.isEmpty() && problem->isEmpty())
            *problem = QCoreApplication::translate("centralsync",
                                                   "This station is not enrolled at the venue hub yet.");
        return link;
    }
    const QString ca = database.setting(store::settings::SyncCa);
    if (!ca.isEmpty())
        link.trustedCas = QSslCertificate::fromPath(ca, QSsl::Pem);
    link.token = syncToken(QFileInfo(database.path()).absolutePath(), problem);
    if (link.token.isEmpty() && problem->isEmpty())
        *problem = QCoreApplication::translate("centralsync", "This station has no sync token yet.");
    link.stationId = stationId(database);
    return link;
}

QString syncToken(const QString &dataDir, QString *problem)
{
    if (QString token = qEnvironmentVariable("APPRAISAL_SYNC_TOKEN"); !token.isEmpty())
        return token;
    // A service has no keychain: the token is in a file (systemd's credential first).
    QString file = crypto::SecretFile::systemdCredential(QLatin1String(kSyncTokenCredential));
    if (file.isEmpty())
        file = qEnvironmentVariable(kSyncTokenFileVariable);
    if (!file.isEmpty())
        return crypto::SecretFile(file).load(problem);
    return crypto::KeychainSecret(keychainService(), QFileInfo(dataDir).absoluteFilePath()).load(problem);
}

void recordRun(store::Database &database, const UploadSummary &summary)
{
    const QString state = summary.lastError.isEmpty() ? QStringLiteral("online")
                          : summary.networkFailure    ? QStringLiteral("offline")
                                                      : QStringLiteral("error");
    QSqlQuery insert(database.connection());
    insert.prepare(
        QStringLiteral("INSERT INTO sync_runs(finished_at, state, uploaded, duplicates, rejected, pending, "
                       "error) VALUES(?, ?, ?, ?, ?, ?, ?)"));
    store::bindAll(insert, {database.clock().now().toString(Qt::ISODateWithMs), state, summary.uploaded,
                            summary.duplicates, summary.rejected, summary.pending, summary.lastError});
    insert.exec();
}

SyncStatus readSyncStatus(store::Database &database)
{
    SyncStatus status;
    const store::OutboxCounts counts = store::Outbox(database).counts();
    status.pending = counts.pending;
    status.quarantined = counts.quarantined;
    if (configuredServer(database).isEmpty())
        return status;
    status.state = SyncStatus::State::NeverRun;
    QSqlQuery query(database.connection());
    if (query.exec(
            QStringLiteral("SELECT finished_at, state, error FROM sync_runs ORDER BY id DESC LIMIT 1")) &&
        query.next()) {
        status.lastRun = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
        const QString state = query.value(1).toString();
        status.state = state == QLatin1String("online")    ? SyncStatus::State::Online
                       : state == QLatin1String("offline") ? SyncStatus::State::Offline
                                                           : SyncStatus::State::Error;
        status.lastError = query.value(2).toString();
    }
    if (query.exec(QStringLiteral("SELECT finished_at FROM sync_runs WHERE state = 'online' AND pending = 0 "
                                  "ORDER BY id DESC LIMIT 1")) &&
        query.next())
        status.lastSuccess = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
    return status;
}

} // namespace centralsync
