#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace store {

class Database;

// What the login window shows, kept beside the sealed database in a small plain file
// (<data dir>/login-window.json), so the window can be up before the keychain has given the data
// key (tens of milliseconds of D-Bus at every start). Nothing personal: the venue's name and the
// current batch, which the venue's signs and the roster name anyway.
struct LoginFacts {
    QString venueName;
    QString batchId;
    QDate batchDay;

    bool operator==(const LoginFacts &other) const = default;
};

QString loginFactsPath(const QString &dataDir);
// nullopt when the file is missing or not what this version writes: the station then opens the
// database first, as before.
std::optional<LoginFacts> readLoginFacts(const QString &dataDir);
// The facts as the database holds them now.
LoginFacts loginFactsOf(Database &database);
// Writes the database's facts beside it when they differ from the file (all or nothing, through a
// temporary file renamed over the old one). Called at every start and after each change of the
// venue, the batch or the current-batch setting.
core::Status refreshLoginFacts(Database &database);

} // namespace store
