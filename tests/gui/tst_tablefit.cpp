// ui::TableFit on long lists: a refit at a new width costs the rows in view, not the row count;
// rows are fitted when they come into view; the columns follow rows that come, change and go.

#include "ui/tablefit.h"

#include <QApplication>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

namespace {

// Counts the texts read from it.
class CountingModel : public QStandardItemModel
{
public:
    using QStandardItemModel::QStandardItemModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DisplayRole)
            ++reads;
        return QStandardItemModel::data(index, role);
    }
    mutable int reads = 0;
};

QString details(int row)
{
    // Long enough to wrap in a narrow list, different on every row.
    return QStringLiteral("Candidates: E103, E109, E110; Examiners: E103, E109; Reviewer: E110; call %1 "
                          "of the day at room R2, ticket G%1")
        .arg(row);
}

struct List {
    explicit List(int rows)
    {
        model = new CountingModel(rows, 4, &page);
        model->setHorizontalHeaderLabels({QStringLiteral("No."), QStringLiteral("Person"),
                                          QStringLiteral("Action"), QStringLiteral("Details")});
        for (int row = 0; row < rows; ++row) {
            model->setItem(row, 0, new QStandardItem(QString::number(row + 1)));
            model->setItem(row, 1, new QStandardItem(QStringLiteral("e%1").arg(101 + row % 12)));
            model->setItem(row, 2, new QStandardItem(QStringLiteral("Examination started")));
            model->setItem(row, 3, new QStandardItem(details(row)));
        }
        auto *layout = new QVBoxLayout(&page);
        view = new QTableView(&page);
        view->setModel(model);
        view->verticalHeader()->hide();
        view->verticalHeader()->setDefaultSectionSize(30);
        layout->addWidget(view);
        fit = new ui::TableFit(view, {{0, false, 0}, {1, true, 0}, {2, true, 0}, {3, true, 0}});
        page.resize(560, 400);
        page.show();
        QTest::qWait(20);
    }
    // What a cell's text needs in its column, as the list paints it.
    bool cellWhole(int row, int column) const
    {
        const QString text = model->index(row, column).data().toString();
        const int room = view->columnWidth(column) - 2 * ui::TableFit::cellTextMargin(*view);
        const QRect needed =
            QFontMetrics(view->font()).boundingRect(QRect(0, 0, room, 100000), Qt::TextWordWrap, text);
        return needed.width() <= room && needed.height() <= view->rowHeight(row);
    }
    QWidget page;
    CountingModel *model = nullptr;
    QTableView *view = nullptr;
    ui::TableFit *fit = nullptr;
};

} // namespace

class TestTableFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The texts a refit at a new width reads: the same for 4000 rows as for 400 (each refit read
    // every cell of every row twice: up to 0.8 s per step of a drag on the audit trail).
    void refitReadsTheRowsInViewNotAll()
    {
        QList<int> reads;
        for (const int rows : {400, 4000}) {
            List list(rows);
            list.page.resize(520, 400);
            list.model->reads = 0;
            list.fit->refit();
            reads << list.model->reads;
            QVERIFY(list.cellWhole(0, 3));
        }
        QVERIFY2(
            reads.at(1) <= reads.at(0) * 5 / 4 + 8,
            qPrintable(
                QStringLiteral("400 rows: %1 texts read, 4000 rows: %2").arg(reads.at(0)).arg(reads.at(1))));
    }

    // A row is as high as its text once it is in view, wherever the list was scrolled to.
    void rowsComeIntoViewFitted()
    {
        List list(3000);
        list.page.resize(480, 400);
        QTest::qWait(20);
        for (const int row : {0, 5, 700, 1499, 2999}) {
            list.view->scrollTo(list.model->index(row, 0));
            for (int column = 0; column < 4; ++column)
                QVERIFY2(list.cellWhole(row, column), qPrintable(QStringLiteral("row %1, column %2: %3 high")
                                                                     .arg(row)
                                                                     .arg(column)
                                                                     .arg(list.view->rowHeight(row))));
        }
        // Dragged by the scroll bar, too.
        QScrollBar *bar = list.view->verticalScrollBar();
        bar->setValue(bar->maximum() / 3);
        const int top = list.view->rowAt(0);
        QVERIFY(top > 100);
        QVERIFY(list.cellWhole(top, 3) && list.cellWhole(top + 3, 3));
    }

    // The columns follow the rows: a wider number widens its column (it never wraps), and the
    // column narrows again when that row changes back; a longer word widens the details.
    void columnsFollowRowsThatComeChangeAndGo()
    {
        List list(500);
        const int before = list.view->columnWidth(0);
        list.model->insertRow(250, {new QStandardItem(QStringLiteral("123456789012345")), new QStandardItem,
                                    new QStandardItem, new QStandardItem(QStringLiteral("short"))});
        QTest::qWait(20);
        QVERIFY(list.view->columnWidth(0) > before);
        list.view->scrollTo(list.model->index(250, 0));
        QVERIFY(list.cellWhole(250, 0));
        list.model->setItem(250, 0, new QStandardItem(QStringLiteral("7")));
        QTest::qWait(20);
        QCOMPARE(list.view->columnWidth(0), before);

        const QString word = QStringLiteral("Unbreakableidentifierofthirty");
        list.model->setItem(10, 3, new QStandardItem(word));
        QTest::qWait(20);
        const int room = list.view->columnWidth(3) - 2 * ui::TableFit::cellTextMargin(*list.view);
        QVERIFY(QFontMetrics(list.view->font()).horizontalAdvance(word) <= room);
        list.model->removeRow(10);
        QTest::qWait(20);
        list.view->scrollTo(list.model->index(10, 0));
        QVERIFY(list.cellWhole(10, 3));
    }

    // Resizes coalesce into one refit, done at the latest when the list is painted: a grab right
    // after a narrower size shows no column beyond the list.
    void paintedFittedRightAfterAResize()
    {
        List list(2000);
        list.page.resize(900, 400);
        QTest::qWait(20);
        list.page.resize(470, 400);
        list.page.resize(460, 400);
        list.view->grab();
        QVERIFY2(list.view->horizontalHeader()->length() <= list.view->viewport()->width() + 1,
                 qPrintable(QStringLiteral("columns %1 wide in %2")
                                .arg(list.view->horizontalHeader()->length())
                                .arg(list.view->viewport()->width())));
        QVERIFY(list.cellWhole(0, 3));
    }
};

QTEST_MAIN(TestTableFit)
#include "tst_tablefit.moc"
