#pragma once

#include <QByteArray>
#include <QString>

namespace store {

// What a database file holds, as a value two files can be compared by: its schema version
// (PRAGMA user_version) and a stamp of its content. The stamp covers every table's rows, each
// row hashed over its values that are not BLOBs, summed so that the row order (which VACUUM may
// change) does not matter. BLOBs are left out on purpose: moving the medical materials out of a
// database (migration 24) empties their sealed BLOBs in batches, and a database halfway through
// that move still holds the same data as the copy taken before it started.
struct DatabaseStamp {
    int schema = -1;
    QByteArray content; // empty when the file could not be read
    QString error;

    bool valid() const { return error.isEmpty() && !content.isEmpty(); }
    bool operator==(const DatabaseStamp &other) const
    {
        return valid() && other.valid() && schema == other.schema && content == other.content;
    }

    // Reads `databaseFile` without changing it (a station database in WAL mode included). Reads
    // every row once: for rare events such as an upgrade, not for a path a person waits on.
    static DatabaseStamp of(const QString &databaseFile);
};

} // namespace store
