#include "loopbackcertificate.h"

#include <QDir>
#include <QProcess>

namespace httpd {

core::Status makeLoopbackCertificate(const QString &folder)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   QDir(folder).filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                   QDir(folder).filePath(QStringLiteral("cert.pem")), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    // One minute: making an RSA key on a loaded two-core machine can take seconds.
    if (openssl.waitForFinished(60000) && openssl.exitStatus() == QProcess::NormalExit &&
        openssl.exitCode() == 0)
        return {};
    return core::Status::failure(
        QStringLiteral("openssl could not make a loopback certificate: %1 %2")
            .arg(openssl.errorString(), QString::fromLocal8Bit(openssl.readAllStandardError())));
}

} // namespace httpd
