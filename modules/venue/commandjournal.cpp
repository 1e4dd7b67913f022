#include "commandjournal.h"

namespace venue {

StoredCommandJournal::StoredCommandJournal(store::Database &database) : m_journal(database) {}

core::Status StoredCommandJournal::keep(const StationMessage &command)
{
    return m_journal.keep({command.key, command.name, command.args, command.actor});
}

void StoredCommandJournal::forget(const QString &key)
{
    // A failure here only means the command is sent once more; the hub answers it from its record.
    static_cast<void>(m_journal.forget(key));
}

QList<StationMessage> StoredCommandJournal::waiting() const
{
    QList<StationMessage> commands;
    for (const store::PendingHubCommand &pending : m_journal.waiting()) {
        StationMessage command;
        command.type = StationMessage::Type::Command;
        command.key = pending.key;
        command.name = pending.name;
        command.args = pending.args;
        command.actor = pending.actor;
        commands << command;
    }
    return commands;
}

} // namespace venue
