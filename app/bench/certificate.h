#pragma once

#include <QDir>
#include <QProcess>
#include <QString>

namespace bench {

// A self-signed certificate for 127.0.0.1 made with openssl into `folder` (cert.pem, key.pem);
// empty on success, otherwise what went wrong.
inline QString makeLoopbackCertificate(const QString &folder)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   QDir(folder).filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                   QDir(folder).filePath(QStringLiteral("cert.pem")), QStringLiteral("-days"),
                   QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
        return QStringLiteral("openssl could not make a test certificate");
    return {};
}

} // namespace bench
