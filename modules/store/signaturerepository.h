#pragma once

#include "database.h"

#include <QDateTime>

#include <optional>

namespace store {

// A signature as stored: the strokes and the rendered PNG are sealed here (personal data), bound to
// the subject ("opinion:<id>", "conclusion:<acceptance no>"); the hash of what was signed stays
// in plain so verification needs no key.
struct SignatureRecord {
    QString subject;
    QString signer;
    QDateTime signedAt;
    QByteArray strokes;
    QByteArray image; // PNG
    QString contentSha256;
};

class SignatureRepository
{
    Q_DECLARE_TR_FUNCTIONS(store::SignatureRepository)
public:
    explicit SignatureRepository(Database &database);

    [[nodiscard]] core::Status insert(const SignatureRecord &signature);
    // The SHA-256 (hex) of the content the subject's signature covers; null when unsigned.
    std::optional<QString> contentHash(const QString &subject) const;
    // Opened stroke data / PNG; null when unsigned or sealed with another key.
    std::optional<QByteArray> strokes(const QString &subject) const;
    std::optional<QByteArray> image(const QString &subject) const;

private:
    std::optional<QByteArray> sealedColumn(const QString &sql, const QString &subject,
                                           const QString &purpose) const;
    Database &m_database;
};

} // namespace store
