#pragma once

#include "store/database.h"

#include <QCoreApplication>
#include <QImage>

namespace signature {

enum class Verification { Valid, Tampered, Missing };

// Signatures bound to what they sign: the stroke data and the rendered image (both sealed, as
// personal data), the signer, the time and the SHA-256 of the canonical content. If that content
// changes afterwards, verification says so.
class SignatureStore
{
    Q_DECLARE_TR_FUNCTIONS(signature::SignatureStore)
public:
    // Fewer points than this are a tap, not a signature.
    static constexpr int kMinimumPoints = 5;

    explicit SignatureStore(store::Database &database);

    // Must run inside the transaction that saves what is signed.
    core::Status record(const QString &subject, const QString &signer, const QByteArray &strokes,
                        const QByteArray &canonicalContent);
    Verification verify(const QString &subject, const QByteArray &canonicalContent) const;
    std::optional<QByteArray> strokesOf(const QString &subject) const;
    // The signature as rendered when it was made (for printed documents).
    std::optional<QImage> imageOf(const QString &subject) const;

private:
    store::Database &m_database;
};

} // namespace signature
