#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QLabel;
class QPainter;

namespace ui {

class TableFit;

// The table behind a chart: what the chart draws, what the toggle shows and what CSV exports.
struct ChartTable {
    QStringList headers;
    QList<QStringList> rows;
    // Per column: 0 (or none) always a column; 1, 2 …: on a narrow card the column folds into a
    // line under the table for the selected row, 1 first (see TableFit).
    QList<int> foldOrder = {};
};

// One chart of the dashboard with its table: a "Table" toggle shows the numbers instead of the chart
// and "CSV…" saves them. Children are named after the card: <name>Toggle, <name>Csv, <name>Table,
// <name>Chart.
class DashboardCard : public QWidget
{
    Q_OBJECT
public:
    DashboardCard(const QString &objectName, const QString &title, QWidget *parent = nullptr);

    // The card takes the chart (the previous one is deleted).
    void setContent(const ChartTable &table, QChart *chart);
    const ChartTable &table() const { return m_table; }
    bool showsTable() const;
    void setShowsTable(bool table);
    QString title() const;

    // The table as CSV (UTF-8, comma-separated, CRLF, quoted where needed; a header row first).
    QString csv() const;
    // The title and what the card shows (chart or table) into `target`, scaled to fit, without the
    // buttons: for the PDF export.
    void print(QPainter &painter, const QRectF &target);

signals:
    void csvRequested(DashboardCard *card);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // The bars' names under a vertical bar chart stand upright when side by side they would
    // overlap (a month of days on a narrow card).
    void fitCategoryLabels();

    ChartTable m_table;
    QLabel *m_title = nullptr;
    QPushButton *m_toggle = nullptr;
    QStackedWidget *m_stack = nullptr;
    QChartView *m_chartView = nullptr;
    QTableWidget *m_tableView = nullptr;
    TableFit *m_tableFit = nullptr;
};

// Bars: one set per series over the categories; stacked when there are several series that add up.
QChart *barChart(const QStringList &categories, const QList<QPair<QString, QList<double>>> &series,
                 bool stacked = false, bool horizontal = false);

} // namespace ui
