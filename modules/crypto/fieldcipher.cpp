#include "fieldcipher.h"

#include <sodium.h>

namespace crypto {

namespace {
constexpr char kVersion = 0x01;
const auto *bytesOf(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}
} // namespace

bool initialize()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

FieldCipher::FieldCipher(const DataKey &key) : m_key(key.bytes())
{
    initialize();
}

QByteArray FieldCipher::seal(const QByteArray &plaintext, const QByteArray &associatedData) const
{
    QByteArray sealed(1 + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + plaintext.size() +
                          crypto_aead_xchacha20poly1305_ietf_ABYTES,
                      Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(sealed.data());
    out[0] = kVersion;
    unsigned char *nonce = out + 1;
    randombytes_buf(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(out + 1 + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
                                               &written, bytesOf(plaintext), size_t(plaintext.size()),
                                               bytesOf(associatedData), size_t(associatedData.size()),
                                               nullptr, nonce, bytesOf(m_key));
    return sealed;
}

std::optional<QByteArray> FieldCipher::open(const QByteArray &sealed, const QByteArray &associatedData) const
{
    constexpr int header = 1 + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    if (sealed.size() < header + int(crypto_aead_xchacha20poly1305_ietf_ABYTES) || sealed.at(0) != kVersion)
        return std::nullopt;
    QByteArray plain(sealed.size() - header - int(crypto_aead_xchacha20poly1305_ietf_ABYTES),
                     Qt::Uninitialized);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char *>(plain.data()), &written, nullptr, bytesOf(sealed) + header,
            size_t(sealed.size() - header), bytesOf(associatedData), size_t(associatedData.size()),
            bytesOf(sealed) + 1, bytesOf(m_key)) != 0)
        return std::nullopt;
    plain.resize(qsizetype(written));
    return plain;
}

BlindIndex::BlindIndex(const DataKey &key) : m_key(crypto_generichash_KEYBYTES, Qt::Uninitialized)
{
    initialize();
    // A separate subkey: the index key can never decrypt anything.
    crypto_kdf_derive_from_key(reinterpret_cast<unsigned char *>(m_key.data()), size_t(m_key.size()), 1,
                               "blindidx", bytesOf(key.bytes()));
}

QString BlindIndex::of(const QString &normalizedValue) const
{
    const QByteArray value = normalizedValue.toUtf8();
    unsigned char digest[32];
    crypto_generichash(digest, sizeof digest, bytesOf(value), size_t(value.size()), bytesOf(m_key),
                       size_t(m_key.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

} // namespace crypto
