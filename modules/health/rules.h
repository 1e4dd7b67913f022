#pragma once

#include "report.h"

#include "crypto/keystore.h"
#include "printing/printerlink.h"

#include <QDateTime>

#include <optional>

namespace store {
class Database;
}

namespace health {

// The stable names of the checks, in the order they are listed.
namespace names {
inline constexpr char kDiskSpace[] = "disk_space";
inline constexpr char kDatabaseSize[] = "database_size";
inline constexpr char kWalSize[] = "wal_size";
inline constexpr char kBackupAge[] = "backup_age";
inline constexpr char kSyncLag[] = "sync_lag";
inline constexpr char kSyncError[] = "sync_error";
inline constexpr char kQuarantined[] = "quarantined";
inline constexpr char kHubLink[] = "hub_link";
inline constexpr char kCardReader[] = "card_reader";
inline constexpr char kTicketPrinter[] = "printer_ticket";
inline constexpr char kReceiptPrinter[] = "printer_receipt";
inline constexpr char kClockDrift[] = "clock_drift";
inline constexpr char kKeychain[] = "keychain";
inline constexpr char kOverdueCases[] = "overdue_cases";
} // namespace names

// The limits of each check, from the settings registry (health.*); README explains the defaults.
struct Thresholds {
    qint64 diskWarnMb = 5120;
    qint64 diskCriticalMb = 1024;
    qint64 databaseWarnMb = 2048;
    qint64 databaseCriticalMb = 8192;
    qint64 walWarnMb = 256;
    qint64 walCriticalMb = 1024;
    int backupWarnHours = 2;
    int backupCriticalHours = 24;
    int syncLagWarnMinutes = 60;
    int syncLagCriticalMinutes = 1440;
    int quarantineCritical = 10;
    int clockWarnSeconds = 60;
    int clockCriticalSeconds = 300;
    static Thresholds fromSettings(const store::Database &database);
};

enum class LinkState { NotConfigured, Online, Connecting, Offline, Refused };

// One configured printer as last seen.
struct PrinterFacts {
    QString setting;     // as configured: pdf | system[:NAME] | tcp:HOST[:PORT] | a device path
    bool probed = false; // a network printer was asked for its status
    core::Result<printing::PrinterStatus> status = printing::PrinterStatus{}; // the answer, or why none
    bool deviceWritable = true; // a device path: it exists and may be written
    QString liveProblem;        // what the station's print queue says (empty: fine)
    int waitingJobs = 0;        // jobs queued for it at this station
};

enum class CardReaderState { NotConfigured, Ready, Disconnected, Missing };

// Everything the checks look at, gathered elsewhere (gatherer.h), so the rules are plain functions.
struct Facts {
    QDateTime now;
    qint64 diskFreeBytes = -1; // -1: unknown
    qint64 databaseBytes = 0;
    qint64 walBytes = 0;
    std::optional<QDateTime> lastBackup;
    bool holdsRecords = false;
    bool syncConfigured = false;
    std::optional<QDateTime> oldestPending;
    qint64 pending = 0;
    QString lastRunState; // online | offline | error | "" (never ran)
    QString lastRunError;
    QDateTime lastRunAt;
    qint64 quarantined = 0;
    LinkState hub = LinkState::NotConfigured;
    qint64 hubCommandsWaiting = 0;
    QString hubError;
    CardReaderState cardReader = CardReaderState::NotConfigured;
    QString cardReaderPort;
    std::optional<PrinterFacts> ticketPrinter;
    std::optional<PrinterFacts> receiptPrinter;
    std::optional<qint64> clockOffsetSeconds; // server minus station
    QString clockSource;                      // hub | central
    QDateTime clockMeasuredAt;
    crypto::KeyStore::Outcome keychain = crypto::KeyStore::Outcome::Found;
    QString keychainError;
    int overdueCases = 0;
    int dueSoonCases = 0;
};

class Rules
{
    Q_DECLARE_TR_FUNCTIONS(health::Rules)
public:
    static Report evaluate(const Facts &facts, const Thresholds &limits);

    static Check diskSpace(const Facts &facts, const Thresholds &limits);
    static Check databaseSize(const Facts &facts, const Thresholds &limits);
    static Check walSize(const Facts &facts, const Thresholds &limits);
    static Check backupAge(const Facts &facts, const Thresholds &limits);
    static Check syncLag(const Facts &facts, const Thresholds &limits);
    static Check syncError(const Facts &facts);
    static Check quarantined(const Facts &facts, const Thresholds &limits);
    static Check hubLink(const Facts &facts);
    static Check cardReader(const Facts &facts);
    static Check printer(const char *name, const std::optional<PrinterFacts> &printer);
    static Check clockDrift(const Facts &facts, const Thresholds &limits);
    static Check keychain(const Facts &facts);
    static Check overdueCases(const Facts &facts);

    // The check's title for people ("Free disk space"), by its stable name.
    static QString title(const QString &name);
    static QString megabytes(qint64 bytes);
    static QString duration(qint64 seconds); // "3 h 20 min", "2 d 4 h"
};

} // namespace health
