#include "setupplan.h"

#include "accounts/accountservice.h"
#include "centralsync/referencedownload.h"
#include "centralsync/syncstatus.h"
#include "crypto/keystore.h"
#include "store/auditlog.h"
#include "store/backup.h"
#include "store/venuerepository.h"

#include <QDir>
#include <QFileInfo>

namespace ui {

namespace {

// Station settings the plan writes; the station reads them back through loadStationInfo.
const QString kVenueSetting = QStringLiteral("venue_id");
const QString kCommitteeSetting = QStringLiteral("committee.name");

core::Status applyVenue(const SetupPlan &plan, store::Database &database, const QString &dataDir)
{
    const QString actor = plan.admin.username;
    store::VenueRepository venues(database);
    const core::Status written = database.transaction([&]() -> core::Status {
        if (core::Status saved = venues.saveVenue(plan.venue); !saved)
            return saved;
        if (venues.lanes().isEmpty()) {
            int order = 0;
            for (const core::Lane &lane : plan.lanes)
                if (core::Status saved = venues.saveLane(lane, order++); !saved)
                    return saved;
        }
        for (const core::Room &room : plan.rooms)
            if (core::Status saved = venues.saveRoom(room); !saved)
                return saved;
        for (const auto &[key, value] : {std::pair{kVenueSetting, plan.venue.id},
                                         std::pair{kCommitteeSetting, plan.committee.trimmed()}})
            if (core::Status set = database.setSetting(key, value, actor); !set)
                return set;
        if (!plan.serverUrl.isEmpty()) {
            for (const auto &[key, value] :
                 {std::pair{QStringLiteral("sync.server"), plan.serverUrl.toString()},
                  std::pair{QStringLiteral("sync.ca"), plan.serverCaFile}})
                if (core::Status set = database.setSetting(key, value, actor); !set)
                    return set;
        }
        if (core::Status provisioned =
                accounts::AccountService(database).provision(plan.admin, plan.adminPassword);
            !provisioned)
            return provisioned;
        return store::AuditLog(database).append(actor, QStringLiteral("venue.setup"), plan.venue.id,
                                                {{QStringLiteral("rooms"), int(plan.rooms.size())}});
    });
    if (!written || plan.serverUrl.isEmpty())
        return written;
    if (const QString failed =
            crypto::KeychainSecret(centralsync::keychainService(), QFileInfo(dataDir).absoluteFilePath())
                .save(plan.serverToken);
        !failed.isEmpty())
        return core::Status::failure(
            SetupApplier::tr("The venue is set up, but the sync token could not be kept: %1").arg(failed));
    // The rooms, experts, clauses and templates the central system holds for this venue.
    QString problem;
    const centralsync::ServerLink link = centralsync::configuredLink(database, &problem);
    if (!problem.isEmpty())
        return core::Status::failure(
            SetupApplier::tr("The venue is set up, but the central server is not usable: %1").arg(problem));
    const centralsync::ReferenceSummary summary = centralsync::downloadReference(database, link);
    if (!summary.error.isEmpty())
        return core::Status::failure(
            SetupApplier::tr("The venue is set up, but its reference data could not be fetched: %1. The Sync "
                             "page fetches it again.")
                .arg(summary.error));
    return {};
}

} // namespace

QList<core::Lane> defaultLanes()
{
    return {core::Lane{QString::fromLatin1(core::kGreenLane), QStringLiteral("G"),
                       QCoreApplication::translate("ui::SetupApplier", "Green channel"), 1},
            core::Lane{QString::fromLatin1(core::kNormalLane), QStringLiteral("A"),
                       QCoreApplication::translate("ui::SetupApplier", "Normal"), 1}};
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
    if (!database.setting(QStringLiteral("venue.hub_url")).isEmpty())
        return true;
    return store::VenueRepository(database).venue(database.setting(kVenueSetting)).has_value();
}

} // namespace ui
