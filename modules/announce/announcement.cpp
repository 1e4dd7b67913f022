#include "announcement.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QtEndian>

#include <cmath>

namespace announce {

QString spokenTicket(const QString &ticket)
{
    static const QString numerals = QStringLiteral("零一二三四五六七八九");
    QString spoken;
    for (const QChar c : ticket.trimmed().toUpper())
        spoken += c.isDigit() ? numerals.at(c.digitValue()) : c;
    return spoken;
}

QString defaultTemplate()
{
    return QStringLiteral("请{ticket}号到{room}");
}

QString sentence(const Announcement &announcement, const QString &templateText)
{
    QString text = templateText.trimmed().isEmpty() ? defaultTemplate() : templateText;
    text.replace(QLatin1String("{ticket}"), spokenTicket(announcement.ticket));
    text.replace(QLatin1String("{room}"), announcement.roomName);
    text.replace(QLatin1String("{name}"), announcement.maskedName);
    return text;
}

QStringList clipsFor(const Announcement &announcement, const QString &packDir, QString *missing)
{
    const QDir pack(packDir);
    QStringList clips{QStringLiteral("words/please.wav")};
    for (const QChar c : announcement.ticket.trimmed().toUpper()) {
        if (c.isDigit())
            clips << QStringLiteral("digits/%1.wav").arg(c);
        else if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            clips << QStringLiteral("letters/%1.wav").arg(c);
    }
    clips << QStringLiteral("words/number.wav") << QStringLiteral("words/goto.wav");
    static const QRegularExpression roomPattern(QStringLiteral("^\\s*(\\d+)\\s*号诊室\\s*$"));
    const QRegularExpressionMatch room = roomPattern.match(announcement.roomName);
    if (!room.hasMatch()) {
        if (missing)
            *missing = QStringLiteral("rooms/ (no clip for \"%1\")").arg(announcement.roomName);
        return {};
    }
    clips << QStringLiteral("rooms/%1.wav").arg(room.captured(1).toInt());
    QStringList paths;
    for (const QString &clip : clips) {
        if (!QFile::exists(pack.filePath(clip))) {
            if (missing)
                *missing = clip;
            return {};
        }
        paths << pack.filePath(clip);
    }
    return paths;
}

namespace {

struct WavFormat {
    quint16 format = 0, channels = 0, bits = 0;
    quint32 rate = 0;
    QByteArray data;
};

std::optional<WavFormat> parseWav(const QByteArray &wav)
{
    if (wav.size() < 12 || !wav.startsWith("RIFF") || wav.mid(8, 4) != "WAVE")
        return std::nullopt;
    WavFormat parsed;
    bool haveFormat = false;
    qsizetype at = 12;
    while (at + 8 <= wav.size()) {
        const QByteArray id = wav.mid(at, 4);
        const quint32 size = qFromLittleEndian<quint32>(wav.constData() + at + 4);
        const qsizetype body = at + 8;
        // espeak-ng writes 0x7fffffff as the data size when it streams; take what is there.
        const qsizetype available = std::min<qsizetype>(qsizetype(size), wav.size() - body);
        if (id == "fmt " && available >= 16) {
            parsed.format = qFromLittleEndian<quint16>(wav.constData() + body);
            parsed.channels = qFromLittleEndian<quint16>(wav.constData() + body + 2);
            parsed.rate = qFromLittleEndian<quint32>(wav.constData() + body + 4);
            parsed.bits = qFromLittleEndian<quint16>(wav.constData() + body + 14);
            haveFormat = true;
        } else if (id == "data") {
            parsed.data = wav.mid(body, available);
            return haveFormat ? std::optional(parsed) : std::nullopt;
        }
        at = body + available + (available % 2);
    }
    return std::nullopt;
}

QByteArray wavFrom(quint16 channels, quint32 rate, quint16 bits, const QByteArray &samples)
{
    QByteArray wav("RIFF");
    const auto put32 = [&](quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        wav.append(b, 4);
    };
    const auto put16 = [&](quint16 v) {
        char b[2];
        qToLittleEndian(v, b);
        wav.append(b, 2);
    };
    put32(quint32(36 + samples.size()));
    wav.append("WAVEfmt ");
    put32(16);
    put16(1);
    put16(channels);
    put32(rate);
    put32(rate * channels * bits / 8);
    put16(quint16(channels * bits / 8));
    put16(bits);
    wav.append("data");
    put32(quint32(samples.size()));
    wav.append(samples);
    return wav;
}

} // namespace

QByteArray joinWav(const QList<QByteArray> &wavFiles, QString *error)
{
    std::optional<WavFormat> first;
    QByteArray samples;
    for (qsizetype i = 0; i < wavFiles.size(); ++i) {
        const auto parsed = parseWav(wavFiles.at(i));
        if (!parsed || parsed->format != 1) {
            if (error)
                *error = QStringLiteral("clip %1 is not a PCM WAV file").arg(i + 1);
            return {};
        }
        if (first && (parsed->channels != first->channels || parsed->rate != first->rate ||
                      parsed->bits != first->bits)) {
            if (error)
                *error = QStringLiteral("clip %1 has another format than the first (%2 Hz, %3 bit)")
                             .arg(i + 1)
                             .arg(first->rate)
                             .arg(first->bits);
            return {};
        }
        if (!first)
            first = parsed;
        samples += parsed->data;
    }
    if (!first)
        return {};
    return wavFrom(first->channels, first->rate, first->bits, samples);
}

QByteArray chimeWav(int sampleRate)
{
    // Two soft tones (E5 then C5), 0.35 s each, with a short fade so nothing clicks.
    QByteArray samples;
    const auto tone = [&](double frequency, double seconds) {
        const int count = int(sampleRate * seconds);
        for (int i = 0; i < count; ++i) {
            const double fade = std::min({1.0, i / (0.02 * sampleRate), (count - i) / (0.08 * sampleRate)});
            const auto value =
                qint16(std::lround(9000 * fade * std::sin(2 * M_PI * frequency * i / sampleRate)));
            char b[2];
            qToLittleEndian(value, b);
            samples.append(b, 2);
        }
    };
    tone(659.25, 0.35);
    tone(523.25, 0.45);
    return wavFrom(1, quint32(sampleRate), 16, samples);
}

int wavDurationMs(const QByteArray &wav)
{
    const auto parsed = parseWav(wav);
    if (!parsed || parsed->rate == 0 || parsed->channels == 0 || parsed->bits == 0)
        return 0;
    return int(qint64(parsed->data.size()) * 1000 /
               (qint64(parsed->rate) * parsed->channels * parsed->bits / 8));
}

int wavSampleRate(const QByteArray &wav)
{
    const auto parsed = parseWav(wav);
    return parsed ? int(parsed->rate) : 0;
}

} // namespace announce
