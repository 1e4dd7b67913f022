#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace store {

// The kind of value a setting holds; the registry checks a value against it before it is stored.
enum class SettingType {
    Text,    // free text (may be empty)
    Integer, // whole number within [minimum, maximum]
    Boolean, // "0" or "1"
    Choice,  // one of `choices`
    Time,    // "HH:mm", 00:00 to 23:59
    Url,     // empty, or an absolute http(s)/ws(s) URL
    Path,    // empty, or a file or folder path
    Printer, // pdf | system | system:NAME | tcp:HOST[:PORT] | a device path
};

// Who may change a setting. Readers are everyone; the registry decides writers.
enum class SettingWriter {
    VenueAdmin, // from the settings dialog or `appraisal-admin settings set`
    System,     // written only by the product itself (venue setup, roster import, enrolment, cursors)
};

// One entry of the settings registry. Every setting the product reads is one of the constants in
// store::settings below; Database::setting() takes only these, so no key or default is written out
// anywhere else, and a key that is not registered does not compile.
struct SettingSpec {
    const char *key;
    SettingType type;
    const char *defaultValue; // what a station that never set it uses ("" for none)
    int minimum = 0;          // Integer only
    int maximum = 0;          // Integer only
    QStringList choices = {}; // Choice only
    SettingWriter writer = SettingWriter::VenueAdmin;
    bool synced = false;          // the central system receives changes (outbox type "setting")
    const char *description = ""; // English source text, translated through settingDescription()

    QString name() const { return QString::fromLatin1(key); }
    QString fallback() const { return QString::fromUtf8(defaultValue); }
};

namespace settings {
// The venue and the day's batch.
extern const SettingSpec VenueId;
extern const SettingSpec CurrentBatch;
extern const SettingSpec DemoVenue;
// Queue, calling and the draw.
extern const SettingSpec QueueResetTime;
extern const SettingSpec CallMaxCalls;
extern const SettingSpec CallRecallIntervalSeconds;
extern const SettingSpec DrawPanelSize;
extern const SettingSpec DrawReviewerFlagOnly;
extern const SettingSpec DrawRecusalDays;
// Security.
extern const SettingSpec IdleLockMinutes;
extern const SettingSpec LockoutMaxFailures;
extern const SettingSpec LockoutMinutes;
// Time limits.
extern const SettingSpec DeadlineWarnDaysConclusion;
extern const SettingSpec DeadlineWarnDaysDelivery;
extern const SettingSpec DeliveryDefaultProvince;
// Devices.
extern const SettingSpec CardReaderPort;
extern const SettingSpec PrinterTicket;
extern const SettingSpec PrinterProfile;
extern const SettingSpec PrinterReceipt;
// Hall announcements.
extern const SettingSpec AnnounceClipPack;
extern const SettingSpec AnnounceTemplate;
extern const SettingSpec AnnounceVolume;
extern const SettingSpec AnnounceRepeat;
// Forms and materials.
extern const SettingSpec FormsExamDir;
extern const SettingSpec MaterialsMaxMb;
// Backups.
extern const SettingSpec BackupIntervalMinutes;
extern const SettingSpec BackupKeep;
extern const SettingSpec BackupKeepDays;
extern const SettingSpec BackupBudgetMb;
extern const SettingSpec BackupExitWaitSeconds;
extern const SettingSpec BackupDeferredReason;
// Retention (store/retention.h).
extern const SettingSpec RetentionArchiveAfterDays;
extern const SettingSpec RetentionLastRun;
// Central sync.
extern const SettingSpec SyncServer;
extern const SettingSpec SyncCa;
extern const SettingSpec SyncIntervalMinutes;
extern const SettingSpec SyncStationId;
// Venue LAN (hub enrolment).
extern const SettingSpec HubUrl;
extern const SettingSpec HubPin;
extern const SettingSpec HubStation;
extern const SettingSpec HubRole;
extern const SettingSpec HubMirroredSeq;
// Station health (modules/health): the thresholds of each check's warning and critical level.
extern const SettingSpec HealthIntervalSeconds;
extern const SettingSpec HealthDiskWarnMb;
extern const SettingSpec HealthDiskCriticalMb;
extern const SettingSpec HealthDatabaseWarnMb;
extern const SettingSpec HealthDatabaseCriticalMb;
extern const SettingSpec HealthWalWarnMb;
extern const SettingSpec HealthWalCriticalMb;
extern const SettingSpec HealthBackupWarnHours;
extern const SettingSpec HealthBackupCriticalHours;
extern const SettingSpec HealthSyncLagWarnMinutes;
extern const SettingSpec HealthSyncLagCriticalMinutes;
extern const SettingSpec HealthQuarantineCritical;
extern const SettingSpec HealthClockWarnSeconds;
extern const SettingSpec HealthClockCriticalSeconds;
extern const SettingSpec HealthStationStaleMinutes;
} // namespace settings

class SettingsRegistry
{
    Q_DECLARE_TR_FUNCTIONS(store::SettingsRegistry)
public:
    // Every registered setting, in the order of the list above.
    static const QList<const SettingSpec *> &all();
    // The registered setting of that key, or null.
    static const SettingSpec *find(const QString &key);
    // Empty when `value` is acceptable for `spec`, otherwise a translated message that names what
    // is allowed (the range, the choices, the format).
    static QString problem(const SettingSpec &spec, const QString &value);
    // The message for a key that is not registered, naming the keys that are.
    static QString unknownKey(const QString &key);
    // The allowed values in words: "1 to 60", "pdf | system:NAME | …", "HH:mm".
    static QString allowedValues(const SettingSpec &spec);
    static QString typeName(SettingType type);           // "integer", "time", … (stable, for --json)
    static QString description(const SettingSpec &spec); // translated
};

} // namespace store
