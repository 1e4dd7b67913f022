#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace httpd {

// Decodes a chunked body (RFC 9112 7.1) as it streams in, refusing as soon as the decoded size
// passes `maxBodyBytes`, a chunk-size line passes 1 KB or the trailer section passes
// `maxTrailerBytes`: memory stays bounded whatever the client sends. Trailer fields are read and
// dropped.
class ChunkedDecoder
{
public:
    ChunkedDecoder(qint64 maxBodyBytes, qint64 maxTrailerBytes);

    enum class State { Reading, Done, Failed };
    // Consumes bytes of `input` up to the end of the message (bytes after it belong to the next
    // request) and appends the payload to body(). Returns how many bytes were consumed.
    qsizetype feed(QByteArrayView input);
    State state() const { return m_state; }
    // 413 when the body was too large, 400 when the framing was broken.
    int failureStatus() const { return m_failureStatus; }
    QString failureReason() const { return m_failureReason; }
    const QByteArray &body() const { return m_body; }
    QByteArray takeBody() { return std::move(m_body); }

private:
    enum class Phase { SizeLine, Data, DataEnd, Trailer };
    qsizetype fail(int status, const QString &reason, qsizetype consumed);

    qint64 m_maxBodyBytes;
    qint64 m_maxTrailerBytes;
    State m_state = State::Reading;
    Phase m_phase = Phase::SizeLine;
    QByteArray m_line; // the line being collected (size line, data end, trailer line)
    qint64 m_trailerBytes = 0;
    qint64 m_chunkLeft = 0;
    QByteArray m_body;
    int m_failureStatus = 0;
    QString m_failureReason;
};

} // namespace httpd
