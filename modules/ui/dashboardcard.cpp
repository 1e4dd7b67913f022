#include "dashboardcard.h"

#include "tablefit.h"

#include "core/csv.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace ui {

namespace {

// A long column title on two lines, split at the space nearest its middle (Chinese titles are
// short and stay on one): the numbers under it are narrow.
QStringList twoLineTitles(const QStringList &titles)
{
    QStringList split;
    for (const QString &title : titles) {
        qsizetype best = -1;
        if (title.size() > 8)
            for (qsizetype at = title.indexOf(QLatin1Char(' ')); at != -1;
                 at = title.indexOf(QLatin1Char(' '), at + 1))
                if (best < 0 || std::abs(title.size() - 2 * at) < std::abs(title.size() - 2 * best))
                    best = at;
        split << (best < 0 ? title : title.left(best) + QLatin1Char('\n') + title.mid(best + 1));
    }
    return split;
}

} // namespace

DashboardCard::DashboardCard(const QString &objectName, const QString &title, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(objectName);
    setAttribute(Qt::WA_StyledBackground);
    setProperty("dashboardCard", true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->setSpacing(4);
    auto *head = new QHBoxLayout;
    m_title = new QLabel(title, this);
    m_title->setObjectName(objectName + QStringLiteral("Title"));
    m_title->setStyleSheet(QStringLiteral("font-weight: bold"));
    m_title->setWordWrap(true); // a narrow card's title takes two lines rather than push the buttons out
    head->addWidget(m_title, 1);
    m_toggle = new QPushButton(tr("Table"), this);
    m_toggle->setObjectName(objectName + QStringLiteral("Toggle"));
    m_toggle->setCheckable(true);
    m_toggle->setToolTip(tr("Show the numbers behind the chart"));
    head->addWidget(m_toggle);
    auto *csvButton = new QPushButton(tr("CSV…"), this);
    csvButton->setObjectName(objectName + QStringLiteral("Csv"));
    csvButton->setToolTip(tr("Save the table as a CSV file"));
    head->addWidget(csvButton);
    layout->addLayout(head);

    m_stack = new QStackedWidget(this);
    m_chartView = new QChartView(m_stack);
    m_chartView->setObjectName(objectName + QStringLiteral("Chart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    m_tableView = new QTableWidget(m_stack);
    m_tableView->setObjectName(objectName + QStringLiteral("Table"));
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows); // a row's folded values show below
    m_tableView->verticalHeader()->setVisible(false);
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_stack->addWidget(m_chartView);
    // The table with the line its folded columns go to on a narrow card.
    auto *tablePage = new QWidget(m_stack);
    auto *tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(2);
    m_tableView->setParent(tablePage);
    tableLayout->addWidget(m_tableView, 1);
    auto *detail = new QLabel(tablePage);
    detail->setObjectName(objectName + QStringLiteral("Detail"));
    tableLayout->addWidget(detail);
    m_tableFit = new TableFit(m_tableView, {}, detail);
    m_stack->addWidget(tablePage);
    layout->addWidget(m_stack, 1);

    connect(m_toggle, &QPushButton::toggled, this, &DashboardCard::setShowsTable);
    connect(csvButton, &QPushButton::clicked, this, [this] { emit csvRequested(this); });
}

QString DashboardCard::title() const
{
    return m_title->text();
}

bool DashboardCard::showsTable() const
{
    return m_stack->currentWidget() == m_tableView->parentWidget();
}

void DashboardCard::setShowsTable(bool table)
{
    m_stack->setCurrentWidget(table ? m_tableView->parentWidget() : static_cast<QWidget *>(m_chartView));
    if (m_toggle->isChecked() != table)
        m_toggle->setChecked(table);
    m_toggle->setText(table ? tr("Chart") : tr("Table"));
}

void DashboardCard::setContent(const ChartTable &table, QChart *chart)
{
    m_table = table;
    m_tableView->clear();
    m_tableView->setColumnCount(int(table.headers.size()));
    m_tableView->setHorizontalHeaderLabels(twoLineTitles(table.headers));
    m_tableView->setRowCount(int(table.rows.size()));
    for (int row = 0; row < table.rows.size(); ++row)
        for (int column = 0; column < table.rows.at(row).size(); ++column)
            m_tableView->setItem(row, column, new QTableWidgetItem(table.rows.at(row).at(column)));
    QList<ColumnRule> rules;
    for (int column = 0; column < table.headers.size(); ++column)
        rules.append({column, true, int(table.foldOrder.value(column))});
    m_tableFit->setRules(rules);
    QChart *old = m_chartView->chart();
    chart->setParent(nullptr);
    m_chartView->setChart(chart); // the view owns it from here
    delete old;
    fitCategoryLabels();
}

void DashboardCard::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitCategoryLabels();
}

void DashboardCard::fitCategoryLabels()
{
    QChart *chart = m_chartView->chart();
    if (!chart)
        return;
    for (QAbstractAxis *axis : chart->axes(Qt::Horizontal)) {
        auto *categories = qobject_cast<QBarCategoryAxis *>(axis);
        if (!categories || categories->count() == 0)
            continue;
        const QFontMetrics metrics(categories->labelsFont());
        int widest = 0;
        for (const QString &label : categories->categories())
            widest = std::max(widest, metrics.horizontalAdvance(label));
        // The plot is the view less the value axis' labels and the margins (about 60 pixels).
        const int room = std::max(1, m_chartView->width() - 60) / int(categories->count());
        categories->setLabelsAngle(widest + 8 > room ? -90 : 0);
    }
}

QString DashboardCard::csv() const
{
    QString text = core::csvRecord(m_table.headers);
    for (const QStringList &row : m_table.rows)
        text += core::csvRecord(row);
    return text;
}

void DashboardCard::print(QPainter &painter, const QRectF &target)
{
    if (width() < 200 || height() < 100)
        resize(std::max(width(), 560), std::max(height(), minimumHeight()));
    QWidget *shown = m_stack->currentWidget();
    const QFontMetricsF metrics(m_title->font());
    const double titleHeight = metrics.height() * 1.6;
    const QSizeF source(shown->width(), shown->height() + titleHeight);
    const double scale = std::min(target.width() / source.width(), target.height() / source.height());
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(scale, scale);
    // In the widget's pixels, like the rest of the card (a point size would grow with the PDF's dpi).
    QFont titleFont = m_title->font();
    titleFont.setPixelSize(QFontInfo(m_title->font()).pixelSize());
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.drawText(QRectF(0, 0, source.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     m_title->text());
    // The chart as a picture at twice the screen's resolution: Qt Charts 6.4 lays its legend out
    // wrongly when painted straight onto a printer's resolution (entries and markers go missing).
    QImage picture(shown->size() * 2, QImage::Format_ARGB32_Premultiplied);
    picture.setDevicePixelRatio(2);
    picture.fill(Qt::white);
    QPainter picturePainter(&picture);
    shown->render(&picturePainter, QPoint(), QRegion(), QWidget::DrawChildren);
    picturePainter.end();
    painter.drawImage(QRectF(0, titleHeight, shown->width(), shown->height()), picture);
    painter.restore();
}

QChart *barChart(const QStringList &categories, const QList<QPair<QString, QList<double>>> &series,
                 bool stacked, bool horizontal)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    QAbstractBarSeries *bars = nullptr;
    if (horizontal)
        bars = stacked ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                       : new QHorizontalBarSeries;
    else
        bars = stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries) : new QBarSeries;
    double largest = 0;
    QList<double> sums(categories.size(), 0.0);
    // Horizontal bars are drawn from the bottom up: reversed, the first row of the table is on top.
    const auto at = [&](qsizetype i) {
        return horizontal ? categories.size() - 1 - i : i;
    };
    QStringList labels;
    for (qsizetype i = 0; i < categories.size(); ++i)
        labels << categories.at(at(i));
    for (const auto &[name, values] : series) {
        auto *set = new QBarSet(name);
        for (int i = 0; i < categories.size(); ++i) {
            const double value = values.value(at(i));
            *set << value;
            sums[i] += value;
            largest = std::max(largest, value);
        }
        bars->append(set);
    }
    if (stacked)
        for (const double sum : std::as_const(sums))
            largest = std::max(largest, sum);
    chart->addSeries(bars);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(labels.isEmpty() ? QStringList{QStringLiteral("–")} : labels);
    categoryAxis->setTruncateLabels(false); // room names, experts' names and limits are read whole
    // Counts are whole numbers: ticks at 1, 2, 5, 10, 20, 50 … apart, never "0, 0, 1, 1, 1".
    double step = 1;
    for (double decade = 1; largest / step > 6; decade *= 10)
        for (const double multiple : {1.0, 2.0, 5.0, 10.0}) {
            step = multiple * decade;
            if (largest / step <= 6)
                break;
        }
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, std::max(step, std::ceil(largest / step) * step));
    valueAxis->setTickType(QValueAxis::TicksDynamic);
    valueAxis->setTickAnchor(0);
    valueAxis->setTickInterval(step);
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    // Qt Charts cuts a count to "…" when the ticks are closer than a line of text (seven ticks in
    // a card 120 pixels high): a number is short enough to show whole.
    valueAxis->setTruncateLabels(false);
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    bars->attachAxis(categoryAxis);
    bars->attachAxis(valueAxis);
    chart->legend()->setVisible(series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace ui
