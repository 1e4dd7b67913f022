#include "settingsregistry.h"

#include <QRegularExpression>
#include <QTime>
#include <QUrl>

namespace store {

namespace settings {
using T = SettingType;
using W = SettingWriter;

// clang-format off
const SettingSpec VenueId{"venue_id", T::Text, "", 0, 0, {}, W::System, false,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "The venue this station serves (set by venue setup).")};
const SettingSpec CurrentBatch{"current_batch", T::Text, "", 0, 0, {}, W::System, false,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "The batch the desk checks in (set by roster import and walk-in approval).")};
const SettingSpec DemoVenue{"demo", T::Boolean, "0", 0, 0, {}, W::System, false,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "1 when the station holds the synthetic demo venue.")};

const SettingSpec QueueResetTime{"queue.reset_time", T::Time, "00:00", 0, 0, {}, W::VenueAdmin, true,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Daily time at which queue numbers start again in every lane.")};
const SettingSpec CallMaxCalls{"call.max_calls", T::Integer, "3", 1, 10, {}, W::VenueAdmin, true,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Calls before a person who does not come is marked absent.")};
const SettingSpec CallRecallIntervalSeconds{"call.recall_interval_s", T::Integer, "30", 5, 600, {}, W::VenueAdmin, true,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Seconds before the same person may be called again.")};
const SettingSpec DrawPanelSize{"draw.panel_size", T::Choice, "3", 0, 0, {QStringLiteral("3"), QStringLiteral("5")}, W::VenueAdmin, true,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Experts drawn per case, the reviewer included (law: 3 or 5).")};
const SettingSpec DrawReviewerFlagOnly{"draw.reviewer_flag", T::Choice, "off", 0, 0, {QStringLiteral("off"), QStringLiteral("on")}, W::VenueAdmin, true,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "on: only experts flagged \"may review\" are drawn as reviewers.")};
const SettingSpec DrawRecusalDays{"draw.recusal_days", T::Integer, "1095", 0, 3650, {}, W::VenueAdmin, true,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Days in which an expert who examined a person is not drawn for them again.")};

const SettingSpec IdleLockMinutes{"idle_lock.minutes", T::Integer, "5", 0, 240, {}, W::VenueAdmin, true,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Minutes without input before the station locks (0: never).")};
const SettingSpec LockoutMaxFailures{"lockout.max_failures", T::Integer, "5", 1, 20, {}, W::VenueAdmin, true,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Failed logins in a row that lock an account.")};
const SettingSpec LockoutMinutes{"lockout.minutes", T::Integer, "15", 1, 1440, {}, W::VenueAdmin, true,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Minutes an account stays locked.")};

const SettingSpec DeadlineWarnDaysConclusion{"deadline.warn_days.conclusion", T::Integer, "7", 0, 60, {}, W::VenueAdmin, true,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Days before the conclusion limit from which a case is flagged.")};
const SettingSpec DeadlineWarnDaysDelivery{"deadline.warn_days.delivery", T::Integer, "3", 0, 15, {}, W::VenueAdmin, true,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Days before the delivery limit from which a case is flagged.")};
const SettingSpec DeliveryDefaultProvince{"delivery.default_province", T::Text, "", 0, 0, {}, W::VenueAdmin, true,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Province assumed on delivery lists when an address names none.")};

const SettingSpec CardReaderPort{"card_reader.port", T::Text, "", 0, 0, {}, W::VenueAdmin, false,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Serial port of the ID card reader (empty: none).")};
const SettingSpec PrinterTicket{"printer.ticket", T::Printer, "pdf", 0, 0, {}, W::VenueAdmin, false,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Where queue tickets are printed.")};
const SettingSpec PrinterProfile{"printer.profile", T::Choice, "58mm-gb18030", 0, 0,
    {QStringLiteral("58mm-gb18030"), QStringLiteral("80mm-gb18030"), QStringLiteral("58mm-gbk"),
     QStringLiteral("80mm-utf8"), QStringLiteral("58mm-raster"), QStringLiteral("80mm-raster")}, W::VenueAdmin, false,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Paper width and character encoding of the ticket printer.")};
const SettingSpec PrinterReceipt{"printer.receipt", T::Printer, "pdf", 0, 0, {}, W::VenueAdmin, false,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Where receipt notices are printed.")};

const SettingSpec AnnounceClipPack{"announce.clip_pack", T::Path, "", 0, 0, {}, W::VenueAdmin, false,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Folder of recorded voice clips (empty: the clips installed with the program).")};
const SettingSpec AnnounceTemplate{"announce.template", T::Text, "", 0, 0, {}, W::VenueAdmin, true,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Words of a hall call (empty: the built-in template).")};
const SettingSpec AnnounceVolume{"announce.volume", T::Integer, "80", 0, 100, {}, W::VenueAdmin, false,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Volume of hall calls, in percent.")};
const SettingSpec AnnounceRepeat{"announce.repeat", T::Integer, "1", 1, 3, {}, W::VenueAdmin, true,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "How many times each hall call is spoken.")};

const SettingSpec FormsExamDir{"forms.exam_dir", T::Path, "", 0, 0, {}, W::VenueAdmin, false,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Folder of the venue's own exam templates (empty: the built-in ones).")};
const SettingSpec MaterialsMaxMb{"materials.max_mb", T::Integer, "50", 0, 500, {}, W::VenueAdmin, true,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Largest medical-material file accepted, in MB.")};

const SettingSpec BackupIntervalMinutes{"backup.interval_minutes", T::Integer, "30", 5, 1440, {}, W::VenueAdmin, false,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Minutes between automatic backups.")};
const SettingSpec BackupKeep{"backup.keep", T::Integer, "48", 1, 1000, {}, W::VenueAdmin, false,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Automatic backups kept.")};
const SettingSpec BackupKeepDays{"backup.keep_days", T::Integer, "7", 1, 3650, {}, W::VenueAdmin, false,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Days an automatic backup is kept (the newest is always kept).")};
const SettingSpec BackupBudgetMb{"backup.budget_mb", T::Integer, "20480", 16, 16777216, {}, W::VenueAdmin, false,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Disk space all backups together may use, in MiB; the oldest go first.")};
const SettingSpec BackupExitWaitSeconds{"backup.exit_wait_seconds", T::Integer, "5", 0, 600, {}, W::VenueAdmin, false,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Seconds the closing station waits for its last backup before leaving it to the next start.")};
const SettingSpec BackupDeferredReason{"backup.deferred_reason", T::Text, "", 0, 0, {}, W::System, false,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Why the last backup before closing was left to the next start (empty when it was taken).")};

const SettingSpec RetentionArchiveAfterDays{"retention.archive_after_days", T::Integer, "90", 0, 3650, {}, W::VenueAdmin, false,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Days after delivery before a concluded case the central system has confirmed is archived on this station (its materials and personal data removed); 0: never.")};
const SettingSpec RetentionLastRun{"retention.last_run", T::Text, "", 0, 0, {}, W::System, false,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Day the station last ran the retention policy by itself.")};

const SettingSpec SyncServer{"sync.server", T::Url, "", 0, 0, {}, W::VenueAdmin, false,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Address of the central system (empty: no sync).")};
const SettingSpec SyncCa{"sync.ca", T::Path, "", 0, 0, {}, W::VenueAdmin, false,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "CA certificate file that the central system's certificate must chain to.")};
const SettingSpec SyncIntervalMinutes{"sync.interval_min", T::Integer, "5", 1, 1440, {}, W::VenueAdmin, false,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Minutes between automatic syncs.")};
const SettingSpec SyncStationId{"sync.station_id", T::Text, "", 0, 0, {}, W::VenueAdmin, false,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Name of this station at the central system (empty: the venue id).")};

const SettingSpec HubUrl{"venue.hub_url", T::Url, "", 0, 0, {}, W::System, false,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "The venue hub this station is enrolled at (set by enrolment).")};
const SettingSpec HubPin{"venue.hub_pin", T::Text, "", 0, 0, {}, W::System, false,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "SHA-256 of the hub's certificate, pinned at enrolment.")};
const SettingSpec HubStation{"venue.station", T::Text, "", 0, 0, {}, W::System, false,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Name of this station at the hub (set by enrolment).")};
const SettingSpec HubRole{"venue.role", T::Text, "", 0, 0, {}, W::System, false,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Role of this station at the hub (set by enrolment).")};
const SettingSpec HubMirroredSeq{"venue.mirrored_seq", T::Integer, "0", 0, 2147483647, {}, W::System, false,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Last hub event copied into this station's database.")};

const SettingSpec HealthIntervalSeconds{"health.interval_s", T::Integer, "60", 60, 3600, {}, W::VenueAdmin, true,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Seconds between two health checks of the station (and reports to the hub).")};
const SettingSpec HealthDiskWarnMb{"health.disk_warn_mb", T::Integer, "5120", 0, 2147483647, {}, W::VenueAdmin, false,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Free disk space at the data folder, in MB, below which the station warns.")};
const SettingSpec HealthDiskCriticalMb{"health.disk_critical_mb", T::Integer, "1024", 0, 2147483647, {}, W::VenueAdmin, false,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Free disk space at the data folder, in MB, below which the station is critical.")};
const SettingSpec HealthDatabaseWarnMb{"health.database_warn_mb", T::Integer, "2048", 0, 2147483647, {}, W::VenueAdmin, false,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Size of station.db, in MB, above which the station warns.")};
const SettingSpec HealthDatabaseCriticalMb{"health.database_critical_mb", T::Integer, "8192", 0, 2147483647, {}, W::VenueAdmin, false,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Size of station.db, in MB, above which the station is critical.")};
const SettingSpec HealthWalWarnMb{"health.wal_warn_mb", T::Integer, "256", 0, 2147483647, {}, W::VenueAdmin, false,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Size of the database's write-ahead log, in MB, above which the station warns.")};
const SettingSpec HealthWalCriticalMb{"health.wal_critical_mb", T::Integer, "1024", 0, 2147483647, {}, W::VenueAdmin, false,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Size of the database's write-ahead log, in MB, above which the station is critical.")};
const SettingSpec HealthBackupWarnHours{"health.backup_warn_hours", T::Integer, "2", 1, 8760, {}, W::VenueAdmin, true,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Hours since the last good backup after which the station warns.")};
const SettingSpec HealthBackupCriticalHours{"health.backup_critical_hours", T::Integer, "24", 1, 8760, {}, W::VenueAdmin, true,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Hours since the last good backup after which the station is critical.")};
const SettingSpec HealthSyncLagWarnMinutes{"health.sync_lag_warn_minutes", T::Integer, "60", 1, 525600, {}, W::VenueAdmin, true,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Minutes the oldest record may wait for upload before the station warns.")};
const SettingSpec HealthSyncLagCriticalMinutes{"health.sync_lag_critical_minutes", T::Integer, "1440", 1, 525600, {}, W::VenueAdmin, true,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Minutes the oldest record may wait for upload before the station is critical.")};
const SettingSpec HealthQuarantineCritical{"health.quarantine_critical", T::Integer, "10", 1, 1000000, {}, W::VenueAdmin, true,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Set-aside records from which the station is critical (one already warns).")};
const SettingSpec HealthClockWarnSeconds{"health.clock_warn_s", T::Integer, "60", 1, 86400, {}, W::VenueAdmin, true,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Seconds the station's clock may differ from the hub's or the central system's before it warns.")};
const SettingSpec HealthClockCriticalSeconds{"health.clock_critical_s", T::Integer, "300", 1, 86400, {}, W::VenueAdmin, true,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "Seconds the station's clock may differ from the hub's or the central system's before it is critical.")};
const SettingSpec HealthStationStaleMinutes{"health.station_stale_minutes", T::Integer, "5", 2, 1440, {}, W::VenueAdmin, true,
    QT_TRANSLATE_NOOP("store::SettingsRegistry", "At the hub: minutes without a health report after which a station counts as a warning.")};
// clang-format on
} // namespace settings

const QList<const SettingSpec *> &SettingsRegistry::all()
{
    using namespace settings;
    static const QList<const SettingSpec *> list{&VenueId,
                                                 &CurrentBatch,
                                                 &DemoVenue,
                                                 &QueueResetTime,
                                                 &CallMaxCalls,
                                                 &CallRecallIntervalSeconds,
                                                 &DrawPanelSize,
                                                 &DrawReviewerFlagOnly,
                                                 &DrawRecusalDays,
                                                 &IdleLockMinutes,
                                                 &LockoutMaxFailures,
                                                 &LockoutMinutes,
                                                 &DeadlineWarnDaysConclusion,
                                                 &DeadlineWarnDaysDelivery,
                                                 &DeliveryDefaultProvince,
                                                 &CardReaderPort,
                                                 &PrinterTicket,
                                                 &PrinterProfile,
                                                 &PrinterReceipt,
                                                 &AnnounceClipPack,
                                                 &AnnounceTemplate,
                                                 &AnnounceVolume,
                                                 &AnnounceRepeat,
                                                 &FormsExamDir,
                                                 &MaterialsMaxMb,
                                                 &BackupIntervalMinutes,
                                                 &BackupKeep,
                                                 &BackupKeepDays,
                                                 &BackupBudgetMb,
                                                 &BackupExitWaitSeconds,
                                                 &BackupDeferredReason,
                                                 &RetentionArchiveAfterDays,
                                                 &RetentionLastRun,
                                                 &SyncServer,
                                                 &SyncCa,
                                                 &SyncIntervalMinutes,
                                                 &SyncStationId,
                                                 &HubUrl,
                                                 &HubPin,
                                                 &HubStation,
                                                 &HubRole,
                                                 &HubMirroredSeq,
                                                 &HealthIntervalSeconds,
                                                 &HealthDiskWarnMb,
                                                 &HealthDiskCriticalMb,
                                                 &HealthDatabaseWarnMb,
                                                 &HealthDatabaseCriticalMb,
                                                 &HealthWalWarnMb,
                                                 &HealthWalCriticalMb,
                                                 &HealthBackupWarnHours,
                                                 &HealthBackupCriticalHours,
                                                 &HealthSyncLagWarnMinutes,
                                                 &HealthSyncLagCriticalMinutes,
                                                 &HealthQuarantineCritical,
                                                 &HealthClockWarnSeconds,
                                                 &HealthClockCriticalSeconds,
                                                 &HealthStationStaleMinutes};
    return list;
}

const SettingSpec *SettingsRegistry::find(const QString &key)
{
    for (const SettingSpec *spec : all())
        if (key == QLatin1String(spec->key))
            return spec;
    return nullptr;
}

QString SettingsRegistry::typeName(SettingType type)
{
    switch (type) {
    case SettingType::Text:
        return QStringLiteral("text");
    case SettingType::Integer:
        return QStringLiteral("integer");
    case SettingType::Boolean:
        return QStringLiteral("boolean");
    case SettingType::Choice:
        return QStringLiteral("choice");
    case SettingType::Time:
        return QStringLiteral("time");
    case SettingType::Url:
        return QStringLiteral("url");
    case SettingType::Path:
        return QStringLiteral("path");
    case SettingType::Printer:
        return QStringLiteral("printer");
    }
    return {};
}

QString SettingsRegistry::allowedValues(const SettingSpec &spec)
{
    switch (spec.type) {
    case SettingType::Text:
        return tr("any text");
    case SettingType::Integer:
        return tr("a whole number from %1 to %2").arg(spec.minimum).arg(spec.maximum);
    case SettingType::Boolean:
        return tr("0 or 1");
    case SettingType::Choice:
        return spec.choices.join(QStringLiteral(" | "));
    case SettingType::Time:
        return tr("a time of day as HH:mm (00:00 to 23:59)");
    case SettingType::Url:
        return tr("empty, or an address starting with https://, http://, wss:// or ws://");
    case SettingType::Path:
        return tr("empty, or a file or folder path");
    case SettingType::Printer:
        return tr("pdf | system | system:PRINTER | tcp:HOST[:PORT] | a device path such as /dev/usb/lp0");
    }
    return {};
}

QString SettingsRegistry::problem(const SettingSpec &spec, const QString &value)
{
    const auto refuse = [&] {
        return tr("\"%1\" is not a valid value for %2; allowed: %3.")
            .arg(value, spec.name(), allowedValues(spec));
    };
    if (value.size() > 4096)
        return tr("The value for %1 is too long (at most 4096 characters).").arg(spec.name());
    switch (spec.type) {
    case SettingType::Text:
        return {};
    case SettingType::Integer: {
        bool ok = false;
        const qlonglong number = value.trimmed().toLongLong(&ok);
        return ok && number >= spec.minimum && number <= spec.maximum ? QString() : refuse();
    }
    case SettingType::Boolean:
        return value == QLatin1String("0") || value == QLatin1String("1") ? QString() : refuse();
    case SettingType::Choice:
        return spec.choices.contains(value) ? QString() : refuse();
    case SettingType::Time: {
        static const QRegularExpression pattern(QStringLiteral("^([01][0-9]|2[0-3]):[0-5][0-9]$"));
        return pattern.match(value).hasMatch() ? QString() : refuse();
    }
    case SettingType::Url: {
        if (value.isEmpty())
            return {};
        const QUrl url(value, QUrl::StrictMode);
        static const QStringList schemes{QStringLiteral("https"), QStringLiteral("http"),
                                         QStringLiteral("wss"), QStringLiteral("ws")};
        return url.isValid() && schemes.contains(url.scheme()) && !url.host().isEmpty() ? QString()
                                                                                        : refuse();
    }
    case SettingType::Path:
        return value.contains(QChar(0)) || value.contains(QLatin1Char('\n')) ? refuse() : QString();
    case SettingType::Printer: {
        if (value == QLatin1String("pdf") || value == QLatin1String("system"))
            return {};
        if (value.startsWith(QLatin1String("system:")) && value.size() > 7)
            return {};
        static const QRegularExpression tcp(QStringLiteral("^tcp:[A-Za-z0-9.\\-\\[\\]:]+?(:[0-9]{1,5})?$"));
        if (tcp.match(value).hasMatch())
            return {};
        return value.startsWith(QLatin1Char('/')) && !value.contains(QLatin1Char('\n')) ? QString()
                                                                                        : refuse();
    }
    }
    return refuse();
}

QString SettingsRegistry::unknownKey(const QString &key)
{
    QStringList keys;
    for (const SettingSpec *spec : all())
        keys << spec->name();
    return tr("There is no setting \"%1\". The settings are: %2.").arg(key, keys.join(QStringLiteral(", ")));
}

QString SettingsRegistry::description(const SettingSpec &spec)
{
    return tr(spec.description);
}

} // namespace store
