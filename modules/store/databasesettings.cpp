#include "database.h"

#include "auditlog.h"
#include "loginfacts.h"
#include "outbox.h"

#include <QSqlQuery>

// Station-wide settings through the typed registry (settingsregistry.h): reads fall back to the
// registry's default; a change is checked, audited and queued for the central system when synced.

namespace store {

QString Database::storedSetting(const QString &key) const
{
    Statement query =
        const_cast<Database *>(this)->statement(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    bindAll(*query, {key});
    if (query->exec() && query->next())
        return query->value(0).toString();
    return {};
}

QString Database::setting(const SettingSpec &spec) const
{
    const QString stored = storedSetting(spec.name());
    return stored.isNull() ? spec.fallback() : stored;
}

int Database::settingNumber(const SettingSpec &spec) const
{
    QString value = setting(spec);
    if (!SettingsRegistry::problem(spec, value).isEmpty())
        value = spec.fallback();
    return value.trimmed().toInt();
}

bool Database::hasSetting(const SettingSpec &spec) const
{
    return !storedSetting(spec.name()).isNull();
}

core::Status Database::setSetting(const QString &key, const QString &value, const QString &actor)
{
    const SettingSpec *spec = SettingsRegistry::find(key);
    if (!spec)
        return core::Status::failure(SettingsRegistry::unknownKey(key));
    return setSetting(*spec, value, actor);
}

core::Status Database::setSetting(const SettingSpec &spec, const QString &value, const QString &actor)
{
    if (const QString problem = SettingsRegistry::problem(spec, value); !problem.isEmpty())
        return core::Status::failure(problem);
    const QString key = spec.name();
    const QString previous = storedSetting(key);
    if (previous == value && !previous.isNull())
        return {};
    const core::Status saved = transaction([&]() -> core::Status {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        bindAll(query, {key, value});
        if (!query.exec())
            return core::Status::failure(sqlError(tr("Saving setting %1").arg(key), query));
        if (spec.synced)
            if (core::Status queued =
                    Outbox(*this).append(QStringLiteral("setting"), key,
                                         {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}});
                !queued)
                return queued;
        return AuditLog(*this).append(actor, QStringLiteral("config.set"), key,
                                      {{QStringLiteral("from"), previous}, {QStringLiteral("to"), value}});
    });
    // The login window shows the venue and the current batch before the key is read (loginfacts.h).
    // A file that cannot be written only costs the next start its head start: the setting stands.
    if (saved && (key == settings::VenueId.name() || key == settings::CurrentBatch.name()))
        static_cast<void>(refreshLoginFacts(*this));
    return saved;
}

core::Status Database::recordProgress(const SettingSpec &spec, const QString &value)
{
    Statement query = statement(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    bindAll(*query, {spec.name(), value});
    if (!query->exec())
        return core::Status::failure(sqlError(tr("Saving setting %1").arg(spec.name()), *query));
    return {};
}

} // namespace store
