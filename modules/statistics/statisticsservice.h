#pragma once

#include "report.h"

#include "core/types.h"

#include <QCoreApplication>

namespace statistics {

ExpertNames expertNamesFor(core::Role role);
Percentiles percentiles(const QList<double> &ascending);
std::optional<double> median(const QList<double> &ascending);

// The venue's figures for the dashboard page and `appraisal-admin stats`: both call this, so a
// script gets the numbers the page shows. The counting is SQL in store::StatisticsRepository; this
// adds the legal limits (deadlines), percentiles and medians, and the experts' names or pseudonyms.
class StatisticsService
{
    Q_DECLARE_TR_FUNCTIONS(statistics::StatisticsService)
public:
    explicit StatisticsService(store::Database &database);

    // `from` … `to`, both days included; `from` after `to` gives an empty report.
    RangeReport range(const QDate &from, const QDate &to, ExpertNames names) const;
    LiveReport today() const;
    // The station's clock (tests move it).
    QDate currentDay() const;

private:
    store::Database &m_database;
};

} // namespace statistics
