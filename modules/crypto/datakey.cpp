#include "datakey.h"

#include "fieldcipher.h"

#include <QStringList>

#include <sodium.h>

#include <cstring>

namespace crypto {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no I, O, 0, 1: easy to read aloud

QString toBase32(const QByteArray &bytes)
{
    QString out;
    int buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | static_cast<unsigned char>(byte);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 31]);
    return out;
}

std::optional<QByteArray> fromBase32(const QString &text, int byteCount)
{
    QByteArray out;
    int buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        const char letter = c.toUpper().toLatin1(); // 0 for anything outside Latin-1
        const char *found = letter ? std::strchr(kAlphabet, letter) : nullptr;
        if (!found)
            return std::nullopt;
        buffer = (buffer << 5) | int(found - kAlphabet);
        bits += 5;
        if (bits >= 8) {
            out += char((buffer >> (bits - 8)) & 0xFF);
            bits -= 8;
        }
    }
    // Leftover bits are padding and must be zero, so each key has exactly one spelling.
    if (out.size() != byteCount || (buffer & ((1 << bits) - 1)) != 0)
        return std::nullopt;
    return out;
}

QByteArray checkBytes(const QByteArray &key)
{
    unsigned char digest[2];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char *>(key.constData()),
                       size_t(key.size()), nullptr, 0);
    return QByteArray(reinterpret_cast<const char *>(digest), sizeof digest);
}

} // namespace

DataKey DataKey::generate()
{
    initialize();
    QByteArray bytes(kBytes, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return DataKey(bytes);
}

std::optional<DataKey> DataKey::fromBytes(const QByteArray &bytes)
{
    if (bytes.size() != kBytes)
        return std::nullopt;
    return DataKey(bytes);
}

QString DataKey::toRecoveryKey() const
{
    initialize();
    const QString plain = toBase32(m_bytes + checkBytes(m_bytes));
    QStringList groups;
    for (int i = 0; i < plain.size(); i += 4)
        groups << plain.mid(i, 4);
    return groups.join(QLatin1Char('-'));
}

std::optional<DataKey> DataKey::fromRecoveryKey(const QString &text)
{
    initialize();
    QString compact;
    for (const QChar c : text) {
        if (!c.isSpace() && c != QLatin1Char('-'))
            compact += c;
    }
    const auto decoded = fromBase32(compact, kBytes + 2);
    if (!decoded)
        return std::nullopt;
    const QByteArray key = decoded->left(kBytes);
    if (checkBytes(key) != decoded->mid(kBytes))
        return std::nullopt;
    return DataKey(key);
}

DataKey::~DataKey()
{
    if (!m_bytes.isEmpty() && m_bytes.isDetached())
        sodium_memzero(m_bytes.data(), size_t(m_bytes.size()));
}

} // namespace crypto
