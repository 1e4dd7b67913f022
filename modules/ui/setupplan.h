#pragma once

#include "core/result.h"
#include "core/types.h"
#include "store/database.h"
#include "venue/enrolment.h"

#include <QCoreApplication>
#include <QUrl>

#include <functional>

namespace ui {

// What the first-start assistant collected. Nothing is written while the assistant runs: the
// station applies the plan once the person presses Finish, so cancelling leaves the data folder
// as it was.
struct SetupPlan {
    enum class Mode { RunVenue, JoinHub, Restore, Demo };
    Mode mode = Mode::RunVenue;

    // This PC runs the venue.
    core::Venue venue;
    QString committee; // 鉴定委员会, printed on notices and conclusions
    QList<core::Lane> lanes;
    QList<core::Room> rooms;
    core::StaffAccount admin;
    QString adminPassword;
    // Optional central server: the venue's rooms, experts and templates come from its reference data.
    QUrl serverUrl;
    QString serverCaFile;
    QString serverToken;
    // What the central server holds, read on the server page (nothing stored yet): the venues of
    // its area and the rooms fill the next pages, where the person can still change them; the
    // experts and templates counted here are fetched into the station at Finish.
    QList<core::Venue> centralVenues;
    QList<core::Room> centralRooms;
    int centralExperts = 0;
    int centralTemplates = 0;

    // Join a venue hub: the enrolment already answered by the hub.
    venue::EnrolmentResult enrolment;

    // Restore from a backup: a file that passed its check.
    QString backupFile;
};

// The lanes every venue starts with: normal A, green channel G.
QList<core::Lane> defaultLanes();

// Loads the synthetic demo venue into a database; given by the station, absent where the demo
// library is not linked (the venue's own installations, the tests of a real venue).
using DemoLoader = std::function<core::Status(store::Database &)>;

class SetupApplier
{
    Q_DECLARE_TR_FUNCTIONS(ui::SetupApplier)
public:
    // Writes a RunVenue, JoinHub or Demo plan into the open station database; a Restore plan is
    // applied before the database is opened (restoreBackup). Audited as the first admin's setup.
    static core::Status apply(const SetupPlan &plan, store::Database &database, const QString &dataDir,
                              const DemoLoader &loadDemo);
    // Replaces the (absent) station database by the chosen backup, after checking it again.
    static core::Status restoreBackup(const SetupPlan &plan, const QString &dataDir,
                                      const core::Clock &clock);
    // True when the station has what it needs to start: a venue, or an enrolment at a hub.
    static bool configured(store::Database &database);
};

} // namespace ui
