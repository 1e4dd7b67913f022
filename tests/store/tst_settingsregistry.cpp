#include "store/database.h"
#include "store/settingsregistry.h"
#include "testkey.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using store::SettingsRegistry;

// The one typed registry of settings: every key the sources name is registered, no key is spelled
// out twice, and a value outside what a setting allows is refused with a message naming what is.
class TestSettingsRegistry : public QObject
{
    Q_OBJECT

    // Every C++ source and header of the product (not the tests).
    static QStringList productSources()
    {
        QStringList files;
        const QString root = qEnvironmentVariable("APPRAISAL_SOURCE_DIR");
        for (const QString &folder : {QStringLiteral("modules"), QStringLiteral("app")}) {
            QDirIterator it(root + QLatin1Char('/') + folder,
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        }
        return files;
    }

    static QString read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private slots:
    void keysAreUniqueAndDescribed()
    {
        QSet<QString> keys;
        for (const store::SettingSpec *spec : SettingsRegistry::all()) {
            QVERIFY2(!keys.contains(spec->name()), spec->key);
            keys.insert(spec->name());
            QVERIFY2(SettingsRegistry::find(spec->name()) == spec, spec->key);
            QVERIFY2(!SettingsRegistry::description(*spec).isEmpty(), spec->key);
            // Every default is a value the registry itself accepts.
            QVERIFY2(SettingsRegistry::problem(*spec, spec->fallback()).isEmpty(), spec->key);
        }
        QVERIFY(keys.size() >= 30);
    }

    // No call site reads or writes a setting by a string key, and no registered key is spelled out
    // in the product's code outside the registry (a key in a string literal would be a second
    // definition that can drift).
    void everyKeyInTheSourcesIsTheRegistrysOwn()
    {
        const QStringList files = productSources();
        QVERIFY(files.size() > 100);
        static const QRegularExpression stringKeyCall(
            QStringLiteral("\\bs?e?t?[sS]etting\\s*\\(\\s*(QStringLiteral|QString::fromLatin1|QLatin1String)"
                           "\\s*\\(\\s*\"([^\"]+)\""));
        QStringList problems;
        for (const QString &path : files) {
            if (path.endsWith(QLatin1String("store/settingsregistry.cpp")) ||
                path.contains(QLatin1String("store/migrations"))) // the schema steps, by era
                continue;
            const QString text = read(path);
            auto calls = stringKeyCall.globalMatch(text);
            while (calls.hasNext()) {
                const auto call = calls.next();
                problems << QStringLiteral("%1: setting by string key \"%2\"").arg(path, call.captured(2));
            }
            for (const store::SettingSpec *spec : SettingsRegistry::all()) {
                // Dotted keys only: venue_id or demo are also ordinary JSON field and command names.
                if (!spec->name().contains(QLatin1Char('.')))
                    continue;
                const QString literal = QLatin1Char('"') + spec->name() + QLatin1Char('"');
                if (text.contains(literal))
                    problems << QStringLiteral("%1: spells out the key %2").arg(path, literal);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void valuesAreChecked_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("named"); // part of the refusal: what is allowed
        QTest::newRow("integer in range") << "lockout.minutes"
                                          << "30" << true << "";
        QTest::newRow("integer below") << "lockout.minutes"
                                       << "0" << false << "1 to 1440";
        QTest::newRow("integer above") << "announce.volume"
                                       << "101" << false << "0 to 100";
        QTest::newRow("not a number") << "idle_lock.minutes"
                                      << "five" << false << "0 to 240";
        QTest::newRow("choice") << "draw.panel_size"
                                << "5" << true << "";
        QTest::newRow("choice refused") << "draw.panel_size"
                                        << "4" << false << "3 | 5";
        QTest::newRow("on/off") << "draw.reviewer_flag"
                                << "yes" << false << "off | on";
        QTest::newRow("time") << "queue.reset_time"
                              << "04:30" << true << "";
        QTest::newRow("time refused") << "queue.reset_time"
                                      << "24:00" << false << "HH:mm";
        QTest::newRow("url") << "sync.server"
                             << "https://central.example:8443" << true << "";
        QTest::newRow("url empty") << "sync.server"
                                   << "" << true << "";
        QTest::newRow("url refused") << "sync.server"
                                     << "ftp://x" << false << "https://";
        QTest::newRow("printer tcp") << "printer.ticket"
                                     << "tcp:192.168.1.20:9100" << true << "";
        QTest::newRow("printer device") << "printer.ticket"
                                        << "/dev/usb/lp0" << true << "";
        QTest::newRow("printer system") << "printer.receipt"
                                        << "system:HP-A4" << true << "";
        QTest::newRow("printer refused") << "printer.ticket"
                                         << "lp0" << false << "tcp:HOST";
        QTest::newRow("profile refused") << "printer.profile"
                                         << "40mm" << false << "58mm-gb18030";
        QTest::newRow("text") << "delivery.default_province"
                              << "广东省" << true << "";
    }

    void valuesAreChecked()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        QFETCH(QString, named);
        const store::SettingSpec *spec = SettingsRegistry::find(key);
        QVERIFY(spec);
        const QString problem = SettingsRegistry::problem(*spec, value);
        QCOMPARE(problem.isEmpty(), accepted);
        if (!accepted) {
            QVERIFY2(problem.contains(named), qPrintable(problem));
            QVERIFY2(problem.contains(key), qPrintable(problem));
        }
    }

    // The database refuses what the registry refuses and keeps the old value.
    void databaseRefusesUnknownKeysAndBadValues()
    {
        QTemporaryDir dir;
        core::SystemClock clock;
        auto opened = store::Database::open(dir.filePath(QStringLiteral("s.db")), clock, testDataKey());
        QVERIFY(opened.database);
        store::Database &db = *opened.database;
        QVERIFY(db.setSetting(store::settings::CallMaxCalls, QStringLiteral("4")).ok());
        const core::Status bad = db.setSetting(QStringLiteral("call.max_calls"), QStringLiteral("40"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().contains(QStringLiteral("1 to 10")));
        QCOMPARE(db.settingNumber(store::settings::CallMaxCalls), 4);
        const core::Status unknown = db.setSetting(QStringLiteral("call.maxcalls"), QStringLiteral("4"));
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().contains(QStringLiteral("call.max_calls"))); // names the keys there are
    }
};

QTEST_GUILESS_MAIN(TestSettingsRegistry)
#include "tst_settingsregistry.moc"
