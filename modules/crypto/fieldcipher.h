#pragma once

#include "datakey.h"

#include <optional>

namespace crypto {

// XChaCha20-Poly1305 for one sensitive field. The associated data (the record id) binds a
// ciphertext to its record: moved to another row, it no longer opens.
class FieldCipher
{
public:
    explicit FieldCipher(const DataKey &key);
    // Format: version byte 0x01, 24-byte random nonce, ciphertext with its 16-byte tag.
    QByteArray seal(const QByteArray &plaintext, const QByteArray &associatedData) const;
    std::optional<QByteArray> open(const QByteArray &sealed, const QByteArray &associatedData) const;

private:
    QByteArray m_key;
};

// Keyed BLAKE2b of a normalized value, for finding a record by ID number without storing the
// number: equal inputs give equal indexes under one key, and nothing without the key.
class BlindIndex
{
public:
    explicit BlindIndex(const DataKey &key);
    QString of(const QString &normalizedValue) const;

private:
    QByteArray m_key; // derived from the data key, never the data key itself
};

bool initialize(); // libsodium; false when the library cannot start

} // namespace crypto
