#include "changetracking.h"

#include "backupchunks.h"

#include <QFile>

#include <sqlite3.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <cerrno>
#include <cstring>
#include <mutex>
#include <new>
#include <string>
#include <unordered_set>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace store::changetracking {

namespace {

constexpr char kMagic[8] = {'A', 'P', 'C', 'H', 'G', 'L', 'G', '1'};
constexpr int kBaseBytes = 64;
constexpr quint32 kRecordSalt = 0x9E3779B9u;
const char *const kTrackedName = "station.db";
const char *const kSuffix = "-changes";

// The database file's identity after the last sync through this VFS. A write by anything else
// changes at least the modification time.
struct Stamp {
    quint64 device = 0;
    quint64 inode = 0;
    qint64 size = 0;
    qint64 modifiedNs = 0;
    qint64 changedNs = 0;
    bool operator==(const Stamp &other) const
    {
        return device == other.device && inode == other.inode && size == other.size &&
               modifiedNs == other.modifiedNs && changedNs == other.changedNs;
    }
};

// The sidecar's first bytes; the piece records (8 bytes each) follow.
struct Header {
    char magic[8];
    quint64 generation;
    quint32 tainted;
    quint32 baseLength;
    Stamp stamp;
    char base[kBaseBytes];
    quint64 checksum; // XXH64 of everything before it
};
constexpr int kHeaderBytes = int(sizeof(Header));

quint64 checksumOf(const Header &header)
{
    return XXH64(&header, offsetof(Header, checksum), 0);
}

bool stampOf(const char *path, Stamp *stamp)
{
    struct stat info {
    };
    if (::stat(path, &info) != 0)
        return false;
    stamp->device = quint64(info.st_dev);
    stamp->inode = quint64(info.st_ino);
    stamp->size = qint64(info.st_size);
    stamp->modifiedNs = qint64(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
    stamp->changedNs = qint64(info.st_ctim.tv_sec) * 1000000000 + info.st_ctim.tv_nsec;
    return true;
}

// The identity recorded after a write: the modification time is first set one second back, so
// that any later write, even in the same tick of the file system's coarse clock, sets a different
// one (a write sets it to the current time). Without it a foreign write within a few milliseconds
// of the station's sync could keep size and time unchanged.
bool backdatedStampOf(const char *path, Stamp *stamp)
{
    struct stat info {
    };
    if (::stat(path, &info) != 0)
        return false;
    struct timespec times[2];
    times[0].tv_sec = 0;
    times[0].tv_nsec = UTIME_OMIT;
    times[1] = info.st_mtim;
    times[1].tv_sec -= 1;
    return ::utimensat(AT_FDCWD, path, times, 0) == 0 && stampOf(path, stamp);
}

quint32 recordCheck(quint32 piece, quint64 generation)
{
    return piece ^ kRecordSalt ^ quint32(generation) ^ quint32(generation >> 32);
}

bool readHeader(int fd, Header *header)
{
    if (::pread(fd, header, sizeof(Header), 0) != ssize_t(sizeof(Header)))
        return false;
    return std::memcmp(header->magic, kMagic, sizeof kMagic) == 0 &&
           header->checksum == checksumOf(*header) && header->baseLength <= quint32(kBaseBytes);
}

bool writeHeader(int fd, Header *header)
{
    header->checksum = checksumOf(*header);
    return ::pwrite(fd, header, sizeof(Header), 0) == ssize_t(sizeof(Header));
}

sqlite3_vfs *g_real = nullptr;
sqlite3_vfs g_vfs;

// A tracked station.db handle: this struct, then the real VFS's file.
struct TrackedFile {
    sqlite3_file base;
    sqlite3_file *real;
    std::string *databasePath;
    std::string *logPath;
    std::unordered_set<quint32> *recorded; // pieces already in the log's current generation
    int logFd;
    bool inBatch;     // written since the last sync: the stamp is recorded after the next one
    bool logUnsynced; // records written since the sidecar's last sync
    bool logBroken;   // the log could not be written: removed, nothing more recorded this batch
    Header header;
};

TrackedFile *tracked(sqlite3_file *file)
{
    return reinterpret_cast<TrackedFile *>(file);
}

// The log cannot be kept: without it the next backup scans everything, which is always right.
void dropLog(TrackedFile *file)
{
    ::unlink(file->logPath->c_str());
    if (file->logFd >= 0)
        ::close(file->logFd);
    file->logFd = -1;
    file->logBroken = true;
}

// Before the first write since the last sync: the log's current generation, and whether anything
// but this VFS wrote the file since the last recorded sync (then the log is marked tainted).
// Returns false when the write must not go ahead (the log exists but could not be handled).
bool beginBatch(TrackedFile *file)
{
    if (file->inBatch)
        return true;
    file->inBatch = true;
    file->logBroken = false;
    // The log removed and made again (by another process) is another file: open the one at the path.
    struct stat open {
    };
    struct stat atPath {
    };
    if (file->logFd >= 0 &&
        (::fstat(file->logFd, &open) != 0 || ::stat(file->logPath->c_str(), &atPath) != 0 ||
         open.st_ino != atPath.st_ino || open.st_dev != atPath.st_dev)) {
        ::close(file->logFd);
        file->logFd = -1;
    }
    if (file->logFd < 0) {
        file->logFd = ::open(file->logPath->c_str(), O_RDWR | O_CLOEXEC);
        if (file->logFd < 0)
            return true; // no log: the next backup scans in full and starts one
    }
    Header header{};
    if (!readHeader(file->logFd, &header)) {
        dropLog(file);
        return true;
    }
    if (header.generation != file->header.generation)
        file->recorded->clear();
    file->header = header;
    Stamp now;
    if (!header.tainted && (!stampOf(file->databasePath->c_str(), &now) || !(now == header.stamp))) {
        file->header.tainted = 1;
        if (!writeHeader(file->logFd, &file->header) || ::fdatasync(file->logFd) != 0)
            dropLog(file);
    }
    return true;
}

bool record(TrackedFile *file, qint64 firstByte, qint64 lastByte)
{
    if (file->logFd < 0 || file->logBroken || file->header.tainted || lastByte < firstByte)
        return true;
    struct stat info {
    };
    if (::fstat(file->logFd, &info) != 0) {
        dropLog(file);
        return true;
    }
    qint64 end = info.st_size;
    for (qint64 piece = firstByte / ChunkStore::kChunkBytes; piece <= lastByte / ChunkStore::kChunkBytes;
         ++piece) {
        const quint32 index = quint32(piece);
        if (file->recorded->count(index))
            continue;
        const quint32 entry[2] = {index, recordCheck(index, file->header.generation)};
        if (::pwrite(file->logFd, entry, sizeof entry, end) != ssize_t(sizeof entry)) {
            dropLog(file);
            return true;
        }
        end += qint64(sizeof entry);
        file->recorded->insert(index);
        file->logUnsynced = true;
    }
    return true;
}

int trackedClose(sqlite3_file *base)
{
    TrackedFile *file = tracked(base);
    const int rc = file->real->pMethods ? file->real->pMethods->xClose(file->real) : SQLITE_OK;
    if (file->logFd >= 0)
        ::close(file->logFd);
    delete file->databasePath;
    delete file->logPath;
    delete file->recorded;
    return rc;
}

int trackedRead(sqlite3_file *base, void *buffer, int amount, sqlite3_int64 offset)
{
    sqlite3_file *real = tracked(base)->real;
    return real->pMethods->xRead(real, buffer, amount, offset);
}

int trackedWrite(sqlite3_file *base, const void *buffer, int amount, sqlite3_int64 offset)
{
    TrackedFile *file = tracked(base);
    beginBatch(file);
    record(file, offset, offset + amount - 1);
    return file->real->pMethods->xWrite(file->real, buffer, amount, offset);
}

int trackedTruncate(sqlite3_file *base, sqlite3_int64 size)
{
    TrackedFile *file = tracked(base);
    beginBatch(file);
    // The piece the new end falls in changes length; pieces past it disappear (the backup sees
    // the smaller size). A record of the last piece is enough.
    record(file, std::max<qint64>(0, size - 1), std::max<qint64>(0, size - 1));
    return file->real->pMethods->xTruncate(file->real, size);
}

int trackedSync(sqlite3_file *base, int flags)
{
    TrackedFile *file = tracked(base);
    // The log first: when the database's sync returns, what it made durable is in the log.
    if (file->logUnsynced && file->logFd >= 0 && ::fdatasync(file->logFd) != 0)
        dropLog(file);
    file->logUnsynced = false;
    const int rc = file->real->pMethods->xSync(file->real, flags);
    if (rc == SQLITE_OK && file->inBatch) {
        file->inBatch = false;
        if (file->logFd >= 0 && !file->logBroken && !file->header.tainted) {
            // A backup started the log again while this batch was open (written without a sync
            // in between, e.g. synchronous=OFF): the pieces written before it are not in the new
            // generation, so the log is marked rather than stamped.
            Header current{};
            if (!readHeader(file->logFd, &current)) {
                dropLog(file);
            } else if (current.generation != file->header.generation) {
                current.tainted = 1;
                if (!writeHeader(file->logFd, &current))
                    dropLog(file);
            } else if (!backdatedStampOf(file->databasePath->c_str(), &file->header.stamp) ||
                       !writeHeader(file->logFd, &file->header)) {
                // Not synced: a stamp lost in a crash only makes the next backup scan in full.
                dropLog(file);
            }
        }
    }
    return rc;
}

#define PASS(name, ...)                                                                                      \
    sqlite3_file *real = tracked(base)->real;                                                                \
    return real->pMethods->name(real, ##__VA_ARGS__)

int trackedFileSize(sqlite3_file *base, sqlite3_int64 *size)
{
    PASS(xFileSize, size);
}
int trackedLock(sqlite3_file *base, int level)
{
    PASS(xLock, level);
}
int trackedUnlock(sqlite3_file *base, int level)
{
    PASS(xUnlock, level);
}
int trackedCheckReservedLock(sqlite3_file *base, int *out)
{
    PASS(xCheckReservedLock, out);
}
int trackedFileControl(sqlite3_file *base, int op, void *argument)
{
    // A size hint may grow the file before the checkpoint's first write: part of its batch.
    if (op == SQLITE_FCNTL_SIZE_HINT)
        beginBatch(tracked(base));
    PASS(xFileControl, op, argument);
}
int trackedSectorSize(sqlite3_file *base)
{
    PASS(xSectorSize);
}
int trackedDeviceCharacteristics(sqlite3_file *base)
{
    PASS(xDeviceCharacteristics);
}
int trackedShmMap(sqlite3_file *base, int page, int size, int extend, void volatile **out)
{
    PASS(xShmMap, page, size, extend, out);
}
int trackedShmLock(sqlite3_file *base, int offset, int n, int flags)
{
    PASS(xShmLock, offset, n, flags);
}
void trackedShmBarrier(sqlite3_file *base)
{
    sqlite3_file *real = tracked(base)->real;
    real->pMethods->xShmBarrier(real);
}
int trackedShmUnmap(sqlite3_file *base, int deleteFlag)
{
    PASS(xShmUnmap, deleteFlag);
}
int trackedFetch(sqlite3_file *base, sqlite3_int64 offset, int amount, void **out)
{
    PASS(xFetch, offset, amount, out);
}
int trackedUnfetch(sqlite3_file *base, sqlite3_int64 offset, void *pointer)
{
    PASS(xUnfetch, offset, pointer);
}
#undef PASS

const sqlite3_io_methods kTrackedMethods = {3,
                                            trackedClose,
                                            trackedRead,
                                            trackedWrite,
                                            trackedTruncate,
                                            trackedSync,
                                            trackedFileSize,
                                            trackedLock,
                                            trackedUnlock,
                                            trackedCheckReservedLock,
                                            trackedFileControl,
                                            trackedSectorSize,
                                            trackedDeviceCharacteristics,
                                            trackedShmMap,
                                            trackedShmLock,
                                            trackedShmBarrier,
                                            trackedShmUnmap,
                                            trackedFetch,
                                            trackedUnfetch};

bool isTrackedName(const char *name)
{
    if (!name)
        return false;
    const char *slash = std::strrchr(name, '/');
    return std::strcmp(slash ? slash + 1 : name, kTrackedName) == 0;
}

int trackingOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *out, int flags, int *outFlags)
{
    // Every other file (logs, journals, temporary files, other databases) is the real VFS's own,
    // opened straight into the space SQLite gave us (ours is at least as large).
    if (!(flags & SQLITE_OPEN_MAIN_DB) || !isTrackedName(name))
        return g_real->xOpen(g_real, name, out, flags, outFlags);
    TrackedFile *file = tracked(out);
    std::memset(static_cast<void *>(file), 0, sizeof(TrackedFile));
    file->real = reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(out) + sizeof(TrackedFile));
    const int rc = g_real->xOpen(g_real, name, file->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        if (file->real->pMethods)
            file->real->pMethods->xClose(file->real);
        out->pMethods = nullptr;
        return rc;
    }
    file->databasePath = new (std::nothrow) std::string(name);
    file->logPath = new (std::nothrow) std::string(std::string(name) + kSuffix);
    file->recorded = new (std::nothrow) std::unordered_set<quint32>();
    file->logFd = -1;
    if (!file->databasePath || !file->logPath || !file->recorded) {
        file->real->pMethods->xClose(file->real);
        delete file->databasePath;
        delete file->logPath;
        delete file->recorded;
        out->pMethods = nullptr;
        return SQLITE_NOMEM;
    }
    out->pMethods = &kTrackedMethods;
    return SQLITE_OK;
}

// Everything else about files and the system is the real VFS's.
int passDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return g_real->xDelete(g_real, name, syncDir);
}
int passAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return g_real->xAccess(g_real, name, flags, out);
}
int passFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return g_real->xFullPathname(g_real, name, size, out);
}
void *passDlOpen(sqlite3_vfs *, const char *name)
{
    return g_real->xDlOpen(g_real, name);
}
void passDlError(sqlite3_vfs *, int size, char *out)
{
    g_real->xDlError(g_real, size, out);
}
void (*passDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return g_real->xDlSym(g_real, handle, symbol);
}
void passDlClose(sqlite3_vfs *, void *handle)
{
    g_real->xDlClose(g_real, handle);
}
int passRandomness(sqlite3_vfs *, int size, char *out)
{
    return g_real->xRandomness(g_real, size, out);
}
int passSleep(sqlite3_vfs *, int microseconds)
{
    return g_real->xSleep(g_real, microseconds);
}
int passCurrentTime(sqlite3_vfs *, double *out)
{
    return g_real->xCurrentTime(g_real, out);
}
int passGetLastError(sqlite3_vfs *, int size, char *out)
{
    return g_real->xGetLastError(g_real, size, out);
}
int passCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return g_real->xCurrentTimeInt64(g_real, out);
}
int passSetSystemCall(sqlite3_vfs *, const char *name, sqlite3_syscall_ptr call)
{
    return g_real->xSetSystemCall(g_real, name, call);
}
sqlite3_syscall_ptr passGetSystemCall(sqlite3_vfs *, const char *name)
{
    return g_real->xGetSystemCall(g_real, name);
}
const char *passNextSystemCall(sqlite3_vfs *, const char *name)
{
    return g_real->xNextSystemCall(g_real, name);
}

std::once_flag g_installed;

} // namespace

void install()
{
    std::call_once(g_installed, [] {
        sqlite3_vfs *real = sqlite3_vfs_find("unix");
        if (!real || real->iVersion < 3)
            return; // nothing tracked: every backup scans in full
        g_real = real;
        g_vfs = sqlite3_vfs{};
        g_vfs.iVersion = 3;
        g_vfs.szOsFile = int(sizeof(TrackedFile)) + real->szOsFile;
        g_vfs.mxPathname = real->mxPathname;
        g_vfs.zName = "appraisal-tracking";
        g_vfs.xOpen = trackingOpen;
        g_vfs.xDelete = passDelete;
        g_vfs.xAccess = passAccess;
        g_vfs.xFullPathname = passFullPathname;
        g_vfs.xDlOpen = passDlOpen;
        g_vfs.xDlError = passDlError;
        g_vfs.xDlSym = passDlSym;
        g_vfs.xDlClose = passDlClose;
        g_vfs.xRandomness = passRandomness;
        g_vfs.xSleep = passSleep;
        g_vfs.xCurrentTime = passCurrentTime;
        g_vfs.xGetLastError = passGetLastError;
        g_vfs.xCurrentTimeInt64 = passCurrentTimeInt64;
        g_vfs.xSetSystemCall = passSetSystemCall;
        g_vfs.xGetSystemCall = passGetSystemCall;
        g_vfs.xNextSystemCall = passNextSystemCall;
        sqlite3_vfs_register(&g_vfs, 1);
    });
}

bool installed()
{
    return sqlite3_vfs_find(nullptr) == &g_vfs;
}

QString logPath(const QString &databaseFile)
{
    return databaseFile + QLatin1String(kSuffix);
}

ChangedPieces read(const QString &databaseFile, const QString &base)
{
    ChangedPieces result;
    if (!installed()) {
        result.whyNot = QStringLiteral("changes are not tracked in this process");
        return result;
    }
    const int fd = ::open(QFile::encodeName(logPath(databaseFile)).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        result.whyNot = QStringLiteral("no change log");
        return result;
    }
    Header header{};
    Stamp now;
    struct stat info {
    };
    const QByteArray baseName = base.toUtf8();
    if (!readHeader(fd, &header))
        result.whyNot = QStringLiteral("the change log's header is damaged");
    else if (header.tainted)
        result.whyNot = QStringLiteral("the database was written without change tracking");
    else if (QByteArray(header.base, int(header.baseLength)) != baseName)
        result.whyNot = QStringLiteral("the change log belongs to another backup");
    else if (!stampOf(QFile::encodeName(databaseFile).constData(), &now) || !(now == header.stamp))
        result.whyNot = QStringLiteral("the database changed after the last tracked sync");
    else if (::fstat(fd, &info) != 0 || (info.st_size - kHeaderBytes) % 8 != 0)
        result.whyNot = QStringLiteral("the change log is cut short");
    if (!result.whyNot.isEmpty()) {
        ::close(fd);
        return result;
    }
    QByteArray records(int(info.st_size - kHeaderBytes), Qt::Uninitialized);
    const bool whole = records.isEmpty() || ::pread(fd, records.data(), size_t(records.size()),
                                                    kHeaderBytes) == ssize_t(records.size());
    ::close(fd);
    if (!whole) {
        result.whyNot = QStringLiteral("the change log could not be read");
        return result;
    }
    for (int at = 0; at < records.size(); at += 8) {
        quint32 entry[2];
        std::memcpy(entry, records.constData() + at, sizeof entry);
        if (entry[1] != recordCheck(entry[0], header.generation)) {
            result.whyNot = QStringLiteral("the change log has a damaged record");
            result.pieces.clear();
            return result;
        }
        result.pieces.insert(qint64(entry[0]));
    }
    result.trusted = true;
    return result;
}

bool restart(const QString &databaseFile, const QString &base)
{
    const QByteArray path = QFile::encodeName(logPath(databaseFile));
    const QByteArray baseName = base.toUtf8();
    if (!installed() || baseName.size() > kBaseBytes) {
        ::unlink(path.constData());
        return false;
    }
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    Header header{};
    Header old{};
    const quint64 previousGeneration = readHeader(fd, &old) ? old.generation : 0;
    std::memcpy(header.magic, kMagic, sizeof kMagic);
    // A new generation makes every record of the old one invalid, even if the truncation is lost.
    // Random as well: a log removed and made again must not repeat a generation that a handle in
    // another process still remembers pieces of.
    quint64 salt = 0;
    sqlite3_randomness(sizeof salt, &salt);
    header.generation = (previousGeneration + 1) ^ (salt << 16);
    header.baseLength = quint32(baseName.size());
    std::memcpy(header.base, baseName.constData(), size_t(baseName.size()));
    bool ok = backdatedStampOf(QFile::encodeName(databaseFile).constData(), &header.stamp) &&
              ::ftruncate(fd, 0) == 0 && writeHeader(fd, &header) && ::fdatasync(fd) == 0;
    ::close(fd);
    if (!ok)
        ::unlink(path.constData());
    return ok;
}

} // namespace store::changetracking
