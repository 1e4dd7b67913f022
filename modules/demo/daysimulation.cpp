#include "daysimulation.h"

#include "checkin/checkinservice.h"
#include "exam/reviewservice.h"
#include "exam/stationtemplates.h"
#include "grading/catalog.h"
#include "routing/callauthority.h"
#include "routing/drawservice.h"
#include "signature/strokes.h"
#include "store/accountrepository.h"
#include "store/caserepository.h"
#include "store/expertrepository.h"
#include "store/venuerepository.h"

#include <QJsonArray>

#include <cmath>

namespace demo {

namespace {

accounts::Session as(core::Role role, const QString &name, const QString &expertId = QString())
{
    core::StaffAccount account;
    account.username = name;
    account.displayName = name;
    account.role = role;
    account.expertId = expertId;
    return {account};
}

// A signature as a pad would record it: a few waves with time and pressure.
QByteArray simulatedSignature(int seed)
{
    QList<signature::Stroke> strokes;
    quint32 t = 0;
    for (int s = 0; s < 3; ++s) {
        signature::Stroke stroke;
        for (int i = 0; i < 30; ++i) {
            stroke << signature::Point{QPointF(20 + i * 9 + s * 40, 70 + 20 * std::sin(i / 3.0 + seed + s)),
                                       t += 15, 0.5 + 0.4 * std::sin(i / 9.0)};
        }
        strokes << stroke;
    }
    return signature::encode(strokes, QSize(420, 140));
}

} // namespace

QJsonObject plausibleFindings(const forms::ExamTemplate &form)
{
    QJsonObject findings;
    for (const forms::Section &section : form.sections)
        for (const forms::Field &field : section.fields) {
            if (!field.required)
                continue;
            switch (field.type) {
            case forms::FieldType::Choice:
            case forms::FieldType::MultiChoice:
                findings.insert(field.id, field.type == forms::FieldType::Choice
                                              ? QJsonValue(field.options.value(0))
                                              : QJsonValue(QJsonArray{field.options.value(0)}));
                break;
            case forms::FieldType::Number:
            case forms::FieldType::RangeOfMotion:
                findings.insert(field.id, (field.min + field.max) / 2);
                break;
            case forms::FieldType::MuscleStrength:
                findings.insert(field.id, 4);
                break;
            default:
                findings.insert(field.id, QStringLiteral("%1（模拟）").arg(field.label));
            }
        }
    return findings;
}

core::Result<SimulationResult> simulateDay(store::Database &database, int cases, SimulationEnd end)
{
    const auto templates = exam::stationTemplates(database);
    if (!templates)
        return core::Result<SimulationResult>::failure(templates.error());
    exam::OpinionService opinions(database, templates.value());
    exam::ReviewService review(database, opinions);
    routing::CryptoRandom random;
    routing::DrawService draws(database, random);
    routing::LocalCallAuthority calls(database);
    checkin::CheckInService desk(database);
    const grading::ClauseCatalog catalog(database);
    store::ExpertRepository experts(database);
    const accounts::Session frontDesk = as(core::Role::FrontDesk, QStringLiteral("sim-desk"));
    // Experts act under their own accounts where they have one, as at a venue (the statistics
    // attribute an examination's duration to the account that started it).
    QHash<QString, QString> accountOf;
    for (const core::StaffAccount &account : store::AccountRepository(database).all())
        if (!account.expertId.isEmpty())
            accountOf.insert(account.expertId, account.username);
    const auto expertSession = [&accountOf](core::Role role, const QString &expertId) {
        return as(role, accountOf.value(expertId, QStringLiteral("sim-") + expertId), expertId);
    };

    SimulationResult result;
    const QString batch = database.setting(store::settings::CurrentBatch);
    for (const store::CaseRecord &record : store::CaseRepository(database).inBatch(batch)) {
        if (result.concluded.size() + result.awaitingReview.size() >= cases)
            break;
        if (record.state != core::CaseState::Registered)
            continue;
        const QString acceptanceNo = record.data.acceptanceNo;
        const auto checkedIn = desk.checkInByAcceptanceNo(frontDesk, acceptanceNo);
        if (!checkedIn.ok())
            return core::Result<SimulationResult>::failure(checkedIn.error);
        const auto drawn = draws.draw(frontDesk, acceptanceNo);
        if (!drawn) {
            result.skipped << QStringLiteral("%1: %2").arg(acceptanceNo, drawn.error());
            continue;
        }
        // A clause of the case's group as the basis.
        QString basis;
        for (const grading::Clause &clause : catalog.search(QStringLiteral("5."), 500))
            if (clause.group == record.data.specialty && clause.grade >= 5) {
                basis = clause.id;
                break;
            }
        const forms::ExamTemplate *form = opinions.templateFor(record.data.specialty);
        if (!form || basis.isEmpty())
            return core::Result<SimulationResult>::failure(
                QStringLiteral("No template or clause for %1").arg(core::toKey(record.data.specialty)));
        QString firstOpinion;
        int seed = 0;
        for (const QString &expertId : drawn->result.examiners) {
            const accounts::Session expert = expertSession(core::Role::Expert, expertId);
            const QString room = experts.find(expertId)->roomId;
            const auto called = calls.callTicket(expert, room, checkedIn.checkIn->ticket.label);
            if (!called)
                return core::Result<SimulationResult>::failure(called.error());
            if (const auto started = calls.startExam(expert, room, called->ticketId); !started)
                return core::Result<SimulationResult>::failure(started.error());
            const auto draft = opinions.open(expert, acceptanceNo);
            if (!draft)
                return core::Result<SimulationResult>::failure(draft.error());
            const QJsonObject findings = plausibleFindings(*form);
            for (auto it = findings.constBegin(); it != findings.constEnd(); ++it)
                if (const auto saved = opinions.setFinding(expert, draft->id, it.key(), it.value()); !saved)
                    return core::Result<SimulationResult>::failure(saved.error());
            if (const auto chosen = opinions.setClauses(expert, draft->id, {basis}); !chosen)
                return core::Result<SimulationResult>::failure(chosen.error());
            const auto submitted = opinions.submit(expert, draft->id, simulatedSignature(++seed));
            if (!submitted)
                return core::Result<SimulationResult>::failure(submitted.error());
            if (firstOpinion.isEmpty())
                firstOpinion = submitted->id;
            if (const auto finished = calls.finishExam(expert, room, called->ticketId); !finished)
                return core::Result<SimulationResult>::failure(finished.error());
        }
        if (end == SimulationEnd::AwaitingReview) {
            result.awaitingReview << acceptanceNo;
            continue;
        }
        const accounts::Session reviewer = expertSession(core::Role::Reviewer, drawn->result.reviewer);
        const auto concluded = review.agree(reviewer, acceptanceNo, firstOpinion, simulatedSignature(++seed));
        if (!concluded)
            return core::Result<SimulationResult>::failure(concluded.error());
        result.concluded << acceptanceNo;
    }
    return result;
}

} // namespace demo
