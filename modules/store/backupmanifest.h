#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace store {

class ChunkStore;

// What one chunked backup holds (<backups>/station-<time>.manifest): the pieces of station.db in
// order and the pieces of the list of material files the copy names (backupchunks.h).
//
// Format 2 (written since the year benchmark, issue 21) does not name the database's pieces in the
// manifest itself: it names "parts", content-addressed pieces in the same store, each listing
// kChunksPerPart consecutive database pieces (`<hash> <fingerprint> <bytes>` lines), the last part
// the rest. A copy after a day's changes rewrites only the parts holding a changed piece and a
// manifest of a few hundred lines; before, every copy read, wrote and counted a line for each of a
// year's 6,000 and more pieces. Format 1 (older copies) lists every piece (`chunk` lines); both are
// read.
struct ChunkManifest {
    struct Piece {
        QString hash;        // BLAKE2b-256 of the piece, hex: its file name
        QString fingerprint; // XXH3-128 of the piece, hex: finds unchanged pieces without hashing
        qint64 bytes = 0;
        QString bucket; // a material bucket's two hex digits; empty for the other pieces
    };
    static constexpr int kChunksPerPart = 64;
    static constexpr int kPartsFormat = 2;

    int format = kPartsFormat;
    qint64 databaseBytes = 0;
    // The database file, in order. Of a format-2 manifest only after loadChunks(); a copy being
    // written holds only the pieces it read.
    QList<Piece> chunks;
    QList<Piece> parts;     // format 2: the pieces listing `chunks`, in order
    QList<Piece> materials; // the material names, newline-separated: buckets in order, or older pieces
    // The material journal's position in the copy's snapshot; -1 when the list was not made from it.
    qint64 materialJournal = -1;

    QByteArray serialize() const;
    // Parses a manifest; `headerOnly` stops after the database size (for listing).
    static core::Result<ChunkManifest> parse(const QByteArray &text, bool headerOnly = false);
    static core::Result<ChunkManifest> read(const QString &path, bool headerOnly = false);
    // A manifest with every database piece in `chunks` (format 2: its parts read from `store`, each
    // checked against its name, and the pieces checked against the database size).
    static core::Result<ChunkManifest> readWhole(const QString &path, const ChunkStore &store);
    // The same from the store beside the manifest (<backups>/chunks).
    static core::Result<ChunkManifest> readWhole(const QString &path);
    // Every piece it names, parts included (needs `chunks` loaded).
    QList<Piece> allPieces() const;
    core::Status loadChunks(const ChunkStore &store);

    // The pieces the manifest names itself: the parts (format 2) or every database piece (format 1),
    // then the material pieces.
    QList<Piece> namedPieces() const;
    // Every piece counted once, parts included (needs `chunks` loaded).
    qint64 storedBytes() const;

    // How many parts a database of `databaseBytes` has, and how many database pieces.
    static qsizetype partCount(qint64 databaseBytes);
    static qsizetype chunkCount(qint64 databaseBytes);
    // A part's text, and the pieces a part lists (refused whole when damaged or hostile).
    static QByteArray serializePart(const QList<Piece> &pieces);
    static core::Result<QList<Piece>> parsePart(const QByteArray &text);
    static core::Result<QList<Piece>> readPart(const Piece &part, const ChunkStore &store);
};

} // namespace store
