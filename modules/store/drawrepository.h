#pragma once

#include "database.h"
#include "mirroredrecords.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace store {

// One recorded draw of a case as the draws table keeps it; `record` is the draw itself
// (candidates, exclusions with reasons, random values, result, panel size).
struct StoredDraw {
    QString id;
    QString acceptanceNo;
    QDateTime drawnAt;
    QString operatorName;
    int panelSize = 3;
    QJsonObject record;
    QString reason;     // for a redraw
    QString replacedBy; // the draw that replaced this one; empty for the current one
};

// The draws table. A redraw keeps both draws: the older one names its successor. Writes run
// inside the caller's transaction (the draw service's, or the hub mirror's for one event).
class DrawRepository
{
    Q_DECLARE_TR_FUNCTIONS(store::DrawRepository)
public:
    explicit DrawRepository(Database &database);

    core::Status add(const StoredDraw &draw); // replacedBy is ignored: a new draw is current
    core::Status markReplaced(const QString &drawId, const QString &byDrawId);
    std::optional<StoredDraw> current(const QString &acceptanceNo) const;
    QList<StoredDraw> history(const QString &acceptanceNo) const; // oldest first

    // At the hub: the draw as its event publishes it, the columns as stored (text); the panel is
    // AssignmentRepository::panelOf's.
    std::optional<MirroredDraw> published(const QString &drawId) const;
    // At a station: the hub's draw (a replayed one stays as it is); the case's other current draws
    // are marked replaced by it.
    core::Status mirror(const MirroredDraw &draw);

private:
    Database &m_database;
};

} // namespace store
