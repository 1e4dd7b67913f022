#include "drawservice.h"

#include "store/assignmentrepository.h"
#include "store/auditlog.h"
#include "store/caserepository.h"
#include "store/drawrepository.h"
#include "store/expertrepository.h"
#include "store/outbox.h"

#include <QJsonArray>
#include <QUuid>

namespace routing {

namespace {

DrawResult resultFromJson(const QJsonObject &json)
{
    DrawResult result;
    for (const QJsonValue &value : json.value(QStringLiteral("candidates")).toArray())
        result.candidates << value.toString();
    for (const QJsonValue &value : json.value(QStringLiteral("excluded")).toArray())
        result.excluded << Exclusion{value[QStringLiteral("expert")].toString(),
                                     value[QStringLiteral("reason")].toString()};
    for (const QJsonValue &value : json.value(QStringLiteral("examiners")).toArray())
        result.examiners << value.toString();
    result.reviewer = json.value(QStringLiteral("reviewer")).toString();
    for (const QJsonValue &value : json.value(QStringLiteral("random")).toArray())
        result.randomValues << quint32(value.toInteger());
    return result;
}

RecordedDraw drawFrom(const store::StoredDraw &stored)
{
    RecordedDraw draw;
    draw.id = stored.id;
    draw.acceptanceNo = stored.acceptanceNo;
    draw.drawnAt = stored.drawnAt;
    draw.operatorName = stored.operatorName;
    draw.result = resultFromJson(stored.record);
    draw.reason = stored.reason;
    draw.replacedBy = stored.replacedBy;
    return draw;
}

} // namespace

QString roleKey(int examinerIndex)
{
    return QStringLiteral("exam%1").arg(examinerIndex + 1);
}

QJsonObject Simulation::toJson() const
{
    QJsonObject countsJson;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        countsJson.insert(it.key(), QJsonObject{{QStringLiteral("exam"), it->exam},
                                                {QStringLiteral("review"), it->review}});
    QJsonArray excludedJson;
    for (const Exclusion &exclusion : excluded)
        excludedJson.append(QJsonObject{{QStringLiteral("expert"), exclusion.expertId},
                                        {QStringLiteral("reason"), exclusion.reason}});
    return {{QStringLiteral("runs"), runs},
            {QStringLiteral("counts"), countsJson},
            {QStringLiteral("excluded"), excludedJson},
            {QStringLiteral("same_expert_twice"), sameExpertTwice}};
}

DrawService::DrawService(store::Database &database, RandomSource &random)
    : m_database(database), m_random(random)
{
}

DrawRules DrawService::rules() const
{
    DrawRules rules;
    rules.panelSize = m_database.settingNumber(store::settings::DrawPanelSize) == 5 ? 5 : 3;
    rules.reviewerFlagOnly = m_database.setting(store::settings::DrawReviewerFlagOnly) == QLatin1String("on");
    rules.recusalDays = m_database.settingNumber(store::settings::DrawRecusalDays);
    return rules;
}

DrawService::Inputs DrawService::inputsFor(const QString &acceptanceNo) const
{
    Inputs inputs;
    const auto record = store::CaseRepository(m_database).find(acceptanceNo);
    if (!record) {
        inputs.error = tr("There is no case with acceptance number %1.").arg(acceptanceNo);
        return inputs;
    }
    inputs.drawCase.acceptanceNo = acceptanceNo;
    inputs.drawCase.specialty = record->data.specialty;
    inputs.drawCase.employer = record->data.employer;
    inputs.drawCase.personKey = m_database.sealer().idIndex(record->data.person.idNumber);
    inputs.experts = store::ExpertRepository(m_database).all();

    for (const store::StoredConflict &stored : store::ExpertRepository(m_database).conflicts())
        inputs.conflicts << Conflict{stored.expertId,
                                     stored.kind == QLatin1String("employer") ? Conflict::Kind::Employer
                                                                              : Conflict::Kind::Person,
                                     stored.subject, stored.note};
    // Earlier examinations of the same person, in other cases of theirs.
    for (const store::PastAssignment &past :
         store::AssignmentRepository(m_database)
             .examinationsOfPerson(inputs.drawCase.personKey, acceptanceNo))
        inputs.past << PastExamination{past.expertId, inputs.drawCase.personKey, past.drawnAt.date()};
    return inputs;
}

core::Result<RecordedDraw> DrawService::draw(const accounts::Session &session, const QString &acceptanceNo)
{
    if (const core::Status allowed = accounts::Authorizer::require(session, accounts::Permission::CheckIn);
        !allowed) {
        if (!accounts::Authorizer::require(session, accounts::Permission::ManageVenue))
            return core::Result<RecordedDraw>::failure(allowed.error());
    }
    if (current(acceptanceNo))
        return core::Result<RecordedDraw>::failure(
            tr("Case %1 already has its experts; a supervisor may redraw with a reason.").arg(acceptanceNo));
    return record(session, acceptanceNo, {});
}

core::Result<RecordedDraw> DrawService::redraw(const accounts::Session &session, const QString &acceptanceNo,
                                               const QString &reason)
{
    if (const core::Status allowed =
            accounts::Authorizer::require(session, accounts::Permission::ManageVenue);
        !allowed)
        return core::Result<RecordedDraw>::failure(allowed.error());
    if (reason.trimmed().isEmpty())
        return core::Result<RecordedDraw>::failure(
            tr("A redraw needs a reason; it is kept with both draws."));
    if (!current(acceptanceNo))
        return core::Result<RecordedDraw>::failure(
            tr("Case %1 has no draw to replace yet.").arg(acceptanceNo));
    return record(session, acceptanceNo, reason.trimmed());
}

core::Result<RecordedDraw> DrawService::record(const accounts::Session &session, const QString &acceptanceNo,
                                               const QString &reason)
{
    RecordedDraw recorded;
    const core::Status stored = m_database.transaction([&]() -> core::Status {
        const Inputs inputs = inputsFor(acceptanceNo);
        if (!inputs.error.isEmpty())
            return core::Status::failure(inputs.error);
        const DrawRules drawRules = rules();
        recorded.result = ExpertDraw::draw(inputs.drawCase, inputs.experts, inputs.conflicts, inputs.past,
                                           m_database.clock().today(), drawRules, m_random);
        if (!recorded.result.ok())
            return core::Status::failure(recorded.result.error);
        const std::optional<RecordedDraw> previous = current(acceptanceNo);
        recorded.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        recorded.acceptanceNo = acceptanceNo;
        recorded.drawnAt = m_database.clock().now();
        recorded.operatorName = session.account.username;
        recorded.reason = reason;
        const QString at = recorded.drawnAt.toString(Qt::ISODateWithMs);
        QJsonObject json = recorded.result.toJson();
        json.insert(QStringLiteral("panel_size"), drawRules.panelSize);

        store::DrawRepository draws(m_database);
        if (core::Status added = draws.add({recorded.id,
                                            acceptanceNo,
                                            recorded.drawnAt,
                                            recorded.operatorName,
                                            drawRules.panelSize,
                                            json,
                                            reason,
                                            {}});
            !added)
            return added;
        store::AssignmentRepository assignments(m_database);
        if (previous) {
            if (core::Status replaced = draws.markReplaced(previous->id, recorded.id); !replaced)
                return replaced;
            if (core::Status cleared = assignments.removeAll(acceptanceNo); !cleared)
                return cleared;
        }
        QList<QPair<QString, QString>> roles;
        for (int i = 0; i < recorded.result.examiners.size(); ++i)
            roles << qMakePair(roleKey(i), recorded.result.examiners.at(i));
        roles << qMakePair(QStringLiteral("review"), recorded.result.reviewer);
        for (const auto &[role, expert] : roles)
            if (core::Status assigned =
                    assignments.add(acceptanceNo, role, expert, recorded.id, recorded.drawnAt);
                !assigned)
                return assigned;
        // The person now waits for the first examination.
        store::CaseRepository cases(m_database);
        if (cases.stateOf(acceptanceNo) == core::CaseState::CheckedIn) {
            if (core::Status moved = cases.transition(acceptanceNo, core::CaseState::WaitingExam1, {},
                                                      session.account.username);
                !moved)
                return moved;
        }
        QJsonObject details = json;
        if (!reason.isEmpty())
            details.insert(QStringLiteral("reason"), reason);
        if (previous)
            details.insert(QStringLiteral("replaces"), previous->id);
        if (core::Status audited =
                store::AuditLog(m_database)
                    .append(session.account.username,
                            previous ? QStringLiteral("draw.redraw") : QStringLiteral("draw.make"),
                            acceptanceNo, details);
            !audited)
            return audited;
        details.insert(QStringLiteral("acceptance_no"), acceptanceNo);
        details.insert(QStringLiteral("drawn_at"), at);
        details.insert(QStringLiteral("operator"), recorded.operatorName);
        return store::Outbox(m_database)
            .append(QStringLiteral("draw"), recorded.id, details, store::Outbox::Versioning::FirstOnly);
    });
    if (!stored)
        return core::Result<RecordedDraw>::failure(stored.error());
    return recorded;
}

Simulation DrawService::simulate(const QString &acceptanceNo, int runs)
{
    Simulation simulation;
    const Inputs inputs = inputsFor(acceptanceNo);
    if (!inputs.error.isEmpty()) {
        simulation.error = inputs.error;
        return simulation;
    }
    const DrawRules drawRules = rules();
    const QDate today = m_database.clock().today();
    for (int run = 0; run < runs; ++run) {
        const DrawResult result = ExpertDraw::draw(inputs.drawCase, inputs.experts, inputs.conflicts,
                                                   inputs.past, today, drawRules, m_random);
        if (!result.ok()) {
            simulation.error = result.error;
            return simulation;
        }
        if (run == 0) {
            simulation.excluded = result.excluded;
            // Everyone who may be drawn appears, even if chance never picks them.
            for (const QString &id : result.candidates)
                if (std::none_of(result.excluded.cbegin(), result.excluded.cend(),
                                 [&](const Exclusion &e) { return e.expertId == id; }))
                    simulation.counts.insert(id, {});
        }
        QStringList panel = result.examiners;
        panel << result.reviewer;
        if (QSet<QString>(panel.cbegin(), panel.cend()).size() != panel.size())
            ++simulation.sameExpertTwice;
        for (const QString &id : result.examiners)
            ++simulation.counts[id].exam;
        ++simulation.counts[result.reviewer].review;
        ++simulation.runs;
    }
    return simulation;
}

std::optional<RecordedDraw> DrawService::current(const QString &acceptanceNo) const
{
    if (const auto stored = store::DrawRepository(m_database).current(acceptanceNo))
        return drawFrom(*stored);
    return std::nullopt;
}

QList<RecordedDraw> DrawService::history(const QString &acceptanceNo) const
{
    QList<RecordedDraw> draws;
    for (const store::StoredDraw &stored : store::DrawRepository(m_database).history(acceptanceNo))
        draws << drawFrom(stored);
    return draws;
}

core::Status DrawService::addConflict(const accounts::Session &session, const Conflict &conflict)
{
    if (const core::Status allowed =
            accounts::Authorizer::require(session, accounts::Permission::ManageVenue);
        !allowed)
        return allowed;
    if (!store::ExpertRepository(m_database).find(conflict.expertId))
        return core::Status::failure(tr("There is no expert %1.").arg(conflict.expertId));
    if (conflict.subject.trimmed().isEmpty())
        return core::Status::failure(tr("Name the employer or the person the conflict is with."));
    const bool employer = conflict.kind == Conflict::Kind::Employer;
    return m_database.transaction([&]() -> core::Status {
        if (core::Status saved =
                store::ExpertRepository(m_database)
                    .saveConflict({conflict.expertId,
                                   employer ? QStringLiteral("employer") : QStringLiteral("person"),
                                   conflict.subject, conflict.note});
            !saved)
            return saved;
        // The person is named by the blind index only, here as everywhere.
        return store::AuditLog(m_database)
            .append(
                session.account.username, QStringLiteral("expert.conflict"), conflict.expertId,
                {{QStringLiteral("kind"), employer ? QStringLiteral("employer") : QStringLiteral("person")},
                 {QStringLiteral("subject"), employer ? conflict.subject : QStringLiteral("(person)")},
                 {QStringLiteral("note"), conflict.note}});
    });
}

} // namespace routing
