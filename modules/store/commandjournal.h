#pragma once

#include "database.h"

#include <QJsonObject>

namespace store {

// A command a venue station gave its hub and has not seen answered yet.
struct PendingHubCommand {
    QString key; // the idempotency key the hub answers once
    QString name;
    QJsonObject args;
    QString actor;
};

// The station's journal of hub commands (table hub_pending): kept before a command is sent, so a
// command given while the hub or the LAN is down survives a restart and goes out once it is back.
class CommandJournal
{
public:
    explicit CommandJournal(Database &database);

    // The same key again (a retry typed by the operator) stays one command. Own transaction.
    core::Status keep(const PendingHubCommand &command);
    core::Status forget(const QString &key);  // own transaction
    QList<PendingHubCommand> waiting() const; // in the order they were kept

private:
    Database &m_database;
};

} // namespace store
