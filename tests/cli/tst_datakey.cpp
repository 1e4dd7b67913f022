#include "crypto/keystore.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"

#include <iconv.h>

// The station's data key end to end, through the real binaries and the real keychain (the test
// run has a private unlocked gnome-keyring; see packaging/with-keyring.sh): the first start shows
// a recovery key, no data file holds personal data in any encoding, and a lost keychain entry is
// recovered with the recovery key.
class TestDataKey : public QObject
{
    Q_OBJECT

private:
    using Run = CliRun;
    static Run admin(const QStringList &arguments, const QByteArray &input = {})
    {
        return runProgram(QStringLiteral("appraisal-admin"), arguments, input);
    }

    static QByteArray gb18030(const QString &text)
    {
        iconv_t converter = iconv_open("GB18030", "UTF-8");
        if (converter == iconv_t(-1))
            return {};
        QByteArray in = text.toUtf8();
        QByteArray out(in.size() * 2 + 8, '\0');
        char *inPtr = in.data();
        char *outPtr = out.data();
        size_t inLeft = size_t(in.size());
        size_t outLeft = size_t(out.size());
        const size_t done = iconv(converter, &inPtr, &inLeft, &outPtr, &outLeft);
        iconv_close(converter);
        if (done == size_t(-1))
            return {};
        out.resize(out.size() - qsizetype(outLeft));
        return out;
    }

    // Every name and ID number of the demo roster, in each encoding a program might write.
    static QList<QPair<QString, QByteArray>> secrets()
    {
        QFile roster(qEnvironmentVariable("APPRAISAL_SOURCE_DIR") +
                     QStringLiteral("/resources/demo/roster.csv"));
        if (!roster.open(QIODevice::ReadOnly))
            return {};
        QList<QPair<QString, QByteArray>> all;
        const QStringList lines = QString::fromUtf8(roster.readAll()).split(QLatin1Char('\n'));
        for (const QString &line : lines.mid(1)) {
            const QStringList fields = line.split(QLatin1Char(','));
            if (fields.size() < 3)
                continue;
            for (const QString &value : {fields.at(1), fields.at(2)}) {
                QByteArray utf16le, utf16be;
                for (const QChar c : value) {
                    utf16le.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
                    utf16be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
                }
                all << qMakePair(value + QStringLiteral(" (UTF-8)"), value.toUtf8())
                    << qMakePair(value + QStringLiteral(" (UTF-16LE)"), utf16le)
                    << qMakePair(value + QStringLiteral(" (UTF-16BE)"), utf16be)
                    << qMakePair(value + QStringLiteral(" (GB18030)"), gb18030(value));
            }
        }
        return all;
    }

    // "name (encoding) in file" for every hit in every file under the data folder.
    static QSet<QString> scan(const QString &dataDir)
    {
        QSet<QString> hits;
        const auto patterns = secrets();
        QDirIterator files(dataDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            for (const auto &[label, pattern] : patterns)
                if (!pattern.isEmpty() && bytes.contains(pattern))
                    hits << label + QStringLiteral(" in ") + QFileInfo(file.fileName()).fileName();
        }
        return hits;
    }

    // A day's work at a station: the roster loaded, people checked in (one twice), a walk-in
    // refused, a backup taken.
    static QSet<QString> workThenScan(const QString &dataDir)
    {
        const QStringList dir{QStringLiteral("--data-dir"), dataDir};
        if (admin(QStringList{QStringLiteral("demo"), QStringLiteral("load")} + dir).exitCode != 0)
            return {QStringLiteral("demo load failed")};
        for (const char *idNumber : {"440106198611200776", "440104198306148972", "440106198611200776"})
            if (admin(QStringList{QStringLiteral("checkin"), QStringLiteral("--id-number"),
                                  QString::fromLatin1(idNumber)} +
                      dir)
                    .exitCode != 0)
                return {QStringLiteral("check-in failed")};
        if (admin(QStringList{QStringLiteral("backup"), QStringLiteral("create")} + dir).exitCode != 0)
            return {QStringLiteral("backup failed")};
        return scan(dataDir);
    }

    static QString recoveryKeyIn(const QByteArray &text)
    {
        static const QRegularExpression pattern(QStringLiteral("([A-Z2-9]{4}-){13}[A-Z2-9]{1,4}"));
        return pattern.match(QString::fromUtf8(text)).captured(0);
    }

private slots:
    void scanSeesPlaintext()
    {
        QTemporaryDir dir;
        QFile leak(dir.filePath(QStringLiteral("leak.txt")));
        QVERIFY(leak.open(QIODevice::WriteOnly));
        leak.write(gb18030(QStringLiteral("罗超")));
        leak.close();
        QVERIFY(!secrets().isEmpty());
        QVERIFY(scan(dir.path()).contains(QStringLiteral("罗超 (GB18030) in leak.txt")));
    }

    void noDataFileHoldsNamesOrIdNumbers()
    {
        QTemporaryDir dir;
        QSet<QString> hits = workThenScan(dir.path());
        if (!hits.isEmpty()) {
            // A 2-character name is only 4 bytes in UTF-16 or GB18030, which random ciphertext can
            // contain by chance. A real leak repeats with fresh keys and nonces; chance does not.
            QTemporaryDir again;
            hits.intersect(workThenScan(again.path()));
        }
        QVERIFY2(hits.isEmpty(), qPrintable(QStringList(hits.values()).join(QStringLiteral("; "))));
    }

    void lostKeychainEntryIsRecoveredWithTheRecoveryKey()
    {
        QTemporaryDir dir;
        const QStringList dataDir{QStringLiteral("--data-dir"), dir.path()};
        const Run load = admin(QStringList{QStringLiteral("demo"), QStringLiteral("load")} + dataDir);
        QCOMPARE(load.exitCode, 0);
        const QString recoveryKey = recoveryKeyIn(load.err);
        QVERIFY2(!recoveryKey.isEmpty(), load.err.constData());
        // Shown once: the next command does not print it again.
        const Run check = admin(QStringList{QStringLiteral("db"), QStringLiteral("check")} + dataDir);
        QCOMPARE(check.exitCode, 0);
        QVERIFY(recoveryKeyIn(check.err).isEmpty());

        // The keychain entry disappears (new user profile, reinstalled system).
        crypto::KeychainKeyStore keychain(QStringLiteral("appraisal-workstation"),
                                          QFileInfo(dir.path()).absoluteFilePath());
        QVERIFY(keychain.remove().isEmpty());
        QFile database(dir.filePath(QStringLiteral("station.db")));
        QVERIFY(database.open(QIODevice::ReadOnly));
        const QByteArray before = database.readAll();
        database.close();

        const Run locked = admin(QStringList{QStringLiteral("db"), QStringLiteral("check")} + dataDir);
        QCOMPARE(locked.exitCode, 1);
        QVERIFY2(locked.err.contains("key recover"), locked.err.constData());
        // No new key was made behind the admin's back, and the data is untouched.
        QCOMPARE(keychain.load().outcome, crypto::KeyStore::Outcome::Missing);
        QVERIFY(database.open(QIODevice::ReadOnly));
        QCOMPARE(database.readAll(), before);
        database.close();

        const QStringList recover{QStringLiteral("key"), QStringLiteral("recover")};
        const Run typo =
            admin(recover + dataDir, recoveryKey.left(recoveryKey.size() - 1).toLatin1() + "Z\n");
        QCOMPARE(typo.exitCode, 1);
        const Run wrong =
            admin(recover + dataDir, crypto::DataKey::generate().toRecoveryKey().toLatin1() + "\n");
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains("another station"), wrong.err.constData());
        QCOMPARE(keychain.load().outcome, crypto::KeyStore::Outcome::Missing);

        const Run recovered = admin(recover + dataDir, "\n" + recoveryKey.toLower().toLatin1() + "\n");
        QVERIFY2(recovered.exitCode == 0, recovered.err.constData());
        QCOMPARE(keychain.load().outcome, crypto::KeyStore::Outcome::Found);
        const Run after = admin(
            QStringList{QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--json")} + dataDir);
        QCOMPARE(after.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(after.out).object().value(QStringLiteral("healthy")).toBool());
        QCOMPARE(admin(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + dataDir).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestDataKey)
#include "tst_datakey.moc"
