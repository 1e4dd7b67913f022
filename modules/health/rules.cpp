#include "rules.h"

#include "store/database.h"

namespace health {

namespace {

constexpr qint64 kMb = 1024 * 1024;

Check make(const char *name, Level level, QString value, QString advice = {})
{
    return Check{QString::fromLatin1(name), level, std::move(value), std::move(advice)};
}

} // namespace

Thresholds Thresholds::fromSettings(const store::Database &database)
{
    namespace s = store::settings;
    Thresholds t;
    t.diskWarnMb = database.settingNumber(s::HealthDiskWarnMb);
    t.diskCriticalMb = database.settingNumber(s::HealthDiskCriticalMb);
    t.databaseWarnMb = database.settingNumber(s::HealthDatabaseWarnMb);
    t.databaseCriticalMb = database.settingNumber(s::HealthDatabaseCriticalMb);
    t.walWarnMb = database.settingNumber(s::HealthWalWarnMb);
    t.walCriticalMb = database.settingNumber(s::HealthWalCriticalMb);
    t.backupWarnHours = database.settingNumber(s::HealthBackupWarnHours);
    t.backupCriticalHours = database.settingNumber(s::HealthBackupCriticalHours);
    t.syncLagWarnMinutes = database.settingNumber(s::HealthSyncLagWarnMinutes);
    t.syncLagCriticalMinutes = database.settingNumber(s::HealthSyncLagCriticalMinutes);
    t.quarantineCritical = database.settingNumber(s::HealthQuarantineCritical);
    t.clockWarnSeconds = database.settingNumber(s::HealthClockWarnSeconds);
    t.clockCriticalSeconds = database.settingNumber(s::HealthClockCriticalSeconds);
    return t;
}

QString Rules::megabytes(qint64 bytes)
{
    if (bytes >= 10 * 1024 * kMb)
        return tr("%1 GB").arg(double(bytes) / double(1024 * kMb), 0, 'f', 1);
    return tr("%1 MB").arg(double(bytes) / double(kMb), 0, 'f', 1);
}

QString Rules::duration(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    if (seconds < 3600)
        return tr("%1 min").arg(seconds / 60);
    if (seconds < 48 * 3600)
        return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    return tr("%1 d %2 h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
}

QString Rules::title(const QString &name)
{
    using namespace names;
    if (name == QLatin1String(kDiskSpace))
        return tr("Free disk space");
    if (name == QLatin1String(kDatabaseSize))
        return tr("Database size");
    if (name == QLatin1String(kWalSize))
        return tr("Write-ahead log");
    if (name == QLatin1String(kBackupAge))
        return tr("Last backup");
    if (name == QLatin1String(kSyncLag))
        return tr("Upload lag");
    if (name == QLatin1String(kSyncError))
        return tr("Last sync");
    if (name == QLatin1String(kQuarantined))
        return tr("Set-aside records");
    if (name == QLatin1String(kHubLink))
        return tr("Venue hub");
    if (name == QLatin1String(kCardReader))
        return tr("ID card reader");
    if (name == QLatin1String(kTicketPrinter))
        return tr("Ticket printer");
    if (name == QLatin1String(kReceiptPrinter))
        return tr("Receipt printer");
    if (name == QLatin1String(kClockDrift))
        return tr("Clock");
    if (name == QLatin1String(kKeychain))
        return tr("Keychain");
    if (name == QLatin1String(kOverdueCases))
        return tr("Time limits");
    return name;
}

Check Rules::diskSpace(const Facts &facts, const Thresholds &limits)
{
    if (facts.diskFreeBytes < 0)
        return make(names::kDiskSpace, Level::Critical,
                    tr("the free space of the data folder's disk is unknown"),
                    tr("Check that the data folder exists and its disk is mounted."));
    const QString value = tr("%1 free").arg(megabytes(facts.diskFreeBytes));
    const QString advice = tr("Free space on the data folder's disk: delete old files there or move the "
                              "backups to a larger disk (settings backup.keep, backup.budget_mb).");
    if (facts.diskFreeBytes < limits.diskCriticalMb * kMb)
        return make(names::kDiskSpace, Level::Critical, value, advice);
    if (facts.diskFreeBytes < limits.diskWarnMb * kMb)
        return make(names::kDiskSpace, Level::Warning, value, advice);
    return make(names::kDiskSpace, Level::Ok, value);
}

Check Rules::databaseSize(const Facts &facts, const Thresholds &limits)
{
    const QString value = tr("station.db %1").arg(megabytes(facts.databaseBytes));
    const QString advice =
        tr("The database has grown beyond what is backed up in seconds: ask the "
           "supplier to move old materials out (appraisal-admin materials) and to compact it.");
    if (facts.databaseBytes > limits.databaseCriticalMb * kMb)
        return make(names::kDatabaseSize, Level::Critical, value, advice);
    if (facts.databaseBytes > limits.databaseWarnMb * kMb)
        return make(names::kDatabaseSize, Level::Warning, value, advice);
    return make(names::kDatabaseSize, Level::Ok, value);
}

Check Rules::walSize(const Facts &facts, const Thresholds &limits)
{
    const QString value = tr("%1 not yet written into the database").arg(megabytes(facts.walBytes));
    const QString advice = tr("A long-running reader keeps the log from being folded in: restart the "
                              "station at the end of the day; if it stays large, call the supplier.");
    if (facts.walBytes > limits.walCriticalMb * kMb)
        return make(names::kWalSize, Level::Critical, value, advice);
    if (facts.walBytes > limits.walWarnMb * kMb)
        return make(names::kWalSize, Level::Warning, value, advice);
    return make(names::kWalSize, Level::Ok, value);
}

Check Rules::backupAge(const Facts &facts, const Thresholds &limits)
{
    const QString advice =
        tr("Take a backup now (appraisal-admin backup create) and check the backup "
           "folder's disk; the station takes one every backup.interval_minutes while it runs.");
    if (!facts.lastBackup) {
        if (!facts.holdsRecords)
            return make(names::kBackupAge, Level::Ok, tr("no backup yet, and nothing to back up"));
        return make(names::kBackupAge, Level::Warning, tr("no backup yet"), advice);
    }
    const qint64 age = facts.lastBackup->secsTo(facts.now);
    const QString value =
        tr("%1 ago (%2)").arg(duration(age), facts.lastBackup->toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (age > qint64(limits.backupCriticalHours) * 3600)
        return make(names::kBackupAge, Level::Critical, value, advice);
    if (age > qint64(limits.backupWarnHours) * 3600)
        return make(names::kBackupAge, Level::Warning, value, advice);
    return make(names::kBackupAge, Level::Ok, value);
}

Check Rules::syncLag(const Facts &facts, const Thresholds &limits)
{
    if (!facts.syncConfigured)
        return make(names::kSyncLag, Level::Ok, tr("sync is not set up"));
    if (!facts.oldestPending)
        return make(names::kSyncLag, Level::Ok, tr("nothing waiting"));
    const qint64 age = facts.oldestPending->secsTo(facts.now);
    const QString value =
        tr("%n record(s) waiting, the oldest for %1", nullptr, int(qMin<qint64>(facts.pending, INT_MAX)))
            .arg(duration(age));
    const QString advice = tr("Records are not reaching the central system: check the network and the "
                              "Synchronization page; nothing is lost, they wait on this station.");
    if (age > qint64(limits.syncLagCriticalMinutes) * 60)
        return make(names::kSyncLag, Level::Critical, value, advice);
    if (age > qint64(limits.syncLagWarnMinutes) * 60)
        return make(names::kSyncLag, Level::Warning, value, advice);
    return make(names::kSyncLag, Level::Ok, value);
}

Check Rules::syncError(const Facts &facts)
{
    if (!facts.syncConfigured)
        return make(names::kSyncError, Level::Ok, tr("sync is not set up"));
    if (facts.lastRunState.isEmpty())
        return make(names::kSyncError, Level::Ok, tr("no sync run yet"));
    const QString when = facts.lastRunAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (facts.lastRunState == QLatin1String("online"))
        return make(names::kSyncError, Level::Ok, tr("last run %1 went through").arg(when));
    const QString value = tr("last run %1: %2").arg(when, facts.lastRunError.left(300));
    if (facts.lastRunState == QLatin1String("offline"))
        return make(names::kSyncError, Level::Warning, value,
                    tr("The server did not answer: check the network cable and the server address; the "
                       "station tries again by itself."));
    // Refused (token, station id, a bad certificate): trying again cannot help.
    return make(names::kSyncError, Level::Critical, value,
                tr("The server refused the upload: check the sync token and the station id on the "
                   "Synchronization page, or enrol the station again."));
}

Check Rules::quarantined(const Facts &facts, const Thresholds &limits)
{
    const QString value =
        tr("%n record(s) set aside", nullptr, int(qMin<qint64>(facts.quarantined, INT_MAX)));
    const QString advice = tr("The server refused these records: open the Synchronization page, read "
                              "each reason and tell the supplier.");
    if (facts.quarantined >= limits.quarantineCritical)
        return make(names::kQuarantined, Level::Critical, value, advice);
    if (facts.quarantined > 0)
        return make(names::kQuarantined, Level::Warning, value, advice);
    return make(names::kQuarantined, Level::Ok, value);
}

Check Rules::hubLink(const Facts &facts)
{
    const QString waiting = facts.hubCommandsWaiting > 0
                                ? tr(", %n command(s) waiting for it", nullptr,
                                     int(qMin<qint64>(facts.hubCommandsWaiting, INT_MAX)))
                                : QString();
    switch (facts.hub) {
    case LinkState::NotConfigured:
        return make(names::kHubLink, Level::Ok, tr("one PC (no venue hub)"));
    case LinkState::Online:
        if (facts.hubCommandsWaiting > 0)
            return make(names::kHubLink, Level::Warning, tr("connected") + waiting,
                        tr("The hub has not answered every command yet; if the number does not go "
                           "down within a minute, check the hub PC."));
        return make(names::kHubLink, Level::Ok, tr("connected"));
    case LinkState::Connecting:
        return make(
            names::kHubLink, Level::Warning, tr("connecting…") + waiting,
            tr("Wait a moment; if it stays like this, check the LAN cable and that the hub PC is on."));
    case LinkState::Offline:
        return make(
            names::kHubLink, Level::Critical,
            tr("not reachable") + waiting +
                (facts.hubError.isEmpty()
                     ? QString()
                     : tr(" (%1)", "the hub's error after the link state").arg(facts.hubError.left(200))),
            tr("Check the LAN cable and that the hub PC and appraisal-server are running; work "
               "goes on here and what waits is sent when the hub is back."));
    case LinkState::Refused:
        return make(names::kHubLink, Level::Critical, tr("the hub refused this station"),
                    tr("Enrol this station again with a code from the hub (appraisal-admin venue enrol)."));
    }
    return make(names::kHubLink, Level::Critical, QString());
}

Check Rules::cardReader(const Facts &facts)
{
    switch (facts.cardReader) {
    case CardReaderState::NotConfigured:
        return make(names::kCardReader, Level::Ok, tr("none set up (ID numbers are typed)"));
    case CardReaderState::Ready:
        return make(names::kCardReader, Level::Ok, tr("ready on %1").arg(facts.cardReaderPort));
    case CardReaderState::Disconnected:
        return make(names::kCardReader, Level::Warning, tr("not answering on %1").arg(facts.cardReaderPort),
                    tr("Unplug the reader and plug it in again; meanwhile type the ID number."));
    case CardReaderState::Missing:
        return make(names::kCardReader, Level::Critical,
                    tr("port %1 does not exist").arg(facts.cardReaderPort),
                    tr("Plug the reader in, or correct the setting card_reader.port; meanwhile type "
                       "the ID number."));
    }
    return make(names::kCardReader, Level::Critical, QString());
}

Check Rules::printer(const char *name, const std::optional<PrinterFacts> &printer)
{
    if (!printer || printer->setting.isEmpty() || printer->setting == QLatin1String("pdf"))
        return make(name, Level::Ok, tr("PDF files in the spool folder"));
    const QString loadPaper =
        tr("Load paper (or switch the printer on), then press Retry on the desk's page.");
    const QString where = printer->setting;
    if (!printer->liveProblem.isEmpty())
        return make(
            name, Level::Critical,
            tr("%1: %2, %n job(s) waiting", nullptr, printer->waitingJobs).arg(where, printer->liveProblem),
            loadPaper);
    if (printer->probed) {
        if (!printer->status)
            return make(name, Level::Critical, tr("%1: %2").arg(where, printer->status.error()),
                        tr("Check that the printer is on and its network cable is plugged in."));
        const printing::PrinterStatus &status = printer->status.value();
        if (!status.answered && printer->waitingJobs == 0)
            return make(name, Level::Ok, tr("%1: reachable (it does not report paper or errors)").arg(where));
        if (status.offline)
            return make(name, Level::Critical, tr("%1: printer offline").arg(where), loadPaper);
        if (status.paperOut)
            return make(name, Level::Critical, tr("%1: out of paper").arg(where), loadPaper);
        if (status.paperNearEnd)
            return make(name, Level::Warning, tr("%1: paper is running low").arg(where),
                        tr("Put a new roll of paper beside the printer and change it at the next pause."));
    }
    if (!printer->deviceWritable)
        return make(name, Level::Critical, tr("%1 cannot be opened").arg(where),
                    tr("Plug the printer in and switch it on, or correct the printer setting."));
    if (printer->waitingJobs > 0)
        return make(name, Level::Warning,
                    tr("%1: %n job(s) waiting", nullptr, printer->waitingJobs).arg(where),
                    tr("The printer is slow to take jobs; check it if the number does not go down."));
    return make(name, Level::Ok, tr("%1: ready").arg(where));
}

Check Rules::clockDrift(const Facts &facts, const Thresholds &limits)
{
    if (!facts.clockOffsetSeconds)
        return make(names::kClockDrift, Level::Ok, tr("not compared yet (no reply from a hub or server)"));
    const qint64 offset = *facts.clockOffsetSeconds;
    const QString source =
        facts.clockSource == QLatin1String("hub") ? tr("the venue hub") : tr("the central system");
    const QString value = offset == 0  ? tr("same time as %1").arg(source)
                          : offset > 0 ? tr("%1 s behind %2").arg(offset).arg(source)
                                       : tr("%1 s ahead of %2").arg(-offset).arg(source);
    const QString advice = tr("Set this PC's clock right (time synchronisation, NTP): queue numbers, "
                              "time limits and the audit trail depend on it.");
    const qint64 size = qAbs(offset);
    if (size > limits.clockCriticalSeconds)
        return make(names::kClockDrift, Level::Critical, value, advice);
    if (size > limits.clockWarnSeconds)
        return make(names::kClockDrift, Level::Warning, value, advice);
    return make(names::kClockDrift, Level::Ok, value);
}

Check Rules::keychain(const Facts &facts)
{
    switch (facts.keychain) {
    case crypto::KeyStore::Outcome::Found:
        return make(names::kKeychain, Level::Ok, tr("the data key is in the keychain"));
    case crypto::KeyStore::Outcome::Missing:
        return make(
            names::kKeychain, Level::Critical, tr("the keychain holds no data key for this station"),
            tr("Do not close the station: the next start needs the recovery key. Call the venue admin."));
    case crypto::KeyStore::Outcome::Failed:
        break;
    }
    return make(names::kKeychain, Level::Critical,
                tr("the keychain cannot be reached: %1").arg(facts.keychainError.left(300)),
                tr("Log in to the desktop session again (the keychain opens with it); the next start of "
                   "the station needs the keychain."));
}

Check Rules::overdueCases(const Facts &facts)
{
    if (facts.overdueCases > 0)
        return make(names::kOverdueCases, Level::Critical,
                    tr("%n case(s) past the legal time limit", nullptr, facts.overdueCases),
                    tr("Open the clerk's time limits list: conclude, extend (with a reason) or deliver "
                       "these cases today."));
    if (facts.dueSoonCases > 0)
        return make(names::kOverdueCases, Level::Warning,
                    tr("%n case(s) due soon", nullptr, facts.dueSoonCases),
                    tr("Plan these cases first: see the clerk's time limits list."));
    return make(names::kOverdueCases, Level::Ok, tr("no case near its limit"));
}

Report Rules::evaluate(const Facts &facts, const Thresholds &limits)
{
    Report report;
    report.checks = {diskSpace(facts, limits),
                     databaseSize(facts, limits),
                     walSize(facts, limits),
                     backupAge(facts, limits),
                     syncLag(facts, limits),
                     syncError(facts),
                     quarantined(facts, limits),
                     hubLink(facts),
                     cardReader(facts),
                     printer(names::kTicketPrinter, facts.ticketPrinter),
                     printer(names::kReceiptPrinter, facts.receiptPrinter),
                     clockDrift(facts, limits),
                     keychain(facts),
                     overdueCases(facts)};
    return report;
}

} // namespace health
