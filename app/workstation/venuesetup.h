#pragma once

#include "ui/setupplan.h"

#include <QDate>
#include <QString>

#include <functional>
#include <optional>

namespace core {
class Clock;
}
namespace store {
class Database;
}

// Why a start stops before the station's windows: the person cancelled, or a failure was said.
enum class StartStop { None, Cancelled, Failed };

// Before the database is opened: an empty data folder (and no --demo) runs the first-start
// assistant, so cancelling it leaves the folder as it was; a chosen backup is put in place now.
StartStop setUpEmptyFolder(const QString &folder, const core::Clock &clock, bool demo,
                           std::optional<ui::SetupPlan> &setup);

// Once the database is open: the demo venue when --demo is given and today has no batch; the
// assistant (without the restore choice) for a database without a venue, `beforeAssistant` first;
// then the plan chosen, applied.
StartStop prepareVenue(store::Database &database, const QString &folder, const QDate &today, bool demo,
                       std::optional<ui::SetupPlan> setup, const std::function<void()> &beforeAssistant);
