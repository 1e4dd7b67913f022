#include "deskauthority.h"

namespace routing {

LocalDeskAuthority::LocalDeskAuthority(store::Database &database, DrawService *draws, QObject *parent)
    : DeskAuthority(parent), m_checkIn(database), m_draws(draws)
{
}

DeskCheckIn LocalDeskAuthority::checkIn(const accounts::Session &session, const checkin::DeskEntry &entry)
{
    DeskCheckIn done;
    done.result = entry.kind == checkin::DeskEntry::Kind::IdNumber
                      ? m_checkIn.checkInByIdNumber(session, entry.value)
                      : m_checkIn.checkInByAcceptanceNo(session, entry.value);
    if (!done.result.ok())
        return done;
    // The experts are drawn as soon as the person is here; the check-in stands even if the draw
    // cannot be made (too few experts on duty), and the desk is told why.
    const QString acceptanceNo = done.result.checkIn->record.data.acceptanceNo;
    if (m_draws && !m_draws->current(acceptanceNo)) {
        const auto drawn = m_draws->draw(session, acceptanceNo);
        if (!drawn)
            done.drawProblem = drawn.error();
    }
    return done;
}

} // namespace routing
