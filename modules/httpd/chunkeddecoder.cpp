#include "chunkeddecoder.h"

namespace httpd {

namespace {
constexpr qsizetype kMaxSizeLine = 1024; // chunk size and extensions
}

ChunkedDecoder::ChunkedDecoder(qint64 maxBodyBytes, qint64 maxTrailerBytes)
    : m_maxBodyBytes(maxBodyBytes), m_maxTrailerBytes(maxTrailerBytes)
{
}

qsizetype ChunkedDecoder::fail(int status, const QString &reason, qsizetype consumed)
{
    m_state = State::Failed;
    m_failureStatus = status;
    m_failureReason = reason;
    m_body.clear();
    return consumed;
}

qsizetype ChunkedDecoder::feed(QByteArrayView input)
{
    qsizetype pos = 0;
    while (m_state == State::Reading && pos < input.size()) {
        if (m_phase == Phase::Data) {
            const qsizetype take = qsizetype(qMin<qint64>(m_chunkLeft, input.size() - pos));
            m_body.append(input.sliced(pos, take));
            pos += take;
            m_chunkLeft -= take;
            if (m_chunkLeft == 0)
                m_phase = Phase::DataEnd;
            continue;
        }
        // The other phases collect one CR LF line at a time.
        const char c = input.at(pos++);
        m_line.append(c);
        if (m_phase == Phase::Trailer && ++m_trailerBytes > m_maxTrailerBytes)
            return fail(431, QStringLiteral("the chunked trailer is too large"), pos);
        if (m_phase == Phase::SizeLine && m_line.size() > kMaxSizeLine)
            return fail(400, QStringLiteral("a chunk-size line is longer than 1 KB"), pos);
        if (m_phase == Phase::DataEnd && m_line != QByteArrayView("\r\n").first(m_line.size()))
            return fail(400, QStringLiteral("chunk data must end with CR LF"), pos);
        if (c != '\n')
            continue;
        if (!m_line.endsWith("\r\n"))
            return fail(400, QStringLiteral("chunked lines must end with CR LF"), pos);
        const QByteArray line = m_line.chopped(2);
        m_line.clear();
        switch (m_phase) {
        case Phase::SizeLine: {
            // chunk-size [ chunk-ext ]: hex digits, then optionally ";ext" which is ignored.
            qsizetype end = 0;
            qint64 size = 0;
            while (end < line.size() && std::isxdigit(static_cast<unsigned char>(line.at(end)))) {
                if (end >= 15)
                    return fail(413, QStringLiteral("a chunk is larger than the body limit"), pos);
                size = size * 16 + QByteArray(1, line.at(end)).toInt(nullptr, 16);
                ++end;
            }
            const QByteArray rest = line.mid(end).trimmed();
            if (end == 0 || (!rest.isEmpty() && !rest.startsWith(';')))
                return fail(400, QStringLiteral("a chunk must start with its size in hex"), pos);
            if (size > m_maxBodyBytes - m_body.size())
                return fail(413, QStringLiteral("the body is larger than %1 bytes").arg(m_maxBodyBytes), pos);
            m_chunkLeft = size;
            m_phase = size == 0 ? Phase::Trailer : Phase::Data;
            break;
        }
        case Phase::DataEnd:
            m_phase = Phase::SizeLine;
            break;
        case Phase::Trailer:
            if (line.isEmpty())
                m_state = State::Done;
            break;
        case Phase::Data:
            break;
        }
    }
    return pos;
}

} // namespace httpd
