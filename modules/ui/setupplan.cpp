#include "setupplan.h"

#include "administration/venueadministration.h"
#include "centralsync/referencedownload.h"
#include "centralsync/syncadministration.h"
#include "centralsync/syncstatus.h"
#include "store/auditlog.h"
#include "store/backup.h"
#include "store/settingsregistry.h"

#include <QDir>
#include <QFileInfo>

namespace ui {

namespace {

core::Status applyVenue(const SetupPlan &plan, store::Database &database, const QString &dataDir)
{
    const QString actor = plan.admin.username;
    const core::Status written = database.transaction([&]() -> core::Status {
        administration::FirstStart setup;
        setup.venue = administration::VenueDetails{plan.venue.id, plan.venue.name, plan.committee,
                                                   plan.venue.address, plan.venue.phone};
        setup.lanes = plan.lanes;
        setup.rooms = plan.rooms;
        setup.admin = plan.admin;
        setup.adminPassword = plan.adminPassword;
        if (core::Status made = administration::VenueAdministration(database).firstStart(setup); !made)
            return made;
        if (plan.serverUrl.isEmpty())
            return {};
        for (const auto &[spec, value] : {std::pair{&store::settings::SyncServer, plan.serverUrl.toString()},
                                          std::pair{&store::settings::SyncCa, plan.serverCaFile}})
            if (core::Status set = database.setSetting(*spec, value, actor); !set)
                return set;
        return {};
    });
    if (!written || plan.serverUrl.isEmpty())
        return written;
    if (const core::Status kept = centralsync::saveSyncToken(dataDir, plan.serverToken); !kept)
        return core::Status::failure(
            QCoreApplication::translate("ui::SetupApplier",
                                        "The venue is set up, but the sync token could not be kept: %1")
                .arg(kept.error()));
    // The rooms, experts, clauses and templates the central system holds for this venue.
    QString problem;
    const centralsync::ServerLink link = centralsync::configuredLink(database, &problem);
    if (!problem.isEmpty())
        return core::Status::failure(
            QCoreApplication::translate("ui::SetupApplier",
                                        "The venue is set up, but the central server is not usable: %1")
                .arg(problem));
    const centralsync::ReferenceSummary summary = centralsync::downloadReference(database, link);
    if (!summary.error.isEmpty())
        return core::Status::failure(
            QCoreApplication::translate(
                "ui::SetupApplier",
                "The venue is set up, but its reference data could not be fetched: %1. The Sync "
                "page fetches it again.")
                .arg(summary.error));
    return {};
}

} // namespace

QList<core::Lane> defaultLanes()
{
    return administration::VenueAdministration::defaultLanes();
}

core::Status SetupApplier::apply(const SetupPlan &plan, store::Database &database, const QString &dataDir,
                                 const DemoLoader &loadDemo)
{
    switch (plan.mode) {
    case SetupPlan::Mode::RunVenue:
        return applyVenue(plan, database, dataDir);
    case SetupPlan::Mode::JoinHub:
        return venue::Enrolment::save(plan.enrolment, database, dataDir, QStringLiteral("setup"));
    case SetupPlan::Mode::Demo:
        if (!loadDemo)
            return core::Status::failure(tr("This installation has no demo venue."));
        return loadDemo(database);
    case SetupPlan::Mode::Restore:
        return {}; // done before the database was opened
    }
    return {};
}

core::Status SetupApplier::restoreBackup(const SetupPlan &plan, const QString &dataDir,
                                         const core::Clock &clock)
{
    if (const QString check = store::Backups::check(plan.backupFile); check != QLatin1String("ok"))
        return core::Status::failure(tr("The backup %1 fails its check: %2").arg(plan.backupFile, check));
    if (!QDir().mkpath(dataDir))
        return core::Status::failure(tr("Cannot create the data folder %1.").arg(dataDir));
    return store::Backups(dataDir).restore(plan.backupFile, clock);
}

bool SetupApplier::configured(store::Database &database)
{
    if (!database.setting(store::settings::HubUrl).isEmpty())
        return true;
    return administration::VenueAdministration(database).venue().has_value();
}

} // namespace ui
