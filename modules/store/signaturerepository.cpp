#include "signaturerepository.h"

#include <QSqlQuery>

namespace store {

namespace {

const QString kStrokes = QStringLiteral("#strokes");
const QString kImage = QStringLiteral("#image");

} // namespace

SignatureRepository::SignatureRepository(Database &database) : m_database(database) {}

core::Status SignatureRepository::insert(const SignatureRecord &signature)
{
    Statement query = m_database.statement(
        QStringLiteral("INSERT INTO signatures(subject, signer, signed_at, sealed_strokes, sealed_image, "
                       "content_sha256) VALUES(?, ?, ?, ?, ?, ?)"));
    bindAll(*query,
            {signature.subject, signature.signer, signature.signedAt.toString(Qt::ISODateWithMs),
             m_database.sealer().seal(signature.strokes, signature.subject + kStrokes),
             m_database.sealer().seal(signature.image, signature.subject + kImage), signature.contentSha256});
    if (!query->exec())
        return core::Status::failure(sqlError(tr("Saving the signature"), *query));
    return {};
}

std::optional<QString> SignatureRepository::contentHash(const QString &subject) const
{
    Statement query =
        m_database.statement(QStringLiteral("SELECT content_sha256 FROM signatures WHERE subject = ?"));
    bindAll(*query, {subject});
    if (!query->exec() || !query->next())
        return std::nullopt;
    return query->value(0).toString();
}

std::optional<QByteArray> SignatureRepository::strokes(const QString &subject) const
{
    return sealedColumn(QStringLiteral("SELECT sealed_strokes FROM signatures WHERE subject = ?"), subject,
                        subject + kStrokes);
}

std::optional<QByteArray> SignatureRepository::image(const QString &subject) const
{
    return sealedColumn(QStringLiteral("SELECT sealed_image FROM signatures WHERE subject = ?"), subject,
                        subject + kImage);
}

std::optional<QByteArray> SignatureRepository::sealedColumn(const QString &sql, const QString &subject,
                                                            const QString &purpose) const
{
    Statement query = m_database.statement(sql);
    bindAll(*query, {subject});
    if (!query->exec() || !query->next())
        return std::nullopt;
    return m_database.sealer().open(query->value(0).toByteArray(), purpose);
}

} // namespace store
