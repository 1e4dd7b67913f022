#include "callingbench.h"

#include "stats.h"

#include "accounts/accountservice.h"
#include "checkin/checkinservice.h"
#include "demo/synthetic.h"
#include "routing/callauthority.h"
#include "routing/drawservice.h"
#include "station/stationservices.h"
#include "store/caserepository.h"
#include "store/expertrepository.h"
#include "store/venuerepository.h"
#include "ui/halldisplay.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

namespace bench {

core::Status prepareCallingVenue(store::Database &db, int people)
{
    const core::SystemClock clock;
    const QString batch = QStringLiteral("CALLS");
    // Four rooms with two orthopaedic experts each; `people` checked in and drawn.
    const core::Status seeded = db.transaction([&]() -> core::Status {
        if (core::Status s = demo::seedSyntheticVenue(
                db, batch, clock.today(), demo::syntheticCases(people, batch, QStringLiteral("CALL-")));
            !s)
            return s;
        store::VenueRepository venues(db);
        store::ExpertRepository experts(db);
        for (int r = 0; r < kCallingRooms.size(); ++r) {
            if (core::Status s = venues.saveRoom({kCallingRooms.at(r),
                                                  QStringLiteral("%1号诊室").arg(r + 1),
                                                  {core::Specialty::Orthopaedics}});
                !s)
                return s;
            for (int e = 0; e < 2; ++e) {
                core::Expert expert;
                expert.id = QStringLiteral("X%1%2").arg(r).arg(e);
                expert.name = expert.id;
                expert.specialties = {core::Specialty::Orthopaedics};
                expert.employer = QStringLiteral("Hospital %1").arg(expert.id);
                expert.onDuty = true;
                if (core::Status s = experts.save(expert); !s)
                    return s;
                if (core::Status s = experts.seat(expert.id, kCallingRooms.at(r)); !s)
                    return s;
            }
        }
        return {};
    });
    if (!seeded)
        return seeded;
    accounts::Session desk;
    desk.account.username = QStringLiteral("bench-desk");
    desk.account.role = core::Role::FrontDesk;
    routing::CryptoRandom random;
    routing::DrawService draws(db, random);
    checkin::CheckInService checkIn(db);
    for (int i = 0; i < people; ++i) {
        const QString acceptanceNo = QStringLiteral("CALL-%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        if (const auto done = checkIn.checkInByAcceptanceNo(desk, acceptanceNo); !done.ok())
            return core::Status::failure(done.error);
        if (const auto drawn = draws.draw(desk, acceptanceNo); !drawn)
            return drawn.status();
    }
    return {};
}

QJsonObject runCallingBench(int count)
{
    QTemporaryDir folder;
    core::SystemClock clock;
    auto opened =
        store::Database::open(store::databasePath(folder.path()), clock, crypto::DataKey::generate());
    if (!opened.database)
        return {{QStringLiteral("error"), opened.error}};
    store::Database &db = *opened.database;
    const QString batch = QStringLiteral("CALLS");
    const QStringList &rooms = kCallingRooms;
    if (const core::Status prepared = prepareCallingVenue(db, count); !prepared)
        return {{QStringLiteral("error"), prepared.error()}};
    accounts::Session expert;
    expert.account.username = QStringLiteral("bench-expert");
    expert.account.role = core::Role::Expert;
    // The station's services as the app builds them, once.
    station::StationServices station(db);
    routing::LocalCallAuthority &calls = station.localCalls();
    const ui::Services services(station);
    ui::HallDisplay display(
        services, {QStringLiteral("BENCH"), QStringLiteral("Bench venue"), batch, {}, clock.today()});
    display.resize(1920, 1080);
    display.show();

    QList<double> times;
    int room = 0;
    int emptyInARow = 0;
    while (times.size() < count && emptyInARow < rooms.size()) {
        const QString roomId = rooms.at(room++ % rooms.size());
        QElapsedTimer timer;
        timer.start();
        const auto called = calls.callNext(expert, roomId);
        if (!called) {
            ++emptyInARow; // this room's queue is done; the others go on
            continue;
        }
        emptyInARow = 0;
        if (!display.pollNow())
            return {{QStringLiteral("error"), QStringLiteral("the display could not read the calls")}};
        display.repaint();
        times << double(timer.nsecsElapsed()) / 1e6;
        if (display.board().newest()->ticket != called->ticketLabel)
            return {{QStringLiteral("error"),
                     QStringLiteral("the display shows another call than the last one")}};
    }
    return {{QStringLiteral("count"), int(times.size())},
            {QStringLiteral("p50_ms"), rounded(percentile(times, 0.50))},
            {QStringLiteral("p95_ms"), rounded(percentile(times, 0.95))}};
}

} // namespace bench
