#include "tls.h"

#include <QFile>
#include <QSslCipher>
#include <QSslKey>

namespace httpd {

bool isStrictCipher(const QSslCipher &cipher)
{
    const QString name = cipher.name();
    if (cipher.protocol() == QSsl::TlsV1_3 || name.startsWith(QLatin1String("TLS_")))
        return true; // TLS 1.3 suites are all AEAD with ephemeral key exchange
    const bool ephemeralEc = name.startsWith(QLatin1String("ECDHE-"));
    const bool aead =
        name.contains(QLatin1String("-GCM-")) || name.contains(QLatin1String("CHACHA20-POLY1305"));
    return ephemeralEc && aead;
}

QSslConfiguration strictServerConfiguration(const QSslCertificate &certificate, const QSslKey &key)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    QList<QSslCipher> ciphers;
    for (const QSslCipher &cipher : QSslConfiguration::supportedCiphers())
        if (isStrictCipher(cipher))
            ciphers << cipher;
    configuration.setCiphers(ciphers);
    return configuration;
}

core::Result<QSslConfiguration> loadServerConfiguration(const QString &certificateFile,
                                                        const QString &keyFile)
{
    using R = core::Result<QSslConfiguration>;
    QFile certFile(certificateFile);
    QFile privateFile(keyFile);
    if (!certFile.open(QIODevice::ReadOnly) || !privateFile.open(QIODevice::ReadOnly))
        return R::failure(
            QStringLiteral("--tls-cert and --tls-key must both name readable PEM files (%1, %2)")
                .arg(certificateFile, keyFile));
    const QSslCertificate certificate(&certFile, QSsl::Pem);
    const QByteArray keyPem = privateFile.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (certificate.isNull() || key.isNull())
        return R::failure(QStringLiteral("cannot read the certificate %1 or its key %2 (PEM, RSA or EC)")
                              .arg(certificateFile, keyFile));
    return strictServerConfiguration(certificate, key);
}

} // namespace httpd
