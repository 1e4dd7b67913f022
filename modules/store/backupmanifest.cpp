#include "backupmanifest.h"

#include "backupchunks.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace store {

namespace {

const QByteArray kMagicPrefix = QByteArrayLiteral("appraisal-station-backup ");
// A part's line is about 115 bytes; anything far beyond a full part is not one.
constexpr qint64 kMostPartBytes = qint64(ChunkManifest::kChunksPerPart) * 128;

void appendPiece(QByteArray &text, const ChunkManifest::Piece &piece)
{
    text += piece.hash.toLatin1();
    text += ' ';
    text += piece.fingerprint.toLatin1();
    text += ' ';
    text += QByteArray::number(piece.bytes);
    text += '\n';
}

// Reads a text line by line and field by field in place, without a list of lines or of fields: a
// format-1 manifest of a year is 6,000 and more lines, read at every copy.
class LineReader
{
public:
    explicit LineReader(QByteArrayView text) : m_all(text) {}
    bool atEnd() const { return m_position >= m_all.size(); }
    qsizetype position() const { return m_position; }
    // The next line without its newline; `complete` is false for a last line with no newline.
    QByteArrayView next(bool *complete)
    {
        const qsizetype end = m_all.indexOf('\n', m_position);
        *complete = end >= 0;
        const QByteArrayView line = m_all.sliced(m_position, (end >= 0 ? end : m_all.size()) - m_position);
        m_position = end >= 0 ? end + 1 : m_all.size();
        return line;
    }
    // Up to `most` fields separated by single spaces; -1 when the line has more.
    static int split(QByteArrayView line, QByteArrayView *fields, int most)
    {
        int count = 0;
        for (qsizetype start = 0;;) {
            if (count == most)
                return -1;
            const qsizetype space = line.indexOf(' ', start);
            fields[count++] = line.sliced(start, (space >= 0 ? space : line.size()) - start);
            if (space < 0)
                return count;
            start = space + 1;
        }
    }

private:
    QByteArrayView m_all;
    qsizetype m_position = 0;
};

// `<hash> <fingerprint> <bytes>` into `piece`; false when any field is malformed or the size is
// not in (0, most].
bool readPiece(const QByteArrayView *fields, qint64 most, ChunkManifest::Piece *piece)
{
    bool numeric = false;
    piece->bytes = fields[2].toLongLong(&numeric);
    if (!numeric || piece->bytes <= 0 || piece->bytes > most || !isLowerHex(fields[0], 64) ||
        !isLowerHex(fields[1], 32))
        return false;
    piece->hash = QString::fromLatin1(fields[0]);
    piece->fingerprint = QString::fromLatin1(fields[1]);
    return true;
}

} // namespace

qsizetype ChunkManifest::chunkCount(qint64 databaseBytes)
{
    // Without `databaseBytes + kChunkBytes - 1`: a hostile size near the largest number overflows.
    return qsizetype(databaseBytes / ChunkStore::kChunkBytes +
                     (databaseBytes % ChunkStore::kChunkBytes != 0));
}

qsizetype ChunkManifest::partCount(qint64 databaseBytes)
{
    const qsizetype chunks = chunkCount(databaseBytes);
    return chunks / kChunksPerPart + (chunks % kChunksPerPart != 0);
}

QByteArray ChunkManifest::serialize() const
{
    const QList<Piece> &database = format == kPartsFormat ? parts : chunks;
    QByteArray text;
    text.reserve(64 + (database.size() + materials.size()) * 128);
    text += kMagicPrefix + QByteArray::number(format) + '\n';
    text += "database_bytes " + QByteArray::number(databaseBytes) + '\n';
    for (const Piece &piece : database) {
        text += format == kPartsFormat ? "part " : "chunk ";
        appendPiece(text, piece);
    }
    for (const Piece &piece : materials) {
        text += piece.bucket.isEmpty() ? QByteArray("materials ") : "bucket " + piece.bucket.toLatin1() + ' ';
        appendPiece(text, piece);
    }
    if (materialJournal >= 0)
        text += "material_journal " + QByteArray::number(materialJournal) + '\n';
    text += "end\n";
    return text;
}

core::Result<ChunkManifest> ChunkManifest::parse(const QByteArray &text, bool headerOnly)
{
    using R = core::Result<ChunkManifest>;
    LineReader reader(text);
    bool complete = false;
    const QByteArrayView magic = reader.next(&complete);
    const QByteArrayView sizeLine = complete ? reader.next(&complete) : QByteArrayView();
    ChunkManifest manifest;
    if (magic == kMagicPrefix + '1')
        manifest.format = 1;
    else if (magic == kMagicPrefix + QByteArray::number(kPartsFormat))
        manifest.format = kPartsFormat;
    else
        return R::failure(ChunkStore::tr("not a station backup manifest"));
    if (!complete || !sizeLine.startsWith("database_bytes "))
        return R::failure(ChunkStore::tr("not a station backup manifest"));
    bool sized = false;
    manifest.databaseBytes = sizeLine.sliced(15).toLongLong(&sized);
    if (!sized || manifest.databaseBytes < 0)
        return R::failure(ChunkStore::tr("the manifest's database size is unreadable"));
    if (headerOnly)
        return manifest;
    const bool partitioned = manifest.format == kPartsFormat;
    // As many entries as the database has pieces, but never more than the text has lines for.
    (partitioned ? manifest.parts : manifest.chunks)
        .reserve(qsizetype(std::min<qint64>(partitioned ? partCount(manifest.databaseBytes)
                                                        : chunkCount(manifest.databaseBytes),
                                            text.size() / 100)));
    const auto damaged = [](int lineNumber) {
        return R::failure(ChunkStore::tr("line %1 of the manifest is damaged").arg(lineNumber));
    };
    bool ended = false;
    qint64 total = 0;
    int lineNumber = 2;
    while (!reader.atEnd() && !ended) {
        ++lineNumber;
        const QByteArrayView line = reader.next(&complete);
        if (line == "end") {
            ended = complete;
            break;
        }
        QByteArrayView fields[5];
        int count = LineReader::split(line, fields, 5);
        if (count < 0)
            return damaged(lineNumber);
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
        if (count == 5 && kind == "bucket" && isLowerHex(fields[1], 2)) {
            piece.bucket = QString::fromLatin1(fields[1]);
            kind = "materials";
            rest = fields + 2;
            count = 4;
        }
        if (count != 4 || !readPiece(rest, ChunkStore::kChunkBytes * 64, &piece))
            return damaged(lineNumber);
        if (kind == "chunk" && !partitioned) {
            manifest.chunks << piece;
            total += piece.bytes;
        } else if (kind == "part" && partitioned && piece.bytes <= kMostPartBytes) {
            manifest.parts << piece;
        } else if (kind == "materials") {
            manifest.materials << piece;
        } else {
            return damaged(lineNumber);
        }
    }
    if (!ended)
        return R::failure(ChunkStore::tr("the manifest is cut short"));
    // Nothing may follow the end: a manifest is written whole or not at all.
    if (reader.position() != text.size())
        return R::failure(ChunkStore::tr("the manifest has bytes after its end"));
    if (partitioned ? manifest.parts.size() != partCount(manifest.databaseBytes)
                    : total != manifest.databaseBytes)
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

core::Result<ChunkManifest> ChunkManifest::readWhole(const QString &path, const ChunkStore &store)
{
    auto manifest = read(path);
    if (manifest)
        if (const core::Status loaded = manifest.value().loadChunks(store); !loaded)
            return core::Result<ChunkManifest>::failure(loaded.error());
    return manifest;
}

core::Result<ChunkManifest> ChunkManifest::readWhole(const QString &path)
{
    return readWhole(path, ChunkStore(QFileInfo(path).absoluteDir().filePath(QStringLiteral("chunks"))));
}

core::Status ChunkManifest::loadChunks(const ChunkStore &store)
{
    if (format != kPartsFormat)
        return {};
    QList<Piece> all;
    all.reserve(chunkCount(databaseBytes));
    qint64 total = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const auto pieces = readPart(parts.at(i), store);
        if (!pieces)
            return core::Status::failure(pieces.error());
        // Every part but the last lists a whole part's pieces, all full: a piece's place in the
        // database follows from its part's.
        const bool lastPart = i == parts.size() - 1;
        if (!lastPart && pieces->size() != kChunksPerPart)
            return core::Status::failure(
                ChunkStore::tr("the part %1 lists the wrong number of pieces").arg(parts.at(i).hash));
        for (const Piece &piece : pieces.value()) {
            total += piece.bytes;
            all << piece;
        }
    }
    if (all.size() != chunkCount(databaseBytes) || total != databaseBytes)
        return core::Status::failure(
            ChunkStore::tr("the manifest's pieces do not add up to its database size"));
    chunks = std::move(all);
    return {};
}

QList<ChunkManifest::Piece> ChunkManifest::namedPieces() const
{
    QList<Piece> pieces = format == kPartsFormat ? parts : chunks;
    pieces += materials;
    return pieces;
}

QList<ChunkManifest::Piece> ChunkManifest::allPieces() const
{
    return chunks + parts + materials;
}

qint64 ChunkManifest::storedBytes() const
{
    QSet<QString> counted;
    qint64 bytes = 0;
    for (const QList<Piece> *list : {&chunks, &parts, &materials})
        for (const Piece &piece : *list)
            if (!counted.contains(piece.hash)) {
                counted.insert(piece.hash);
                bytes += piece.bytes;
            }
    return bytes;
}

QByteArray ChunkManifest::serializePart(const QList<Piece> &pieces)
{
    QByteArray text;
    text.reserve(pieces.size() * 116);
    for (const Piece &piece : pieces)
        appendPiece(text, piece);
    return text;
}

core::Result<QList<ChunkManifest::Piece>> ChunkManifest::parsePart(const QByteArray &text)
{
    using R = core::Result<QList<Piece>>;
    QList<Piece> pieces;
    LineReader reader(text);
    while (!reader.atEnd()) {
        bool complete = false;
        const QByteArrayView line = reader.next(&complete);
        QByteArrayView fields[3];
        Piece piece;
        if (!complete || pieces.size() == kChunksPerPart || LineReader::split(line, fields, 3) != 3 ||
            !readPiece(fields, ChunkStore::kChunkBytes, &piece))
            return R::failure(
                ChunkStore::tr("line %1 of a part of the manifest is damaged").arg(pieces.size() + 1));
        pieces << piece;
    }
    if (pieces.isEmpty())
        return R::failure(ChunkStore::tr("a part of the manifest is empty"));
    return pieces;
}

core::Result<QList<ChunkManifest::Piece>> ChunkManifest::readPart(const Piece &part, const ChunkStore &store)
{
    // The manifest bounds a part's size (kMostPartBytes): a file of another size is not read.
    if (part.bytes > 0 && QFileInfo(store.pathOf(part.hash)).size() != part.bytes)
        return core::Result<QList<Piece>>::failure(
            ChunkStore::tr("the piece %1 has the wrong size").arg(part.hash));
    const auto bytes = store.get(part.hash);
    if (!bytes)
        return core::Result<QList<Piece>>::failure(bytes.error());
    return parsePart(bytes.value());
}

} // namespace store
