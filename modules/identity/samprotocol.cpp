#include "samprotocol.h"

#include <QCoreApplication>

namespace identity {

namespace {

const QByteArray kPreamble = QByteArray::fromHex("aaaaaa9669");
constexpr int kMaxBody = 4096; // the longest real reply (text + photo + fingerprints) is below this

QString tr(const char *text)
{
    return QCoreApplication::translate("identity", text);
}

quint8 xorOf(const QByteArray &bytes)
{
    quint8 sum = 0;
    for (const char byte : bytes)
        sum ^= quint8(byte);
    return sum;
}

} // namespace

QByteArray frame(const QByteArray &body)
{
    const int length = int(body.size()) + 1; // body and checksum
    QByteArray counted;
    counted.append(char((length >> 8) & 0xff)).append(char(length & 0xff)).append(body);
    return kPreamble + counted + char(xorOf(counted));
}

QByteArray commandFrame(quint8 cmd, quint8 para, const QByteArray &data)
{
    return frame(QByteArray(1, char(cmd)) + char(para) + data);
}

QByteArray responseFrame(quint8 sw3, const QByteArray &data)
{
    return frame(QByteArray(2, '\0') + char(sw3) + data);
}

bool isSuccess(quint8 sw3)
{
    return sw3 == status::kSuccess || sw3 == status::kFindSuccess;
}

QString statusMessage(quint8 sw3)
{
    switch (sw3) {
    case status::kSuccess:
    case status::kFindSuccess:
        return tr("OK.");
    case status::kNoContent:
        return tr("The card holds no such information.");
    case status::kChecksumError:
        return tr("The reader reported a checksum error in the command. Try again; if it repeats, check the "
                  "cable.");
    case status::kLengthError:
        return tr(
            "The reader reported a length error in the command. Try again; if it repeats, check the cable.");
    case status::kCommandError:
        return tr(
            "The reader did not understand the command. Check that the reader is a GA 467 ID card reader.");
    case status::kUnauthorized:
        return tr("The reader's security module refused the operation (not authorized).");
    case status::kMutualAuthFailed:
    case status::kMutualAuthFailed2:
        return tr("The card and the reader could not authenticate each other. Present the card again; if it "
                  "repeats, the card may be damaged or not genuine.");
    case status::kValidationError:
        return tr("The card's information failed validation. Present the card again; if it repeats, check "
                  "the person's identity another way.");
    case status::kUnknownCardType:
        return tr("This is not a second-generation ID card (unknown card type).");
    case status::kReadFailed:
        return tr("Reading the card failed. Hold the card still on the reader and try again.");
    case status::kFindFailed:
        return tr("No card on the reader. Place the ID card flat on the reader.");
    case status::kSelectFailed:
        return tr("The card could not be selected. Lift it and place it on the reader again.");
    default:
        return tr("The reader answered with unknown status %1.").arg(sw3, 2, 16, QLatin1Char('0'));
    }
}

void FrameReader::feed(const QByteArray &bytes)
{
    m_buffer += bytes;
}

void FrameReader::clear()
{
    m_buffer.clear();
}

bool FrameReader::hasPartialFrame() const
{
    return !m_buffer.isEmpty();
}

QString FrameReader::takeError()
{
    return std::exchange(m_error, QString());
}

std::optional<QByteArray> FrameReader::next()
{
    for (;;) {
        const qsizetype start = m_buffer.indexOf(kPreamble);
        if (start < 0) {
            // Keep a possible beginning of a preamble; drop the noise before it.
            m_buffer = m_buffer.right(qMin<qsizetype>(m_buffer.size(), kPreamble.size() - 1));
            return std::nullopt;
        }
        if (start > 0)
            m_buffer.remove(0, start);
        if (m_buffer.size() < kPreamble.size() + 2)
            return std::nullopt;
        const int length = (quint8(m_buffer.at(5)) << 8) | quint8(m_buffer.at(6));
        if (length < 2 || length > kMaxBody) {
            m_error = QCoreApplication::translate(
                          "identity", "The reader sent a frame with an impossible length (%1 bytes).")
                          .arg(length);
            m_buffer.remove(0, kPreamble.size());
            continue;
        }
        const qsizetype total = kPreamble.size() + 2 + length;
        if (m_buffer.size() < total)
            return std::nullopt; // short read: wait for the rest
        const QByteArray counted = m_buffer.mid(kPreamble.size(), 2 + length - 1);
        const quint8 checksum = quint8(m_buffer.at(total - 1));
        if (xorOf(counted) != checksum) {
            m_error = QCoreApplication::translate("identity",
                                                  "The reader's reply had a wrong checksum; it was ignored.");
            m_buffer.remove(0, kPreamble.size());
            continue;
        }
        m_buffer.remove(0, total);
        return counted.mid(2);
    }
}

std::optional<Response> parseResponse(const QByteArray &body)
{
    if (body.size() < 3)
        return std::nullopt;
    return Response{quint8(body.at(0)), quint8(body.at(1)), quint8(body.at(2)), body.mid(3)};
}

} // namespace identity
