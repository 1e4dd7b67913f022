#pragma once

#include "store/database.h"

#include <QJsonObject>
#include <QStringList>

namespace bench {

// `count` calls in process through the real call authority, each timed from "call next" until the
// hall display has read the event, updated its board and repainted.
QJsonObject runCallingBench(int count);

// The calling benches' venue: rooms R1–R4 with two orthopaedic experts each, `people` checked in
// (tickets issued) and their panels drawn.
inline const QStringList kCallingRooms{QStringLiteral("R1"), QStringLiteral("R2"), QStringLiteral("R3"),
                                       QStringLiteral("R4")};
core::Status prepareCallingVenue(store::Database &db, int people);

} // namespace bench
