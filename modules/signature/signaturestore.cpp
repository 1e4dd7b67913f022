#include "signaturestore.h"

#include "strokes.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QSqlQuery>

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
    if (points < 5)
        return core::Status::failure(tr("The signature is empty; sign on the pad."));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    render(decoded.value(), pad).save(&buffer, "PNG");
    QSqlQuery insert(m_database.connection());
    insert.prepare(
        QStringLiteral("INSERT INTO signatures(subject, signer, signed_at, sealed_strokes, sealed_image, "
                       "content_sha256) VALUES(?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(subject);
    insert.addBindValue(signer);
    insert.addBindValue(m_database.clock().now().toString(Qt::ISODateWithMs));
    insert.addBindValue(m_database.sealer().seal(strokes, subject + QStringLiteral("#strokes")));
    insert.addBindValue(m_database.sealer().seal(png, subject + QStringLiteral("#image")));
    insert.addBindValue(
        QString::fromLatin1(QCryptographicHash::hash(canonicalContent, QCryptographicHash::Sha256).toHex()));
    if (!insert.exec())
        return core::Status::failure(store::sqlError(tr("Saving the signature"), insert));
    return {};
}

Verification SignatureStore::verify(const QString &subject, const QByteArray &canonicalContent) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT content_sha256 FROM signatures WHERE subject = ?"));
    query.addBindValue(subject);
    if (!query.exec() || !query.next())
        return Verification::Missing;
    const QString expected = query.value(0).toString();
    const QString actual =
        QString::fromLatin1(QCryptographicHash::hash(canonicalContent, QCryptographicHash::Sha256).toHex());
    return expected == actual ? Verification::Valid : Verification::Tampered;
}

std::optional<QByteArray> SignatureStore::strokesOf(const QString &subject) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT sealed_strokes FROM signatures WHERE subject = ?"));
    query.addBindValue(subject);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return m_database.sealer().open(query.value(0).toByteArray(), subject + QStringLiteral("#strokes"));
}

std::optional<QImage> SignatureStore::imageOf(const QString &subject) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT sealed_image FROM signatures WHERE subject = ?"));
    query.addBindValue(subject);
    if (!query.exec() || !query.next())
        return std::nullopt;
    const auto png =
        m_database.sealer().open(query.value(0).toByteArray(), subject + QStringLiteral("#image"));
    if (!png)
        return std::nullopt;
    QImage image;
    if (!image.loadFromData(*png, "PNG"))
        return std::nullopt;
    return image;
}

} // namespace signature
