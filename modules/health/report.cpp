#include "report.h"

#include <QJsonArray>

namespace health {

QString levelKey(Level level)
{
    switch (level) {
    case Level::Ok:
        return QStringLiteral("ok");
    case Level::Warning:
        return QStringLiteral("warning");
    case Level::Critical:
        return QStringLiteral("critical");
    }
    return QStringLiteral("critical");
}

std::optional<Level> levelFromKey(const QString &key)
{
    if (key == QLatin1String("ok"))
        return Level::Ok;
    if (key == QLatin1String("warning"))
        return Level::Warning;
    if (key == QLatin1String("critical"))
        return Level::Critical;
    return std::nullopt;
}

QString levelName(Level level)
{
    switch (level) {
    case Level::Ok:
        return QCoreApplication::translate("health", "OK");
    case Level::Warning:
        return QCoreApplication::translate("health", "Warning");
    case Level::Critical:
        return QCoreApplication::translate("health", "Critical");
    }
    return {};
}

Level Report::level() const
{
    Level worst = Level::Ok;
    for (const Check &check : checks)
        worst = std::max(worst, check.level);
    return worst;
}

const Check *Report::find(const QString &name) const
{
    for (const Check &check : checks)
        if (check.name == name)
            return &check;
    return nullptr;
}

QJsonObject toJson(const Report &report)
{
    QJsonArray checks;
    for (const Check &check : report.checks)
        checks.append(QJsonObject{{QStringLiteral("name"), check.name},
                                  {QStringLiteral("level"), levelKey(check.level)},
                                  {QStringLiteral("value"), check.value},
                                  {QStringLiteral("advice"), check.advice}});
    return {{QStringLiteral("level"), levelKey(report.level())}, {QStringLiteral("checks"), checks}};
}

Report reportFromJson(const QJsonObject &object)
{
    Report report;
    for (const QJsonValue &entry : object.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject check = entry.toObject();
        const auto level = levelFromKey(check.value(QStringLiteral("level")).toString());
        if (!level)
            continue;
        report.checks << Check{check.value(QStringLiteral("name")).toString(), *level,
                               check.value(QStringLiteral("value")).toString(),
                               check.value(QStringLiteral("advice")).toString()};
    }
    return report;
}

} // namespace health
