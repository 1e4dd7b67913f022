#pragma once

#include <QDebug>
#include <QDir>
#include <QProcess>
#include <QString>

// A self-signed certificate for 127.0.0.1, made with openssl into `folder` as cert.pem and key.pem,
// for the suites that run a real TLS server on loopback. False, with openssl's words in the test
// log, when it could not be made (callers QVERIFY it).
[[nodiscard]] inline bool makeLoopbackCertificate(const QString &folder)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   QDir(folder).filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                   QDir(folder).filePath(QStringLiteral("cert.pem")), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    if (openssl.waitForFinished(60000) && openssl.exitStatus() == QProcess::NormalExit &&
        openssl.exitCode() == 0)
        return true;
    qWarning() << "openssl:" << openssl.errorString() << openssl.readAllStandardError();
    return false;
}
