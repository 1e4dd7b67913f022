#pragma once

#include "uploader.h"

#include "crypto/keystore.h"

namespace centralsync {

// Where this station's sync stands, for the status bar and the sync page.
struct SyncStatus {
    enum class State { NotConfigured, NeverRun, Online, Offline, Error };
    State state = State::NotConfigured;
    QDateTime lastRun;
    QDateTime lastSuccess; // the last run that left nothing pending
    QString lastError;
    qint64 pending = 0;
    qint64 quarantined = 0;
};

// The server the station uploads to (setting sync.server) and the CA it trusts (sync.ca, a PEM
// file); the token from APPRAISAL_SYNC_TOKEN or the keychain entry of the data folder. A venue
// station without a sync.server of its own (venue.hub_url set) uploads to its hub, which forwards
// upstream: https on the hub's address, the pinned hub certificate (venue.hub_pin), the station's
// venue token (APPRAISAL_HUB_TOKEN or the keychain) and its venue name (venue.station).
QUrl configuredServer(store::Database &database);
// The enrolled hub's address for plain HTTPS requests (uploads through the hub, its health check):
// the saved stream url (venue.hub_url, wss://HOST:PORT/api/v1/venue/stream) with `path` instead,
// same host, port and certificate; http for a ws:// or http:// hub (loopback in tests). Empty when
// the station is not enrolled. The one place a hub's stream url becomes an HTTP address.
QUrl hubAddress(store::Database &database, const QString &path);
bool uploadsThroughHub(store::Database &database);
QString hubKeychainService(); // where a venue station's hub token is kept (account: the data folder)
// The keychain entries of the data folder `dataDir`: the venue station's hub token (saved at
// enrolment) and the station's sync token. Every reader and writer of those tokens goes through them.
crypto::KeychainSecret hubTokenEntry(const QString &dataDir);
crypto::KeychainSecret syncTokenEntry(const QString &dataDir);
// A venue station's token at its hub: APPRAISAL_HUB_TOKEN, else the keychain entry of `dataDir`
// (written at enrolment). The one place it is looked up (the upload link, venue::savedHubLink).
QString hubToken(const QString &dataDir, QString *problem = nullptr);
ServerLink configuredLink(store::Database &database, QString *problem);
QString keychainService();
// The station id a token is made for: the setting sync.station_id, by default the venue id.
QString
stationId(store::Database &database); // where the token is kept: service name; account = absolute data folder

// Where the token for sync.server comes from, first found wins: APPRAISAL_SYNC_TOKEN; the systemd
// credential sync-token; the file APPRAISAL_SYNC_TOKEN_FILE names (the venue hub as a service,
// written by `appraisal-server token set`); the keychain entry of the data folder `dataDir`.
inline constexpr auto kSyncTokenFileVariable = "APPRAISAL_SYNC_TOKEN_FILE";
inline constexpr auto kSyncTokenCredential = "sync-token";
QString syncToken(const QString &dataDir, QString *problem);

// Writes the run into the station's sync log (table sync_runs).
void recordRun(store::Database &database, const UploadSummary &summary);
SyncStatus readSyncStatus(store::Database &database);

} // namespace centralsync
