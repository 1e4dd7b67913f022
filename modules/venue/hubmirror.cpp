#include "hubmirror.h"

#include <QJsonArray>

namespace venue {

namespace {

QString text(const QJsonObject &object, const char *field)
{
    return object.value(QString::fromLatin1(field)).toString();
}

} // namespace

HubMirror::HubMirror(store::Database &database) : m_database(database), m_mirror(database) {}

qint64 HubMirror::appliedUpTo() const
{
    return m_database.setting(store::settings::HubMirroredSeq).toLongLong();
}

core::Status HubMirror::apply(qint64 seq, const QJsonObject &data)
{
    return m_database.transaction([&]() -> core::Status {
        if (seq <= appliedUpTo())
            return {};
        const QString kind = text(data, "kind");
        core::Status applied;
        if (kind == QLatin1String("check_in") && data.contains(QStringLiteral("acceptance_no")))
            applied = applyCheckIn(data);
        else if (kind == QLatin1String("call") && data.contains(QStringLiteral("assignment")))
            applied = applyTransfer(data.value(QStringLiteral("assignment")).toObject());
        if (!applied)
            return applied;
        return m_mirror.saveAppliedSeq(seq);
    });
}

core::Status HubMirror::applyCheckIn(const QJsonObject &data)
{
    const QString acceptanceNo = text(data, "acceptance_no");
    const auto known = m_mirror.caseState(acceptanceNo);
    if (!known)
        return known.status();
    if (!known.value())
        return {}; // not on this station's roster
    const QString localState = *known.value();
    const QString at = text(data, "at");

    if (core::Status stored =
            m_mirror.mirrorTicket({text(data, "ticket_id"), text(data, "service_day"), text(data, "lane"),
                                   data.value(QStringLiteral("number")).toInt(), text(data, "ticket"),
                                   acceptanceNo, at, text(data, "issued_by")});
        !stored)
        return stored;

    const QString hubState = text(data, "case_state");
    // Only a case that had not started here follows the hub; work done at this station since stands.
    if (!hubState.isEmpty() && hubState != localState &&
        (localState == QLatin1String("registered") || localState == QLatin1String("no_show")))
        if (core::Status moved =
                m_mirror.followCaseState(acceptanceNo, localState, hubState, at, text(data, "issued_by"));
            !moved)
            return moved;

    const QJsonObject draw = data.value(QStringLiteral("draw")).toObject();
    store::MirroredDraw mirrored{text(draw, "id"),
                                 acceptanceNo,
                                 text(draw, "drawn_at"),
                                 text(draw, "operator"),
                                 draw.value(QStringLiteral("panel_size")).toInt(),
                                 text(draw, "record"),
                                 text(draw, "reason"),
                                 {}};
    if (mirrored.id.isEmpty())
        return {};
    for (const QJsonValue &value : draw.value(QStringLiteral("assignments")).toArray())
        mirrored.assignments.append({text(value.toObject(), "role"), text(value.toObject(), "expert")});
    return m_mirror.mirrorDraw(mirrored);
}

core::Status HubMirror::applyTransfer(const QJsonObject &assignment)
{
    if (text(assignment, "acceptance_no").isEmpty())
        return {};
    return m_mirror.mirrorTransfer(
        {text(assignment, "acceptance_no"), text(assignment, "role"), text(assignment, "expert")});
}

} // namespace venue
