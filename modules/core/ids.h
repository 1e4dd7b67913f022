#pragma once

#include <QDateTime>
#include <QString>

namespace core {

// A UUID whose first 48 bits are the Unix time in milliseconds (the UUID version 7 layout), the rest
// random. Records created one after another get ids that sort together, so their index entries land
// on the same few pages instead of all over the index: fewer pages per commit, smaller checkpoints.
QString timeOrderedId(const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace core
