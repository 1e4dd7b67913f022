#pragma once

#include <QString>

namespace accounts {

// Argon2id through libsodium's crypto_pwhash. The stored string carries its own salt and
// parameters, so stronger settings later still verify old hashes.
class PasswordHasher
{
public:
    enum class Strength { Interactive, Moderate };
    explicit PasswordHasher(Strength strength = Strength::Interactive);

    QString hash(const QString &password) const; // empty on out-of-memory
    bool verify(const QString &hash, const QString &password) const;
    bool needsRehash(const QString &hash) const;

private:
    unsigned long long m_opsLimit;
    size_t m_memLimit;
};

} // namespace accounts
