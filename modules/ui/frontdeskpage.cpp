#include "frontdeskpage.h"

#include "pagewidgets.h"
#include "rostermodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

FrontDeskPage::FrontDeskPage(store::Database &database, const StationInfo &station, QWidget *parent)
    : QWidget(parent), m_database(database), m_station(station)
{
    setObjectName(QStringLiteral("frontDeskPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(12);
    layout->addWidget(
        makePageHeader(tr("Check-in"),
                       tr("Today's roster for batch %1. Search by name, ID number or acceptance number.")
                           .arg(station.batchId),
                       this));
    layout->addWidget(
        new InfoBanner(tr("ID card reading, check-in, queue numbers and ticket printing arrive with "
                          "the front-desk release. The roster below is live."),
                       this));

    auto *searchRow = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("rosterSearch"));
    m_search->setPlaceholderText(tr("Search name, ID number or acceptance number"));
    m_search->setClearButtonEnabled(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("rosterSummary"));
    searchRow->addWidget(m_search, 2);
    searchRow->addStretch(1);
    searchRow->addWidget(m_summary);
    layout->addLayout(searchRow);

    m_model = new RosterModel(this);
    m_filter = new RosterFilter(this);
    m_filter->setSourceModel(m_model);
    m_view = makeListView(QStringLiteral("rosterView"), m_filter, this);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &RosterFilter::setSearch);
    reload();
}

void FrontDeskPage::reload()
{
    const QList<store::CaseRecord> cases = store::CaseRepository(m_database).inBatch(m_station.batchId);
    m_model->setCases(cases);
    int arrived = 0;
    int green = 0;
    for (const auto &record : cases) {
        if (record.state != core::CaseState::Registered && record.state != core::CaseState::NoShow)
            ++arrived;
        if (record.data.lane == QLatin1String(core::kGreenLane))
            ++green;
    }
    m_summary->setText(
        tr("%1 on the roster · %2 checked in · %3 green channel").arg(cases.size()).arg(arrived).arg(green));
    m_view->resizeColumnsToContents();
    const int minimumWidths[] = {130, 90, 170, 120, 200, 90, 90};
    for (int column = 0; column < RosterModel::ColumnCount; ++column)
        m_view->setColumnWidth(column, std::max(m_view->columnWidth(column) + 24, minimumWidths[column]));
}

} // namespace ui
