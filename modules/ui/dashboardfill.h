#pragma once

#include "dashboardcard.h"

#include "statistics/report.h"

#include <QHash>

namespace ui::dashboard {

// The cards of the dashboard by objectName, and what each shows, in page order.
struct CardSpec {
    const char *objectName;
    bool live; // today, live; otherwise over the chosen range
};
QList<CardSpec> cardSpecs();
QString cardTitle(const QString &objectName, statistics::ExpertNames names);

// Puts a report's figures into the cards (tables and charts).
void fillLive(const QHash<QString, DashboardCard *> &cards, const statistics::LiveReport &live);
void fillRange(const QHash<QString, DashboardCard *> &cards, const statistics::RangeReport &report);

// One line of headline figures each.
QString liveSummary(const statistics::LiveReport &live);
QString rangeSummary(const statistics::RangeReport &report);

} // namespace ui::dashboard
