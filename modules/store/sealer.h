#pragma once

#include "crypto/fieldcipher.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace store {

// Encrypts personal data for the station database with the installation's data key. The record
// id is the associated data, so a sealed value copied onto another row no longer opens.
class Sealer
{
public:
    explicit Sealer(const crypto::DataKey &key);

    QByteArray seal(const QByteArray &plaintext, const QString &recordId) const;
    std::optional<QByteArray> open(const QByteArray &sealed, const QString &recordId) const;
    // Blind index of a normalized ID number: the only form in which the number is searchable.
    QString idIndex(const QString &idNumber) const;
    // Names the key without revealing it, so a database can tell whether it was given its own key.
    QString keyCheck() const;

private:
    crypto::FieldCipher m_cipher;
    crypto::BlindIndex m_index;
};

} // namespace store
