#pragma once

#include "store/backup.h"
#include "store/backupchunks.h"
#include "store/database.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

// What the backup suites (tst_backup, tst_backuppieces) share: damaging a file, counting a copy's
// pieces, digesting a database's rows, growing a database.
namespace backuptest {

// Overwrites 16 KiB in the middle of a file: a damaged database or backup.
inline void damage(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(4096 * 2));
    file.write(QByteArray(4096 * 4, '\xA5'));
}

// Bytes of every piece a manifest names, each once.
inline qint64 stored(const QString &manifest)
{
    return store::ChunkManifest::readWhole(manifest)->storedBytes();
}

// Bytes of the pieces of `manifest` that none of `newer` names.
inline qint64 storedBeyond(const QString &manifest, const QStringList &newer)
{
    QSet<QString> shared;
    for (const QString &other : newer) {
        const store::ChunkManifest newerManifest = store::ChunkManifest::readWhole(other).value();
        for (const auto &piece : newerManifest.allPieces())
            shared.insert(piece.hash);
    }
    qint64 bytes = 0;
    const store::ChunkManifest older = store::ChunkManifest::readWhole(manifest).value();
    for (const auto &piece : older.allPieces())
        if (!shared.contains(piece.hash)) {
            shared.insert(piece.hash);
            bytes += piece.bytes;
        }
    return bytes;
}
inline QStringList pieceFiles(const store::Backups &backups)
{
    QStringList files;
    QDirIterator it(backups.chunksFolder(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

// Every row of every table, in order: equal digests, equal content.
inline QByteArray contentDigest(store::Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(db.connection());
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                                    "'sqlite_%' ORDER BY name")))
        return {};
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        hash.addData(table.toUtf8());
        QSqlQuery rows(db.connection());
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(table)) &&
            !rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table)))
            return {};
        while (rows.next())
            for (int i = 0; i < rows.record().count(); ++i)
                hash.addData(rows.value(i).toByteArray() + '\x1f');
    }
    return hash.result();
}

// Makes the database `mib` MiB bigger, in a table of its own.
inline void fill(store::Database &db, int mib)
{
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS test_filler(data BLOB)")));
    QVERIFY(query.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                      "WHERE i < %1) INSERT INTO test_filler SELECT randomblob(1048576) "
                                      "FROM n")
                           .arg(mib)));
}

} // namespace backuptest
