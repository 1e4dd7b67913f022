#include "i18n/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

// Chinese first: every user-visible string in the sources has a finished zh_CN translation.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    // One language at a time, whatever came before: English after Chinese was still Chinese (the
    // Chinese translators stayed installed), and back again is Chinese.
    void switchingLanguageReplacesTheTranslation()
    {
        const auto login = [] {
            return QCoreApplication::translate("ui::LoginDialog", "Log in");
        };
        QVERIFY(i18n::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
        QCOMPARE(login(), QStringLiteral("登录"));
        QVERIFY(!i18n::english());
        QVERIFY(i18n::install(*QCoreApplication::instance(), QStringLiteral("en")));
        QCOMPARE(login(), QStringLiteral("Log in"));
        QVERIFY(i18n::english());
        QVERIFY(i18n::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
        QCOMPARE(login(), QStringLiteral("登录"));
        QVERIFY(i18n::install(*QCoreApplication::instance(), QStringLiteral("zh_CN"))); // again: no pile-up
        QCOMPARE(QCoreApplication::instance()->findChildren<QTranslator *>().size(), 2);
        QVERIFY(i18n::install(*QCoreApplication::instance(), QStringLiteral("en")));
        QCOMPARE(QCoreApplication::instance()->findChildren<QTranslator *>().size(), 0);
    }

    void everySourceStringIsTranslated()
    {
        const QString source = QStringLiteral(SOURCE_DIR);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ts = dir.filePath(QStringLiteral("check_zh_CN.ts"));
        QVERIFY(QFile::copy(source + QStringLiteral("/translations/appraisal_zh_CN.ts"), ts));
        QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);

        // Refresh a copy of the catalogue from the current sources: a string added without a
        // translation shows up as unfinished.
        QStringList arguments{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                              QStringLiteral("none"), QStringLiteral("-silent")};
        QDirIterator it(source, {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QString relative = QDir(source).relativeFilePath(file);
            if (relative.startsWith(QLatin1String("modules/")) ||
                relative.startsWith(QLatin1String("app/")) || relative.startsWith(QLatin1String("forms/")))
                arguments << file;
        }
        arguments << QStringLiteral("-ts") << ts;
        QProcess lupdate;
        lupdate.start(QStringLiteral(LUPDATE), arguments);
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);

        QFile file(ts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString context;
        QString sourceText;
        int messages = 0;
        QStringList missing;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                sourceText = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                // Plural messages hold their forms in <numerusform> children.
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!type.isEmpty() || text.trimmed().isEmpty())
                    missing << context + QStringLiteral(": ") + sourceText;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(messages > 100, "the catalogue is suspiciously small");
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 untranslated string(s), run the "
                                                              "update_translations target and translate:\n%2")
                                                   .arg(missing.size())
                                                   .arg(missing.join(QLatin1Char('\n')))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
