#include "gatherer.h"

#include "centralsync/syncstatus.h"
#include "deadlines/deadlineservice.h"
#include "store/backup.h"
#include "store/healthrepository.h"
#include "store/outbox.h"
#include "store/stationkey.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QStorageInfo>
#include <QTimer>

namespace health {

FreeSpace fileSystemFreeSpace()
{
    return [](const QString &path) -> std::optional<qint64> {
        const QStorageInfo storage(path);
        if (!storage.isValid() || !storage.isReady())
            return std::nullopt;
        return storage.bytesAvailable();
    };
}

Facts gatherLocal(store::Database &database, const QString &dataDir, const FreeSpace &freeSpace)
{
    Facts facts;
    facts.now = database.clock().now();
    facts.diskFreeBytes = freeSpace(dataDir).value_or(-1);
    facts.databaseBytes = QFileInfo(database.path()).size();
    facts.walBytes = QFileInfo(database.path() + QStringLiteral("-wal")).size();
    // At most backup.keep files, named by the time they were taken: no copy is opened.
    const QList<store::BackupInfo> backups = store::Backups(dataDir).list();
    if (!backups.isEmpty())
        facts.lastBackup = backups.constLast().takenAt;

    const store::HealthRepository repository(database);
    facts.holdsRecords = repository.holdsRecords();
    facts.syncConfigured = !centralsync::configuredServer(database).isEmpty();
    const store::OutboxCounts counts = store::Outbox(database).counts(); // outbox_tally: constant time
    facts.pending = counts.pending;
    facts.quarantined = counts.quarantined;
    facts.oldestPending = repository.oldestPendingRecord();
    if (const auto run = repository.lastSyncRun()) {
        facts.lastRunState = run->state;
        facts.lastRunError = run->error;
        facts.lastRunAt = run->finishedAt;
    }
    if (!database.setting(store::settings::HubUrl).isEmpty()) {
        facts.hub = LinkState::Connecting; // until the live link or a probe says more
        facts.hubCommandsWaiting = repository.hubCommandsWaiting();
    }
    if (const auto offset = repository.clockOffset()) {
        facts.clockOffsetSeconds = offset->seconds;
        facts.clockSource = offset->source;
        facts.clockMeasuredAt = offset->at;
    }
    const deadlines::DeadlineService::Tally tally = deadlines::DeadlineService(database).tally();
    facts.overdueCases = tally.overdue;
    facts.dueSoonCases = tally.dueSoon;
    return facts;
}

ProbePlan planProbes(store::Database &database, const QString &dataDir, bool probeHub)
{
    ProbePlan plan;
    plan.dataDir = dataDir;
    plan.ticketPrinter = database.setting(store::settings::PrinterTicket);
    plan.receiptPrinter = database.setting(store::settings::PrinterReceipt);
    plan.cardReaderPort = database.setting(store::settings::CardReaderPort);
    if (probeHub && !database.setting(store::settings::HubUrl).isEmpty()) {
        plan.hubHealth = centralsync::hubAddress(database, QStringLiteral("/api/v1/health"));
        plan.hubPin = database.setting(store::settings::HubPin);
    }
    return plan;
}

namespace {

PrinterFacts probePrinter(const QString &setting, int timeoutMs)
{
    PrinterFacts printer;
    printer.setting = setting;
    if (setting.startsWith(QLatin1String("tcp:"))) {
        printing::PrinterTarget target{setting, qMin(timeoutMs, 2000), 500};
        printer.probed = true;
        printer.status = printing::queryStatus(target);
    } else if (setting.startsWith(QLatin1Char('/'))) {
        const QFileInfo device(setting);
        // A spool file that does not exist yet is created by the first job: its folder must be writable.
        printer.deviceWritable =
            device.exists() ? device.isWritable() : QFileInfo(device.absolutePath()).isWritable();
    }
    return printer;
}

QString devicePath(const QString &port)
{
    return port.startsWith(QLatin1Char('/')) ? port : QStringLiteral("/dev/") + port;
}

void probeHub(const ProbePlan &plan, const QDateTime &stationNow, ProbeResults &results)
{
    results.hubProbed = true;
    QNetworkAccessManager network;
    QNetworkRequest request(plan.hubHealth);
    request.setTransferTimeout(plan.timeoutMs);
    QNetworkReply *reply = network.get(request);
    const QString pin = plan.hubPin;
    if (!pin.isEmpty()) {
        const auto pinned = [reply, pin] {
            return QString::fromLatin1(reply->sslConfiguration()
                                           .peerCertificate()
                                           .digest(QCryptographicHash::Sha256)
                                           .toHex()) == pin;
        };
        QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply, pinned](const QList<QSslError> &) {
            if (pinned())
                reply->ignoreSslErrors(); // the self-signed certificate pinned at enrolment
        });
        QObject::connect(reply, &QNetworkReply::encrypted, reply, [reply, pinned] {
            if (!pinned())
                reply->abort();
        });
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(plan.timeoutMs + 500, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!reply->isFinished())
        reply->abort();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    results.hubReached = status == 200;
    if (!results.hubReached)
        results.hubError = status > 0 ? QStringLiteral("HTTP %1").arg(status) : reply->errorString();
    if (const auto hubTime = store::parseHttpDate(reply->rawHeader(QByteArrayLiteral("Date"))))
        results.hubClockOffsetSeconds = stationNow.secsTo(*hubTime);
    delete reply;
}

} // namespace

ProbeResults probe(const ProbePlan &plan, const QDateTime &stationNow)
{
    ProbeResults results;
    results.ticketPrinter = probePrinter(plan.ticketPrinter, plan.timeoutMs);
    results.receiptPrinter = probePrinter(plan.receiptPrinter, plan.timeoutMs);
    if (!plan.cardReaderPort.isEmpty())
        results.cardReader = QFileInfo::exists(devicePath(plan.cardReaderPort)) ? CardReaderState::Ready
                                                                                : CardReaderState::Missing;
    const crypto::KeyStore::Lookup key = store::keychainFor(plan.dataDir)->load();
    results.keychain = key.outcome;
    results.keychainError = key.error;
    if (plan.hubHealth.isValid())
        probeHub(plan, stationNow, results);
    return results;
}

void merge(Facts &facts, const ProbePlan &plan, const ProbeResults &results)
{
    facts.ticketPrinter = results.ticketPrinter;
    facts.receiptPrinter = results.receiptPrinter;
    facts.cardReader = results.cardReader;
    facts.cardReaderPort = plan.cardReaderPort;
    facts.keychain = results.keychain;
    facts.keychainError = results.keychainError;
    if (results.hubProbed) {
        facts.hub = results.hubReached ? LinkState::Online : LinkState::Offline;
        facts.hubError = results.hubError;
        if (results.hubClockOffsetSeconds) { // fresher than any kept from the last upload
            facts.clockOffsetSeconds = results.hubClockOffsetSeconds;
            facts.clockSource = QStringLiteral("hub");
            facts.clockMeasuredAt = facts.now;
        }
    }
}

Report evaluateNow(store::Database &database, const QString &dataDir, const FreeSpace &freeSpace)
{
    Facts facts = gatherLocal(database, dataDir, freeSpace);
    const ProbePlan plan = planProbes(database, dataDir, true);
    merge(facts, plan, probe(plan, facts.now));
    return Rules::evaluate(facts, Thresholds::fromSettings(database));
}

} // namespace health
