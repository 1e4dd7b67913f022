#include "ui/style.h"

#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QTest>
#include <QVBoxLayout>

// What the station's style promises every page, checked on the pixels it paints.
class TestStationStyle : public QObject
{
    Q_OBJECT

    // The darkness of the darkest pixel inside a field (0 white … 255 black), its frame left out.
    static int darkest(QLineEdit &field)
    {
        const QImage image = field.grab().toImage();
        int darkest = 0;
        for (int y = 6; y < image.height() - 6; ++y)
            for (int x = 6; x < image.width() - 6; ++x)
                darkest = std::max(darkest, 255 - qGray(image.pixel(x, y)));
        return darkest;
    }

private slots:
    void initTestCase() { ui::applyStationStyle(*qApp); }

    // Seen in a submitted opinion: the empty fields' units ("cm") were darker than the values
    // beside them. Enabled or not, a hint is lighter than a value, and a value stays readable.
    void aHintIsLighterThanAValue_data()
    {
        QTest::addColumn<bool>("enabled");
        QTest::newRow("enabled") << true;
        QTest::newRow("disabled (submitted)") << false;
    }

    void aHintIsLighterThanAValue()
    {
        QFETCH(bool, enabled);
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *value = new QLineEdit(QStringLiteral("右肘疼痛 172"), &window);
        auto *hint = new QLineEdit(&window);
        hint->setPlaceholderText(QStringLiteral("cm 厘米"));
        layout->addWidget(value);
        layout->addWidget(hint);
        value->setEnabled(enabled);
        hint->setEnabled(enabled);
        window.resize(300, 120);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const int valueInk = darkest(*value);
        const int hintInk = darkest(*hint);
        QVERIFY2(hintInk + 40 < valueInk,
                 qPrintable(QStringLiteral("hint %1, value %2").arg(hintInk).arg(valueInk)));
        QVERIFY2(valueInk >= 150, qPrintable(QStringLiteral("value %1").arg(valueInk))); // readable
    }
};

QTEST_MAIN(TestStationStyle)
#include "tst_stationstyle.moc"
