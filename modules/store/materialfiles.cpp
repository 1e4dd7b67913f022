#include "materialfiles.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

#include <fcntl.h>
#include <unistd.h>

namespace store {

namespace {

const QString kPartialSuffix = QStringLiteral(".partial");

QString associatedData(const QString &sha256)
{
    return QStringLiteral("material:") + sha256;
}

bool syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

} // namespace

core::Status writeFileAtomically(const QString &path, const QByteArray &bytes, bool waitForDisk)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (!QDir().mkpath(folder))
        return core::Status::failure(
            MaterialFiles::tr("Cannot create the folder %1. Check that the disk is writable.").arg(folder));
    const QString temporary =
        path + QLatin1Char('.') + QUuid::createUuid().toString(QUuid::Id128).left(12) + kPartialSuffix;
    QFile file(temporary);
    auto failed = [&](const QString &why) {
        file.close();
        QFile::remove(temporary);
        return core::Status::failure(MaterialFiles::tr("Cannot write %1: %2").arg(path, why));
    };
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return failed(file.errorString());
    if (file.write(bytes) != bytes.size() || !file.flush())
        return failed(file.errorString());
    if (waitForDisk && ::fsync(file.handle()) != 0)
        return failed(MaterialFiles::tr("the disk did not confirm the write"));
    file.close();
    if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0)
        return failed(MaterialFiles::tr("the file could not be renamed into place"));
    if (waitForDisk && !syncFolder(folder))
        return core::Status::failure(
            MaterialFiles::tr("Cannot write %1: the disk did not confirm the folder").arg(path));
    return {};
}

MaterialFiles::MaterialFiles(QString dataDir, const Sealer &sealer, Durability durability)
    : m_folder(folderIn(dataDir)), m_sealer(sealer), m_durability(durability)
{
}

QString MaterialFiles::folderIn(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("materials"));
}

QString MaterialFiles::relativePath(const QString &sha256)
{
    return sha256.left(2) + QLatin1Char('/') + sha256;
}

bool MaterialFiles::isContentName(const QString &name)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(name).hasMatch();
}

QString MaterialFiles::pathOf(const QString &sha256) const
{
    return m_folder + QLatin1Char('/') + relativePath(sha256);
}

core::Status MaterialFiles::store(const QByteArray &plaintext, const QString &sha256) const
{
    if (!isContentName(sha256))
        return core::Status::failure(tr("%1 is not a SHA-256 content name.").arg(sha256));
    if (contains(sha256))
        return {}; // written whole before (renamed into place), and the same content by its name
    return writeFileAtomically(pathOf(sha256), m_sealer.seal(plaintext, associatedData(sha256)),
                               m_durability == Durability::Durable);
}

core::Result<QByteArray> MaterialFiles::read(const QString &sha256) const
{
    using R = core::Result<QByteArray>;
    if (!isContentName(sha256))
        return R::failure(tr("%1 is not a SHA-256 content name.").arg(sha256));
    QFile file(pathOf(sha256));
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("The material file %1 is missing from the data folder (%2). Restore the "
                             "last backup.")
                              .arg(relativePath(sha256), file.errorString()));
    const auto opened = m_sealer.open(file.readAll(), associatedData(sha256));
    if (!opened)
        return R::failure(
            tr("The material file %1 does not open with this station's key.").arg(relativePath(sha256)));
    // The seal proves the bytes are the ones written for this name; the hash guards against a bug
    // that sealed the wrong content under it.
    if (QString::fromLatin1(QCryptographicHash::hash(*opened, QCryptographicHash::Sha256).toHex()) != sha256)
        return R::failure(tr("The material file %1 does not match its checksum.").arg(relativePath(sha256)));
    return *opened;
}

bool MaterialFiles::contains(const QString &sha256) const
{
    const QFileInfo info(pathOf(sha256));
    return info.isFile() && info.size() > 0;
}

core::Status MaterialFiles::remove(const QString &sha256) const
{
    if (!isContentName(sha256))
        return core::Status::failure(tr("%1 is not a SHA-256 content name.").arg(sha256));
    QFile file(pathOf(sha256));
    if (file.exists() && !file.remove())
        return core::Status::failure(tr("Cannot delete %1: %2").arg(file.fileName(), file.errorString()));
    return {};
}

QStringList MaterialFiles::names() const
{
    QStringList all;
    QDirIterator files(m_folder, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString name = QFileInfo(files.next()).fileName();
        if (isContentName(name))
            all << name;
    }
    return all;
}

int MaterialFiles::removeLeftovers() const
{
    return removeInterruptedWrites(m_folder);
}

int removeInterruptedWrites(const QString &folder)
{
    int removed = 0;
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-60);
    QDirIterator files(folder, {QLatin1Char('*') + kPartialSuffix}, QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QFileInfo info(files.next());
        if (info.lastModified().toUTC() < cutoff && QFile::remove(info.filePath()))
            ++removed;
    }
    return removed;
}

} // namespace store
