#include "commandjournal.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace venue {

StoredCommandJournal::StoredCommandJournal(store::Database &database) : m_database(database) {}

core::Status StoredCommandJournal::keep(const StationMessage &command)
{
    return m_database.transaction([&]() -> core::Status {
        QSqlQuery insert(m_database.connection());
        // The same key again (a retry typed by the operator) stays one command.
        insert.prepare(QStringLiteral("INSERT OR IGNORE INTO hub_pending(key, name, args, actor, queued_at) "
                                      "VALUES(?, ?, ?, ?, ?)"));
        store::bindAll(insert, {command.key, command.name,
                                QString::fromUtf8(QJsonDocument(command.args).toJson(QJsonDocument::Compact)),
                                command.actor, m_database.clock().now().toString(Qt::ISODateWithMs)});
        if (!insert.exec())
            return core::Status::failure(store::sqlError(QStringLiteral("keeping the hub command"), insert));
        return {};
    });
}

void StoredCommandJournal::forget(const QString &key)
{
    // A failure here only means the command is sent once more; the hub answers it from its record.
    static_cast<void>(m_database.transaction([&]() -> core::Status {
        QSqlQuery remove(m_database.connection());
        remove.prepare(QStringLiteral("DELETE FROM hub_pending WHERE key = ?"));
        remove.addBindValue(key);
        return remove.exec() ? core::Status()
                             : core::Status::failure(store::sqlError(QStringLiteral("forgetting"), remove));
    }));
}

QList<StationMessage> StoredCommandJournal::waiting() const
{
    QList<StationMessage> commands;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT key, name, args, actor FROM hub_pending ORDER BY position")))
        return commands;
    while (query.next()) {
        StationMessage command;
        command.type = StationMessage::Type::Command;
        command.key = query.value(0).toString();
        command.name = query.value(1).toString();
        command.args = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
        command.actor = query.value(3).toString();
        commands << command;
    }
    return commands;
}

} // namespace venue
