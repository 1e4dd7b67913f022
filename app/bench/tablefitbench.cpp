#include "tablefitbench.h"

#include "stats.h"

#include "ui/tablefit.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QWidget>

#include <memory>

namespace bench {

namespace {

double medianRefitMs(QTableView &view, ui::TableFit &fit, int width)
{
    view.resize(width, 600);
    QList<double> runs;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        fit.refit();
        runs << double(timer.nsecsElapsed()) / 1e6;
    }
    return percentile(runs, 0.5);
}

} // namespace

QJsonObject runTableFitBench(int rows)
{
    auto page = std::make_unique<QWidget>();
    auto *model = new QStandardItemModel(rows, 6, page.get());
    model->setHorizontalHeaderLabels({QStringLiteral("No."), QStringLiteral("Time"), QStringLiteral("Person"),
                                      QStringLiteral("Action"), QStringLiteral("Subject"),
                                      QStringLiteral("Details")});
    const QStringList actions{QStringLiteral("Logged in"), QStringLiteral("Case: Waiting for exam 1"),
                              QStringLiteral("Station health level changed"), QStringLiteral("提交意见")};
    for (int row = 0; row < rows; ++row) {
        const QStringList cells{
            QString::number(rows - row),
            QStringLiteral("2026-12-06 %1:%2:00")
                .arg(8 + row / 600, 2, 10, QLatin1Char('0'))
                .arg(row % 60, 2, 10, QLatin1Char('0')),
            QStringLiteral("e%1").arg(101 + row % 12),
            actions.at(row % actions.size()),
            QStringLiteral("JD2026-%1").arg(row % 9000, 4, 10, QLatin1Char('0')),
            row % 3 == 0
                ? QStringLiteral("Candidates: E103, E109, E110; Examiners: E103, E109; excluded: ; "
                                 "panel_size: 3; random: 2, 0, 0; Reviewer: E110")
                : QStringLiteral("案件: JD2026-0005; 诊室: R2; 叫号序号: %1; 排队号: G001").arg(row)};
        for (int column = 0; column < cells.size(); ++column)
            model->setItem(row, column, new QStandardItem(cells.at(column)));
    }
    auto *view = new QTableView(page.get());
    view->setModel(model);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(34);
    auto *detail = new QLabel(page.get());
    auto *fit = new ui::TableFit(
        view, {{0, false, 1}, {1, true, 0}, {2, true, 0}, {3, true, 0}, {4, true, 2}, {5, true, 0}}, detail);
    QJsonObject figures;
    figures.insert(QStringLiteral("rows"), rows);
    figures.insert(QStringLiteral("narrow_ms"), rounded(medianRefitMs(*view, *fit, 700)));
    figures.insert(QStringLiteral("narrow_folded"), int(fit->foldedColumns().size()));
    figures.insert(QStringLiteral("wide_ms"), rounded(medianRefitMs(*view, *fit, 1600)));
    return figures;
}

} // namespace bench
