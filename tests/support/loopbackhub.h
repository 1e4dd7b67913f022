#pragma once

#include "httpd/server.h"
#include "httpd/tls.h"
#include "venue/hubclient.h"
#include "venue/hubserver.h"

#include <QFile>
#include <QProcess>
#include <QSslKey>
#include <QTemporaryDir>

#include <memory>

// A venue hub in this process on a loopback TLS port, with a fresh self-signed certificate (made by
// openssl), that can be stopped and started again on the same port; stations enrol with real codes.
struct LoopbackHub {
    QTemporaryDir files;
    QSslCertificate certificate;
    QSslKey key;
    std::unique_ptr<venue::HubService> service;
    std::unique_ptr<httpd::Server> http;
    std::unique_ptr<venue::HubServer> server;
    quint16 port = 0;

    bool setUp(store::Database &database, routing::RandomSource &random)
    {
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                       files.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                       files.filePath(QStringLiteral("cert.pem")), QStringLiteral("-days"),
                       QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
        if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
            return false;
        QFile cert(files.filePath(QStringLiteral("cert.pem")));
        QFile keyFile(files.filePath(QStringLiteral("key.pem")));
        if (!cert.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return false;
        certificate = QSslCertificate(&cert, QSsl::Pem);
        key = QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
        service = std::make_unique<venue::HubService>(database, random);
        return start();
    }
    bool start()
    {
        http = std::make_unique<httpd::Server>();
        http->setTlsConfiguration(httpd::strictServerConfiguration(certificate, key));
        server = std::make_unique<venue::HubServer>(*service, *http, venue::certificateSha256(certificate));
        if (!http->listen(QHostAddress::LocalHost, port))
            return false;
        port = http->serverPort();
        return true;
    }
    void stop()
    {
        server.reset();
        http.reset();
    }
    // Enrols a station with a one-time code and returns its link (not started).
    std::unique_ptr<venue::HubClient> station(const QString &name, const QString &role)
    {
        const auto code = service->createEnrolmentCode(10);
        const auto token = service->enrol(code.value(), name, role);
        return std::make_unique<venue::HubClient>(link(token.value()));
    }
    venue::HubLink link(const QString &token) const
    {
        return {QUrl(QStringLiteral("wss://127.0.0.1:%1%2").arg(port).arg(QLatin1String(venue::kStreamPath))),
                token, venue::certificateSha256(certificate)};
    }
};
