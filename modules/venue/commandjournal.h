#pragma once

#include "venueprotocol.h"

#include "core/result.h"
#include "store/commandjournal.h"

#include <QList>

namespace venue {

// Where a station keeps its commands to the hub until the hub has answered them: a command made
// while the hub or the LAN is down must survive a restart of the station and go to the hub, once,
// when it is back.
class CommandJournal
{
public:
    virtual ~CommandJournal() = default;
    // Committed before the command is sent; a failure means the command must not be sent.
    virtual core::Status keep(const StationMessage &command) = 0;
    virtual void forget(const QString &key) = 0;
    virtual QList<StationMessage> waiting() const = 0; // in the order they were kept
};

// The journal in the station's own database (store::CommandJournal, table hub_pending).
class StoredCommandJournal : public CommandJournal
{
public:
    explicit StoredCommandJournal(store::Database &database);
    core::Status keep(const StationMessage &command) override;
    void forget(const QString &key) override;
    QList<StationMessage> waiting() const override;

private:
    store::CommandJournal m_journal;
};

} // namespace venue
