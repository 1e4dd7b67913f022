#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Station health and early warnings (预警): what the status bar, the health page,
// `appraisal-admin health` and the venue hub show about a PC.
namespace health {

// Ordered: a worse level compares greater.
enum class Level { Ok = 0, Warning = 1, Critical = 2 };

QString levelKey(Level level);                         // ok | warning | critical (stable, for JSON)
std::optional<Level> levelFromKey(const QString &key); // nullopt for anything else
QString levelName(Level level);                        // translated, for people

// One check's result. `name` is a stable id (README lists them); value and advice are translated.
struct Check {
    QString name;
    Level level = Level::Ok;
    QString value;  // what was measured, in words
    QString advice; // what to do about it (empty when nothing is to be done)
};

struct Report {
    QList<Check> checks;
    Level level() const; // the worst of the checks (ok when there are none)
    const Check *find(const QString &name) const;
};

// {"level","checks":[{"name","level","value","advice"}]}: the exact shape of `health --json`.
QJsonObject toJson(const Report &report);
// The same read back (the hub's reports, the venue page); checks with an unknown level are left out.
Report reportFromJson(const QJsonObject &object);

} // namespace health
