#include "opinionservice.h"

#include "grading/catalog.h"
#include "grading/grading.h"
#include "store/assignmentrepository.h"
#include "store/auditlog.h"
#include "store/caserepository.h"
#include "store/opinionrepository.h"
#include "store/outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace exam {

namespace {

QByteArray contentOf(const Opinion &opinion)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("findings"), opinion.findings},
                                     {QStringLiteral("clauses"), QJsonArray::fromStringList(opinion.clauses)},
                                     {QStringLiteral("grade"), opinion.grade},
                                     {QStringLiteral("self_care"), opinion.selfCare},
                                     {QStringLiteral("override_grade"), opinion.overrideGrade},
                                     {QStringLiteral("override_reason"), opinion.overrideReason}})
        .toJson(QJsonDocument::Compact);
}

store::OpinionRecord recordOf(const Opinion &opinion)
{
    return {opinion.id,         opinion.acceptanceNo,    opinion.role,         opinion.expertId,
            opinion.templateId, opinion.templateVersion, opinion.version,      opinion.state,
            contentOf(opinion), opinion.predecessor,     opinion.changeReason, opinion.updatedAt,
            opinion.submittedAt};
}

Opinion opinionOf(const store::OpinionRecord &record)
{
    Opinion opinion;
    opinion.id = record.id;
    opinion.acceptanceNo = record.acceptanceNo;
    opinion.role = record.role;
    opinion.expertId = record.expertId;
    opinion.templateId = record.templateId;
    opinion.templateVersion = record.templateVersion;
    opinion.version = record.version;
    opinion.state = record.state;
    const QJsonObject json = QJsonDocument::fromJson(record.content).object();
    opinion.findings = json.value(QStringLiteral("findings")).toObject();
    for (const QJsonValue &clause : json.value(QStringLiteral("clauses")).toArray())
        opinion.clauses << clause.toString();
    opinion.grade = json.value(QStringLiteral("grade")).toInt();
    opinion.selfCare = json.value(QStringLiteral("self_care")).toString();
    opinion.overrideGrade = json.value(QStringLiteral("override_grade")).toInt();
    opinion.overrideReason = json.value(QStringLiteral("override_reason")).toString();
    opinion.predecessor = record.predecessor;
    opinion.changeReason = record.changeReason;
    opinion.updatedAt = record.updatedAt;
    opinion.submittedAt = record.submittedAt;
    return opinion;
}

} // namespace

OpinionService::OpinionService(store::Database &database, QList<forms::ExamTemplate> templates)
    : m_database(database), m_templates(std::move(templates))
{
}

const forms::ExamTemplate *OpinionService::templateFor(core::Specialty group) const
{
    for (const forms::ExamTemplate &t : m_templates)
        if (t.group == group)
            return &t;
    return nullptr;
}

QList<store::WorkItem> OpinionService::worklist(const QString &expertId, bool review) const
{
    return store::AssignmentRepository(m_database).worklistOf(expertId, review);
}

const forms::ExamTemplate *OpinionService::templateById(const QString &id) const
{
    for (const forms::ExamTemplate &t : m_templates)
        if (t.id == id)
            return &t;
    return nullptr;
}

std::optional<QString> OpinionService::assignedRole(const QString &acceptanceNo, const QString &expertId,
                                                    bool review) const
{
    return store::AssignmentRepository(m_database).roleOf(acceptanceNo, expertId, review);
}

std::optional<Opinion> OpinionService::load(const QString &opinionId) const
{
    if (const auto record = store::OpinionRepository(m_database).find(opinionId))
        return opinionOf(*record);
    return std::nullopt; // none, or tampered or sealed with another key: never shown as if it were empty
}

std::optional<Opinion> OpinionService::latest(const QString &acceptanceNo, const QString &role) const
{
    const auto id = store::OpinionRepository(m_database).latestId(acceptanceNo, role);
    return id ? load(*id) : std::nullopt;
}

QList<Opinion> OpinionService::all(const QString &acceptanceNo) const
{
    QList<Opinion> opinions;
    for (const QString &id : store::OpinionRepository(m_database).idsOf(acceptanceNo))
        if (auto opinion = load(id))
            opinions << *opinion;
    return opinions;
}

core::Status OpinionService::store(const Opinion &opinion, bool insert)
{
    store::OpinionRepository repository(m_database);
    if (insert)
        return repository.insert(recordOf(opinion));
    // The grade also stands in plain once submitted, for the statistics (schema 22); a draft has none.
    return repository.update(recordOf(opinion), opinion.state == QLatin1String("draft")
                                                    ? std::nullopt
                                                    : std::optional<int>(opinion.effectiveGrade()));
}

void OpinionService::recompute(Opinion &opinion) const
{
    QList<int> grades;
    const grading::ClauseCatalog catalog(m_database);
    for (const QString &id : std::as_const(opinion.clauses))
        if (const auto clause = catalog.find(id))
            grades << clause->grade;
    const auto combined = grading::combineGrades(grades);
    opinion.grade = combined ? combined.value() : 0;
    QStringList needsHelp;
    for (const QJsonValue &activity : opinion.findings.value(QStringLiteral("self_care")).toArray())
        needsHelp << activity.toString();
    const auto level = grading::selfCareLevel(needsHelp);
    opinion.selfCare = level ? grading::toKey(level.value()) : QString();
}

core::Result<Opinion> OpinionService::open(const accounts::Session &session, const QString &acceptanceNo)
{
    if (const core::Status allowed = accounts::Authorizer::require(session, accounts::Permission::RecordExam);
        !allowed)
        return core::Result<Opinion>::failure(allowed.error());
    const auto role = assignedRole(acceptanceNo, session.account.expertId);
    if (!role)
        return core::Result<Opinion>::failure(
            tr("Case %1 is not assigned to you; experts examine only the cases drawn to them.")
                .arg(acceptanceNo));
    if (auto existing = latest(acceptanceNo, *role))
        return *existing;
    const auto record = store::CaseRepository(m_database).find(acceptanceNo);
    const forms::ExamTemplate *form = record ? templateFor(record->data.specialty) : nullptr;
    if (!form)
        return core::Result<Opinion>::failure(
            tr("There is no exam template for case %1's specialty.").arg(acceptanceNo));
    Opinion opinion;
    opinion.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    opinion.acceptanceNo = acceptanceNo;
    opinion.role = *role;
    opinion.expertId = session.account.expertId;
    opinion.templateId = form->id;
    opinion.templateVersion = form->version;
    opinion.state = QStringLiteral("draft");
    opinion.updatedAt = m_database.clock().now();
    const core::Status stored = m_database.transaction([&] { return store(opinion, true); });
    if (!stored)
        return core::Result<Opinion>::failure(stored.error());
    return opinion;
}

core::Result<Opinion> OpinionService::editable(const accounts::Session &session,
                                               const QString &opinionId) const
{
    if (const core::Status allowed = accounts::Authorizer::require(session, accounts::Permission::RecordExam);
        !allowed)
        return core::Result<Opinion>::failure(allowed.error());
    const auto opinion = load(opinionId);
    if (!opinion || opinion->expertId != session.account.expertId)
        return core::Result<Opinion>::failure(tr("This opinion is not yours to change."));
    if (opinion->state != QLatin1String("draft"))
        return core::Result<Opinion>::failure(
            tr("The opinion is submitted and locked; a change needs a new version with a reason."));
    return *opinion;
}

core::Result<Opinion> OpinionService::setFinding(const accounts::Session &session, const QString &opinionId,
                                                 const QString &fieldId, const QJsonValue &value)
{
    auto opinion = editable(session, opinionId);
    if (!opinion)
        return opinion;
    const forms::ExamTemplate *form = templateById(opinion->templateId);
    if (!form || !form->field(fieldId))
        return core::Result<Opinion>::failure(tr("\"%1\" is not a field of this form.").arg(fieldId));
    // Check this one value; "required" waits for the submission.
    const QList<forms::FieldProblem> problems = form->validate(QJsonObject{{fieldId, value}});
    for (const forms::FieldProblem &problem : problems)
        if (problem.field == fieldId && !(value.isNull() || value.isUndefined() ||
                                          (value.isString() && value.toString().trimmed().isEmpty())))
            return core::Result<Opinion>::failure(problem.message);
    Opinion changed = opinion.value();
    if (value.isNull() || value.isUndefined())
        changed.findings.remove(fieldId);
    else
        changed.findings.insert(fieldId, value);
    changed.updatedAt = m_database.clock().now();
    recompute(changed);
    const core::Status stored = m_database.transaction([&] { return store(changed, false); });
    if (!stored)
        return core::Result<Opinion>::failure(stored.error());
    return changed;
}

core::Result<Opinion> OpinionService::setClauses(const accounts::Session &session, const QString &opinionId,
                                                 const QStringList &clauses)
{
    auto opinion = editable(session, opinionId);
    if (!opinion)
        return opinion;
    const grading::ClauseCatalog catalog(m_database);
    for (const QString &clause : clauses)
        if (!catalog.find(clause))
            return core::Result<Opinion>::failure(tr("Clause %1 is not in the catalog.").arg(clause));
    Opinion changed = opinion.value();
    changed.clauses = clauses;
    changed.updatedAt = m_database.clock().now();
    recompute(changed);
    const core::Status stored = m_database.transaction([&] { return store(changed, false); });
    if (!stored)
        return core::Result<Opinion>::failure(stored.error());
    return changed;
}

core::Result<Opinion> OpinionService::overrideGrade(const accounts::Session &session,
                                                    const QString &opinionId, int grade,
                                                    const QString &reason)
{
    auto opinion = editable(session, opinionId);
    if (!opinion)
        return opinion;
    if (grade < 0 || grade > 10)
        return core::Result<Opinion>::failure(tr("%1 is not a grade; grades run from 1 to 10.").arg(grade));
    if (grade > 0 && reason.trimmed().isEmpty())
        return core::Result<Opinion>::failure(
            tr("Overriding the computed grade needs a reason; it is recorded."));
    Opinion changed = opinion.value();
    changed.overrideGrade = grade;
    changed.overrideReason = grade > 0 ? reason.trimmed() : QString();
    changed.updatedAt = m_database.clock().now();
    const core::Status stored = m_database.transaction([&] { return store(changed, false); });
    if (!stored)
        return core::Result<Opinion>::failure(stored.error());
    return changed;
}

QByteArray OpinionService::canonicalContent(const Opinion &opinion)
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    return QJsonDocument(
               QJsonObject{{QStringLiteral("acceptance_no"), opinion.acceptanceNo},
                           {QStringLiteral("role"), opinion.role},
                           {QStringLiteral("version"), opinion.version},
                           {QStringLiteral("expert"), opinion.expertId},
                           {QStringLiteral("template"), opinion.templateId},
                           {QStringLiteral("template_version"), opinion.templateVersion},
                           {QStringLiteral("content"), QJsonDocument::fromJson(contentOf(opinion)).object()}})
        .toJson(QJsonDocument::Compact);
}

signature::Verification OpinionService::verifySignature(const QString &opinionId) const
{
    const auto opinion = load(opinionId);
    if (!opinion)
        return signature::Verification::Tampered; // content that no longer opens is not what was signed
    return signature::SignatureStore(m_database)
        .verify(QStringLiteral("opinion:") + opinionId, canonicalContent(*opinion));
}

core::Result<Opinion> OpinionService::submit(const accounts::Session &session, const QString &opinionId,
                                             const QByteArray &signatureStrokes)
{
    auto opinion = editable(session, opinionId);
    if (!opinion)
        return opinion;
    if (const forms::ExamTemplate *form = templateById(opinion->templateId)) {
        const QList<forms::FieldProblem> problems = form->validate(opinion->findings);
        if (!problems.isEmpty()) {
            QStringList messages;
            for (const forms::FieldProblem &problem : problems)
                messages << problem.message;
            return core::Result<Opinion>::failure(
                tr("The form is not complete: %1").arg(messages.join(QLatin1Char(' '))));
        }
    }
    if (opinion->clauses.isEmpty() && opinion->overrideGrade == 0)
        return core::Result<Opinion>::failure(tr("Choose the grading basis (clauses) before submitting."));
    Opinion done = opinion.value();
    done.state = QStringLiteral("submitted");
    done.submittedAt = m_database.clock().now();
    done.updatedAt = done.submittedAt;
    const core::Status stored = m_database.transaction([&]() -> core::Status {
        if (core::Status s = store(done, false); !s)
            return s;
        if (core::Status s = signature::SignatureStore(m_database)
                                 .record(QStringLiteral("opinion:") + done.id, session.account.username,
                                         signatureStrokes, canonicalContent(done));
            !s)
            return s;
        if (!done.predecessor.isEmpty()) {
            if (core::Status s = store::OpinionRepository(m_database).supersede(done.predecessor); !s)
                return s;
        }
        const QJsonObject details{{QStringLiteral("opinion"), done.id},
                                  {QStringLiteral("role"), done.role},
                                  {QStringLiteral("version"), done.version},
                                  {QStringLiteral("grade"), done.effectiveGrade()},
                                  {QStringLiteral("predecessor"), done.predecessor},
                                  {QStringLiteral("reason"), done.changeReason}};
        if (core::Status s = store::AuditLog(m_database)
                                 .append(session.account.username,
                                         done.predecessor.isEmpty() ? QStringLiteral("opinion.submit")
                                                                    : QStringLiteral("opinion.change"),
                                         done.acceptanceNo, details);
            !s)
            return s;
        QJsonObject payload = details;
        payload.insert(QStringLiteral("acceptance_no"), done.acceptanceNo);
        payload.insert(QStringLiteral("expert"), done.expertId);
        payload.insert(QStringLiteral("content"), QJsonDocument::fromJson(contentOf(done)).object());
        return store::Outbox(m_database)
            .append(QStringLiteral("opinion"), done.id, payload, store::Outbox::Versioning::FirstOnly);
    });
    if (!stored)
        return core::Result<Opinion>::failure(stored.error());
    return done;
}

core::Result<Opinion> OpinionService::revise(const accounts::Session &session, const QString &acceptanceNo,
                                             const QString &reason)
{
    if (const core::Status allowed = accounts::Authorizer::require(session, accounts::Permission::RecordExam);
        !allowed)
        return core::Result<Opinion>::failure(allowed.error());
    const auto role = assignedRole(acceptanceNo, session.account.expertId);
    const auto current = role ? latest(acceptanceNo, *role) : std::nullopt;
    if (!current || current->state != QLatin1String("submitted"))
        return core::Result<Opinion>::failure(tr("Only a submitted opinion of yours can be changed."));
    if (reason.trimmed().isEmpty())
        return core::Result<Opinion>::failure(tr("A change to a submitted opinion needs a reason."));
    Opinion next = *current;
    next.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    next.version = current->version + 1;
    next.state = QStringLiteral("draft");
    next.predecessor = current->id;
    next.changeReason = reason.trimmed();
    next.submittedAt = QDateTime();
    next.updatedAt = m_database.clock().now();
    const core::Status stored = m_database.transaction([&] { return store(next, true); });
    if (!stored)
        return core::Result<Opinion>::failure(stored.error());
    return next;
}

core::Result<QList<Opinion>> OpinionService::visibleOpinions(const accounts::Session &session,
                                                             const QString &acceptanceNo)
{
    const QList<Opinion> opinions = all(acceptanceNo);
    if (accounts::Authorizer::require(session, accounts::Permission::ReviewCase) &&
        assignedRole(acceptanceNo, session.account.expertId, true)) {
        QList<Opinion> submitted; // the reviewer compares what was submitted
        for (const Opinion &opinion : opinions)
            if (opinion.state == QLatin1String("submitted"))
                submitted << opinion;
        return submitted;
    }
    if (accounts::Authorizer::require(session, accounts::Permission::RecordExam)) {
        const auto role = assignedRole(acceptanceNo, session.account.expertId);
        if (!role)
            return core::Result<QList<Opinion>>::failure(
                tr("Case %1 is not assigned to you; experts see only the cases drawn to them.")
                    .arg(acceptanceNo));
        const bool submittedOwn = std::any_of(opinions.cbegin(), opinions.cend(), [&](const Opinion &o) {
            return o.role == *role && o.state != QLatin1String("draft");
        });
        QList<Opinion> visible;
        for (const Opinion &opinion : opinions)
            if (opinion.role == *role || (submittedOwn && opinion.state == QLatin1String("submitted")))
                visible << opinion;
        return visible;
    }
    return core::Result<QList<Opinion>>::failure(
        tr("Findings and opinions are for the experts and the reviewer assigned to the case."));
}

} // namespace exam
