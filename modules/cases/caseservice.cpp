#include "caseservice.h"

namespace cases {

using core::CaseState;

CaseService::CaseService(store::Database &database) : m_cases(database) {}

accounts::Permission CaseService::permissionFor(CaseState from, CaseState to)
{
    using accounts::Permission;
    switch (to) {
    case CaseState::CheckedIn:
    case CaseState::WaitingExam1:
    case CaseState::SignedOut:
    case CaseState::Withdrawn:
        return Permission::CheckIn;
    case CaseState::NoShow:
        // Absent at the desk is the front desk's call; absent when called is the room's.
        return (from == CaseState::Registered || from == CaseState::CheckedIn) ? Permission::CheckIn
                                                                               : Permission::CallNext;
    case CaseState::Exam1:
    case CaseState::WaitingExam2:
    case CaseState::Exam2:
        return Permission::RecordExam;
    case CaseState::WaitingReview:
        return from == CaseState::Review ? Permission::ReviewCase : Permission::RecordExam;
    case CaseState::Review:
    case CaseState::Concluded:
        return Permission::ReviewCase;
    case CaseState::Terminated:
        return Permission::TerminateCase;
    case CaseState::Registered:
        break;
    }
    return Permission::ManageVenue;
}

core::Status CaseService::advance(const accounts::Session &session, const QString &acceptanceNo, CaseState to,
                                  const QString &reason)
{
    const auto current = m_cases.find(acceptanceNo);
    if (!current)
        return core::Status::failure(tr("There is no case with acceptance number %1.").arg(acceptanceNo));
    const accounts::Permission needed = permissionFor(current->state, to);
    if (const core::Status allowed = accounts::Authorizer::require(session, needed); !allowed)
        return allowed;
    // Experts do both jobs: an expert account takes a case through its review only where it was
    // drawn as the reviewer.
    if (needed == accounts::Permission::ReviewCase && session.account.role == core::Role::Expert &&
        !m_cases.isDrawnReviewer(acceptanceNo, session.account.expertId))
        return core::Status::failure(tr("Case %1 is not drawn to you for review.").arg(acceptanceNo));
    return m_cases.transition(acceptanceNo, to, reason, session.account.username);
}

} // namespace cases
