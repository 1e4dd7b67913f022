#include "walkinadministration.h"

#include "core/idnumber.h"
#include "core/masking.h"
#include "store/auditlog.h"
#include "store/caserepository.h"
#include "store/venuerepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace administration {

namespace {

using accounts::Authorizer;
using accounts::Permission;

// The table keeps 'rejected' (schema 5); the product says "refused".
WalkInState stateFrom(const QString &stored)
{
    if (stored == QLatin1String("approved"))
        return WalkInState::Approved;
    if (stored == QLatin1String("rejected"))
        return WalkInState::Refused;
    return WalkInState::Pending;
}

QDateTime timeFrom(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

QString toKey(WalkInState state)
{
    switch (state) {
    case WalkInState::Pending:
        return QStringLiteral("pending");
    case WalkInState::Approved:
        return QStringLiteral("approved");
    case WalkInState::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

WalkInAdministration::WalkInAdministration(store::Database &database) : m_database(database) {}

core::Result<QList<WalkInRow>> WalkInAdministration::list(const accounts::Session &session,
                                                          bool pendingOnly) const
{
    const bool manages = Authorizer::require(session, Permission::ManageVenue).ok();
    if (!manages)
        if (const core::Status allowed = Authorizer::require(session, Permission::CheckIn); !allowed)
            return allowed;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, state, personal, note, requested_at, requested_by, decided_by, "
                                 "decided_at, decision_reason, acceptance_no FROM walk_ins "
                                 "WHERE (? = 0 OR state = 'pending') ORDER BY requested_at DESC LIMIT 500"));
    query.addBindValue(pendingOnly ? 1 : 0);
    if (!query.exec())
        return core::Status::failure(store::sqlError(tr("Reading the walk-ins"), query));
    QList<WalkInRow> rows;
    while (query.next()) {
        WalkInRow row;
        row.id = query.value(0).toString();
        row.state = stateFrom(query.value(1).toString());
        const auto personal = m_database.sealer().open(query.value(2).toByteArray(), row.id);
        const QJsonObject person = personal ? QJsonDocument::fromJson(*personal).object() : QJsonObject();
        row.maskedIdNumber = core::maskIdNumber(person.value(QStringLiteral("id_number")).toString());
        const QString name = person.value(QStringLiteral("name")).toString();
        row.name = manages ? name : core::maskName(name);
        row.requestNote = query.value(3).toString();
        row.requestedAt = timeFrom(query.value(4));
        row.requestedBy = query.value(5).toString();
        row.decidedBy = query.value(6).toString();
        row.decidedAt = timeFrom(query.value(7));
        row.decisionReason = query.value(8).toString();
        row.acceptanceNo = query.value(9).toString();
        rows << row;
    }
    return rows;
}

core::Result<QString> WalkInAdministration::approve(const accounts::Session &admin, const QString &walkInId,
                                                    const QString &reason, const WalkInCase &details)
{
    if (const core::Status allowed = Authorizer::require(admin, Permission::ManageVenue); !allowed)
        return allowed;
    QSqlQuery read(m_database.connection());
    read.prepare(QStringLiteral("SELECT personal, state, note FROM walk_ins WHERE id = ?"));
    read.addBindValue(walkInId);
    if (!read.exec() || !read.next())
        return core::Status::failure(tr("There is no walk-in %1.").arg(walkInId));
    if (read.value(1).toString() != QLatin1String("pending"))
        return core::Status::failure(tr("Walk-in %1 has already been decided.").arg(walkInId));
    const auto personal = m_database.sealer().open(read.value(0).toByteArray(), walkInId);
    if (!personal)
        return core::Status::failure(
            tr("The personal data of walk-in %1 does not open with this station's key.").arg(walkInId));
    const QJsonObject person = QJsonDocument::fromJson(*personal).object();
    // Without words of its own, the approval keeps the desk's reason for the visit.
    const QString why = reason.trimmed().isEmpty() ? read.value(2).toString().trimmed() : reason.trimmed();
    const QDate today = m_database.clock().today();
    const core::IdCheck check =
        core::checkIdNumber(person.value(QStringLiteral("id_number")).toString(), today);
    if (!check.valid)
        return core::Status::failure(check.error);

    store::VenueRepository venues(m_database);
    const QString venueId = m_database.setting(store::settings::VenueId);
    if (!venues.venue(venueId))
        return core::Status::failure(tr("This station has no venue set up yet; run venue setup first."));
    bool laneExists = false;
    for (const core::Lane &lane : venues.lanes())
        laneExists = laneExists || (lane.key == details.lane && !lane.retired);
    if (!laneExists)
        return core::Status::failure(tr("There is no lane %1 in use.").arg(details.lane));

    // Today's batch: the current one when it is today's, else the venue's batch of the day.
    QString batchId = m_database.setting(store::settings::CurrentBatch);
    const auto current = venues.batch(batchId);
    const bool currentIsToday = current && current->day == today;
    if (!currentIsToday)
        batchId = QStringLiteral("%1-%2").arg(venueId, today.toString(QStringLiteral("yyyyMMdd")));

    store::CaseRepository cases(m_database);
    QString acceptanceNo;
    const QString prefix = QStringLiteral("WI-%1-").arg(today.toString(QStringLiteral("yyyyMMdd")));
    for (int n = 1; n < 1000 && acceptanceNo.isEmpty(); ++n) {
        const QString candidate = prefix + QStringLiteral("%1").arg(n, 3, 10, QLatin1Char('0'));
        if (!cases.stateOf(candidate))
            acceptanceNo = candidate;
    }
    if (acceptanceNo.isEmpty())
        return core::Status::failure(tr("Today already has 999 walk-in cases."));

    core::Case walkIn;
    walkIn.acceptanceNo = acceptanceNo;
    walkIn.batchId = batchId;
    walkIn.person = core::Person{check.normalized,
                                 person.value(QStringLiteral("name")).toString(),
                                 check.gender,
                                 check.birthDate,
                                 person.value(QStringLiteral("phone")).toString(),
                                 person.value(QStringLiteral("address")).toString()};
    walkIn.employer = details.employer.trimmed();
    walkIn.type = details.type;
    walkIn.specialty = details.specialty;
    walkIn.lane = details.lane;
    walkIn.acceptedOn = today;

    const core::Status done = m_database.transaction([&]() -> core::Status {
        if (!venues.batch(batchId)) {
            if (core::Status created = venues.saveBatch({batchId, venueId, today, {}}); !created)
                return created;
        }
        if (!currentIsToday)
            if (core::Status set =
                    m_database.setSetting(store::settings::CurrentBatch, batchId, admin.account.username);
                !set)
                return set;
        if (core::Status saved = cases.save(walkIn); !saved)
            return saved;
        QSqlQuery update(m_database.connection());
        update.prepare(
            QStringLiteral("UPDATE walk_ins SET state = 'approved', decided_by = ?, decided_at = ?, "
                           "decision_reason = ?, acceptance_no = ? WHERE id = ? AND state = 'pending'"));
        store::bindAll(update, {admin.account.username, m_database.clock().now().toString(Qt::ISODateWithMs),
                                why, acceptanceNo, walkInId});
        if (!update.exec())
            return core::Status::failure(store::sqlError(tr("Deciding the walk-in"), update));
        if (update.numRowsAffected() != 1)
            return core::Status::failure(tr("Walk-in %1 has already been decided.").arg(walkInId));
        return store::AuditLog(m_database)
            .append(admin.account.username, QStringLiteral("walk_in.approve"), walkInId,
                    {{QStringLiteral("case"), acceptanceNo},
                     {QStringLiteral("batch"), batchId},
                     {QStringLiteral("reason"), why}});
    });
    if (!done)
        return done;
    return acceptanceNo;
}

core::Status WalkInAdministration::refuse(const accounts::Session &admin, const QString &walkInId,
                                          const QString &reason)
{
    if (const core::Status allowed = Authorizer::require(admin, Permission::ManageVenue); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return core::Status::failure(
            tr("Enter the reason for refusing the walk-in; the desk tells the person."));
    return m_database.transaction([&]() -> core::Status {
        QSqlQuery update(m_database.connection());
        update.prepare(
            QStringLiteral("UPDATE walk_ins SET state = 'rejected', decided_by = ?, decided_at = ?, "
                           "decision_reason = ? WHERE id = ? AND state = 'pending'"));
        store::bindAll(update, {admin.account.username, m_database.clock().now().toString(Qt::ISODateWithMs),
                                reason.trimmed(), walkInId});
        if (!update.exec())
            return core::Status::failure(store::sqlError(tr("Deciding the walk-in"), update));
        if (update.numRowsAffected() != 1)
            return core::Status::failure(tr("There is no pending walk-in %1.").arg(walkInId));
        return store::AuditLog(m_database)
            .append(admin.account.username, QStringLiteral("walk_in.refuse"), walkInId,
                    {{QStringLiteral("reason"), reason.trimmed()}});
    });
}

} // namespace administration
