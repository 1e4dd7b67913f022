#include "sealer.h"

namespace store {

Sealer::Sealer(const crypto::DataKey &key) : m_cipher(key), m_index(key) {}

QByteArray Sealer::seal(const QByteArray &plaintext, const QString &recordId) const
{
    return m_cipher.seal(plaintext, recordId.toUtf8());
}

std::optional<QByteArray> Sealer::open(const QByteArray &sealed, const QString &recordId) const
{
    return m_cipher.open(sealed, recordId.toUtf8());
}

QString Sealer::idIndex(const QString &idNumber) const
{
    return m_index.of(QStringLiteral("id:") + idNumber.trimmed().toUpper());
}

QString Sealer::keyCheck() const
{
    // A different prefix from the ID index: no ID number can produce this value.
    return m_index.of(QStringLiteral("key-check:appraisal-workstation")).left(32);
}

} // namespace store
