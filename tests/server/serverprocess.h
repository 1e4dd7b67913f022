#pragma once

#include "httpd/loopbackcertificate.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QNetworkProxy>
#include <QProcess>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

#include <memory>

// The real appraisal-server as a child process on loopback, with raw sockets to talk to it: what a
// hostile client does cannot be done through QNetworkAccessManager.
namespace serverprocess {

inline QString binary(const char *name)
{
    return qEnvironmentVariable("APPRAISAL_BIN_DIR") + QLatin1Char('/') + QString::fromLatin1(name);
}

// Starts the server with `arguments` plus --listen 127.0.0.1:0; returns its port, 0 on failure.
inline quint16 start(QProcess &process, const QStringList &arguments)
{
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(binary("appraisal-server"),
                  QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} + arguments);
    if (!process.waitForStarted(10000))
        return 0;
    QDeadlineTimer deadline(20000);
    while (!process.canReadLine() && process.state() == QProcess::Running && !deadline.hasExpired())
        process.waitForReadyRead(100);
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^listening on https?://127\\.0\\.0\\.1:(\\d+)"))
            .match(QString::fromUtf8(process.readLine()));
    return match.hasMatch() ? quint16(match.captured(1).toUInt()) : 0;
}

// A value in kB from /proc/PID/status, e.g. "VmHWM" (peak resident memory) or "VmRSS".
inline qint64 statusKb(qint64 pid, const char *field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(QByteArray(field) + ':'))
            return line.mid(qstrlen(field) + 1).trimmed().split(' ').constFirst().toLongLong();
    return -1;
}

inline int openDescriptors(qint64 pid)
{
    return int(QDir(QStringLiteral("/proc/%1/fd").arg(pid))
                   .entryList(QDir::NoDotAndDotDot | QDir::AllEntries)
                   .size());
}

// A client socket from `source` (any 127.0.0.0/8 address: the server counts connections per address).
inline std::unique_ptr<QTcpSocket>
connectFrom(quint16 port, const QString &source = QStringLiteral("127.0.0.1"), bool tls = false)
{
    std::unique_ptr<QTcpSocket> socket;
    if (tls) {
        auto *ssl = new QSslSocket;
        ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
        socket.reset(ssl);
    } else {
        socket = std::make_unique<QTcpSocket>();
    }
    socket->setProxy(QNetworkProxy::NoProxy);
    socket->bind(QHostAddress(source), 0);
    if (tls)
        static_cast<QSslSocket *>(socket.get())->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    else
        socket->connectToHost(QHostAddress::LocalHost, port);
    return socket;
}

struct Exchange {
    QByteArray response;
    bool closed = false; // the server closed the connection after answering
    qint64 elapsedMs = 0;
};

// Sends `request` and reads until the server closes or `quietMs` pass without a byte.
inline Exchange exchange(QTcpSocket &socket, const QByteArray &request, int quietMs = 1500)
{
    QElapsedTimer timer;
    timer.start();
    Exchange result;
    if (auto *ssl = qobject_cast<QSslSocket *>(&socket)) {
        if (!ssl->waitForEncrypted(10000))
            return result;
    } else if (!socket.waitForConnected(10000)) {
        return result;
    }
    socket.write(request);
    socket.flush();
    for (;;) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(quietMs))
            break;
        result.response += socket.readAll();
    }
    result.response += socket.readAll();
    result.closed = socket.state() == QAbstractSocket::UnconnectedState;
    result.elapsedMs = timer.elapsed();
    return result;
}

inline int statusOf(const QByteArray &response)
{
    return response.startsWith("HTTP/1.1 ") ? response.mid(9, 3).toInt() : 0;
}

inline int countOf(const QByteArray &haystack, const QByteArray &needle)
{
    int count = 0;
    for (qsizetype at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1))
        ++count;
    return count;
}

} // namespace serverprocess
