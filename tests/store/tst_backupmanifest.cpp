#include "store/backupchunks.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// The backup manifest's parser: what serialize() writes reads back the same, and a damaged or
// hostile manifest is refused, never half-read (a restore or a prune acts on what it says).
class TestBackupManifest : public QObject
{
    Q_OBJECT

    static QByteArray hex(char digit, int length) { return QByteArray(length, digit); }

    // A format-1 manifest (copies taken before parts): every database piece on a line of its own.
    static store::ChunkManifest sample()
    {
        store::ChunkManifest manifest;
        manifest.format = 1;
        for (int i = 0; i < 3; ++i) {
            store::ChunkManifest::Piece piece;
            piece.hash = QString::fromLatin1(hex(char('a' + i), 64));
            piece.fingerprint = QString::fromLatin1(hex(char('1' + i), 32));
            piece.bytes = i < 2 ? store::ChunkStore::kChunkBytes : 4096;
            manifest.chunks << piece;
            manifest.databaseBytes += piece.bytes;
        }
        store::ChunkManifest::Piece bucket;
        bucket.hash = QString::fromLatin1(hex('e', 64));
        bucket.fingerprint = QString::fromLatin1(hex('f', 32));
        bucket.bytes = 300;
        bucket.bucket = QStringLiteral("0a");
        manifest.materials << bucket;
        store::ChunkManifest::Piece older = bucket;
        older.bucket.clear();
        older.hash = QString::fromLatin1(hex('d', 64));
        manifest.materials << older;
        manifest.materialJournal = 42;
        return manifest;
    }

private slots:
    void whatIsWrittenReadsBack()
    {
        const store::ChunkManifest written = sample();
        const QByteArray text = written.serialize();
        const auto read = store::ChunkManifest::parse(text);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->databaseBytes, written.databaseBytes);
        QCOMPARE(read->chunks.size(), 3);
        QCOMPARE(read->materialJournal, 42);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(read->chunks.at(i).hash, written.chunks.at(i).hash);
            QCOMPARE(read->chunks.at(i).fingerprint, written.chunks.at(i).fingerprint);
            QCOMPARE(read->chunks.at(i).bytes, written.chunks.at(i).bytes);
        }
        QCOMPARE(read->materials.size(), 2);
        QCOMPARE(read->materials.at(0).bucket, QStringLiteral("0a"));
        QVERIFY(read->materials.at(1).bucket.isEmpty());
        QCOMPARE(read->materials.at(1).hash, written.materials.at(1).hash);
        QCOMPARE(read->serialize(), text); // and writes the same bytes again
        const auto header = store::ChunkManifest::parse(text.left(80), true);
        QVERIFY(header.ok());
        QCOMPARE(header->databaseBytes, written.databaseBytes);
        QVERIFY(header->chunks.isEmpty());
    }

    static store::ChunkManifest::Piece piece(char hash, char fingerprint, qint64 bytes)
    {
        store::ChunkManifest::Piece made;
        made.hash = QString::fromLatin1(hex(hash, 64));
        made.fingerprint = QString::fromLatin1(hex(fingerprint, 32));
        made.bytes = bytes;
        return made;
    }

    // Format 2: the manifest names parts; the parts, stored as pieces, list the database's pieces.
    void partsReadBackWhole()
    {
        QTemporaryDir dir;
        const store::ChunkStore chunks(dir.filePath(QStringLiteral("chunks")));
        // Two parts: a whole one and one of two pieces, the last short.
        QList<store::ChunkManifest::Piece> database;
        for (int i = 0; i < store::ChunkManifest::kChunksPerPart + 2; ++i)
            database << piece(char('a' + i % 6), '1',
                              i == store::ChunkManifest::kChunksPerPart + 1 ? 4096
                                                                            : store::ChunkStore::kChunkBytes);
        store::ChunkManifest written;
        for (const auto &entry : std::as_const(database))
            written.databaseBytes += entry.bytes;
        QCOMPARE(store::ChunkManifest::partCount(written.databaseBytes), 2);
        store::PieceBatch batch(chunks);
        for (const auto &slice : {database.mid(0, store::ChunkManifest::kChunksPerPart),
                                  database.mid(store::ChunkManifest::kChunksPerPart)}) {
            const QByteArray text = store::ChunkManifest::serializePart(slice);
            const QString hash = store::ChunkStore::hashOf(text);
            QVERIFY(batch.put(hash, text).ok());
            written.parts << store::ChunkManifest::Piece{
                hash, store::ChunkStore::fingerprintOf(text), text.size(), {}};
        }
        QVERIFY(batch.commit().ok());
        QVERIFY(QDir(chunks.incomingFolder()).isEmpty());
        const QByteArray text = written.serialize();
        QVERIFY(text.startsWith("appraisal-station-backup 2\n"));
        QVERIFY(!text.contains("chunk "));
        auto read = store::ChunkManifest::parse(text);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->parts.size(), 2);
        QVERIFY(read->chunks.isEmpty()); // not read until asked for
        QCOMPARE(read->serialize(), text);
        QVERIFY(read.value().loadChunks(chunks).ok());
        QCOMPARE(read->chunks.size(), database.size());
        for (qsizetype i = 0; i < database.size(); ++i)
            QCOMPARE(read->chunks.at(i).hash, database.at(i).hash);
        // A part whose file is damaged, or that lists pieces of another size, is refused whole.
        QFile lastPart(chunks.pathOf(written.parts.at(1).hash));
        QVERIFY(lastPart.open(QIODevice::WriteOnly | QIODevice::Append));
        lastPart.write("x");
        lastPart.close();
        auto damaged = store::ChunkManifest::parse(text);
        const core::Status loaded = damaged.value().loadChunks(chunks);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().contains(QStringLiteral("wrong size")), qPrintable(loaded.error()));
        QVERIFY(damaged->chunks.isEmpty());
        // The same size, other bytes: refused by its name.
        QVERIFY(lastPart.open(QIODevice::ReadWrite));
        QVERIFY(lastPart.resize(written.parts.at(1).bytes));
        QVERIFY(lastPart.seek(0));
        lastPart.write("0");
        lastPart.close();
        const core::Status altered = damaged.value().loadChunks(chunks);
        QVERIFY(!altered.ok());
        QVERIFY2(altered.error().contains(QStringLiteral("does not match its name")),
                 qPrintable(altered.error()));
    }

    void damagedPartsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        const QByteArray line = hex('a', 64) + ' ' + hex('1', 32) + " 4096\n";
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no newline") << line.chopped(1);
        QTest::newRow("empty line") << line + "\n";
        QTest::newRow("a manifest's line") << "chunk " + line;
        QTest::newRow("short hash") << hex('a', 63) + ' ' + hex('1', 32) + " 4096\n";
        QTest::newRow("size zero") << hex('a', 64) + ' ' + hex('1', 32) + " 0\n";
        QTest::newRow("larger than a piece") << hex('a', 64) + ' ' + hex('1', 32) + " 262145\n";
        QTest::newRow("extra field") << hex('a', 64) + ' ' + hex('1', 32) + " 4096 x\n";
        QByteArray tooMany;
        for (int i = 0; i <= store::ChunkManifest::kChunksPerPart; ++i)
            tooMany += line;
        QTest::newRow("more pieces than a part holds") << tooMany;
    }

    void damagedPartsAreRefused()
    {
        QFETCH(QByteArray, text);
        const auto parsed = store::ChunkManifest::parsePart(text);
        QVERIFY2(!parsed.ok(), text.left(200).constData());
        QVERIFY(!parsed.error().isEmpty());
    }

    void damagedPartitionedManifestsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        const QByteArray head = "appraisal-station-backup 2\ndatabase_bytes 4096\n";
        const QByteArray part = "part " + hex('a', 64) + ' ' + hex('1', 32) + " 120\n";
        QTest::newRow("a format-1 line")
            << head + "chunk " + hex('a', 64) + ' ' + hex('1', 32) + " 4096\nend\n";
        QTest::newRow("no part") << head + "end\n";
        QTest::newRow("a part too many") << head + part + part + "end\n";
        QTest::newRow("a part too large")
            << head + "part " + hex('a', 64) + ' ' + hex('1', 32) + " 9000000\nend\n";
        QTest::newRow("a part in format 1")
            << "appraisal-station-backup 1\ndatabase_bytes 4096\n" + part + "end\n";
        QTest::newRow("the largest size")
            << "appraisal-station-backup 2\ndatabase_bytes 9223372036854775807\n" + part + "end\n";
        QTest::newRow("a newer format")
            << "appraisal-station-backup 3\ndatabase_bytes 4096\n" + part + "end\n";
    }

    void damagedPartitionedManifestsAreRefused()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!store::ChunkManifest::parse(text).ok());
    }

    void damagedManifestsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        const QByteArray good = sample().serialize();
        const QByteArray magic = good.left(good.indexOf('\n') + 1);
        const QByteArray chunk = "chunk " + hex('a', 64) + ' ' + hex('1', 32) + " 4096\n";
        const QByteArray head = magic + "database_bytes 4096\n";
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("another file") << QByteArray("SQLite format 3\n\n\n");
        QTest::newRow("no size line") << magic;
        QTest::newRow("size not a number") << magic + "database_bytes x\nend\n";
        QTest::newRow("negative size") << magic + "database_bytes -1\nend\n";
        QTest::newRow("no end") << head + chunk;
        QTest::newRow("cut in a line") << head + chunk.left(40);
        QTest::newRow("end without newline") << head + chunk + "end";
        QTest::newRow("bytes after the end") << head + chunk + "end\nchunk\n";
        QTest::newRow("empty line") << head + "\n" + chunk + "end\n";
        QTest::newRow("unknown kind") << head + "piece " + hex('a', 64) + ' ' + hex('1', 32) + " 4096\nend\n";
        QTest::newRow("short hash") << head + "chunk " + hex('a', 63) + ' ' + hex('1', 32) + " 4096\nend\n";
        QTest::newRow("upper-case hash")
            << head + "chunk " + hex('A', 64) + ' ' + hex('1', 32) + " 4096\nend\n";
        QTest::newRow("short fingerprint")
            << head + "chunk " + hex('a', 64) + ' ' + hex('1', 31) + " 4096\nend\n";
        QTest::newRow("size zero") << magic + "database_bytes 0\nchunk " + hex('a', 64) + ' ' + hex('1', 32) +
                                          " 0\nend\n";
        QTest::newRow("piece too large") << magic + "database_bytes 999999999\nchunk " + hex('a', 64) + ' ' +
                                                hex('1', 32) + " 999999999\nend\n";
        QTest::newRow("two spaces") << head + "chunk  " + hex('a', 64) + ' ' + hex('1', 32) + " 4096\nend\n";
        QTest::newRow("extra field") << head + "chunk " + hex('a', 64) + ' ' + hex('1', 32) +
                                            " 4096 x\nend\n";
        QTest::newRow("six fields") << head + "bucket 0a " + hex('a', 64) + ' ' + hex('1', 32) + " 10 x\n" +
                                           chunk + "end\n";
        QTest::newRow("bad bucket") << head + "bucket 0g " + hex('a', 64) + ' ' + hex('1', 32) + " 10\n" +
                                           chunk + "end\n";
        QTest::newRow("journal twice") << head + chunk + "material_journal 1\nmaterial_journal 2\nend\n";
        QTest::newRow("journal negative") << head + chunk + "material_journal -5\nend\n";
        QTest::newRow("pieces short of the size") << magic + "database_bytes 8192\n" + chunk + "end\n";
        QTest::newRow("the largest size") << magic + "database_bytes 9223372036854775807\n" + chunk + "end\n";
    }

    void damagedManifestsAreRefused()
    {
        QFETCH(QByteArray, text);
        const auto parsed = store::ChunkManifest::parse(text);
        QVERIFY2(!parsed.ok(), text.constData());
        QVERIFY(!parsed.error().isEmpty());
    }

    // The smallest whole manifest: a database of one piece, no materials.
    void theSmallestManifestReads()
    {
        const QByteArray text = sample().serialize().left(sample().serialize().indexOf('\n') + 1) +
                                "database_bytes 4096\nchunk " + hex('a', 64) + ' ' + hex('1', 32) +
                                " 4096\nend\n";
        const auto parsed = store::ChunkManifest::parse(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(parsed->chunks.size(), 1);
        QCOMPARE(parsed->materialJournal, -1);
    }
};

QTEST_GUILESS_MAIN(TestBackupManifest)
#include "tst_backupmanifest.moc"
