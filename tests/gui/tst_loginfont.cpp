// The login window is painted with the station font's one regular face, which covers all of its
// Chinese text; names with rare characters still render (from the face or through Qt's fallback).
#include "i18n/translations.h"
#include "ui/logindialog.h"
#include "ui/style.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetrics>
#include <QGlyphRun>
#include <QLabel>
#include <QLineEdit>
#include <QRawFont>
#include <QSet>
#include <QTest>
#include <QTextLayout>

namespace {

ui::StationInfo sampleStation()
{
    ui::StationInfo station;
    station.venueName = QStringLiteral("深圳市劳动能力鉴定委员会鉴定场所");
    station.batchId = QStringLiteral("B-20261206");
    station.batchDay = QDate(2026, 12, 6);
    return station;
}

// Every text the login window shows: labels, buttons, placeholders, the title.
QStringList textsOf(const ui::LoginDialog &dialog)
{
    QStringList texts{dialog.windowTitle()};
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        texts << label->text();
    for (const QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
        texts << button->text();
    for (const QLineEdit *edit : dialog.findChildren<QLineEdit *>())
        texts << edit->placeholderText();
    texts.removeAll(QString());
    return texts;
}

} // namespace

class TestLoginFont : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(i18n::install(*qApp, QStringLiteral("zh_CN")));
        ui::applyStationStyle(*qApp);
    }

    // The family asked for resolves to an installed font (not a silent substitute), and that face
    // has a glyph for every character of the login window's Chinese text: no fallback search, no tofu.
    void stationFontCoversTheLoginWindow()
    {
        const QFontInfo resolved(QApplication::font());
        QVERIFY2(QFontDatabase::families().contains(resolved.family()), qPrintable(resolved.family()));
        QVERIFY2(
            QApplication::font().families().contains(resolved.family()),
            qPrintable(QStringLiteral("resolved to %1, outside the station's list").arg(resolved.family())));
        ui::LoginDialog dialog(sampleStation());
        const QStringList texts = textsOf(dialog);
        QVERIFY2(texts.join(QString()).contains(QStringLiteral("登录")), qPrintable(texts.join(u'|')));
        const QFontMetrics metrics(QApplication::font());
        for (const QString &text : texts) {
            for (const char32_t character : text.toUcs4()) {
                if (QChar::isSpace(character) || character == u'\n')
                    continue;
                QVERIFY2(metrics.inFontUcs4(character),
                         qPrintable(QStringLiteral("%1 lacks U+%2 of \"%3\"")
                                        .arg(resolved.family())
                                        .arg(character, 4, 16, QLatin1Char('0'))
                                        .arg(text)));
            }
        }
    }

    // Every widget of the shown login window uses the same family at the regular weight: the window
    // loads one face before it is painted (see station.qss, #loginTitle). And two sizes at most, the
    // title's and the text's: each size is a font engine of its own, set up, shaped for and drawn
    // glyph by glyph before the window appears (about 2.4 M instructions each, callgrind).
    void loginWindowUsesOneFace()
    {
        ui::LoginDialog dialog(sampleStation());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString family = QFontInfo(QApplication::font()).family();
        const QList<QWidget *> widgets = dialog.findChildren<QWidget *>();
        QVERIFY(widgets.size() > 5);
        for (const QWidget *widget : widgets) {
            const QFontInfo info(widget->font());
            QVERIFY2(info.family() == family && info.weight() < QFont::DemiBold,
                     qPrintable(QStringLiteral("%1: %2 weight %3")
                                    .arg(widget->objectName(), info.family())
                                    .arg(info.weight())));
        }
        QSet<qreal> sizes;
        for (const QWidget *widget : widgets)
            if (widget->isVisible())
                sizes.insert(QFontInfo(widget->font()).pointSizeF());
        QVERIFY2(sizes.size() <= 2, qPrintable(QStringLiteral("%1 sizes").arg(sizes.size())));
    }

    void rareCharacterNamesRender_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("inStationFace");
        // 𠮷 (U+20BB7, CJK Extension B, outside the BMP) and 堃 are in names on ID cards.
        QTest::newRow("extension B") << QStringLiteral("张𠮷") << true;
        QTest::newRow("rare BMP") << QStringLiteral("王堃") << true;
        // A Uyghur name in its own script: not in the CJK face, drawn by a fallback font.
        QTest::newRow("fallback") << QStringLiteral("ئەخمەت") << false;
    }

    // Each glyph of the name is a real glyph (index 0 is the missing-glyph box), from the station
    // face or, when it lacks the character, from a fallback font.
    void rareCharacterNamesRender()
    {
        QFETCH(QString, name);
        QFETCH(bool, inStationFace);
        QTextLayout layout(name, QApplication::font());
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        const QList<QGlyphRun> runs = layout.glyphRuns();
        QVERIFY(!runs.isEmpty());
        const QString stationFamily = QFontInfo(QApplication::font()).family();
        bool fromFallback = false;
        for (const QGlyphRun &run : runs) {
            for (const quint32 glyph : run.glyphIndexes())
                QVERIFY2(
                    glyph != 0,
                    qPrintable(
                        QStringLiteral("missing glyph in %1 (%2)").arg(name, run.rawFont().familyName())));
            fromFallback = fromFallback || run.rawFont().familyName() != stationFamily;
        }
        QCOMPARE(fromFallback, !inStationFace);
    }
};

QTEST_MAIN(TestLoginFont)
#include "tst_loginfont.moc"
