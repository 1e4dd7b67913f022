#include "filekeystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace crypto {

FileKeyStore::FileKeyStore(QString path) : m_path(std::move(path)) {}

KeyStore::Lookup FileKeyStore::load()
{
    Lookup lookup;
    QFile file(m_path);
    if (!file.exists()) {
        lookup.outcome = Outcome::Missing;
        return lookup;
    }
    // A key file others can read is no longer a secret: refuse it rather than use it.
    if (file.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)) {
        lookup.error = tr("The key file %1 can be read by other users. Make it private (chmod 600 %1) and "
                          "start again.")
                           .arg(m_path);
        return lookup;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        lookup.error = tr("The key file %1 could not be read: %2").arg(m_path, file.errorString());
        return lookup;
    }
    // A recovery key is well under 200 bytes; anything much longer is not one.
    const QByteArray text = file.read(1024).trimmed();
    lookup.key = DataKey::fromRecoveryKey(QString::fromLatin1(text));
    if (!lookup.key) {
        lookup.error = tr("The key file %1 does not hold a valid recovery key.").arg(m_path);
        return lookup;
    }
    lookup.outcome = Outcome::Found;
    return lookup;
}

QString FileKeyStore::save(const DataKey &key)
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return tr("Cannot create the folder of the key file %1.").arg(m_path);
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
        file.write(key.toRecoveryKey().toLatin1() + '\n') < 0 || !file.commit())
        return tr("The data key could not be written to %1: %2").arg(m_path, file.errorString());
    return {};
}

QString FileKeyStore::remove()
{
    if (QFile::exists(m_path) && !QFile::remove(m_path))
        return tr("The key file %1 could not be removed.").arg(m_path);
    return {};
}

} // namespace crypto
