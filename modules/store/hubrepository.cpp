#include "hubrepository.h"

#include <QJsonDocument>

namespace store {

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parsed(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

} // namespace

HubRepository::HubRepository(Database &database) : m_database(database) {}

std::optional<QJsonObject> HubRepository::commandResult(const QString &key) const
{
    Statement seen = m_database.statement(QStringLiteral("SELECT result FROM hub_commands WHERE key = ?"));
    bindAll(*seen, {key});
    if (!seen->exec() || !seen->next())
        return std::nullopt;
    return parsed(seen->value(0));
}

core::Status HubRepository::rememberCommand(const QString &key, const QString &station, const QString &name,
                                            const QJsonObject &result, const QDateTime &at)
{
    Statement remember = m_database.statement(
        QStringLiteral("INSERT INTO hub_commands(key, station, name, result, at) VALUES(?, ?, ?, ?, ?)"));
    bindAll(*remember, {key, station, name, compact(result), at.toString(Qt::ISODateWithMs)});
    if (!remember->exec())
        return core::Status::failure(sqlError(QStringLiteral("recording the command"), *remember));
    return {};
}

core::Result<qint64> HubRepository::appendEvent(const QJsonObject &data, const QDateTime &at)
{
    Statement insert =
        m_database.statement(QStringLiteral("INSERT INTO hub_events(at, kind, data) VALUES(?, ?, ?)"));
    bindAll(*insert,
            {at.toString(Qt::ISODateWithMs), data.value(QStringLiteral("kind")).toString(), compact(data)});
    if (!insert->exec())
        return core::Result<qint64>::failure(sqlError(QStringLiteral("recording an event"), *insert));
    return insert->lastInsertId().toLongLong();
}

QList<HubEventRow> HubRepository::eventsSince(qint64 seq, int limit) const
{
    QList<HubEventRow> events;
    Statement query = m_database.statement(
        QStringLiteral("SELECT seq, data FROM hub_events WHERE seq > ? ORDER BY seq LIMIT ?"));
    bindAll(*query, {seq, limit});
    if (query->exec())
        while (query->next())
            events.append({query->value(0).toLongLong(), parsed(query->value(1))});
    return events;
}

qint64 HubRepository::latestSeq() const
{
    Statement query = m_database.statement(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM hub_events"));
    return query->exec() && query->next() ? query->value(0).toLongLong() : 0;
}

core::Status HubRepository::saveEnrolmentCode(const QString &codeSha256, const QDateTime &expiresAt)
{
    Statement insert =
        m_database.statement(QStringLiteral("INSERT INTO hub_codes(code_sha256, expires_at) VALUES(?, ?)"));
    bindAll(*insert, {codeSha256, expiresAt.toString(Qt::ISODateWithMs)});
    if (!insert->exec())
        return core::Status::failure(sqlError(QStringLiteral("saving the code"), *insert));
    return {};
}

bool HubRepository::useEnrolmentCode(const QString &codeSha256, const QString &station, const QDateTime &now)
{
    Statement use = m_database.statement(QStringLiteral(
        "UPDATE hub_codes SET used_by = ? WHERE code_sha256 = ? AND used_by = '' AND expires_at > ?"));
    bindAll(*use, {station, codeSha256, now.toString(Qt::ISODateWithMs)});
    return use->exec() && use->numRowsAffected() == 1;
}

core::Status HubRepository::enrolStation(const QString &tokenSha256, const QString &station,
                                         const QString &role, const QDateTime &at)
{
    Statement insert = m_database.statement(QStringLiteral(
        "INSERT INTO hub_stations(token_sha256, station, role, enrolled_at) VALUES(?, ?, ?, ?)"));
    bindAll(*insert, {tokenSha256, station, role, at.toString(Qt::ISODateWithMs)});
    if (!insert->exec())
        return core::Status::failure(sqlError(QStringLiteral("enrolling the station"), *insert));
    return {};
}

std::optional<HubStationRow> HubRepository::stationForToken(const QString &tokenSha256) const
{
    Statement query =
        m_database.statement(QStringLiteral("SELECT station, role FROM hub_stations WHERE token_sha256 = ?"));
    bindAll(*query, {tokenSha256});
    if (!query->exec() || !query->next())
        return std::nullopt;
    return HubStationRow{query->value(0).toString(), query->value(1).toString()};
}

} // namespace store
