#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace announce {

// One thing to say in the hall.
struct Announcement {
    QString ticket;     // "A012"
    QString roomName;   // "3号诊室"
    QString maskedName; // optional, spoken only when the template asks for it
    QString text;       // the sentence, fixed when the item is queued
    bool operator==(const Announcement &other) const
    {
        return ticket == other.ticket && roomName == other.roomName;
    }
};

// The ticket read character by character, digits as Chinese numerals: "A012" → "A零一二".
QString spokenTicket(const QString &ticket);

// The sentence from a template with {ticket}, {room} and {name}; default "请{ticket}号到{room}".
QString sentence(const Announcement &announcement, const QString &templateText = QString());
QString defaultTemplate();

// A clip pack: a folder of WAV clips, 16-bit PCM mono, one sample rate for all:
//   chime.wav                     the chime before every announcement (optional; generated if absent)
//   words/please.wav 请  words/number.wav 号  words/goto.wav 到
//   digits/0.wav … digits/9.wav   零 … 九
//   letters/A.wav … letters/Z.wav
//   rooms/1.wav … rooms/30.wav    "一号诊室" … (room names of the form "<n>号诊室")
// Returns the clips for "请 <ticket> 号 到 <room>", or an empty list with `missing` naming the
// first clip that is not there.
QStringList clipsFor(const Announcement &announcement, const QString &packDir, QString *missing);

// Joins WAV files of one format into one WAV (header + all samples); empty on a bad or mixed file.
QByteArray joinWav(const QList<QByteArray> &wavFiles, QString *error = nullptr);
// A two-tone chime as WAV, 16-bit mono at `sampleRate`.
QByteArray chimeWav(int sampleRate = 22050);
// Playing time of a WAV in milliseconds, and its sample rate (0 when it is not one).
int wavDurationMs(const QByteArray &wav);
int wavSampleRate(const QByteArray &wav);

} // namespace announce
