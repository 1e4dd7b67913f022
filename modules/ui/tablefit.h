#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QFontMetrics;
class QLabel;
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
    void scheduleRefit();
    void fitRows(const QFontMetrics &metrics);
    void showDetail();
    int titleWidth(int column) const;
    QString cellText(int row, int column) const;

    QTableView *m_view;
    QList<ColumnRule> m_rules;
    QLabel *m_detail;
    QList<int> m_folded;
    bool m_refitting = false;
    bool m_scheduled = false;
};

} // namespace ui
