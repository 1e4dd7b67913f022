#include "hubmirrorrepository.h"

#include "assignmentrepository.h"
#include "caserepository.h"
#include "drawrepository.h"
#include "ticketrepository.h"

namespace store {

HubMirrorRepository::HubMirrorRepository(Database &database) : m_database(database) {}

std::optional<MirroredDraw> HubMirrorRepository::draw(const QString &drawId) const
{
    std::optional<MirroredDraw> draw = DrawRepository(m_database).published(drawId);
    if (draw)
        draw->assignments = AssignmentRepository(m_database).panelOf(drawId);
    return draw;
}

std::optional<MirroredTransfer> HubMirrorRepository::transferOf(const QString &ticketId,
                                                                const QString &expertId) const
{
    return AssignmentRepository(m_database).heldFor(ticketId, expertId);
}

core::Result<std::optional<QString>> HubMirrorRepository::caseState(const QString &acceptanceNo) const
{
    return CaseRepository(m_database).storedState(acceptanceNo);
}

core::Status HubMirrorRepository::mirrorTicket(const MirroredTicket &ticket)
{
    return TicketRepository(m_database).mirror(ticket);
}

core::Status HubMirrorRepository::followCaseState(const QString &acceptanceNo, const QString &fromState,
                                                  const QString &toState, const QString &at,
                                                  const QString &actor)
{
    return CaseRepository(m_database).followHub(acceptanceNo, fromState, toState, at, actor);
}

core::Status HubMirrorRepository::mirrorDraw(const MirroredDraw &draw)
{
    if (core::Status stored = DrawRepository(m_database).mirror(draw); !stored)
        return stored;
    return AssignmentRepository(m_database).mirrorPanel(draw);
}

core::Status HubMirrorRepository::mirrorTransfer(const MirroredTransfer &transfer)
{
    return AssignmentRepository(m_database).reassign(transfer.acceptanceNo, transfer.role, transfer.expertId);
}

core::Status HubMirrorRepository::saveAppliedSeq(qint64 seq)
{
    return m_database.recordProgress(settings::HubMirroredSeq, QString::number(seq));
}

} // namespace store
