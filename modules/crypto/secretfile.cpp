#include "secretfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <grp.h>
#include <unistd.h>

namespace crypto {

namespace {
constexpr qint64 kLongestSecret = 4096;
}

SecretFile::SecretFile(QString path) : m_path(std::move(path)) {}

bool SecretFile::exists() const
{
    return QFileInfo::exists(m_path);
}

QString SecretFile::invalidSecret(const QString &secret)
{
    if (secret.isEmpty())
        return tr("The token is empty.");
    if (secret.size() > kLongestSecret)
        return tr("The token is longer than %1 characters.").arg(kLongestSecret);
    for (const QChar c : secret)
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return tr("The token may hold only printable ASCII characters without spaces.");
    return {};
}

QString SecretFile::load(QString *error) const
{
    QFile file(m_path);
    if (!file.exists()) {
        *error = tr("The token file %1 does not exist.").arg(m_path);
        return {};
    }
    // Group read is how the service reads a file root owns; others must not read it at all.
    if (file.permissions() & (QFile::ReadOther | QFile::WriteOther)) {
        *error = tr("The token file %1 can be read by every user. Make it private (chmod 640 %1) and start "
                    "again.")
                     .arg(m_path);
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The token file %1 could not be read: %2").arg(m_path, file.errorString());
        return {};
    }
    const QString secret = QString::fromLatin1(file.read(kLongestSecret + 2)).trimmed();
    if (const QString invalid = invalidSecret(secret); !invalid.isEmpty()) {
        *error = tr("The token file %1 does not hold a token: %2").arg(m_path, invalid);
        return {};
    }
    return secret;
}

QString SecretFile::save(const QString &secret, const QString &group)
{
    if (const QString invalid = invalidSecret(secret); !invalid.isEmpty())
        return invalid;
    gid_t groupId = gid_t(-1);
    if (!group.isEmpty()) {
        const struct group *entry = ::getgrnam(group.toLocal8Bit().constData());
        if (!entry)
            return tr("There is no group %1 on this machine.").arg(group);
        groupId = entry->gr_gid;
    }
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return tr("Cannot create the folder of the token file %1.").arg(m_path);
    QSaveFile file(m_path);
    // The permissions and the group are set on the temporary file before the token is in it, so
    // the token is never readable by more users than it is meant for.
    const QFile::Permissions mode = group.isEmpty() ? QFile::ReadOwner | QFile::WriteOwner
                                                    : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup;
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(mode))
        return tr("The token could not be written to %1: %2").arg(m_path, file.errorString());
    if (groupId != gid_t(-1) && ::fchown(file.handle(), uid_t(-1), groupId) != 0) {
        file.cancelWriting();
        return tr("The token file %1 could not be given the group %2 (run this as root).").arg(m_path, group);
    }
    if (file.write(secret.toLatin1() + '\n') < 0 || !file.commit())
        return tr("The token could not be written to %1: %2").arg(m_path, file.errorString());
    return {};
}

QString SecretFile::systemdCredential(const QString &name)
{
    const QString folder = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    if (folder.isEmpty())
        return {};
    const QString path = QDir(folder).filePath(name);
    return QFileInfo::exists(path) ? path : QString();
}

} // namespace crypto
