#pragma once

#include <QJsonObject>

namespace bench {

// A venue hub over TLS on loopback with `stations` connected stations (one hall display, the rest
// exam rooms); `count` "call next" commands from the rooms, each timed until the display has the
// call event.
QJsonObject runVenueBench(int count, int stations);

} // namespace bench
