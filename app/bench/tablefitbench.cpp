#include "tablefitbench.h"

#include "stats.h"

#include "ui/auditpage.h"
#include "ui/pagewidgets.h"
#include "ui/style.h"
#include "ui/tablefit.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>
#include <memory>

namespace bench {

namespace {

// A venue's audit trail, newest first: the kinds of rows a day writes, with their real details.
QList<store::AuditEntry> auditEntries(int rows)
{
    const QDateTime start(QDate(2026, 12, 6), QTime(8, 0));
    QList<store::AuditEntry> entries;
    entries.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        store::AuditEntry entry;
        entry.seq = rows - row;
        entry.at = start.addSecs(qint64(rows - row) * 7);
        entry.actor = QStringLiteral("e%1").arg(101 + row % 12);
        const QString acceptanceNo = QStringLiteral("JD2026-%1").arg(row % 9000, 4, 10, QLatin1Char('0'));
        entry.subject = acceptanceNo;
        switch (row % 8) {
        case 0:
            entry.action = QStringLiteral("case.waiting_exam1");
            entry.details = {{QStringLiteral("from"), QStringLiteral("checked_in")}};
            break;
        case 1:
            entry.action = QStringLiteral("call.call");
            entry.details = {
                {QStringLiteral("case"), acceptanceNo},
                {QStringLiteral("room"), QStringLiteral("R2")},
                {QStringLiteral("seq"), row},
                {QStringLiteral("ticket"), QStringLiteral("G%1").arg(row % 300, 3, 10, QLatin1Char('0'))},
                {QStringLiteral("detail"), QString()}};
            break;
        case 2:
            entry.action = QStringLiteral("draw.make");
            entry.details = {
                {QStringLiteral("candidates"), QJsonArray{QStringLiteral("E103"), QStringLiteral("E109"),
                                                          QStringLiteral("E110"), QStringLiteral("E111")}},
                {QStringLiteral("examiners"), QJsonArray{QStringLiteral("E103"), QStringLiteral("E109")}},
                {QStringLiteral("reviewer"), QStringLiteral("E110")},
                {QStringLiteral("random"), QJsonArray{2, 0, 0}},
                {QStringLiteral("excluded"), QJsonArray{}},
                {QStringLiteral("panel_size"), 3}};
            break;
        case 3:
            entry.action = QStringLiteral("print.ticket");
            entry.details = {{QStringLiteral("ticket"), QStringLiteral("A%1").arg(row % 300)},
                             {QStringLiteral("reprint"), row % 5 == 0}};
            break;
        case 4:
            entry.action = QStringLiteral("login");
            entry.subject.clear();
            break;
        case 5:
            entry.action = QStringLiteral("opinion.change");
            entry.details = {
                {QStringLiteral("role"), QStringLiteral("exam1")},
                {QStringLiteral("version"), 2},
                {QStringLiteral("grade"), 7},
                {QStringLiteral("reason"), QStringLiteral("复查影像后功能障碍更重，等级由八级改为七级")}};
            break;
        case 6:
            entry.action = QStringLiteral("material.add");
            entry.details = {{QStringLiteral("name"), QStringLiteral("CT-report-%1.pdf").arg(row)},
                             {QStringLiteral("media_type"), QStringLiteral("application/pdf")},
                             {QStringLiteral("size"), 183211 + row},
                             {QStringLiteral("source"), QStringLiteral("scanner")}};
            break;
        default:
            entry.action = QStringLiteral("case.exam1");
            entry.details = {{QStringLiteral("from"), QStringLiteral("waiting_exam1")}};
            break;
        }
        entries << entry;
    }
    return entries;
}

// Everything the event loop has to do now (layouts, queued refits, row heights, painting).
void settle(QWidget &page)
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
    page.repaint();
}

double timed(const std::function<void()> &step)
{
    QElapsedTimer timer;
    timer.start();
    step();
    return double(timer.nsecsElapsed()) / 1e6;
}

// A drag of the page's right edge around `width`: a few pixels each step, back and forth.
QList<double> drag(QWidget &page, int width, int height)
{
    QList<double> steps;
    for (int step = 0; step < 12; ++step) {
        const int to = width - 3 * (step % 4);
        steps << timed([&] {
            page.resize(to, height);
            settle(page);
        });
    }
    return steps;
}

} // namespace

QJsonObject runTableFitBench(int rows)
{
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
        ui::applyStationStyle(*app); // the station's font and the item padding of its style sheet
    auto page = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(page.get());
    auto *model = new ui::AuditModel(page.get());
    const QList<store::AuditEntry> entries = auditEntries(rows);
    model->setEntries(entries);
    QTableView *view = ui::makeListView(QStringLiteral("auditView"), model, page.get());
    layout->addWidget(view, 1);
    auto *detail = new QLabel(page.get());
    layout->addWidget(detail);
    // The audit page's rules (auditpage.cpp).
    auto *fit = new ui::TableFit(view,
                                 {{ui::AuditModel::Seq, false, 1},
                                  {ui::AuditModel::Time, true, 0},
                                  {ui::AuditModel::Actor, true, 0},
                                  {ui::AuditModel::Action, true, 0},
                                  {ui::AuditModel::Subject, true, 2},
                                  {ui::AuditModel::Details, true, 0}},
                                 detail);
    // The audit list is about 700 pixels wide on a 911×512 screen (the sidebar and margins beside it).
    page->resize(700, 512);
    page->show();
    settle(*page);

    QJsonObject figures;
    figures.insert(QStringLiteral("rows"), rows);
    QList<double> resets;
    for (int run = 0; run < 5; ++run)
        resets << timed([&] {
            model->setEntries(entries); // as AuditPage::reload
            fit->refit();
            settle(*page);
        });
    figures.insert(QStringLiteral("reset_ms"), rounded(percentile(resets, 0.5)));

    const QList<double> narrow = drag(*page, 700, 512);
    figures.insert(QStringLiteral("narrow_ms"), rounded(percentile(narrow, 0.5)));
    figures.insert(QStringLiteral("narrow_max_ms"), rounded(percentile(narrow, 1.0)));
    page->resize(700, 512);
    settle(*page);
    figures.insert(QStringLiteral("narrow_folded"), int(fit->foldedColumns().size()));

    QList<double> scrolls;
    QScrollBar *scrollBar = view->verticalScrollBar();
    for (int step = 0; step < 12; ++step)
        scrolls << timed([&] {
            scrollBar->setValue(scrollBar->value() + scrollBar->pageStep());
            settle(*page);
        });
    figures.insert(QStringLiteral("scroll_ms"), rounded(percentile(scrolls, 0.5)));
    scrollBar->setValue(0);

    page->resize(1600, 900);
    settle(*page);
    const QList<double> wide = drag(*page, 1600, 900);
    figures.insert(QStringLiteral("wide_ms"), rounded(percentile(wide, 0.5)));
    figures.insert(QStringLiteral("wide_max_ms"), rounded(percentile(wide, 1.0)));
    return figures;
}

} // namespace bench
