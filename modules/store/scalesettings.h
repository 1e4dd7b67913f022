#pragma once

// Settings added for a station with a year of history (issue 21): backups kept by age and disk
// budget. Every key, default and allowed range is here and nowhere else, so they move into the
// typed settings registry as one block.

#include <QString>

namespace store::scale {

struct IntSetting {
    const char *key;
    int defaultValue;
    int minimum;
    int maximum;
};

// Backups older than this many days are deleted (the newest copy is always kept).
inline constexpr IntSetting kBackupKeepDays{"backup.keep_days", 7, 1, 3650};
// All copies together stay within this many MiB; the oldest go first. When even the newest copy
// does not fit, it is kept and the station warns that the budget is too small.
inline constexpr IntSetting kBackupBudgetMb{"backup.budget_mb", 20480, 16, 16 * 1024 * 1024};
// At most this many copies (the setting that existed before: 48 = one day of half-hourly copies).
inline constexpr IntSetting kBackupKeep{"backup.keep", 48, 1, 10000};
// Minutes between rolling backups while the station runs.
inline constexpr IntSetting kBackupIntervalMinutes{"backup.interval_minutes", 30, 1, 24 * 60};
// How long the closing station waits for its last backup before leaving it to the next start.
inline constexpr IntSetting kBackupExitWaitSeconds{"backup.exit_wait_seconds", 5, 0, 600};

// Not a setting a person changes: why the last backup before closing was not taken (empty when
// it was). The next start takes it first and clears this.
inline constexpr const char *kBackupDeferredReason = "backup.deferred_reason";

// The value of `setting` as stored (`stored`), or its default when it is missing or out of range.
inline int valueOf(const IntSetting &setting, const QString &stored)
{
    bool ok = false;
    const int value = stored.toInt(&ok);
    return ok && value >= setting.minimum && value <= setting.maximum ? value : setting.defaultValue;
}

} // namespace store::scale
