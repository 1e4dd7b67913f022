#include "commandjournal.h"

#include <QJsonDocument>

namespace store {

CommandJournal::CommandJournal(Database &database) : m_database(database) {}

core::Status CommandJournal::keep(const PendingHubCommand &command)
{
    return m_database.transaction([&]() -> core::Status {
        Statement insert = m_database.statement(QStringLiteral(
            "INSERT OR IGNORE INTO hub_pending(key, name, args, actor, queued_at) VALUES(?, ?, ?, ?, ?)"));
        bindAll(*insert, {command.key, command.name,
                          QString::fromUtf8(QJsonDocument(command.args).toJson(QJsonDocument::Compact)),
                          command.actor, m_database.clock().now().toString(Qt::ISODateWithMs)});
        if (!insert->exec())
            return core::Status::failure(sqlError(QStringLiteral("keeping the hub command"), *insert));
        return {};
    });
}

core::Status CommandJournal::forget(const QString &key)
{
    return m_database.transaction([&]() -> core::Status {
        Statement remove = m_database.statement(QStringLiteral("DELETE FROM hub_pending WHERE key = ?"));
        bindAll(*remove, {key});
        return remove->exec() ? core::Status()
                              : core::Status::failure(sqlError(QStringLiteral("forgetting"), *remove));
    });
}

QList<PendingHubCommand> CommandJournal::waiting() const
{
    QList<PendingHubCommand> commands;
    Statement query = m_database.statement(
        QStringLiteral("SELECT key, name, args, actor FROM hub_pending ORDER BY position"));
    if (!query->exec())
        return commands;
    while (query->next())
        commands << PendingHubCommand{query->value(0).toString(), query->value(1).toString(),
                                      QJsonDocument::fromJson(query->value(2).toString().toUtf8()).object(),
                                      query->value(3).toString()};
    return commands;
}

} // namespace store
