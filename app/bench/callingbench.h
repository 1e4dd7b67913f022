#pragma once

#include <QJsonObject>

namespace bench {

// `count` calls in process through the real call authority, each timed from "call next" until the
// hall display has read the event, updated its board and repainted.
QJsonObject runCallingBench(int count);

} // namespace bench
