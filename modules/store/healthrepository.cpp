#include "healthrepository.h"

#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>

namespace store {

namespace {
const QString kHttpDateFormat = QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'");
} // namespace

HealthRepository::HealthRepository(Database &database) : m_database(database) {}

std::optional<QDateTime> HealthRepository::oldestPendingRecord() const
{
    Statement query = m_database.statement(
        QStringLiteral("SELECT created_at FROM outbox WHERE sync_state = 'pending' ORDER BY seq LIMIT 1"));
    if (!query->exec() || !query->next())
        return std::nullopt;
    const QDateTime at = QDateTime::fromString(query->value(0).toString(), Qt::ISODateWithMs);
    return at.isValid() ? std::optional<QDateTime>(at) : std::nullopt;
}

qint64 HealthRepository::hubCommandsWaiting(qint64 cap) const
{
    Statement query =
        m_database.statement(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM hub_pending LIMIT ?)"));
    query->addBindValue(cap);
    return query->exec() && query->next() ? query->value(0).toLongLong() : 0;
}

std::optional<LastSyncRun> HealthRepository::lastSyncRun() const
{
    return SyncRunLog(m_database).last();
}

bool HealthRepository::holdsRecords() const
{
    Statement query = m_database.statement(QStringLiteral("SELECT EXISTS (SELECT 1 FROM outbox)"));
    return query->exec() && query->next() && query->value(0).toBool();
}

core::Status HealthRepository::recordClockOffset(qint64 seconds, const QString &source, const QDateTime &at)
{
    return setObservation(QStringLiteral("clock_offset"), QStringLiteral("%1 %2").arg(seconds).arg(source),
                          at);
}

std::optional<HealthRepository::ClockOffset> HealthRepository::clockOffset() const
{
    const auto seen = observation(QStringLiteral("clock_offset"));
    if (!seen)
        return std::nullopt;
    const QStringList parts = seen->value.split(QLatin1Char(' '));
    bool ok = false;
    const qint64 seconds = parts.value(0).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return ClockOffset{seconds, parts.value(1), seen->at};
}

core::Status HealthRepository::setObservation(const QString &name, const QString &value, const QDateTime &at)
{
    Statement query = m_database.statement(
        QStringLiteral("INSERT INTO health_observations(name, value, at) VALUES(?, ?, ?) "
                       "ON CONFLICT(name) DO UPDATE SET value = excluded.value, at = excluded.at"));
    bindAll(*query, {name, value, at.toString(Qt::ISODateWithMs)});
    if (!query->exec())
        return core::Status::failure(sqlError(QStringLiteral("health observation"), *query));
    return {};
}

std::optional<HealthObservation> HealthRepository::observation(const QString &name) const
{
    Statement query =
        m_database.statement(QStringLiteral("SELECT value, at FROM health_observations WHERE name = ?"));
    query->addBindValue(name);
    if (!query->exec() || !query->next())
        return std::nullopt;
    return HealthObservation{query->value(0).toString(),
                             QDateTime::fromString(query->value(1).toString(), Qt::ISODateWithMs)};
}

core::Status HealthRepository::saveStationHealth(const StationHealthRow &row)
{
    Statement query = m_database.statement(QStringLiteral(
        "INSERT INTO hub_station_health(station, role, level, checks, received_at) VALUES(?, ?, ?, ?, ?) "
        "ON CONFLICT(station) DO UPDATE SET role = excluded.role, level = excluded.level, "
        "checks = excluded.checks, received_at = excluded.received_at"));
    bindAll(*query, {row.station, row.role, row.level,
                     QString::fromUtf8(QJsonDocument(row.checks).toJson(QJsonDocument::Compact)),
                     row.receivedAt.toString(Qt::ISODateWithMs)});
    if (!query->exec())
        return core::Status::failure(sqlError(QStringLiteral("station health"), *query));
    return {};
}

QList<StationHealthRow> HealthRepository::stationHealth(int limit) const
{
    Statement query = m_database.statement(QStringLiteral(
        "SELECT station, role, level, checks, received_at FROM hub_station_health ORDER BY station LIMIT ?"));
    query->addBindValue(limit);
    QList<StationHealthRow> rows;
    if (!query->exec())
        return rows;
    while (query->next())
        rows << StationHealthRow{query->value(0).toString(), query->value(1).toString(),
                                 query->value(2).toString(),
                                 QJsonDocument::fromJson(query->value(3).toByteArray()).array(),
                                 QDateTime::fromString(query->value(4).toString(), Qt::ISODateWithMs)};
    return rows;
}

qint64 HealthRepository::stationsReporting() const
{
    Statement query = m_database.statement(QStringLiteral("SELECT COUNT(*) FROM hub_station_health"));
    return query->exec() && query->next() ? query->value(0).toLongLong() : 0;
}

std::optional<QDateTime> parseHttpDate(const QByteArray &text)
{
    if (text.size() != 29)
        return std::nullopt;
    QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(text), kHttpDateFormat);
    if (!at.isValid())
        return std::nullopt;
    at.setTimeZone(QTimeZone::utc());
    return at;
}

QByteArray formatHttpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), kHttpDateFormat).toLatin1();
}

} // namespace store
