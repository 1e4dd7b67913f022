#pragma once

#include <QJsonObject>

namespace bench {

// `count` outbox records (default 10,000) uploaded by the real uploader to the real appraisal-server
// over TLS on loopback (SQLite storage, synchronous=FULL on both sides); compared with one SQLite
// transaction inserting the same rows into the server's records table, measured in the same run.
// Prints records_per_s, raw_insert_per_s, ratio.
QJsonObject runSyncBench(int count, const QString &dataDir);

} // namespace bench
