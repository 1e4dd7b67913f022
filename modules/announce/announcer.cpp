#include "announcer.h"

#include <QDir>
#include <QFile>
#include <QSoundEffect>
#include <QTemporaryDir>
#include <QTextToSpeech>
#include <QUrl>

namespace announce {

WavSpeaker::WavSpeaker(QString packDir, QObject *parent)
    : Speaker(parent), m_packDir(std::move(packDir)), m_files(std::make_unique<QTemporaryDir>())
{
    m_guard.setSingleShot(true);
    connect(&m_guard, &QTimer::timeout, this, &WavSpeaker::done);
}

WavSpeaker::~WavSpeaker() = default;

QString WavSpeaker::engineName() const
{
    return m_packDir.isEmpty() ? tr("chime only (no voice: the hall screen shows the calls)")
                               : tr("recorded clips from %1").arg(m_packDir);
}

void WavSpeaker::setVolume(int percent)
{
    m_volume = std::clamp(percent, 0, 100);
}

QByteArray WavSpeaker::render(const Announcement &announcement, QString *problem) const
{
    QList<QByteArray> clips;
    if (!m_packDir.isEmpty()) {
        QString missing;
        for (const QString &path : clipsFor(announcement, m_packDir, &missing)) {
            QFile clip(path);
            if (clip.open(QIODevice::ReadOnly))
                clips << clip.readAll();
        }
        if (clips.isEmpty() && problem)
            *problem = tr("clip missing: %1").arg(missing);
    }
    QByteArray chime;
    QFile packChime(QDir(m_packDir).filePath(QStringLiteral("chime.wav")));
    if (!m_packDir.isEmpty() && packChime.open(QIODevice::ReadOnly))
        chime = packChime.readAll();
    if (chime.isEmpty())
        chime = chimeWav(clips.isEmpty() ? 22050 : wavSampleRate(clips.constFirst()));
    QString error;
    const QByteArray joined = joinWav(QList<QByteArray>{chime} + clips, &error);
    if (!joined.isEmpty())
        return joined;
    if (problem)
        *problem = error;
    return chime;
}

void WavSpeaker::speak(const Announcement &announcement)
{
    const QByteArray wav = render(announcement);
    const QString path = m_files->filePath(QStringLiteral("announcement-%1.wav").arg(++m_played));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(wav) != wav.size()) {
        m_busy = true;
        QTimer::singleShot(0, this, &WavSpeaker::done);
        return;
    }
    file.close();
    delete m_effect;
    m_effect = new QSoundEffect(this);
    m_effect->setVolume(m_volume / 100.0);
    connect(m_effect, &QSoundEffect::playingChanged, this, [this] {
        if (m_effect && !m_effect->isPlaying() && m_effect->status() == QSoundEffect::Ready)
            done();
    });
    connect(m_effect, &QSoundEffect::statusChanged, this, [this] {
        if (!m_effect)
            return;
        if (m_effect->status() == QSoundEffect::Ready && !m_effect->isPlaying())
            m_effect->play();
        else if (m_effect->status() == QSoundEffect::Error)
            done();
    });
    m_busy = true;
    m_guard.start(wavDurationMs(wav) + 3000);
    m_effect->setSource(QUrl::fromLocalFile(path));
}

void WavSpeaker::done()
{
    if (!m_busy)
        return; // already reported
    m_busy = false;
    m_guard.stop();
    emit finished();
}

std::unique_ptr<TtsSpeaker> TtsSpeaker::create(QString templateText, QObject *parent)
{
    for (const QString &engine : QTextToSpeech::availableEngines()) {
        auto *speech = new QTextToSpeech(engine);
        for (const QLocale &locale : speech->availableLocales()) {
            if (locale.language() == QLocale::Chinese) {
                speech->setLocale(locale);
                return std::unique_ptr<TtsSpeaker>(new TtsSpeaker(speech, std::move(templateText), parent));
            }
        }
        delete speech;
    }
    return nullptr;
}

TtsSpeaker::TtsSpeaker(QTextToSpeech *speech, QString templateText, QObject *parent)
    : Speaker(parent), m_speech(speech), m_template(std::move(templateText))
{
    m_speech->setParent(this);
    m_guard.setSingleShot(true);
    connect(&m_chime, &Speaker::finished, this, [this] {
        m_speaking = true;
        m_guard.start(20000);
        m_speech->say(m_pending.text.isEmpty() ? sentence(m_pending, m_template) : m_pending.text);
    });
    connect(m_speech, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
        if (m_speaking && (state == QTextToSpeech::Ready || state == QTextToSpeech::Error)) {
            m_speaking = false;
            m_guard.stop();
            emit finished();
        }
    });
    connect(&m_guard, &QTimer::timeout, this, [this] {
        m_speaking = false;
        emit finished();
    });
}

TtsSpeaker::~TtsSpeaker() = default;

QString TtsSpeaker::engineName() const
{
    return tr("text to speech (%1, %2)").arg(m_speech->engine(), m_speech->locale().name());
}

void TtsSpeaker::speak(const Announcement &announcement)
{
    m_pending = announcement;
    m_chime.speak(announcement);
}

void TtsSpeaker::setVolume(int percent)
{
    m_chime.setVolume(percent);
    m_speech->setVolume(std::clamp(percent, 0, 100) / 100.0);
}

std::unique_ptr<Speaker> makeSpeaker(const QString &packDir, const QString &templateText)
{
    if (auto tts = TtsSpeaker::create(templateText))
        return tts;
    QString missing;
    if (!packDir.isEmpty() &&
        !clipsFor({QStringLiteral("A0123456789"), QStringLiteral("1号诊室"), {}}, packDir, &missing)
             .isEmpty())
        return std::make_unique<WavSpeaker>(packDir);
    return std::make_unique<WavSpeaker>();
}

AnnouncementQueue::AnnouncementQueue(Speaker &speaker, const core::Clock &clock, QObject *parent)
    : QObject(parent), m_speaker(speaker), m_clock(clock)
{
    connect(&m_speaker, &Speaker::finished, this, &AnnouncementQueue::onFinished);
}

bool AnnouncementQueue::enqueue(const Announcement &announcement)
{
    const QDateTime now = m_clock.now();
    m_recent.removeIf([&](const auto &entry) { return entry.second.secsTo(now) > m_mergeSeconds; });
    const bool queued = std::find(m_queue.cbegin(), m_queue.cend(), announcement) != m_queue.cend();
    const bool recently = std::any_of(m_recent.cbegin(), m_recent.cend(),
                                      [&](const auto &entry) { return entry.first == announcement; });
    if (queued || recently)
        return false;
    m_recent.append({announcement, now});
    Announcement item = announcement;
    if (item.text.isEmpty())
        item.text = sentence(item, m_template); // each item carries its own words
    m_queue.push_back(item);
    if (!m_current)
        next();
    return true;
}

void AnnouncementQueue::next()
{
    if (m_queue.empty()) {
        m_current.reset();
        return;
    }
    m_current = m_queue.front();
    m_queue.pop_front();
    m_timesLeft = m_repeat;
    emit started(*m_current);
    m_speaker.speak(*m_current);
}

void AnnouncementQueue::onFinished()
{
    if (!m_current)
        return;
    if (--m_timesLeft > 0) {
        m_speaker.speak(*m_current);
        return;
    }
    const Announcement finished = *m_current;
    m_current.reset();
    emit done(finished);
    next();
}

} // namespace announce
