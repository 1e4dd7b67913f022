#pragma once

// The wide lists of issue 19, round 3 (the print centre's cases, the audit trail, the experts tab
// and the dashboard's tables and charts): checked by tst_screenfit on every page, at every size, in
// Chinese and English.

#include "ui/dashboardcard.h"
#include "ui/tablefit.h"

#include <QAbstractItemModel>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <algorithm>

namespace widelists {

// A list that must fit its width (issue 19, round 3: the print centre's, the audit trail's and
// the experts' eight columns scrolled sideways at 911×512 and cut cells to "…"): no sideways
// scroll bar, the columns within the list, and every shown cell's text whole — on one line or
// wrapped in a row as high as its lines, with no piece wider than its column.
inline void verifyTableFits(QTableView *view)
{
    QVERIFY(view);
    const QString name = view->objectName();
    const QHeaderView *header = view->horizontalHeader();
    // Once the event loop has run what a resize scheduled (ui::TableFit refits once per pass of the
    // loop): under the sanitizers the list was caught between a 2-pixel resize and its refit
    // ("701 wide in 699"); a list that does not fit still fails, after the wait.
    QTRY_VERIFY2(!view->horizontalScrollBar()->isVisible(),
                 qPrintable(QStringLiteral("%1 scrolls sideways: columns %2 wide in %3")
                                .arg(name)
                                .arg(header->length())
                                .arg(view->viewport()->width())));
    QVERIFY2(header->length() <= view->viewport()->width() + 1,
             qPrintable(QStringLiteral("%1: columns %2 wide in %3")
                            .arg(name)
                            .arg(header->length())
                            .arg(view->viewport()->width())));
    const QFontMetrics metrics(view->font());
    const int margin = ui::TableFit::cellTextMargin(*view);
    const QAbstractItemModel *model = view->model();
    // The first rows and the last ones, each as it is painted: a long list's rows get their height
    // when they come into view (ui::TableFit), so each is scrolled into view first.
    QList<int> rows;
    for (int row = 0; row < model->rowCount(); ++row)
        if (row < 60 || row >= model->rowCount() - 20)
            rows << row;
    int shownColumn = 0;
    while (shownColumn < model->columnCount() - 1 && view->isColumnHidden(shownColumn))
        ++shownColumn;
    for (const int row : std::as_const(rows))
        for (int column = 0; column < model->columnCount(); ++column) {
            if (column == 0)
                view->scrollTo(model->index(row, shownColumn));
            if (view->isColumnHidden(column))
                continue;
            const QString text = model->index(row, column).data().toString();
            if (text.isEmpty())
                continue;
            const int room = view->columnWidth(column) - 2 * margin;
            const QRect needed = view->wordWrap()
                                     ? metrics.boundingRect(QRect(0, 0, room, 100000), Qt::TextWordWrap, text)
                                     : QRect(0, 0, metrics.horizontalAdvance(text), metrics.height());
            QVERIFY2(needed.width() <= room && needed.height() <= view->rowHeight(row),
                     qPrintable(QStringLiteral("%1 row %2, column \"%3\": \"%4\" needs %5x%6, the cell "
                                               "gives %7x%8 (cut to \"…\")")
                                    .arg(name)
                                    .arg(row)
                                    .arg(model->headerData(column, Qt::Horizontal).toString(), text)
                                    .arg(needed.width())
                                    .arg(needed.height())
                                    .arg(room)
                                    .arg(view->rowHeight(row))));
        }
    view->scrollToTop();
}

// The values of the columns folded out of a list are shown whole for the selected row.
inline void verifyFoldedShown(QTableView *view, const QString &detailName)
{
    auto *detail = view->window()->findChild<QLabel *>(detailName);
    QVERIFY2(detail, qPrintable(detailName));
    QList<int> folded;
    for (int column = 0; column < view->model()->columnCount(); ++column)
        if (view->isColumnHidden(column))
            folded << column;
    QCOMPARE(detail->isVisible(), !folded.isEmpty());
    if (folded.isEmpty() || view->model()->rowCount() == 0)
        return;
    view->selectRow(0);
    QTest::qWait(20); // layouts settle
    for (const int column : std::as_const(folded)) {
        const QString value = view->model()->index(0, column).data().toString();
        QVERIFY2(
            value.isEmpty() || detail->text().contains(value),
            qPrintable(QStringLiteral("%1 does not show \"%2\": %3").arg(detailName, value, detail->text())));
    }
    QVERIFY2(detail->height() >= detail->heightForWidth(detail->width()),
             qPrintable(QStringLiteral("%1 is %2 high, its text needs %3")
                            .arg(detailName)
                            .arg(detail->height())
                            .arg(detail->heightForWidth(detail->width()))));
    view->clearSelection();
}

// The wide lists of the page, and the dashboard's charts and tables, fit its width.
inline void verifyWideLists(QWidget &page)
{
    const QString name = page.objectName();
    if (name == QLatin1String("printCentrePage")) {
        auto *table = page.findChild<QTableView *>(QStringLiteral("deadlineTable"));
        QVERIFY(table && table->model()->rowCount() > 0);
        verifyTableFits(table);
        verifyFoldedShown(table, QStringLiteral("deadlineDetail"));
    }
    if (name == QLatin1String("frontDeskPage")) {
        auto *table = page.findChild<QTableView *>(QStringLiteral("rosterView"));
        QVERIFY(table && table->model()->rowCount() > 0);
        verifyTableFits(table);
        verifyFoldedShown(table, QStringLiteral("rosterDetail"));
    }
    if (name == QLatin1String("auditPage")) {
        auto *table = page.findChild<QTableView *>(QStringLiteral("auditView"));
        QVERIFY(table && table->model()->rowCount() > 0);
        verifyTableFits(table);
        verifyFoldedShown(table, QStringLiteral("auditDetail"));
    }
    if (name == QLatin1String("adminPage")) {
        auto *tabs = page.findChild<QTabWidget *>();
        auto *experts = page.findChild<QWidget *>(QStringLiteral("adminExpertsTab"));
        QVERIFY(tabs && experts);
        QWidget *before = tabs->currentWidget();
        tabs->setCurrentWidget(experts);
        QTest::qWait(20);
        auto *table = experts->findChild<QTableView *>(QStringLiteral("expertsView"));
        QVERIFY(table && table->model()->rowCount() > 0);
        verifyTableFits(table);
        verifyFoldedShown(table, QStringLiteral("expertsDetail"));
        tabs->setCurrentWidget(before);
    }
    if (name == QLatin1String("dashboardPage")) {
        auto *scroll = page.findChild<QScrollArea *>(QStringLiteral("dashboardScroll"));
        QVERIFY(scroll);
        QVERIFY2(!scroll->horizontalScrollBar()->isVisible(),
                 qPrintable(QStringLiteral("the dashboard scrolls sideways: %1 wide in %2")
                                .arg(scroll->widget()->width())
                                .arg(scroll->viewport()->width())));
        for (ui::DashboardCard *card : page.findChildren<ui::DashboardCard *>()) {
            const QRect inViewport(card->mapTo(scroll->viewport(), QPoint(0, 0)), card->size());
            QVERIFY2(inViewport.left() >= 0 && inViewport.right() < scroll->viewport()->width(),
                     qPrintable(QStringLiteral("%1 is beside the page's width").arg(card->objectName())));
            // The names under a chart's bars side by side only when they do not overlap.
            auto *chartView = card->findChild<QChartView *>();
            QVERIFY(chartView && chartView->chart());
            for (QAbstractAxis *axis : chartView->chart()->axes(Qt::Horizontal))
                if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis);
                    categories && categories->labelsAngle() == 0 && categories->count() > 0) {
                    int widest = 0;
                    for (const QString &label : categories->categories())
                        widest =
                            std::max(widest, QFontMetrics(categories->labelsFont()).horizontalAdvance(label));
                    QVERIFY2(widest * categories->count() <= chartView->width(),
                             qPrintable(QStringLiteral("%1: %2 names of %3 pixels under a %4-pixel chart")
                                            .arg(card->objectName())
                                            .arg(categories->count())
                                            .arg(widest)
                                            .arg(chartView->width())));
                }
            card->setShowsTable(true);
            QTest::qWait(10);
            verifyTableFits(card->findChild<QTableView *>(card->objectName() + QStringLiteral("Table")));
            card->setShowsTable(false);
        }
    }
}

} // namespace widelists
