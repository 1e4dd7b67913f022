#include "venuesetup.h"

#include "demo/demovenue.h"
#include "demo/samplematerials.h"
#include "store/database.h"
#include "store/stationkey.h"
#include "store/venuerepository.h"
#include "ui/setupwizard.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>

namespace {

bool hasBatchFor(store::Database &database, const QDate &day)
{
    const auto batch =
        store::VenueRepository(database).batch(database.setting(store::settings::CurrentBatch));
    return batch && batch->day == day;
}

// The demo venue with synthetic medical materials for every case, so the exam page shows them.
core::Status loadDemoVenue(store::Database &database, const QDate &today)
{
    if (const auto loaded = demo::DemoVenue::load(database, today); !loaded)
        return loaded.status();
    accounts::Session loader;
    loader.account.username = QStringLiteral("demo");
    loader.account.role = core::Role::VenueAdmin;
    const auto added = demo::addSampleMaterials(database, loader);
    return added ? core::Status() : core::Status::failure(added.error());
}

// The first-start assistant; empty when the person cancelled it (then nothing was written).
std::optional<ui::SetupPlan> askForSetup(bool restoreAvailable)
{
    ui::SetupWizard wizard(/*demoAvailable=*/true, restoreAvailable);
    if (wizard.exec() != QDialog::Accepted)
        return std::nullopt;
    return wizard.plan();
}

} // namespace

StartStop setUpEmptyFolder(const QString &folder, const core::Clock &clock, bool demo,
                           std::optional<ui::SetupPlan> &setup)
{
    if (QFileInfo::exists(store::databasePath(folder)) || demo)
        return StartStop::None;
    setup = askForSetup(/*restoreAvailable=*/true);
    if (!setup)
        return StartStop::Cancelled;
    if (setup->mode != ui::SetupPlan::Mode::Restore)
        return StartStop::None;
    if (const core::Status restored = ui::SetupApplier::restoreBackup(*setup, folder, clock); !restored) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Restore failed"), restored.error());
        return StartStop::Failed;
    }
    return StartStop::None;
}

StartStop prepareVenue(store::Database &database, const QString &folder, const QDate &today, bool demo,
                       std::optional<ui::SetupPlan> setup, const std::function<void()> &beforeAssistant)
{
    if (demo && !hasBatchFor(database, today)) {
        if (const auto loaded = loadDemoVenue(database, today); !loaded) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Demo venue"), loaded.error());
            return StartStop::Failed;
        }
    }
    // A database without a venue (made by an older version or a command): the assistant, without
    // the restore choice since the database is open.
    if (!setup && !ui::SetupApplier::configured(database)) {
        if (beforeAssistant)
            beforeAssistant();
        setup = askForSetup(/*restoreAvailable=*/false);
        if (!setup)
            return StartStop::Cancelled;
    }
    if (!setup)
        return StartStop::None;
    const core::Status applied = ui::SetupApplier::apply(
        *setup, database, folder, [today](store::Database &db) { return loadDemoVenue(db, today); });
    if (!applied) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Setting up the station"),
                              applied.error());
        return StartStop::Failed;
    }
    return StartStop::None;
}
