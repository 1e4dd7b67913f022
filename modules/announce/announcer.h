#pragma once

#include "announcement.h"

#include "core/clock.h"

#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>

class QSoundEffect;
class QTemporaryDir;
class QTextToSpeech;

namespace announce {

// Says one announcement at a time and tells when it is done.
class Speaker : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual QString engineName() const = 0; // shown in the settings: which voice is in use
    virtual void speak(const Announcement &announcement) = 0;
    virtual void setVolume(int percent) = 0;

signals:
    void finished();
};

// A WAV per announcement: the chime, then (with a clip pack) the clips of the sentence. Without a
// pack it is "chime only": the screen carries the words.
class WavSpeaker final : public Speaker
{
    Q_OBJECT
public:
    explicit WavSpeaker(QString packDir = QString(), QObject *parent = nullptr);
    ~WavSpeaker() override;
    QString engineName() const override;
    void speak(const Announcement &announcement) override;
    void setVolume(int percent) override;
    // What would be played (chime + clips), for tests and the settings' "test" button.
    QByteArray render(const Announcement &announcement, QString *problem = nullptr) const;

private:
    void done();

    QString m_packDir;
    std::unique_ptr<QTemporaryDir> m_files;
    QSoundEffect *m_effect = nullptr;
    QTimer m_guard; // a missing audio device must never stall the queue
    int m_volume = 80;
    int m_played = 0;
    bool m_busy = false;
};

// QTextToSpeech with a Chinese voice, after the chime.
class TtsSpeaker final : public Speaker
{
    Q_OBJECT
public:
    // Null when no engine offers a zh-CN voice.
    static std::unique_ptr<TtsSpeaker> create(QString templateText, QObject *parent = nullptr);
    ~TtsSpeaker() override;
    QString engineName() const override;
    void speak(const Announcement &announcement) override;
    void setVolume(int percent) override;

private:
    TtsSpeaker(QTextToSpeech *speech, QString templateText, QObject *parent);
    QTextToSpeech *m_speech = nullptr;
    QString m_template;
    WavSpeaker m_chime;
    Announcement m_pending;
    QTimer m_guard;
    bool m_speaking = false;
};

// The voice engines in order: QTextToSpeech when a zh-CN voice is installed; else the clip pack
// (when its folder is complete); else chime only.
std::unique_ptr<Speaker> makeSpeaker(const QString &packDir, const QString &templateText);

// A strict FIFO of announcements: nothing interrupts the one being spoken; an identical one
// (same ticket and room) that is still waiting or was queued within the merge window is merged;
// a recall after the window is said again. Each item is said `repeat` times in a row.
class AnnouncementQueue : public QObject
{
    Q_OBJECT
public:
    AnnouncementQueue(Speaker &speaker, const core::Clock &clock, QObject *parent = nullptr);
    bool enqueue(const Announcement &announcement); // false when merged
    void setRepeat(int times) { m_repeat = std::clamp(times, 1, 5); }
    void setMergeWindowSeconds(int seconds) { m_mergeSeconds = seconds; }
    void setTemplate(const QString &templateText) { m_template = templateText; }
    int waiting() const { return int(m_queue.size()); }
    QString engineName() const { return m_speaker.engineName(); }
    bool speaking() const { return m_current.has_value(); }

signals:
    void started(const announce::Announcement &announcement);
    void done(const announce::Announcement &announcement);

private:
    void next();
    void onFinished();

    Speaker &m_speaker;
    const core::Clock &m_clock;
    std::deque<Announcement> m_queue;
    std::optional<Announcement> m_current;
    int m_timesLeft = 0;
    int m_repeat = 1;
    int m_mergeSeconds = 5;
    QString m_template;
    QList<QPair<Announcement, QDateTime>> m_recent; // for merging
};

} // namespace announce
