#include "dashboardbench.h"

#include "stats.h"
#include "yearbench.h"

#include "accounts/accountservice.h"
#include "demo/demovenue.h"
#include "routing/callauthority.h"
#include "station/stationservices.h"
#include "statistics/statisticsservice.h"
#include "store/database.h"
#include "store/stationkey.h"
#include "ui/dashboardpage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

namespace bench {

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The median of five runs of `work`, in ms.
template <typename Work> double medianMs(Work work)
{
    QList<double> runs;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        runs << msSince(timer);
    }
    return percentile(runs, 0.5);
}

} // namespace

QJsonObject runDashboardBench(const DashboardBenchOptions &options)
{
    QTemporaryDir folder;
    const QDate today = QDate::currentDate();
    core::ManualClock clock(QDateTime(today.addDays(-options.days), QTime(8, 0)));
    const auto keyStore = store::keychainFor(folder.path());
    store::StationKeys keys(folder.path(), *keyStore);
    store::StationOpening opening = keys.open(clock);
    if (!opening.database)
        return {{QStringLiteral("error"), QStringLiteral("cannot open the station: %1").arg(opening.error)}};
    store::Database &db = *opening.database;
    if (const auto loaded = demo::DemoVenue::load(db, clock.today()); !loaded)
        return {{QStringLiteral("error"), loaded.error()}};
    // The history is generated without waiting for the disk (it is not what is measured); the
    // figures are taken with the station's own setting again.
    if (const core::Status bulk = db.beginBulkLoad(); !bulk)
        return {{QStringLiteral("error"), bulk.error()}};
    QList<double> unused;
    for (int d = options.days - 1; d >= 0; --d) {
        if (const core::Status done =
                simulateWorkingDay(db, clock, today.addDays(-d), options.casesPerDay, {}, 0, &unused);
            !done)
            return {
                {QStringLiteral("error"),
                 QStringLiteral("day %1: %2").arg(today.addDays(-d).toString(Qt::ISODate), done.error())}};
        if (d % 25 == 0)
            std::fprintf(stderr, "dashboard bench: %d days left\n", d);
    }
    if (const core::Status durable = db.endBulkLoad(); !durable)
        return {{QStringLiteral("error"), durable.error()}};
    clock.set(QDateTime(today, QTime(16, 0)));

    // The station's services as the app builds them, once.
    station::StationServices station(db);
    statistics::StatisticsService &service = station.statistics();
    QJsonObject figures;
    figures.insert(QStringLiteral("days"), options.days);
    figures.insert(QStringLiteral("cases"), db.rowCounts().value(QStringLiteral("cases")));
    const QDate monthStart = today.addDays(-29);
    qint64 monthArrived = 0;
    figures.insert(QStringLiteral("month_ms"), rounded(medianMs([&] {
                       monthArrived =
                           service.range(monthStart, today, statistics::ExpertNames::Shown).totals.arrived;
                   })));
    figures.insert(QStringLiteral("month_arrived"), monthArrived);
    figures.insert(QStringLiteral("year_ms"), rounded(medianMs([&] {
                       service.range(today.addDays(-options.days), today, statistics::ExpertNames::Shown);
                   })));
    figures.insert(QStringLiteral("today_ms"), rounded(medianMs([&] { service.today(); })));
    figures.insert(QStringLiteral("this_month_ms"), rounded(medianMs([&] {
                       service.range(QDate(today.year(), today.month(), 1), today,
                                     statistics::ExpertNames::Shown);
                   })));
    // The page as the venue admin opens it: both reports, every chart and table built, shown, painted.
    routing::LocalCallAuthority &calls = station.localCalls();
    // What the page reads of the hall display's stream when it opens: today's call events.
    figures.insert(QStringLiteral("events_ms"), rounded(medianMs([&] {
                       for (qint64 seq = 0;;) {
                           const QList<routing::CallEvent> events = calls.eventsSince(seq, 500);
                           if (events.isEmpty())
                               break;
                           seq = events.last().seq;
                           if (events.size() < 500)
                               break;
                       }
                   })));
    const ui::Services services(station);
    accounts::Session admin;
    admin.account.username = QStringLiteral("bench-dashboard");
    admin.account.role = core::Role::VenueAdmin;
    QList<double> build;
    QList<double> shown;
    figures.insert(QStringLiteral("page_open_ms"), rounded(medianMs([&] {
                       QElapsedTimer timer;
                       timer.start();
                       ui::DashboardPage page(services, admin);
                       build << msSince(timer);
                       timer.restart();
                       page.resize(1182, 700);
                       page.show();
                       QCoreApplication::processEvents();
                       shown << msSince(timer);
                   })));
    // Where the time of opening goes: the page built (both reports, every table and chart), then
    // shown and painted.
    figures.insert(QStringLiteral("page_build_ms"), rounded(percentile(build, 0.5)));
    figures.insert(QStringLiteral("page_show_ms"), rounded(percentile(shown, 0.5)));
    figures.insert(QStringLiteral("goal_ms"), 300);
    keyStore->remove(); // the key of a throw-away station
    return figures;
}

} // namespace bench
