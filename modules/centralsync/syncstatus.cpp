#include "syncstatus.h"

#include "crypto/keystore.h"
#include "crypto/secretfile.h"
#include "store/outbox.h"
#include "store/syncrunlog.h"

#include <QFileInfo>

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

crypto::KeychainSecret hubTokenEntry(const QString &dataDir)
{
    return crypto::KeychainSecret(hubKeychainService(), QFileInfo(dataDir).absoluteFilePath());
}

crypto::KeychainSecret syncTokenEntry(const QString &dataDir)
{
    return crypto::KeychainSecret(keychainService(), QFileInfo(dataDir).absoluteFilePath());
}

QString hubToken(const QString &dataDir, QString *problem)
{
    if (QString token = qEnvironmentVariable("APPRAISAL_HUB_TOKEN"); !token.isEmpty())
        return token;
    return hubTokenEntry(dataDir).load(problem);
}

bool uploadsThroughHub(store::Database &database)
{
    return database.setting(store::settings::SyncServer).isEmpty() &&
           !database.setting(store::settings::HubUrl).isEmpty();
}

QUrl hubAddress(store::Database &database, const QString &path)
{
    QUrl hub(database.setting(store::settings::HubUrl));
    if (hub.isEmpty())
        return {};
    // wss://HOST:PORT/api/v1/venue/stream → https://HOST:PORT/path (same port, same certificate)
    hub.setScheme(hub.scheme() == QLatin1String("ws") || hub.scheme() == QLatin1String("http")
                      ? QStringLiteral("http")
                      : QStringLiteral("https"));
    hub.setPath(path);
    return hub;
}

QUrl configuredServer(store::Database &database)
{
    if (!uploadsThroughHub(database))
        return QUrl(database.setting(store::settings::SyncServer));
    return hubAddress(database, QStringLiteral("/"));
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
    return syncTokenEntry(dataDir).load(problem);
}

void recordRun(store::Database &database, const UploadSummary &summary)
{
    const QString state = summary.lastError.isEmpty() ? QStringLiteral("online")
                          : summary.networkFailure    ? QStringLiteral("offline")
                                                      : QStringLiteral("error");
    // A sync log row that cannot be written costs only the status line; the run itself stands.
    static_cast<void>(store::SyncRunLog(database).record({database.clock().now(), state, summary.uploaded,
                                                          summary.duplicates, summary.rejected,
                                                          summary.pending, summary.lastError}));
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
    const store::SyncRunLog log(database);
    if (const auto last = log.last()) {
        status.lastRun = last->finishedAt;
        status.state = last->state == QLatin1String("online")    ? SyncStatus::State::Online
                       : last->state == QLatin1String("offline") ? SyncStatus::State::Offline
                                                                 : SyncStatus::State::Error;
        status.lastError = last->error;
    }
    if (const auto clean = log.lastClean())
        status.lastSuccess = *clean;
    return status;
}

} // namespace centralsync
