#include "passwordhasher.h"

#include <sodium.h>

#include <QByteArray>

namespace accounts {

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

PasswordHasher::PasswordHasher(Strength strength)
    : m_opsLimit(strength == Strength::Moderate ? crypto_pwhash_OPSLIMIT_MODERATE
                                                : crypto_pwhash_OPSLIMIT_INTERACTIVE)
    , m_memLimit(strength == Strength::Moderate ? crypto_pwhash_MEMLIMIT_MODERATE
                                                : crypto_pwhash_MEMLIMIT_INTERACTIVE)
{
}

QString PasswordHasher::hash(const QString &password) const
{
    if (!sodiumReady())
        return {};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), m_opsLimit,
                              m_memLimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password) const
{
    if (!sodiumReady() || hash.isEmpty())
        return false;
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString &hash) const
{
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), m_opsLimit, m_memLimit) != 0;
}

} // namespace accounts
