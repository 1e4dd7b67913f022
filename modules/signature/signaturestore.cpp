#include "signaturestore.h"

#include "strokes.h"

#include "store/signaturerepository.h"

#include <QBuffer>
#include <QCryptographicHash>

namespace signature {

SignatureStore::SignatureStore(store::Database &database) : m_database(database) {}

core::Status SignatureStore::record(const QString &subject, const QString &signer, const QByteArray &strokes,
                                    const QByteArray &canonicalContent)
{
    if (!m_database.inTransaction())
        return core::Status::failure(tr("Internal error: a signature must be saved with what it signs."));
    QSize pad;
    const auto decoded = decode(strokes, &pad);
    if (!decoded)
        return core::Status::failure(decoded.error());
    int points = 0;
    for (const Stroke &stroke : decoded.value())
        points += int(stroke.size());
    // A tap or a dot is not a signature; nothing at all is not one either, said plainly.
    if (points == 0)
        return core::Status::failure(tr("The signature is empty; sign on the pad."));
    if (points < kMinimumPoints)
        return core::Status::failure(tr(
            "The signature is too short to be one (a tap or a dot); clear the pad and sign with your name."));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    render(decoded.value(), pad).save(&buffer, "PNG");
    return store::SignatureRepository(m_database)
        .insert({subject, signer, m_database.clock().now(), strokes, png,
                 QString::fromLatin1(
                     QCryptographicHash::hash(canonicalContent, QCryptographicHash::Sha256).toHex())});
}

Verification SignatureStore::verify(const QString &subject, const QByteArray &canonicalContent) const
{
    const auto expected = store::SignatureRepository(m_database).contentHash(subject);
    if (!expected)
        return Verification::Missing;
    const QString actual =
        QString::fromLatin1(QCryptographicHash::hash(canonicalContent, QCryptographicHash::Sha256).toHex());
    return *expected == actual ? Verification::Valid : Verification::Tampered;
}

std::optional<QByteArray> SignatureStore::strokesOf(const QString &subject) const
{
    return store::SignatureRepository(m_database).strokes(subject);
}

std::optional<QImage> SignatureStore::imageOf(const QString &subject) const
{
    const auto png = store::SignatureRepository(m_database).image(subject);
    if (!png)
        return std::nullopt;
    QImage image;
    if (!image.loadFromData(*png, "PNG"))
        return std::nullopt;
    return image;
}

} // namespace signature
