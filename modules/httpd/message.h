#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <optional>

// A small, strict HTTP/1.1 server (RFC 9112) for appraisal-server and the venue hub. QtHttpServer
// 6.4 reads whole bodies before routing and has no header, body, time-out or connection limits, so
// the product frames requests itself: see docs/sync-protocol.md, "The HTTP layer".
namespace httpd {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// A request's head as it came, checked against RFC 9112 (parseHead). The body follows per
// contentLength or chunked; the server reads it only after the route accepted the head.
struct RequestHead {
    QByteArray method;
    QByteArray target; // origin-form: path and query as sent
    QString path;      // percent-decoded path
    QUrlQuery query;
    int minorVersion = 1; // HTTP/1.minorVersion
    HeaderList headers;
    qint64 contentLength = 0; // with chunked: 0 (unknown)
    bool chunked = false;
    bool closeAfter = false; // HTTP/1.0 or "Connection: close"
    bool webSocketUpgrade = false;
    bool expectContinue = false;

    // The first value of the header `name` (case-insensitive); empty when absent.
    QByteArray header(QByteArrayView name) const;
    // The token of "Authorization: Bearer TOKEN" (the scheme is case-insensitive); empty if none.
    QString bearerToken() const;
};

struct Request : RequestHead {
    QByteArray body;
    QHostAddress peer;
    QString principal; // whom the route's guard recognised (a station id), for the handler
};

// Why a head is refused: the status to answer (400, 431, 501, 505) and the reason for the client.
struct HeadError {
    int status = 400;
    QString reason;
};

struct HeadLimits {
    int maxHeaderCount = 100;
};

// Parses one request head: `head` runs from the request line up to and including the empty line
// ("\r\n\r\n"). Strict on purpose: CR LF line ends, no obs-fold, no whitespace before a colon, one
// Host, one Content-Length of digits, Transfer-Encoding only "chunked" and never together with
// Content-Length (request smuggling), origin-form targets, HTTP/1.0 or HTTP/1.1.
struct HeadResult {
    std::optional<RequestHead> head;
    HeadError error;
};
HeadResult parseHead(QByteArrayView head, const HeadLimits &limits = {});

// Where the head ends in `data` (the index just after "\r\n\r\n"), searching from `from`; -1 if not yet.
qsizetype headEnd(QByteArrayView data, qsizetype from = 0);

struct Response {
    int status = 200;
    HeaderList headers; // besides Content-Length and Connection, which the server writes
    QByteArray body;

    static Response json(const QJsonObject &object, int status = 200);
    static Response json(const QByteArray &compactJson, int status = 200);
    // {"error": message}
    static Response error(int status, const QString &message);
    void setHeader(const QByteArray &name, const QByteArray &value);
};

// The status line, the headers, Content-Length and (when closing) "Connection: close", then the
// body unless `headOnly`.
QByteArray serialize(const Response &response, bool closeAfter, bool headOnly = false);
QByteArray reasonPhrase(int status);

} // namespace httpd
