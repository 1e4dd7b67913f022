#include "hubhealth.h"

#include "store/healthrepository.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace venue {

namespace {

const QStringList kLevels{QStringLiteral("ok"), QStringLiteral("warning"), QStringLiteral("critical")};

int rank(const QString &level)
{
    return int(kLevels.indexOf(level));
}

} // namespace

HubHealth::HubHealth(store::Database &database) : m_database(database) {}

QString HubHealth::record(const StationIdentity &station, const QJsonObject &report, qint64 reportBytes)
{
    if (reportBytes > kMaxReportBytes)
        return QStringLiteral("a health report may be at most %1 bytes").arg(kMaxReportBytes);
    const QString level = report.value(QStringLiteral("level")).toString();
    if (!kLevels.contains(level))
        return QStringLiteral("level must be ok, warning or critical");
    const QJsonValue checksValue = report.value(QStringLiteral("checks"));
    if (!checksValue.isArray())
        return QStringLiteral("checks must be a list");
    const QJsonArray sent = checksValue.toArray();
    if (sent.size() > kMaxChecks)
        return QStringLiteral("a health report may hold at most %1 checks").arg(kMaxChecks);
    static const QRegularExpression namePattern(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    QJsonArray checks;
    int worst = 0;
    for (const QJsonValue &entry : sent) {
        const QJsonObject check = entry.toObject();
        const QString name = check.value(QStringLiteral("name")).toString();
        const QString checkLevel = check.value(QStringLiteral("level")).toString();
        if (!namePattern.match(name).hasMatch() || !kLevels.contains(checkLevel))
            return QStringLiteral("each check needs a name (a-z, 0-9, _) and a level");
        worst = qMax(worst, rank(checkLevel));
        // Only the known fields are kept, each cut to its bound; anything else is ignored.
        checks.append(QJsonObject{
            {QStringLiteral("name"), name},
            {QStringLiteral("level"), checkLevel},
            {QStringLiteral("value"), check.value(QStringLiteral("value")).toString().left(kMaxTextChars)},
            {QStringLiteral("advice"),
             check.value(QStringLiteral("advice")).toString().left(kMaxTextChars)}});
    }
    if (worst != rank(level))
        return QStringLiteral("level must be the worst level of the checks");
    const core::Status kept =
        store::HealthRepository(m_database)
            .saveStationHealth({station.station, station.role, level, checks, m_database.clock().now()});
    return kept ? QString() : kept.error();
}

QJsonObject HubHealth::summary(bool fullChecks) const
{
    const store::HealthRepository repository(m_database);
    const QDateTime now = m_database.clock().now();
    const qint64 staleSeconds = 60LL * m_database.settingNumber(store::settings::HealthStationStaleMinutes);
    int worst = 0;
    QJsonArray stations;
    for (const store::StationHealthRow &row : repository.stationHealth(kMaxStations)) {
        const bool stale = row.receivedAt.secsTo(now) > staleSeconds;
        const QString level = stale && rank(row.level) < 1 ? QStringLiteral("warning") : row.level;
        worst = qMax(worst, rank(level));
        QJsonArray checks;
        for (const QJsonValue &entry : row.checks) {
            QJsonObject check = entry.toObject();
            if (fullChecks) {
                checks.append(check);
            } else if (check.value(QStringLiteral("level")).toString() != QLatin1String("ok")) {
                check.remove(QStringLiteral("advice"));
                checks.append(check);
            }
        }
        stations.append(
            QJsonObject{{QStringLiteral("station"), row.station},
                        {QStringLiteral("role"), row.role},
                        {QStringLiteral("level"), level},
                        {QStringLiteral("received_at"), row.receivedAt.toString(Qt::ISODate)},
                        {QStringLiteral("stale"), stale},
                        {fullChecks ? QStringLiteral("checks") : QStringLiteral("problems"), checks}});
    }
    return {{QStringLiteral("level"), kLevels.value(worst)},
            {QStringLiteral("stations_total"), repository.stationsReporting()},
            {QStringLiteral("stations"), stations}};
}

} // namespace venue
