#include "expertadministration.h"

#include "core/idnumber.h"
#include "routing/drawservice.h"
#include "store/auditlog.h"
#include "store/venuerepository.h"

#include <QRegularExpression>

#include <algorithm>

namespace administration {

namespace {
core::Status requireAdmin(const accounts::Session &session)
{
    return accounts::Authorizer::require(session, accounts::Permission::ManageVenue);
}
const QString kEmployer = QStringLiteral("employer");
const QString kPerson = QStringLiteral("person");
} // namespace

ExpertAdministration::ExpertAdministration(store::Database &database)
    : m_database(database), m_experts(database)
{
}

QList<core::Expert> ExpertAdministration::experts() const
{
    return m_experts.all();
}

core::Status ExpertAdministration::save(const accounts::Session &admin, const core::Expert &given)
{
    if (const core::Status allowed = requireAdmin(admin); !allowed)
        return allowed;
    core::Expert expert = given;
    expert.id = expert.id.trimmed();
    expert.name = expert.name.trimmed();
    expert.employer = expert.employer.trimmed();
    expert.title = expert.title.trimmed();
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$"));
    if (!idPattern.match(expert.id).hasMatch())
        return core::Status::failure(
            tr("The expert id \"%1\" is not valid: use 1 to 32 letters, digits, dots, "
               "dashes or underscores, for example E101.")
                .arg(given.id));
    if (expert.name.isEmpty())
        return core::Status::failure(tr("Enter the expert's name."));
    if (expert.specialties.isEmpty())
        return core::Status::failure(
            tr("Choose at least one specialty for expert %1; the draw picks experts by specialty.")
                .arg(expert.id));
    const bool existed = m_experts.find(expert.id).has_value();
    return m_database.transaction([&]() -> core::Status {
        if (core::Status saved = m_experts.save(expert); !saved)
            return saved;
        return store::AuditLog(m_database)
            .append(admin.account.username, QStringLiteral("expert.save"), expert.id,
                    {{QStringLiteral("new"), !existed},
                     {QStringLiteral("specialties"), store::joinSpecialties(expert.specialties)},
                     {QStringLiteral("on_duty"), expert.onDuty},
                     {QStringLiteral("may_review"), expert.mayReview}});
    });
}

core::Result<ExpertImport> ExpertAdministration::importCsv(const accounts::Session &admin,
                                                           const QString &csvText)
{
    if (const core::Status allowed = requireAdmin(admin); !allowed)
        return allowed;
    const roster::Parsed<core::Expert> parsed = roster::parseExperts(csvText);
    if (!parsed.fileError.isEmpty())
        return core::Status::failure(parsed.fileError);
    ExpertImport report{int(parsed.items.size()), parsed.rejected};
    const core::Status stored = m_database.transaction([&]() -> core::Status {
        for (const core::Expert &expert : parsed.items)
            if (core::Status saved = m_experts.save(expert); !saved)
                return saved;
        return store::AuditLog(m_database)
            .append(admin.account.username, QStringLiteral("experts.import"), {},
                    {{QStringLiteral("imported"), report.imported},
                     {QStringLiteral("rejected"), int(report.rejected.size())}});
    });
    if (!stored)
        return stored;
    return report;
}

QList<ConflictRow> ExpertAdministration::conflicts(const QString &expertId) const
{
    QList<ConflictRow> rows;
    for (const store::StoredConflict &stored : m_experts.conflicts(expertId)) {
        const bool employer = stored.kind == kEmployer;
        rows << ConflictRow{stored.expertId, employer, employer ? stored.subject : tr("(person)"),
                            stored.subject, stored.note};
    }
    return rows;
}

core::Status ExpertAdministration::declareEmployerConflict(const accounts::Session &admin,
                                                           const QString &expertId, const QString &employer,
                                                           const QString &note)
{
    routing::Conflict conflict{expertId, routing::Conflict::Kind::Employer, employer.trimmed(),
                               note.trimmed()};
    routing::CryptoRandom random; // not used for a declaration; the service needs a source
    return routing::DrawService(m_database, random).addConflict(admin, conflict);
}

core::Status ExpertAdministration::declarePersonConflict(const accounts::Session &admin,
                                                         const QString &expertId, const QString &idNumber,
                                                         const QString &note)
{
    const core::IdCheck check = core::checkIdNumber(idNumber, m_database.clock().today());
    if (!check.valid)
        return core::Status::failure(check.error);
    routing::Conflict conflict{expertId, routing::Conflict::Kind::Person,
                               m_database.sealer().idIndex(check.normalized), note.trimmed()};
    routing::CryptoRandom random;
    return routing::DrawService(m_database, random).addConflict(admin, conflict);
}

core::Status ExpertAdministration::withdrawConflict(const accounts::Session &admin, const QString &expertId,
                                                    bool employer, const QString &key)
{
    if (const core::Status allowed = requireAdmin(admin); !allowed)
        return allowed;
    return m_database.transaction([&]() -> core::Status {
        if (core::Status removed = m_experts.removeConflict(expertId, employer ? kEmployer : kPerson, key);
            !removed)
            return removed;
        return store::AuditLog(m_database)
            .append(admin.account.username, QStringLiteral("expert.conflict_withdraw"), expertId,
                    {{QStringLiteral("kind"), employer ? kEmployer : kPerson},
                     {QStringLiteral("subject"), employer ? key : QStringLiteral("(person)")}});
    });
}

core::Status ExpertAdministration::seat(const accounts::Session &admin, const QString &expertId,
                                        const QString &roomId)
{
    if (const core::Status allowed = requireAdmin(admin); !allowed)
        return allowed;
    auto expert = m_experts.find(expertId);
    if (!expert)
        return core::Status::failure(tr("There is no expert %1.").arg(expertId));
    if (!roomId.isEmpty()) {
        const QList<core::Room> rooms = store::VenueRepository(m_database).rooms();
        const auto room =
            std::find_if(rooms.cbegin(), rooms.cend(), [&](const core::Room &r) { return r.id == roomId; });
        if (room == rooms.cend())
            return core::Status::failure(tr("There is no room %1; add it first (room add).").arg(roomId));
        if (room->retired)
            return core::Status::failure(
                tr("Room %1 is retired; seat the expert in a room in use.").arg(roomId));
    }
    const QString previous = expert->roomId;
    return m_database.transaction([&]() -> core::Status {
        // Seated experts are on duty today; standing down keeps the flag as the admin set it.
        if (!roomId.isEmpty() && !expert->onDuty) {
            expert->onDuty = true;
            if (core::Status saved = m_experts.save(*expert); !saved)
                return saved;
        }
        if (core::Status seated = m_experts.seat(expertId, roomId); !seated)
            return seated;
        return store::AuditLog(m_database)
            .append(admin.account.username, QStringLiteral("expert.seat"), expertId,
                    {{QStringLiteral("room"), roomId}, {QStringLiteral("previous_room"), previous}});
    });
}

} // namespace administration
