#pragma once

#include "rules.h"

#include <QUrl>

#include <functional>

namespace store {
class Database;
}

namespace health {

// Free bytes on the disk holding `path`, or nullopt when unknown. Tests pass their own to drive the
// disk check; the station and the command line use the file system's (QStorageInfo).
using FreeSpace = std::function<std::optional<qint64>(const QString &path)>;
FreeSpace fileSystemFreeSpace();

// The facts that come from this station's database and its data folder: bounded queries and file
// sizes, cheap enough for the UI thread once a minute. Device, hub and keychain facts are left at
// "not configured" / "found" for probe() and the running station to fill in.
Facts gatherLocal(store::Database &database, const QString &dataDir, const FreeSpace &freeSpace);

// What to probe away from the database: blocking, with short time-outs, safe on a worker thread.
struct ProbePlan {
    QString dataDir;
    QString ticketPrinter;  // setting printer.ticket
    QString receiptPrinter; // setting printer.receipt
    QString cardReaderPort; // setting card_reader.port (empty: none)
    QUrl hubHealth;         // GET here (the hub's /api/v1/health) when set: the command line's hub check
    QString hubPin;         // the hub certificate's SHA-256 pinned at enrolment
    int timeoutMs = 3000;
};
ProbePlan planProbes(store::Database &database, const QString &dataDir, bool probeHub);

struct ProbeResults {
    PrinterFacts ticketPrinter;
    PrinterFacts receiptPrinter;
    CardReaderState cardReader = CardReaderState::NotConfigured;
    crypto::KeyStore::Outcome keychain = crypto::KeyStore::Outcome::Found;
    QString keychainError;
    bool hubProbed = false;
    bool hubReached = false;
    QString hubError;
    std::optional<qint64> hubClockOffsetSeconds; // from the hub's Date header
};
ProbeResults probe(const ProbePlan &plan, const QDateTime &stationNow);
void merge(Facts &facts, const ProbePlan &plan, const ProbeResults &results);

// The whole evaluation at once, as `appraisal-admin health` runs it (probing the hub over HTTP).
Report evaluateNow(store::Database &database, const QString &dataDir, const FreeSpace &freeSpace);

} // namespace health
