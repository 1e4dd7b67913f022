#include "announce/announcer.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace announce;

namespace {

// Stands in for the loudspeaker only: records what was started and finishes when the test says the
// sentence is over, so "nothing interrupts" can be checked exactly.
class RecordingSpeaker final : public Speaker
{
public:
    QStringList said;
    QStringList texts;
    QString engineName() const override { return QStringLiteral("recording"); }
    void speak(const Announcement &announcement) override
    {
        said << announcement.ticket + QLatin1Char('@') + announcement.roomName;
        texts << announcement.text;
    }
    void setVolume(int) override {}
    void finish() { emit finished(); }
};

Announcement call(const char *ticket, const char *room = "3号诊室")
{
    return {QString::fromUtf8(ticket), QString::fromUtf8(room), {}};
}

} // namespace

class TestAnnounce : public QObject
{
    Q_OBJECT

    core::ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(9, 0))};

private slots:
    void sentences_data()
    {
        QTest::addColumn<QString>("ticket");
        QTest::addColumn<QString>("templateText");
        QTest::addColumn<QString>("expected");
        QTest::newRow("default") << "A012" << QString() << QStringLiteral("请A零一二号到3号诊室");
        QTest::newRow("green, lower case") << "g105" << QString() << QStringLiteral("请G一零五号到3号诊室");
        QTest::newRow("with name") << "A7" << QStringLiteral("请{name}，{ticket}号，到{room}")
                                   << QStringLiteral("请罗*，A七号，到3号诊室");
    }
    void sentences()
    {
        QFETCH(QString, ticket);
        QFETCH(QString, templateText);
        QFETCH(QString, expected);
        QCOMPARE(sentence({ticket, QStringLiteral("3号诊室"), QStringLiteral("罗*")}, templateText),
                 expected);
    }

    void fifoWithoutInterruptionMergingAndRepeat()
    {
        RecordingSpeaker speaker;
        AnnouncementQueue queue(speaker, m_clock);
        QSignalSpy done(&queue, &AnnouncementQueue::done);
        QVERIFY(queue.enqueue(call("A001")));
        QVERIFY(queue.enqueue(call("A002", "1号诊室")));
        QVERIFY(!queue.enqueue(call("A002", "1号诊室"))); // a double press: merged
        QVERIFY(queue.enqueue(call("G001")));
        // Only the first is being said; the rest wait, whatever arrives.
        QCOMPARE(speaker.said, QStringList{QStringLiteral("A001@3号诊室")});
        QCOMPARE(queue.waiting(), 2);
        speaker.finish();
        QCOMPARE(speaker.said.last(), QStringLiteral("A002@1号诊室"));
        speaker.finish();
        speaker.finish();
        QCOMPARE(speaker.said, (QStringList{QStringLiteral("A001@3号诊室"), QStringLiteral("A002@1号诊室"),
                                            QStringLiteral("G001@3号诊室")}));
        QCOMPARE(done.size(), 3);
        QVERIFY(!queue.speaking());
        QCOMPARE(speaker.texts.first(), QStringLiteral("请A零零一号到3号诊室")); // the item's own words

        // Within the merge window the same call is merged even after it was said; a recall later is
        // said again.
        m_clock.advanceSeconds(3);
        QVERIFY(!queue.enqueue(call("A001")));
        m_clock.advanceSeconds(10);
        QVERIFY(queue.enqueue(call("A001")));
        speaker.finish();

        queue.setRepeat(2);
        m_clock.advanceSeconds(10);
        QVERIFY(queue.enqueue(call("A003")));
        QVERIFY(queue.enqueue(call("A004")));
        speaker.finish();
        QCOMPARE(speaker.said.mid(speaker.said.size() - 2),
                 (QStringList{QStringLiteral("A003@3号诊室"), QStringLiteral("A003@3号诊室")}));
        speaker.finish();
        QCOMPARE(speaker.said.last(), QStringLiteral("A004@3号诊室"));
    }

    void wavHelpersJoinAndTime()
    {
        const QByteArray chime = chimeWav(22050);
        QCOMPARE(wavSampleRate(chime), 22050);
        QVERIFY(qAbs(wavDurationMs(chime) - 800) <= 1);
        const QByteArray twice = joinWav({chime, chime});
        QVERIFY(qAbs(wavDurationMs(twice) - 1600) <= 1);
        QString error;
        QVERIFY(joinWav({chime, chimeWav(16000)}, &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("22050")));
        QVERIFY(joinWav({QByteArray("not a wav")}, &error).isEmpty());
    }

    // The default pack, made by the packaging script with espeak-ng, gives the whole sentence.
    void clipPackFromThePackagingScript()
    {
        QTemporaryDir dir;
        const QString script =
            qEnvironmentVariable("APPRAISAL_SOURCE_DIR") + QStringLiteral("/packaging/make-clip-pack.sh");
        QProcess make;
        make.start(QStringLiteral("bash"), {script, dir.path()});
        QVERIFY(make.waitForFinished(60000));
        QVERIFY2(make.exitCode() == 0, make.readAllStandardError().constData());
        QString missing;
        const QStringList clips = clipsFor(call("G012", "12号诊室"), dir.path(), &missing);
        QCOMPARE(clips.size(), 1 + 4 + 2 + 1); // 请 G 零 一 二 号 到 十二号诊室
        QVERIFY(clips.first().endsWith(QStringLiteral("words/please.wav")));
        QVERIFY(clips.last().endsWith(QStringLiteral("rooms/12.wav")));
        QVERIFY(clipsFor(call("A001", "Radiology"), dir.path(), &missing).isEmpty());
        QVERIFY(missing.contains(QStringLiteral("Radiology")));

        WavSpeaker speaker(dir.path());
        QString problem;
        const QByteArray wav = speaker.render(call("G012", "12号诊室"), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(wavDurationMs(wav) > wavDurationMs(chimeWav()) + 1500); // chime, then several words
        QVERIFY(speaker.engineName().contains(dir.path()));

        // Without a sound device (as in CI) playing must still end, so the queue never stalls.
        QSignalSpy finished(&speaker, &Speaker::finished);
        speaker.speak(call("A001", "1号诊室"));
        QVERIFY(finished.wait(wavDurationMs(wav) + 8000));
    }

    void withNeitherVoiceNorClipsItIsChimeOnlyAndSaysSo()
    {
        const auto speaker = makeSpeaker(QStringLiteral("/nonexistent/pack"), QString());
        QVERIFY(speaker);
        if (speaker->engineName().startsWith(QStringLiteral("text to speech")))
            return; // a machine with a Chinese TTS voice uses it, as it should
        QVERIFY(speaker->engineName().contains(QStringLiteral("chime only")));
    }
};

QTEST_GUILESS_MAIN(TestAnnounce)
#include "tst_announce.moc"
