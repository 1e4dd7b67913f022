#include "backupchunks.h"

#include "backupmaterials.h"
#include "changetracking.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QUuid>

#include <algorithm>

#include <sodium.h>
#include <sqlite3.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <fcntl.h>
#include <unistd.h>

namespace store {

namespace {

const QByteArray kMagic = QByteArrayLiteral("appraisal-station-backup 1");
const QString kPieceSuffix = QStringLiteral(".partial");
// How often a snapshot is tried before the copy falls back to reading through SQLite's pages.
constexpr int kSnapshotAttempts = 8;

void appendPieceLine(QByteArray &text, QByteArrayView kind, const ChunkManifest::Piece &piece)
{
    text += kind;
    text += ' ';
    text += QLatin1StringView(piece.hash.toLatin1());
    text += ' ';
    text += piece.fingerprint.toLatin1();
    text += ' ';
    text += QByteArray::number(piece.bytes);
    text += '\n';
}

bool isHex(QByteArrayView text, int length)
{
    if (text.size() != length)
        return false;
    for (const char c : text)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

bool exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

qint64 pragmaNumber(sqlite3 *db, const char *sql)
{
    qint64 value = -1;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return value;
}

QString walPath(const QString &databaseFile)
{
    return databaseFile + QStringLiteral("-wal");
}

} // namespace

QByteArray ChunkManifest::serialize() const
{
    // One buffer, sized once: a year's station.db is 6,000 and more lines.
    QByteArray text;
    text.reserve(64 + (chunks.size() + materials.size()) * 128);
    text += kMagic + '\n';
    text += "database_bytes " + QByteArray::number(databaseBytes) + '\n';
    for (const Piece &piece : chunks)
        appendPieceLine(text, "chunk", piece);
    for (const Piece &piece : materials)
        appendPieceLine(
            text, piece.bucket.isEmpty() ? QByteArray("materials") : "bucket " + piece.bucket.toLatin1(),
            piece);
    if (materialJournal >= 0)
        text += "material_journal " + QByteArray::number(materialJournal) + '\n';
    text += "end\n";
    return text;
}

core::Result<ChunkManifest> ChunkManifest::parse(const QByteArray &text, bool headerOnly)
{
    using R = core::Result<ChunkManifest>;
    // Read line by line and field by field in place, without a list of lines or of fields: the
    // previous manifest is read at every copy, 6,000 and more lines after a year.
    const QByteArrayView all(text);
    qsizetype position = 0;
    // The next line without its newline; `complete` is false for a last line with no newline.
    const auto nextLine = [&](bool *complete) {
        const qsizetype end = all.indexOf('\n', position);
        *complete = end >= 0;
        const QByteArrayView line = all.sliced(position, (end >= 0 ? end : all.size()) - position);
        position = end >= 0 ? end + 1 : all.size();
        return line;
    };
    bool complete = false;
    const QByteArrayView magic = nextLine(&complete);
    const QByteArrayView sizeLine = complete ? nextLine(&complete) : QByteArrayView();
    if (!complete || magic != QByteArrayView(kMagic) || !sizeLine.startsWith("database_bytes "))
        return R::failure(ChunkStore::tr("not a station backup manifest"));
    ChunkManifest manifest;
    bool sized = false;
    manifest.databaseBytes = sizeLine.sliced(15).toLongLong(&sized);
    if (!sized || manifest.databaseBytes < 0)
        return R::failure(ChunkStore::tr("the manifest's database size is unreadable"));
    if (headerOnly)
        return manifest;
    // As many entries as the database has pieces, but never more than the text has lines for.
    manifest.chunks.reserve(
        qsizetype(std::min<qint64>(manifest.databaseBytes / ChunkStore::kChunkBytes + 1, all.size() / 100)));
    const auto damaged = [](int lineNumber) {
        return R::failure(ChunkStore::tr("line %1 of the manifest is damaged").arg(lineNumber));
    };
    bool ended = false;
    qint64 total = 0;
    int lineNumber = 2;
    while (position < all.size() && !ended) {
        ++lineNumber;
        const QByteArrayView line = nextLine(&complete);
        if (line == "end") {
            ended = complete;
            break;
        }
        // Up to five fields separated by single spaces; a sixth makes the line damaged.
        QByteArrayView fields[5];
        int count = 0;
        for (qsizetype start = 0;;) {
            if (count == 5)
                return damaged(lineNumber);
            const qsizetype space = line.indexOf(' ', start);
            fields[count++] = line.sliced(start, (space >= 0 ? space : line.size()) - start);
            if (space < 0)
                break;
            start = space + 1;
        }
        if (count == 2 && fields[0] == "material_journal" && manifest.materialJournal < 0) {
            bool read = false;
            manifest.materialJournal = fields[1].toLongLong(&read);
            if (!read || manifest.materialJournal < 0)
                return damaged(lineNumber);
            continue;
        }
        Piece piece;
        QByteArrayView kind = fields[0];
        const QByteArrayView *rest = fields + 1;
        if (count == 5 && kind == "bucket" && isHex(fields[1], 2)) {
            piece.bucket = QString::fromLatin1(fields[1]);
            kind = "materials";
            rest = fields + 2;
            count = 4;
        }
        bool numeric = false;
        if (count == 4)
            piece.bytes = rest[2].toLongLong(&numeric);
        if (!numeric || piece.bytes <= 0 || piece.bytes > ChunkStore::kChunkBytes * 64 ||
            !isHex(rest[0], 64) || !isHex(rest[1], 32))
            return damaged(lineNumber);
        piece.hash = QString::fromLatin1(rest[0]);
        piece.fingerprint = QString::fromLatin1(rest[1]);
        if (kind == "chunk") {
            manifest.chunks << piece;
            total += piece.bytes;
        } else if (kind == "materials") {
            manifest.materials << piece;
        } else {
            return damaged(lineNumber);
        }
    }
    if (!ended)
        return R::failure(ChunkStore::tr("the manifest is cut short"));
    // Nothing may follow the end: a manifest is written whole or not at all.
    if (position != all.size())
        return R::failure(ChunkStore::tr("the manifest has bytes after its end"));
    if (total != manifest.databaseBytes)
        return R::failure(ChunkStore::tr("the manifest's pieces do not add up to its database size"));
    return manifest;
}

core::Result<ChunkManifest> ChunkManifest::read(const QString &path, bool headerOnly)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::Result<ChunkManifest>::failure(file.errorString());
    return parse(headerOnly ? file.read(256) : file.readAll(), headerOnly);
}

qint64 ChunkManifest::storedBytes() const
{
    QSet<QString> counted;
    qint64 bytes = 0;
    for (const QList<Piece> *list : {&chunks, &materials})
        for (const Piece &piece : *list)
            if (!counted.contains(piece.hash)) {
                counted.insert(piece.hash);
                bytes += piece.bytes;
            }
    return bytes;
}

ChunkStore::ChunkStore(QString folder) : m_folder(std::move(folder)) {}

QString ChunkStore::pathOf(const QString &hash) const
{
    return m_folder + QLatin1Char('/') + hash.left(2) + QLatin1Char('/') + hash;
}

QString ChunkStore::incomingFolder() const
{
    return m_folder + QStringLiteral("/incoming");
}

bool ChunkStore::has(const QString &hash) const
{
    return QFileInfo(pathOf(hash)).isFile();
}

core::Status ChunkStore::put(const QString &hash, const QByteArray &bytes,
                             QSet<QString> *touchedFolders) const
{
    const QString path = pathOf(hash);
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return core::Status::failure(
            tr("Cannot create the folder %1. Check that the disk is writable.").arg(folder));
    // Written in one flat folder first, so that what a killed copy leaves is found by listing
    // that folder, not by walking every piece of every kept copy.
    const QString incoming = incomingFolder();
    if (!QDir().mkpath(incoming))
        return core::Status::failure(
            tr("Cannot create the folder %1. Check that the disk is writable.").arg(incoming));
    const QString temporary = incoming + QLatin1Char('/') + hash + QLatin1Char('.') +
                              QUuid::createUuid().toString(QUuid::Id128).left(12) + kPieceSuffix;
    QFile file(temporary);
    auto failed = [&](const QString &why) {
        file.close();
        QFile::remove(temporary);
        return core::Status::failure(tr("Cannot write %1: %2").arg(path, why));
    };
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return failed(file.errorString());
    if (file.write(bytes) != bytes.size() || !file.flush())
        return failed(file.errorString());
    if (::fsync(file.handle()) != 0)
        return failed(tr("the disk did not confirm the write"));
    file.close();
    if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0)
        return failed(tr("the file could not be renamed into place"));
    touchedFolders->insert(folder);
    touchedFolders->insert(m_folder);
    return {};
}

core::Result<QByteArray> ChunkStore::get(const QString &hash) const
{
    using R = core::Result<QByteArray>;
    QFile file(pathOf(hash));
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("the piece %1 is missing (%2)").arg(hash, file.errorString()));
    QByteArray bytes = file.readAll();
    if (hashOf(bytes) != hash)
        return R::failure(tr("the piece %1 is damaged (its content does not match its name)").arg(hash));
    return bytes;
}

int ChunkStore::removeExcept(const QSet<QString> &kept) const
{
    int removed = 0;
    QDirIterator files(m_folder, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QFileInfo file(files.next());
        const QByteArray name = file.fileName().toLatin1();
        if (isHex(name, 64) && !kept.contains(file.fileName()) && QFile::remove(file.filePath()))
            ++removed;
        else if (name.endsWith(kPieceSuffix.toLatin1())) // killed copies of older releases
            QFile::remove(file.filePath());
    }
    return removed;
}

QString ChunkStore::hashOf(const QByteArray &bytes)
{
    unsigned char digest[32];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char *>(bytes.constData()),
                       quint64(bytes.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

QString ChunkStore::fingerprintOf(const QByteArray &bytes)
{
    const XXH128_hash_t hash = XXH3_128bits(bytes.constData(), size_t(bytes.size()));
    return QString::asprintf("%016llx%016llx", static_cast<unsigned long long>(hash.high64),
                             static_cast<unsigned long long>(hash.low64));
}

bool ChunkStore::syncFolders(const QSet<QString> &folders)
{
    for (const QString &folder : folders) {
        const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0)
            return false;
        const bool synced = ::fsync(fd) == 0;
        ::close(fd);
        if (!synced)
            return false;
    }
    return true;
}

QString storePiece(const QByteArray &bytes, const ChunkManifest::Piece *before, const ChunkStore &chunks,
                   QList<ChunkManifest::Piece> *pieces, ChunkedCopy *copy, QSet<QString> *touched)
{
    ChunkManifest::Piece piece;
    piece.bytes = bytes.size();
    piece.fingerprint = ChunkStore::fingerprintOf(bytes);
    if (before && before->fingerprint == piece.fingerprint && before->bytes == piece.bytes &&
        chunks.has(before->hash)) {
        piece.hash = before->hash;
    } else {
        piece.hash = ChunkStore::hashOf(bytes);
        if (!chunks.has(piece.hash)) {
            if (const core::Status written = chunks.put(piece.hash, bytes, touched); !written)
                return written.error();
            ++copy->chunksWritten;
            copy->bytesWritten += bytes.size();
        }
    }
    *pieces << piece;
    return {};
}

core::Result<ChunkedCopy> writeChunkedSnapshot(const QString &databaseFile, const ChunkStore &chunks,
                                               const ChunkManifest *previous, const std::atomic_bool *cancel,
                                               bool *noQuietMoment, const QString &previousName,
                                               const QString &name)
{
    using R = core::Result<ChunkedCopy>;
    changetracking::install();
    sqlite3 *db = nullptr;
    auto fail = [&db](const QString &why) {
        if (db) {
            exec(db, "ROLLBACK");
            sqlite3_close(db);
        }
        return R::failure(why);
    };
    if (sqlite3_open_v2(QFile::encodeName(databaseFile).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) !=
        SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(db)));
    // Short: a checkpoint waiting for a long reader is tried again, then the copy falls back.
    sqlite3_busy_timeout(db, 2000);
    // The snapshot is the database file itself, read under one read transaction that started
    // while the write-ahead log was empty. Such a reader reads the file alone (WAL read lock 0),
    // and no checkpoint may copy pages into the file while a reader holds that lock, so the file
    // does not change under the copy while the station keeps committing into the log. The log is
    // emptied just before (TRUNCATE checkpoint: the pages committed since the last checkpoint,
    // the station's own auto-checkpoint would have written them soon anyway); a commit between
    // the checkpoint and the read transaction leaves a log, and the attempt is made again.
    bool stable = false;
    for (int attempt = 0; attempt < kSnapshotAttempts && !stable; ++attempt) {
        if (cancel && cancel->load())
            return fail(ChunkStore::tr("cancelled"));
        if (attempt > 0)
            QThread::msleep(5 * attempt);
        int logFrames = 0;
        int checkpointed = 0;
        const int rc =
            sqlite3_wal_checkpoint_v2(db, "main", SQLITE_CHECKPOINT_TRUNCATE, &logFrames, &checkpointed);
        if (rc != SQLITE_OK && rc != SQLITE_BUSY)
            return fail(QString::fromUtf8(sqlite3_errmsg(db)));
        if (!exec(db, "BEGIN") || pragmaNumber(db, "SELECT COUNT(*) FROM sqlite_schema") < 0)
            return fail(QString::fromUtf8(sqlite3_errmsg(db)));
        // No log after the read transaction began: it began without one (a log cannot be
        // truncated while a reader uses it, and a reader of the file alone blocks checkpoints).
        stable = QFileInfo(walPath(databaseFile)).size() == 0;
        if (!stable)
            exec(db, "ROLLBACK");
    }
    if (!stable) {
        if (noQuietMoment)
            *noQuietMoment = true;
        return fail(ChunkStore::tr("the station kept writing; no quiet moment for a consistent copy"));
    }
    const qint64 pageSize = pragmaNumber(db, "PRAGMA page_size");
    const qint64 pageCount = pragmaNumber(db, "PRAGMA page_count");
    if (pageSize <= 0 || pageCount < 0)
        return fail(QString::fromUtf8(sqlite3_errmsg(db)));
    // Read through SQLite's own file handle: opening and closing a second descriptor of the
    // database file would drop the process's POSIX locks on it (SQLite's "how to corrupt", 2.2).
    sqlite3_file *file = nullptr;
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file ||
        !file->pMethods)
        return fail(ChunkStore::tr("the database file cannot be read"));
    ChunkedCopy copy;
    copy.manifest.databaseBytes = pageSize * pageCount;
    // Which pieces changed since `previous`: read inside this read transaction, so no checkpoint
    // writes the file between the log and the pieces.
    changetracking::ChangedPieces changed;
    if (!previous || previousName.isEmpty())
        changed.whyNot = QStringLiteral("no earlier backup to start from");
    else
        changed = changetracking::read(databaseFile, previousName);
    copy.fullScanReason = changed.trusted ? QString() : changed.whyNot;
    QSet<QString> touched;
    QByteArray buffer;
    int index = 0;
    for (qint64 offset = 0; offset < copy.manifest.databaseBytes;
         offset += ChunkStore::kChunkBytes, ++index) {
        if (cancel && cancel->load())
            return fail(ChunkStore::tr("cancelled"));
        const qint64 length = std::min<qint64>(ChunkStore::kChunkBytes, copy.manifest.databaseBytes - offset);
        // Unchanged since the previous copy by the log's word, and of the same length there: its
        // entry as it was (the previous manifest is kept, so its pieces are in the store).
        if (changed.trusted && index < previous->chunks.size() && !changed.pieces.contains(index) &&
            previous->chunks.at(index).bytes == length) {
            copy.manifest.chunks << previous->chunks.at(index);
            continue;
        }
        ++copy.piecesRead;
        buffer.resize(length);
        if (file->pMethods->xRead(file, buffer.data(), int(length), offset) != SQLITE_OK)
            return fail(ChunkStore::tr("reading the database file failed at byte %1").arg(offset));
        const ChunkManifest::Piece *before =
            previous && index < previous->chunks.size() ? &previous->chunks.at(index) : nullptr;
        if (const QString error = storePiece(buffer, before, chunks, &copy.manifest.chunks, &copy, &touched);
            !error.isEmpty())
            return fail(error);
    }
    // The material names of the same snapshot: from the journal when it continues the previous
    // copy's list (the change log vouching for the database in between), else from every row.
    const backupmaterials::Pending materials = backupmaterials::read(db, previous, changed.trusted, chunks);
    if (!materials.error.isEmpty())
        return fail(materials.error);
    // The log starts again for this copy while the snapshot still holds the file still. Not for a
    // copy of another file (the fallback's still copy): the log then stays with the older copy,
    // which is not the newest once this one is written, so the next backup scans in full.
    if (!name.isEmpty())
        changetracking::restart(databaseFile, name);
    exec(db, "COMMIT");
    sqlite3_close(db);
    db = nullptr;
    if (const QString error = backupmaterials::write(materials, previous, chunks, &copy, &touched);
        !error.isEmpty())
        return R::failure(error);
    if (!ChunkStore::syncFolders(touched))
        return R::failure(ChunkStore::tr("the disk did not confirm the backup's pieces"));
    return copy;
}

core::Result<QStringList> materialNames(const ChunkManifest &manifest, const ChunkStore &chunks)
{
    QStringList names;
    for (const ChunkManifest::Piece &piece : manifest.materials) {
        const auto bytes = chunks.get(piece.hash);
        if (!bytes)
            return core::Result<QStringList>::failure(bytes.error());
        for (const QByteArray &name : bytes->split('\n'))
            if (!name.isEmpty())
                names << QString::fromLatin1(name);
    }
    return names;
}

QString reassemble(const ChunkManifest &manifest, const ChunkStore &chunks, const QString &target)
{
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return out.errorString();
    for (const ChunkManifest::Piece &piece : manifest.chunks) {
        const auto bytes = chunks.get(piece.hash);
        if (!bytes)
            return bytes.error();
        if (bytes->size() != piece.bytes)
            return ChunkStore::tr("the piece %1 has the wrong size").arg(piece.hash);
        if (out.write(bytes.value()) != bytes->size())
            return out.errorString();
    }
    if (!out.flush() || ::fsync(out.handle()) != 0)
        return ChunkStore::tr("the disk did not confirm the write");
    return {};
}

} // namespace store
