#pragma once

#include "tablemeasure.h"

#include <QList>
#include <QObject>
#include <QString>

class QFontMetrics;
class QLabel;
class QModelIndex;
class QTableView;

namespace ui {

// How one column of a list gives way when the list is narrower than its contents.
struct ColumnRule {
    int column = 0;
    // Its text wraps onto more lines (names, stages, details, Chinese text anywhere between two
    // characters); otherwise it is shown whole on one line (numbers, dates, ids).
    bool wraps = false;
    // 0: always a column. 1, 2 …: on a narrow screen the column folds into the detail line under
    // the list (the selected row's value), 1 first.
    int foldOrder = 0;
};

// Makes a list fit its width without scrolling sideways and without cutting a cell to "…"
// (1366×768 at 150 % leaves 911×512 logical pixels): every column gets at least what its title and
// its longest unbreakable piece of text need, wrapping columns share the rest up to their
// contents' width and wrap in rows as high as their text, and when even that is too wide the least
// needed columns leave the table for a detail line that shows the selected row's values whole. On
// a wide screen every column is as wide as its contents. Refits when the list is resized or its
// model changes; owned by the view.
// A refit costs what the rows in view cost, not the row count: the columns' needs are kept as rows
// come and change (ColumnMeasures), rows get their height when they come into view (and a page
// below it), and the resizes of one pass of the event loop (a drag, a layout settling) make one
// refit, done at the latest before the list is painted.
class TableFit : public QObject
{
    Q_OBJECT
public:
    TableFit(QTableView *view, QList<ColumnRule> rules, QLabel *detail = nullptr);

    // New rules (a table whose columns changed); refits.
    void setRules(QList<ColumnRule> rules);
    void refit();
    // The columns folded into the detail line, in table order.
    QList<int> foldedColumns() const { return m_folded; }
    // Pixels a cell's painted text keeps clear of the cell's edge on each side.
    static int cellTextMargin(const QTableView &view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // True while the view is destroyed: its own children (a QTableWidget's model, the scroll bars, the
    // viewport) still signal and send events to us, but it is no QTableView any more.
    bool viewGone() const;
    void scheduleRefit();
    // Each row in view, a page below it and the last page (per-item scrolling takes its range from
    // their heights) as high as its tallest wrapped cell, unless fitted for these column widths.
    // keepBottom: after a scroll down, the row at the bottom stays in view.
    void fitRowsInView(bool keepBottom = false);
    void fitRow(int row, const QFontMetrics &metrics, const WidthBound &bound);
    void showDetail();
    int titleWidth(int column) const;
    QString cellText(int row, int column) const;
    // The model's rows changed: their measures and heights.
    void rowsReset();
    void rowsInserted(const QModelIndex &parent, int first, int last);
    void rowsRemoved(const QModelIndex &parent, int first, int last);
    void cellsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    QTableView *m_view;
    // Kept, not asked of m_view in the event filter: while the view is destroyed its children's events
    // still reach the filter, and the half-destroyed view is no QAbstractScrollArea any more.
    QWidget *m_viewport;
    const QObject *m_viewObject; // the view as a QObject, converted while it was whole (viewGone)
    QList<ColumnRule> m_rules;
    QLabel *m_detail;
    QList<int> m_folded;
    ColumnMeasures m_measures;
    // Per row, the column widths its height was fitted for (a number from m_layout; 0: never).
    QList<quint32> m_rowLayout;
    quint32 m_layout = 1;
    QList<int> m_layoutWidths; // of m_layout, -1 for a folded column
    int m_scrolledTo = 0;      // the scroll bar's last value
    bool m_refitting = false;
    bool m_fittingRows = false;
    bool m_scheduled = false;
};

} // namespace ui
