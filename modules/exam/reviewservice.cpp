#include "reviewservice.h"

#include "grading/grading.h"

#include "store/assignmentrepository.h"
#include "store/auditlog.h"
#include "store/caserepository.h"
#include "store/opinionrepository.h"
#include "store/outbox.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace exam {

namespace {

QJsonObject toJson(const Conclusion &c)
{
    return {{QStringLiteral("acceptance_no"), c.acceptanceNo},
            {QStringLiteral("grade"), c.grade},
            {QStringLiteral("clauses"), QJsonArray::fromStringList(c.clauses)},
            {QStringLiteral("self_care"), c.selfCare},
            {QStringLiteral("based_on"), c.basedOn},
            {QStringLiteral("reason"), c.reason},
            {QStringLiteral("reviewer"), c.reviewer},
            {QStringLiteral("concluded_at"), c.concludedAt.toString(Qt::ISODateWithMs)}};
}

} // namespace

ReviewService::ReviewService(store::Database &database, OpinionService &opinions)
    : m_database(database), m_opinions(opinions)
{
}

QByteArray ReviewService::canonicalContent(const Conclusion &conclusion)
{
    return QJsonDocument(toJson(conclusion)).toJson(QJsonDocument::Compact);
}

core::Result<Comparison> ReviewService::compare(const accounts::Session &session, const QString &acceptanceNo)
{
    if (const core::Status allowed = accounts::Authorizer::require(session, accounts::Permission::ReviewCase);
        !allowed)
        return core::Result<Comparison>::failure(allowed.error());
    // Experts also review, so the right alone is not enough: only the case's drawn reviewer compares
    // and concludes it (an examiner of the case never does).
    if (!m_opinions.assignedRole(acceptanceNo, session.account.expertId, true))
        return core::Result<Comparison>::failure(
            tr("Case %1 is not drawn to you for review; only its drawn reviewer compares and concludes it.")
                .arg(acceptanceNo));
    const auto visible = m_opinions.visibleOpinions(session, acceptanceNo);
    if (!visible)
        return core::Result<Comparison>::failure(visible.error());
    const int expected = store::AssignmentRepository(m_database).examinerCount(acceptanceNo);
    Comparison comparison;
    comparison.opinions = visible.value();
    if (comparison.opinions.isEmpty() || comparison.opinions.size() < expected)
        return core::Result<Comparison>::failure(
            tr("Case %1 has %2 of its %3 opinions submitted; the review starts when all are in.")
                .arg(acceptanceNo)
                .arg(comparison.opinions.size())
                .arg(expected));
    QSet<int> grades;
    QSet<QString> selfCares;
    QSet<QString> clauseSets;
    QHash<int, int> votes;
    for (const Opinion &opinion : comparison.opinions) {
        grades.insert(opinion.effectiveGrade());
        selfCares.insert(opinion.selfCare);
        QStringList sorted = opinion.clauses;
        sorted.sort();
        clauseSets.insert(sorted.join(QLatin1Char(',')));
        ++votes[opinion.effectiveGrade()];
    }
    if (grades.size() > 1)
        comparison.differences << tr("The grades differ.");
    if (clauseSets.size() > 1)
        comparison.differences << tr("The grading bases (clauses) differ.");
    if (selfCares.size() > 1)
        comparison.differences << tr("The self-care levels differ.");
    if (comparison.opinions.size() >= 3)
        for (auto it = votes.cbegin(); it != votes.cend(); ++it)
            if (it.value() * 2 > comparison.opinions.size())
                comparison.majorityGrade = it.key();
    return comparison;
}

core::Result<Conclusion> ReviewService::agree(const accounts::Session &session, const QString &acceptanceNo,
                                              const QString &opinionId, const QByteArray &signatureStrokes)
{
    const auto comparison = compare(session, acceptanceNo);
    if (!comparison)
        return core::Result<Conclusion>::failure(comparison.error());
    for (const Opinion &opinion : comparison->opinions) {
        if (opinion.id != opinionId)
            continue;
        Conclusion conclusion;
        conclusion.acceptanceNo = acceptanceNo;
        conclusion.grade = opinion.effectiveGrade();
        conclusion.clauses = opinion.clauses;
        conclusion.selfCare = opinion.selfCare;
        conclusion.basedOn = opinion.id;
        return conclude(session, conclusion, signatureStrokes);
    }
    return core::Result<Conclusion>::failure(
        tr("That opinion is not one of this case's submitted opinions."));
}

core::Result<Conclusion> ReviewService::concludeOwn(const accounts::Session &session,
                                                    const QString &acceptanceNo, int grade,
                                                    const QStringList &clauses, const QString &selfCare,
                                                    const QString &reason, const QByteArray &signatureStrokes)
{
    const auto comparison = compare(session, acceptanceNo);
    if (!comparison)
        return core::Result<Conclusion>::failure(comparison.error());
    if (grade < 1 || grade > 10)
        return core::Result<Conclusion>::failure(
            tr("%1 is not a grade; grades run from 1 to 10.").arg(grade));
    if (reason.trimmed().isEmpty())
        return core::Result<Conclusion>::failure(
            tr("A conclusion of your own, different from the opinions, needs a reason."));
    if (!selfCare.isEmpty() && grading::selfCareDisplayName(selfCare) == selfCare)
        return core::Result<Conclusion>::failure(
            tr("\"%1\" is not a self-care level; choose none, partial, most or complete.").arg(selfCare));
    Conclusion conclusion;
    conclusion.acceptanceNo = acceptanceNo;
    conclusion.grade = grade;
    conclusion.clauses = clauses;
    conclusion.selfCare = selfCare;
    conclusion.basedOn = QStringLiteral("own");
    conclusion.reason = reason.trimmed();
    return conclude(session, conclusion, signatureStrokes);
}

core::Result<Conclusion> ReviewService::conclude(const accounts::Session &session, Conclusion conclusion,
                                                 const QByteArray &signatureStrokes)
{
    conclusion.reviewer = session.account.expertId;
    conclusion.concludedAt = m_database.clock().now();
    const core::Status stored = m_database.transaction([&]() -> core::Status {
        store::CaseRepository cases(m_database);
        if (cases.stateOf(conclusion.acceptanceNo) != core::CaseState::WaitingReview)
            return core::Status::failure(tr("Case %1 is not waiting for review; it may be concluded already.")
                                             .arg(conclusion.acceptanceNo));
        for (const core::CaseState to : {core::CaseState::Review, core::CaseState::Concluded})
            if (core::Status moved =
                    cases.transition(conclusion.acceptanceNo, to, {}, session.account.username);
                !moved)
                return moved;
        // The grade and self-care level also in plain, for the statistics (schema 22): the name and
        // ID number stay sealed.
        if (core::Status s =
                store::OpinionRepository(m_database)
                    .insertConclusion({conclusion.acceptanceNo, conclusion.reviewer, conclusion.concludedAt,
                                       canonicalContent(conclusion), conclusion.grade, conclusion.selfCare});
            !s)
            return s;
        if (core::Status s =
                signature::SignatureStore(m_database)
                    .record(QStringLiteral("conclusion:") + conclusion.acceptanceNo, session.account.username,
                            signatureStrokes, canonicalContent(conclusion));
            !s)
            return s;
        const QJsonObject details{{QStringLiteral("grade"), conclusion.grade},
                                  {QStringLiteral("based_on"), conclusion.basedOn},
                                  {QStringLiteral("reason"), conclusion.reason}};
        if (core::Status s = store::AuditLog(m_database)
                                 .append(session.account.username, QStringLiteral("review.conclude"),
                                         conclusion.acceptanceNo, details);
            !s)
            return s;
        return store::Outbox(m_database)
            .append(QStringLiteral("conclusion"), conclusion.acceptanceNo, toJson(conclusion),
                    store::Outbox::Versioning::FirstOnly);
    });
    if (!stored)
        return core::Result<Conclusion>::failure(stored.error());
    return conclusion;
}

std::optional<Conclusion> ReviewService::conclusionOf(const QString &acceptanceNo) const
{
    const auto content = store::OpinionRepository(m_database).conclusionContent(acceptanceNo);
    if (!content)
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(*content).object();
    Conclusion conclusion;
    conclusion.acceptanceNo = json.value(QStringLiteral("acceptance_no")).toString();
    conclusion.grade = json.value(QStringLiteral("grade")).toInt();
    for (const QJsonValue &clause : json.value(QStringLiteral("clauses")).toArray())
        conclusion.clauses << clause.toString();
    conclusion.selfCare = json.value(QStringLiteral("self_care")).toString();
    conclusion.basedOn = json.value(QStringLiteral("based_on")).toString();
    conclusion.reason = json.value(QStringLiteral("reason")).toString();
    conclusion.reviewer = json.value(QStringLiteral("reviewer")).toString();
    conclusion.concludedAt =
        QDateTime::fromString(json.value(QStringLiteral("concluded_at")).toString(), Qt::ISODateWithMs);
    return conclusion;
}

signature::Verification ReviewService::verifyConclusion(const QString &acceptanceNo) const
{
    const auto conclusion = conclusionOf(acceptanceNo);
    if (!conclusion)
        return signature::Verification::Missing;
    return signature::SignatureStore(m_database)
        .verify(QStringLiteral("conclusion:") + acceptanceNo, canonicalContent(*conclusion));
}

} // namespace exam
