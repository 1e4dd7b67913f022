#include "caserepository.h"

#include "assignmentrepository.h"
#include "auditlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace store {

namespace {

const QString kCaseColumns =
    QStringLiteral("acceptance_no, batch_id, personal, gender, birth_date, employer, appraisal_type, "
                   "specialty, lane, materials, state, version, updated_at, accepted_on");

QByteArray sealedPersonal(const Sealer &sealer, const core::Case &c)
{
    const QJsonObject personal{{QStringLiteral("id_number"), c.person.idNumber},
                               {QStringLiteral("name"), c.person.name},
                               {QStringLiteral("phone"), c.person.phone},
                               {QStringLiteral("address"), c.person.address}};
    return sealer.seal(QJsonDocument(personal).toJson(QJsonDocument::Compact), c.acceptanceNo);
}

CaseRecord caseFrom(const QSqlQuery &query, const Sealer &sealer)
{
    CaseRecord record;
    core::Case &c = record.data;
    c.acceptanceNo = query.value(0).toString();
    c.batchId = query.value(1).toString();
    if (const auto personal = sealer.open(query.value(2).toByteArray(), c.acceptanceNo)) {
        const QJsonObject fields = QJsonDocument::fromJson(*personal).object();
        c.person.idNumber = fields.value(QStringLiteral("id_number")).toString();
        c.person.name = fields.value(QStringLiteral("name")).toString();
        c.person.phone = fields.value(QStringLiteral("phone")).toString();
        c.person.address = fields.value(QStringLiteral("address")).toString();
    } else {
        record.unreadable = true;
    }
    c.person.gender = core::genderFromKey(query.value(3).toString()).value_or(core::Gender::Male);
    c.person.birthDate = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    c.employer = query.value(5).toString();
    c.type = core::appraisalTypeFromKey(query.value(6).toString()).value_or(core::AppraisalType::WorkInjury);
    c.specialty = core::specialtyFromKey(query.value(7).toString()).value_or(core::Specialty::Orthopaedics);
    c.lane = query.value(8).toString();
    const QJsonArray materials = QJsonDocument::fromJson(query.value(9).toString().toUtf8()).array();
    for (const QJsonValue &item : materials)
        c.materials << item.toString();
    record.state = core::caseStateFromKey(query.value(10).toString()).value_or(core::CaseState::Registered);
    record.version = query.value(11).toInt();
    record.updatedAt = QDateTime::fromString(query.value(12).toString(), Qt::ISODateWithMs);
    c.acceptedOn = QDate::fromString(query.value(13).toString(), Qt::ISODate);
    return record;
}

} // namespace

QJsonObject toJson(const core::Case &c)
{
    return {
        {QStringLiteral("acceptance_no"), c.acceptanceNo},
        {QStringLiteral("batch_id"), c.batchId},
        {QStringLiteral("id_number"), c.person.idNumber},
        {QStringLiteral("name"), c.person.name},
        {QStringLiteral("gender"), core::toKey(c.person.gender)},
        {QStringLiteral("birth_date"), c.person.birthDate.toString(Qt::ISODate)},
        {QStringLiteral("phone"), c.person.phone},
        {QStringLiteral("address"), c.person.address},
        {QStringLiteral("employer"), c.employer},
        {QStringLiteral("appraisal_type"), core::toKey(c.type)},
        {QStringLiteral("specialty"), core::toKey(c.specialty)},
        {QStringLiteral("lane"), c.lane},
        {QStringLiteral("materials"), QJsonArray::fromStringList(c.materials)},
        {QStringLiteral("accepted_on"), c.acceptedOn.toString(Qt::ISODate)},
    };
}

CaseRepository::CaseRepository(Database &database) : m_database(database), m_outbox(database) {}

core::Status CaseRepository::save(const core::Case &c, Origin origin)
{
    const QString now = m_database.clock().now().toString(Qt::ISODateWithMs);
    const QString materials = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(c.materials)).toJson(QJsonDocument::Compact));
    const Sealer &sealer = m_database.sealer();
    return m_database.transaction([&]() -> core::Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral(
            "INSERT INTO cases(acceptance_no, batch_id, id_index, personal, gender, birth_date, "
            "employer, appraisal_type, specialty, lane, materials, updated_at, accepted_on) "
            "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(acceptance_no) DO UPDATE SET batch_id = excluded.batch_id, "
            "id_index = excluded.id_index, personal = excluded.personal, gender = excluded.gender, "
            "birth_date = excluded.birth_date, "
            "employer = excluded.employer, appraisal_type = excluded.appraisal_type, "
            "specialty = excluded.specialty, lane = excluded.lane, materials = excluded.materials, "
            "accepted_on = excluded.accepted_on, "
            "version = cases.version + 1, updated_at = excluded.updated_at"));
        bindAll(query,
                {c.acceptanceNo, c.batchId, sealer.idIndex(c.person.idNumber), sealedPersonal(sealer, c),
                 core::toKey(c.person.gender), c.person.birthDate.toString(Qt::ISODate), c.employer,
                 core::toKey(c.type), core::toKey(c.specialty), c.lane, materials, now,
                 c.acceptedOn.toString(Qt::ISODate)});
        if (!query.exec())
            return core::Status::failure(sqlError(tr("Saving case %1").arg(c.acceptanceNo), query));
        if (origin == Origin::Central)
            return {};
        return m_outbox.append(QStringLiteral("case"), c.acceptanceNo, toJson(c));
    });
}

std::optional<CaseRecord> CaseRepository::find(const QString &acceptanceNo) const
{
    Statement query = m_database.statement(
        QStringLiteral("SELECT %1 FROM cases WHERE acceptance_no = ?").arg(kCaseColumns));
    bindAll(*query, {acceptanceNo});
    if (!query->exec() || !query->next())
        return std::nullopt;
    return caseFrom(*query, m_database.sealer());
}

std::optional<CaseRecord> CaseRepository::findByIdNumber(const QString &idNumber,
                                                         const QString &batchId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM cases WHERE id_index = ? AND (? = '' OR batch_id = ?) "
                                 "ORDER BY updated_at DESC LIMIT 1")
                      .arg(kCaseColumns));
    bindAll(query, {m_database.sealer().idIndex(idNumber), batchId, batchId});
    if (!query.exec() || !query.next())
        return std::nullopt;
    return caseFrom(query, m_database.sealer());
}

std::optional<core::CaseState> CaseRepository::stateOf(const QString &acceptanceNo) const
{
    Statement query = m_database.statement(QStringLiteral("SELECT state FROM cases WHERE acceptance_no = ?"));
    bindAll(*query, {acceptanceNo});
    if (!query->exec() || !query->next())
        return std::nullopt;
    return core::caseStateFromKey(query->value(0).toString());
}

std::optional<CaseRecord> CaseRepository::findByIdNumberOn(const QString &idNumber, const QDate &day) const
{
    Statement query =
        m_database.statement(QStringLiteral("SELECT %1 FROM cases WHERE id_index = ? AND batch_id IN "
                                            "(SELECT id FROM batches WHERE day = ?) "
                                            "ORDER BY updated_at DESC LIMIT 1")
                                 .arg(kCaseColumns));
    bindAll(*query, {m_database.sealer().idIndex(idNumber), day.toString(Qt::ISODate)});
    if (!query->exec() || !query->next())
        return std::nullopt;
    return caseFrom(*query, m_database.sealer());
}

QHash<QString, std::optional<QString>> CaseRepository::names(const QStringList &acceptanceNos) const
{
    QHash<QString, std::optional<QString>> names;
    names.reserve(acceptanceNos.size());
    // One statement for a list page's rows (a statement per row cost more than the unsealing), in
    // slices far below SQLite's limit on bound values.
    constexpr qsizetype kSlice = 250;
    for (qsizetype from = 0; from < acceptanceNos.size(); from += kSlice) {
        const QStringList slice = acceptanceNos.mid(from, kSlice);
        QStringList marks(slice.size(), QStringLiteral("?"));
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT acceptance_no, personal FROM cases WHERE acceptance_no IN (%1)")
                          .arg(marks.join(QLatin1Char(','))));
        for (const QString &acceptanceNo : slice)
            query.addBindValue(acceptanceNo);
        if (!query.exec())
            continue;
        while (query.next()) {
            const QString acceptanceNo = query.value(0).toString();
            const auto personal = m_database.sealer().open(query.value(1).toByteArray(), acceptanceNo);
            if (!personal) {
                names.insert(acceptanceNo, std::nullopt);
                continue;
            }
            names.insert(
                acceptanceNo,
                QJsonDocument::fromJson(*personal).object().value(QStringLiteral("name")).toString());
        }
    }
    return names;
}

QStringList CaseRepository::acceptanceNumbers() const
{
    QStringList numbers;
    Statement query =
        m_database.statement(QStringLiteral("SELECT acceptance_no FROM cases ORDER BY acceptance_no"));
    if (query->exec())
        while (query->next())
            numbers << query->value(0).toString();
    return numbers;
}

QList<CaseRecord> CaseRepository::inBatch(const QString &batchId) const
{
    QList<CaseRecord> cases;
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM cases WHERE batch_id = ? ORDER BY acceptance_no").arg(kCaseColumns));
    query.addBindValue(batchId);
    if (!query.exec())
        return cases;
    while (query.next())
        cases << caseFrom(query, m_database.sealer());
    return cases;
}

core::Status CaseRepository::transition(const QString &acceptanceNo, core::CaseState to,
                                        const QString &reason, const QString &actor)
{
    return transition(acceptanceNo, std::nullopt, to, reason, actor);
}

core::Status CaseRepository::transition(const QString &acceptanceNo, std::optional<core::CaseState> from,
                                        core::CaseState to, const QString &reason, const QString &actor)
{
    return m_database.transaction([&]() -> core::Status {
        // Read inside the transaction so two writers cannot both move the same case; a caller that
        // read the state in its own transaction passes it, and the update below re-checks it.
        const auto state = from ? from : stateOf(acceptanceNo);
        if (!state)
            return core::Status::failure(tr("There is no case with acceptance number %1.").arg(acceptanceNo));
        const core::TransitionCheck check = core::CaseFlow::check(*state, to, reason);
        if (!check)
            return core::Status::failure(check.refusal);
        const QString at = m_database.clock().now().toString(Qt::ISODateWithMs);

        Statement update = m_database.statement(
            QStringLiteral("UPDATE cases SET state = ?, version = version + 1, updated_at = ? "
                           "WHERE acceptance_no = ? AND state = ?"));
        bindAll(*update, {core::toKey(to), at, acceptanceNo, core::toKey(*state)});
        if (!update->exec())
            return core::Status::failure(sqlError(tr("Updating case %1").arg(acceptanceNo), *update));
        if (update->numRowsAffected() != 1)
            return core::Status::failure(
                tr("Case %1 was changed by someone else a moment ago; look at it again.").arg(acceptanceNo));

        Statement insert = m_database.statement(QStringLiteral("INSERT INTO case_transitions(acceptance_no, "
                                                               "from_state, to_state, at, reason, actor) "
                                                               "VALUES(?, ?, ?, ?, ?, ?)"));
        bindAll(*insert, {acceptanceNo, core::toKey(*state), core::toKey(to), at, reason.trimmed(), actor});
        if (!insert->exec())
            return core::Status::failure(
                sqlError(tr("Recording the transition of case %1").arg(acceptanceNo), *insert));
        const QString key = QStringLiteral("%1#%2").arg(acceptanceNo, insert->lastInsertId().toString());
        QJsonObject details{{QStringLiteral("from"), core::toKey(*state)}};
        if (!reason.trimmed().isEmpty())
            details.insert(QStringLiteral("reason"), reason.trimmed());
        if (core::Status audited =
                AuditLog(m_database)
                    .append(actor, QStringLiteral("case.") + core::toKey(to), acceptanceNo, details);
            !audited)
            return audited;
        return m_outbox.append(QStringLiteral("case_transition"), key,
                               {{QStringLiteral("acceptance_no"), acceptanceNo},
                                {QStringLiteral("from"), core::toKey(*state)},
                                {QStringLiteral("to"), core::toKey(to)},
                                {QStringLiteral("at"), at},
                                {QStringLiteral("reason"), reason.trimmed()},
                                {QStringLiteral("actor"), actor}},
                               Outbox::Versioning::FirstOnly);
    });
}

QList<StoredTransition> CaseRepository::history(const QString &acceptanceNo) const
{
    QList<StoredTransition> transitions;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT from_state, to_state, at, reason, actor FROM case_transitions "
                                 "WHERE acceptance_no = ? ORDER BY id"));
    query.addBindValue(acceptanceNo);
    if (!query.exec())
        return transitions;
    while (query.next()) {
        StoredTransition stored;
        stored.transition.from =
            core::caseStateFromKey(query.value(0).toString()).value_or(core::CaseState::Registered);
        stored.transition.to =
            core::caseStateFromKey(query.value(1).toString()).value_or(core::CaseState::Registered);
        stored.transition.at = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
        stored.transition.reason = query.value(3).toString();
        stored.actor = query.value(4).toString();
        transitions << stored;
    }
    return transitions;
}

core::Result<std::optional<QString>> CaseRepository::storedState(const QString &acceptanceNo) const
{
    Statement known = m_database.statement(QStringLiteral("SELECT state FROM cases WHERE acceptance_no = ?"));
    bindAll(*known, {acceptanceNo});
    if (!known->exec())
        return core::Result<std::optional<QString>>::failure(
            sqlError(QStringLiteral("reading the case"), *known));
    if (!known->next())
        return std::optional<QString>();
    return std::optional<QString>(known->value(0).toString());
}

core::Status CaseRepository::followHub(const QString &acceptanceNo, const QString &fromState,
                                       const QString &toState, const QString &at, const QString &actor)
{
    Statement move = m_database.statement(QStringLiteral(
        "UPDATE cases SET state = ?, version = version + 1, updated_at = ? WHERE acceptance_no = ?"));
    bindAll(*move, {toState, at, acceptanceNo});
    if (!move->exec())
        return core::Status::failure(sqlError(QStringLiteral("moving the case"), *move));
    Statement history = m_database.statement(
        QStringLiteral("INSERT INTO case_transitions(acceptance_no, from_state, to_state, at, reason, actor) "
                       "VALUES(?, ?, ?, ?, 'venue hub', ?)"));
    bindAll(*history, {acceptanceNo, fromState, toState, at, actor});
    if (!history->exec())
        return core::Status::failure(sqlError(QStringLiteral("recording the case's transition"), *history));
    return {};
}

bool CaseRepository::isDrawnReviewer(const QString &acceptanceNo, const QString &expertId) const
{
    return AssignmentRepository(m_database).roleOf(acceptanceNo, expertId, true).has_value();
}

} // namespace store
