#include "syncadministration.h"

#include "crypto/keystore.h"
#include "store/database.h"

#include <QFileInfo>

namespace centralsync {

core::Status saveSyncToken(const QString &dataDir, const QString &token)
{
    if (const QString failed = syncTokenEntry(dataDir).save(token); !failed.isEmpty())
        return core::Status::failure(failed);
    return {};
}

SyncAdministration::SyncAdministration(store::Database &database) : m_database(database) {}

QString SyncAdministration::server() const
{
    return m_database.setting(store::settings::SyncServer);
}

QString SyncAdministration::caFile() const
{
    return m_database.setting(store::settings::SyncCa);
}

SyncStatus SyncAdministration::status() const
{
    return readSyncStatus(m_database);
}

store::OutboxCounts SyncAdministration::counts() const
{
    return store::Outbox(m_database).counts();
}

QList<QPair<QString, qint64>> SyncAdministration::pendingByType() const
{
    return store::Outbox(m_database).pendingByType();
}

QList<store::Outbox::Quarantined> SyncAdministration::quarantined() const
{
    return store::Outbox(m_database).quarantined();
}

core::Status SyncAdministration::save(const QString &actor, const QString &server, const QString &caFile,
                                      const QString &token)
{
    for (const auto &[spec, value] :
         {std::pair{&store::settings::SyncServer, server}, std::pair{&store::settings::SyncCa, caFile}})
        if (const core::Status saved = m_database.setSetting(*spec, value, actor); !saved)
            return saved;
    if (token.isEmpty())
        return {};
    return saveToken(token);
}

core::Status SyncAdministration::saveToken(const QString &token)
{
    return saveSyncToken(QFileInfo(m_database.path()).absolutePath(), token);
}

} // namespace centralsync
