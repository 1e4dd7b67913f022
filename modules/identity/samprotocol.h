#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// The SAM module serial protocol of second-generation ID card readers (GA 467 style):
// preamble AA AA AA 96 69, a 2-byte big-endian length of what follows, the body, and a checksum
// that XORs every byte from the length field through the last body byte.
namespace identity {

namespace command {
inline constexpr quint8 kFindCard[] = {0x20, 0x01};
inline constexpr quint8 kSelectCard[] = {0x20, 0x02};
inline constexpr quint8 kReadText[] = {0x30, 0x01};
inline constexpr quint8 kReadAddress[] = {0x30, 0x03};
inline constexpr quint8 kSamStatus[] = {0x11, 0xff};
inline constexpr quint8 kSamId[] = {0x12, 0xff};
} // namespace command

namespace status {
inline constexpr quint8 kSuccess = 0x90;
inline constexpr quint8 kFindSuccess = 0x9f;
inline constexpr quint8 kNoContent = 0x91;
inline constexpr quint8 kChecksumError = 0x10;
inline constexpr quint8 kLengthError = 0x11;
inline constexpr quint8 kCommandError = 0x21;
inline constexpr quint8 kUnauthorized = 0x23;
inline constexpr quint8 kMutualAuthFailed = 0x31;
inline constexpr quint8 kMutualAuthFailed2 = 0x32;
inline constexpr quint8 kValidationError = 0x33;
inline constexpr quint8 kUnknownCardType = 0x40;
inline constexpr quint8 kReadFailed = 0x41;
inline constexpr quint8 kFindFailed = 0x80;
inline constexpr quint8 kSelectFailed = 0x81;
} // namespace status

QByteArray frame(const QByteArray &body); // preamble, length, body, checksum
QByteArray commandFrame(quint8 cmd, quint8 para, const QByteArray &data = {});
QByteArray responseFrame(quint8 sw3, const QByteArray &data = {}); // SW1 SW2 = 00 00

struct Response {
    quint8 sw1 = 0;
    quint8 sw2 = 0;
    quint8 sw3 = 0;
    QByteArray data;
};

// A translated message for every SW3 status, saying what to do.
QString statusMessage(quint8 sw3);
bool isSuccess(quint8 sw3);

// Turns a byte stream into frames. Bytes before a preamble are skipped; a frame that is not
// complete yet waits for more bytes; a frame with a wrong checksum or an impossible length is
// dropped with a reason, and reading resumes at the next preamble.
class FrameReader
{
public:
    void feed(const QByteArray &bytes);
    // The next complete, valid frame body, or nullopt (then error() may say why a frame was dropped).
    std::optional<QByteArray> next();
    QString takeError();
    void clear();
    bool hasPartialFrame() const;

private:
    QByteArray m_buffer;
    QString m_error;
};

// Splits a response body (SW1 SW2 SW3 data); nullopt when it is shorter than three bytes.
std::optional<Response> parseResponse(const QByteArray &body);

} // namespace identity
