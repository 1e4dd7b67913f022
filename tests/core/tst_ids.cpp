#include "core/ids.h"

#include <QSet>
#include <QTest>
#include <QUuid>

// Record ids: valid UUIDs (version 7 layout) that sort in creation order and never repeat.
class TestIds : public QObject
{
    Q_OBJECT

private slots:
    void sortInTimeOrderAndAreUnique()
    {
        const QDateTime start(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
        QStringList ids;
        QSet<QString> seen;
        for (int i = 0; i < 2000; ++i) {
            const QString id = core::timeOrderedId(start.addMSecs(i));
            const QUuid uuid(id);
            QVERIFY(!uuid.isNull());
            QCOMPARE(id.at(14), QLatin1Char('7')); // version nibble (Qt 6.4's QUuid predates version 7)
            QCOMPARE(uuid.variant(), QUuid::DCE);
            seen.insert(id);
            ids << id;
        }
        QCOMPARE(seen.size(), 2000);
        QStringList sorted = ids;
        sorted.sort();
        QCOMPARE(sorted, ids);
        // Within one millisecond the random part still keeps them apart.
        QVERIFY(core::timeOrderedId(start) != core::timeOrderedId(start));
    }
};

QTEST_GUILESS_MAIN(TestIds)
#include "tst_ids.moc"
