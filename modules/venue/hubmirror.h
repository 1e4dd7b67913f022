#pragma once

#include "core/result.h"
#include "store/hubmirrorrepository.h"

#include <QJsonObject>

namespace venue {

// Keeps a staff station's own database current from the hub's event stream: the tickets the hub
// issued, the case states it moved, the experts it drew and transfers between them. That is what
// the station's lists, documents and exam page read, so they work as on one PC. The hub uploads
// these changes itself; the mirror writes nothing to the station's outbox. Each event is applied
// once (the last applied sequence number is saved with it), in one transaction, so a replay after a
// gap or a restart changes nothing twice.
class HubMirror
{
public:
    explicit HubMirror(store::Database &database);

    // Applies event `seq`; events at or below appliedUpTo() are skipped. An event about a case this
    // station does not have (another day's roster) is skipped too.
    core::Status apply(qint64 seq, const QJsonObject &data);
    qint64 appliedUpTo() const;

private:
    core::Status applyCheckIn(const QJsonObject &data);
    core::Status applyTransfer(const QJsonObject &assignment);

    store::Database &m_database;
    store::HubMirrorRepository m_mirror;
};

} // namespace venue
