#pragma once

// A real appraisal-server over TLS on loopback (a certificate made with openssl for the run) and a
// fresh station with a simulated day in its outbox, for the sync suites. With
// APPRAISAL_TEST_DB=postgresql://… the server keeps its records in PostgreSQL (with-postgres.sh).
#include "httpd/loopbackcertificate.h"
#include "testkey.h"

#include "centralsync/uploader.h"
#include "demo/daysimulation.h"
#include "demo/demovenue.h"
#include "store/outbox.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

inline QString binary(const char *name)
{
    return qEnvironmentVariable("APPRAISAL_BIN_DIR") + QLatin1Char('/') + QString::fromLatin1(name);
}

struct HttpReply {
    int status = 0;
    QByteArray body;
    QByteArray retryAfter;
};

// The suites derive from this and call makeCertificate() in initTestCase, setUpStation() in init
// and tearDown() in cleanup.
class SyncFixture : public QObject
{
protected:
    QTemporaryDir m_serverDir;
    QString m_cert;
    QString m_key;
    std::unique_ptr<QProcess> m_server;
    QUrl m_base;
    core::ManualClock m_clock{QDateTime(QDate::currentDate(), QTime(9, 0))};
    std::unique_ptr<QTemporaryDir> m_stationDir;
    std::unique_ptr<store::Database> m_station;
    QString m_stationId;
    QString m_token;

    QStringList storageArguments() const
    {
        const QString db = qEnvironmentVariable("APPRAISAL_TEST_DB");
        return db.isEmpty() ? QStringList{QStringLiteral("--data-dir"), m_serverDir.path()}
                            : QStringList{QStringLiteral("--data-dir"), m_serverDir.path(),
                                          QStringLiteral("--db"), db};
    }

    void startServer(const QStringList &extra = {}, bool tls = true)
    {
        m_server = std::make_unique<QProcess>();
        m_server->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList arguments{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")};
        if (tls)
            arguments << QStringLiteral("--tls-cert") << m_cert << QStringLiteral("--tls-key") << m_key;
        m_server->start(binary("appraisal-server"), arguments + storageArguments() + extra);
        QVERIFY(m_server->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_server->canReadLine() || m_server->state() == QProcess::NotRunning, 10000);
        const QString line = QString::fromUtf8(m_server->readLine()).trimmed();
        const auto match =
            QRegularExpression(QStringLiteral("^listening on (https?://127\\.0\\.0\\.1:\\d+)$")).match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        m_base = QUrl(match.captured(1));
    }

    void stopServer()
    {
        if (m_server && m_server->state() != QProcess::NotRunning) {
            m_server->terminate();
            m_server->waitForFinished(10000);
        }
        m_server.reset();
    }

    QString createToken(const QString &station)
    {
        QProcess process;
        process.start(binary("appraisal-server"),
                      QStringList{QStringLiteral("token"), QStringLiteral("create"),
                                  QStringLiteral("--station"), station} +
                          storageArguments());
        process.waitForFinished(10000);
        return QString::fromLatin1(process.readAllStandardOutput()).trimmed();
    }

    centralsync::ServerLink link(const QUrl &base = {}) const
    {
        centralsync::ServerLink result;
        result.base = base.isEmpty() ? m_base : base;
        result.token = m_token;
        result.stationId = m_stationId;
        result.trustedCas = QSslCertificate::fromPath(m_cert);
        return result;
    }

    HttpReply send(const QByteArray &method, const char *path, const QByteArray &body = {},
                   const QByteArray &token = {}, const QUrl &base = {})
    {
        QNetworkAccessManager manager;
        manager.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest request((base.isEmpty() ? m_base : base).resolved(QUrl(QString::fromLatin1(path))));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(QSslCertificate::fromPath(m_cert));
        request.setSslConfiguration(tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                reply->rawHeader("Retry-After")};
    }

    qint64 serverRecords()
    {
        return QJsonDocument::fromJson(send("GET", "/api/v1/health").body)[QStringLiteral("records")]
            .toInteger();
    }
    qint64 outboxTotal() { return store::Outbox(*m_station).counts().total; }

    void makeCertificate()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_cert = m_serverDir.filePath(QStringLiteral("cert.pem"));
        m_key = m_serverDir.filePath(QStringLiteral("key.pem"));
        const core::Status made = httpd::makeLoopbackCertificate(m_serverDir.path());
        QVERIFY2(made, qPrintable(made.error()));
    }

    // Each test: a fresh station with a simulated day in its outbox and a token of its own.
    void setUpStation()
    {
        m_stationDir = std::make_unique<QTemporaryDir>();
        m_station =
            store::Database::open(store::databasePath(m_stationDir->path()), m_clock, testDataKey()).database;
        QVERIFY(m_station);
        QVERIFY(demo::DemoVenue::load(*m_station, m_clock.today()).ok());
        QVERIFY(demo::simulateDay(*m_station, 2).ok());
        // Station ids differ per test so that a shared PostgreSQL keeps them apart.
        m_stationId = QStringLiteral("ST-%1").arg(QDateTime::currentMSecsSinceEpoch());
        m_token = createToken(m_stationId);
        QVERIFY(!m_token.isEmpty());
        startServer();
    }

    void tearDown()
    {
        stopServer();
        m_station.reset();
        m_stationDir.reset();
        QFile::remove(m_serverDir.filePath(QStringLiteral("maintenance")));
    }
};
