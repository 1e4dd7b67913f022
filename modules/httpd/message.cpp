#include "message.h"

#include <QDateTime>
#include <QLocale>

#include <QJsonDocument>
#include <QUrl>

namespace httpd {

namespace {

// RFC 9110 5.6.2: tchar.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text)
        if (!isTokenChar(c))
            return false;
    return true;
}

// field-value: visible characters, SP, HTAB and obs-text; no other control characters.
bool isFieldValue(QByteArrayView text)
{
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

// request-target in origin-form: "/" then visible ASCII, no spaces or controls, no fragment.
bool isOriginForm(QByteArrayView target)
{
    if (target.isEmpty() || target.front() != '/')
        return false;
    for (const char c : target) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f || c == '#')
            return false;
    }
    return true;
}

QByteArrayView trimmedOws(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

HeadResult refuse(int status, const QString &reason)
{
    return {std::nullopt, {status, reason}};
}

// A comma-separated list (RFC 9110 5.6.1) with empty elements dropped, lower-cased.
QList<QByteArray> listElements(QByteArrayView value)
{
    QList<QByteArray> elements;
    for (const QByteArray &element : value.toByteArray().split(',')) {
        const QByteArray trimmed = trimmedOws(element).toByteArray().toLower();
        if (!trimmed.isEmpty())
            elements << trimmed;
    }
    return elements;
}

} // namespace

qsizetype headEnd(QByteArrayView data, qsizetype from)
{
    const qsizetype found = data.indexOf(QByteArrayView("\r\n\r\n"), qMax<qsizetype>(0, from));
    return found < 0 ? -1 : found + 4;
}

HeadResult parseHead(QByteArrayView head, const HeadLimits &limits)
{
    // RFC 9112 2.2: a server SHOULD ignore at least one empty line before the request line.
    while (head.startsWith("\r\n"))
        head = head.sliced(2);
    if (!head.endsWith("\r\n\r\n"))
        return refuse(400, QStringLiteral("the request head must end with an empty line"));
    head.chop(2);
    QList<QByteArrayView> lines;
    for (qsizetype start = 0; start < head.size();) {
        const qsizetype end = head.indexOf(QByteArrayView("\r\n"), start);
        lines << head.sliced(start, end - start);
        start = end + 2;
    }
    for (const QByteArrayView line : lines)
        if (line.contains('\r') || line.contains('\n') || line.contains('\0'))
            return refuse(400, QStringLiteral("lines must end with CR LF; bare CR, LF or NUL found"));

    RequestHead request;
    // request-line = method SP request-target SP HTTP-version
    const QByteArrayView requestLine = lines.isEmpty() ? QByteArrayView() : lines.front();
    const qsizetype firstSpace = requestLine.indexOf(' ');
    const qsizetype lastSpace = requestLine.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace <= firstSpace + 1)
        return refuse(400, QStringLiteral("the request line must be METHOD TARGET HTTP/1.1"));
    const QByteArrayView method = requestLine.first(firstSpace);
    const QByteArrayView target = requestLine.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    const QByteArrayView version = requestLine.sliced(lastSpace + 1);
    if (!isToken(method))
        return refuse(400, QStringLiteral("the method is not a token"));
    if (!isOriginForm(target))
        return refuse(400, QStringLiteral("the target must be a path starting with /"));
    if (version.size() != 8 || !version.startsWith("HTTP/") || version[6] != '.' || version[5] < '0' ||
        version[5] > '9' || version[7] < '0' || version[7] > '9')
        return refuse(400, QStringLiteral("the request line must end with HTTP/1.1 or HTTP/1.0"));
    if (version[5] != '1')
        return refuse(505, QStringLiteral("only HTTP/1.1 and HTTP/1.0 are served"));
    request.method = method.toByteArray();
    request.target = target.toByteArray();
    request.minorVersion = version[7] == '0' ? 0 : 1; // HTTP/1.x above 1.1 is answered as 1.1
    const qsizetype question = request.target.indexOf('?');
    request.path =
        QUrl::fromPercentEncoding(request.target.left(question < 0 ? request.target.size() : question));
    if (question >= 0)
        request.query = QUrlQuery(QString::fromLatin1(request.target.mid(question + 1)));

    if (lines.size() - 1 > limits.maxHeaderCount)
        return refuse(431, QStringLiteral("more than %1 header fields").arg(limits.maxHeaderCount));
    int hosts = 0;
    int contentLengths = 0;
    QList<QByteArray> transferCodings;
    QList<QByteArray> connectionOptions;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines.at(i);
        if (line.startsWith(' ') || line.startsWith('\t'))
            return refuse(400, QStringLiteral("folded header lines (obs-fold) are not accepted"));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return refuse(
                400, QStringLiteral("a header field must be NAME: value, without space before the colon"));
        const QByteArrayView value = trimmedOws(line.sliced(colon + 1));
        if (!isFieldValue(value))
            return refuse(400, QStringLiteral("a header value contains control characters"));
        const QByteArray name = line.first(colon).toByteArray();
        request.headers.append({name, value.toByteArray()});
        const QByteArray lower = name.toLower();
        if (lower == "host") {
            ++hosts;
        } else if (lower == "content-length") {
            ++contentLengths;
            if (value.isEmpty() || value.size() > 18)
                return refuse(value.isEmpty() ? 400 : 413,
                              QStringLiteral("Content-Length is empty or too large"));
            qint64 length = 0;
            for (const char c : value) {
                if (c < '0' || c > '9')
                    return refuse(400, QStringLiteral("Content-Length must be a decimal number"));
                length = length * 10 + (c - '0');
            }
            request.contentLength = length;
        } else if (lower == "transfer-encoding") {
            transferCodings += listElements(value);
        } else if (lower == "connection") {
            connectionOptions += listElements(value);
        } else if (lower == "expect") {
            if (value.compare("100-continue", Qt::CaseInsensitive) != 0)
                return refuse(417, QStringLiteral("only Expect: 100-continue is understood"));
            request.expectContinue = true;
        }
    }
    if (request.minorVersion >= 1 && hosts != 1)
        return refuse(400, QStringLiteral("an HTTP/1.1 request needs exactly one Host header"));
    if (hosts > 1)
        return refuse(400, QStringLiteral("more than one Host header"));
    if (contentLengths > 1)
        return refuse(400, QStringLiteral("more than one Content-Length header"));
    if (!transferCodings.isEmpty()) {
        if (contentLengths > 0)
            return refuse(400, QStringLiteral("Content-Length and Transfer-Encoding together are refused"));
        if (request.minorVersion == 0)
            return refuse(400, QStringLiteral("Transfer-Encoding is not allowed in HTTP/1.0"));
        if (transferCodings != QList<QByteArray>{QByteArrayLiteral("chunked")})
            return refuse(501, QStringLiteral("only Transfer-Encoding: chunked is understood"));
        request.chunked = true;
    }
    request.closeAfter = request.minorVersion == 0 || connectionOptions.contains("close");
    request.webSocketUpgrade = connectionOptions.contains("upgrade") &&
                               request.header("Upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
    return {std::move(request), {}};
}

QByteArray RequestHead::header(QByteArrayView name) const
{
    for (const auto &field : headers)
        if (field.first.compare(name, Qt::CaseInsensitive) == 0)
            return field.second;
    return {};
}

QString RequestHead::bearerToken() const
{
    // RFC 9110 11.1: the auth-scheme is case-insensitive; token68 follows one or more spaces.
    const QByteArray value = header("Authorization");
    const qsizetype space = value.indexOf(' ');
    if (space <= 0 || value.first(space).compare("Bearer", Qt::CaseInsensitive) != 0)
        return {};
    return QString::fromLatin1(value.mid(space + 1).trimmed());
}

Response Response::json(const QJsonObject &object, int status)
{
    return json(QJsonDocument(object).toJson(QJsonDocument::Compact), status);
}

Response Response::json(const QByteArray &compactJson, int status)
{
    Response response;
    response.status = status;
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    response.body = compactJson;
    return response;
}

Response Response::error(int status, const QString &message)
{
    return json(QJsonObject{{QStringLiteral("error"), message}}, status);
}

void Response::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &field : headers)
        if (field.first.compare(name, Qt::CaseInsensitive) == 0) {
            field.second = value;
            return;
        }
    headers.append({name, value});
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 101:
        return "Switching Protocols";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 417:
        return "Expectation Failed";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

QByteArray serialize(const Response &response, bool closeAfter, bool headOnly)
{
    QByteArray out;
    out.reserve(128 + response.body.size());
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    bool dated = false;
    for (const auto &field : response.headers) {
        out += field.first + ": " + field.second + "\r\n";
        dated = dated || field.first.compare("Date", Qt::CaseInsensitive) == 0;
    }
    // RFC 9110 6.6.1: an origin server with a clock sends Date; stations compare it with their own
    // clock (the station health check "clock_drift").
    if (!dated)
        out +=
            "Date: " +
            QLocale::c()
                .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                .toLatin1() +
            "\r\n";
    // RFC 9110 8.6: no Content-Length in 1xx, 204 and 304 answers.
    if (response.status >= 200 && response.status != 204 && response.status != 304)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (closeAfter)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (!headOnly && response.status != 304 && response.status != 204)
        out += response.body;
    return out;
}

} // namespace httpd
