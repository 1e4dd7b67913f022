#include "caseflow.h"

#include <array>

namespace core {

namespace {

constexpr std::array<std::pair<CaseState, const char *>, 13> kStates{{
    {CaseState::Registered, "registered"},
    {CaseState::CheckedIn, "checked_in"},
    {CaseState::WaitingExam1, "waiting_exam1"},
    {CaseState::Exam1, "exam1"},
    {CaseState::WaitingExam2, "waiting_exam2"},
    {CaseState::Exam2, "exam2"},
    {CaseState::WaitingReview, "waiting_review"},
    {CaseState::Review, "review"},
    {CaseState::Concluded, "concluded"},
    {CaseState::SignedOut, "signed_out"},
    {CaseState::NoShow, "no_show"},
    {CaseState::Withdrawn, "withdrawn"},
    {CaseState::Terminated, "terminated"},
}};

bool beforeConclusion(CaseState state)
{
    return state >= CaseState::Registered && state <= CaseState::Review;
}

bool rawAllowed(CaseState from, CaseState to)
{
    using S = CaseState;
    switch (to) {
    case S::NoShow:
        // Not present at the desk, or not present when called.
        return from == S::Registered || from == S::CheckedIn || from == S::WaitingExam1 ||
               from == S::WaitingExam2;
    case S::Withdrawn:
    case S::Terminated:
        return beforeConclusion(from);
    case S::CheckedIn:
        // A person marked no-show who arrives late checks in again.
        return from == S::Registered || from == S::NoShow;
    case S::WaitingExam1:
        return from == S::CheckedIn || from == S::Exam1; // back to the queue (transfer)
    case S::WaitingExam2:
        return from == S::Exam1 || from == S::Exam2;
    case S::WaitingReview:
        return from == S::Exam2 || from == S::Review;
    case S::Exam1:
        return from == S::WaitingExam1;
    case S::Exam2:
        return from == S::WaitingExam2;
    case S::Review:
        return from == S::WaitingReview;
    case S::Concluded:
        return from == S::Review;
    case S::SignedOut:
        return from == S::Concluded;
    case S::Registered:
        return false;
    }
    return false;
}

} // namespace

QString toKey(CaseState state)
{
    for (const auto &[value, name] : kStates) {
        if (value == state)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<CaseState> caseStateFromKey(const QString &key)
{
    for (const auto &[value, name] : kStates) {
        if (key == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

QList<CaseState> allCaseStates()
{
    QList<CaseState> states;
    for (const auto &entry : kStates)
        states << entry.first;
    return states;
}

QString displayName(CaseState state)
{
    switch (state) {
    case CaseState::Registered:
        return CaseFlow::tr("Registered");
    case CaseState::CheckedIn:
        return CaseFlow::tr("Checked in");
    case CaseState::WaitingExam1:
        return CaseFlow::tr("Waiting for exam 1");
    case CaseState::Exam1:
        return CaseFlow::tr("In exam 1");
    case CaseState::WaitingExam2:
        return CaseFlow::tr("Waiting for exam 2");
    case CaseState::Exam2:
        return CaseFlow::tr("In exam 2");
    case CaseState::WaitingReview:
        return CaseFlow::tr("Waiting for review");
    case CaseState::Review:
        return CaseFlow::tr("In review");
    case CaseState::Concluded:
        return CaseFlow::tr("Concluded");
    case CaseState::SignedOut:
        return CaseFlow::tr("Signed out");
    case CaseState::NoShow:
        return CaseFlow::tr("No-show");
    case CaseState::Withdrawn:
        return CaseFlow::tr("Withdrawn");
    case CaseState::Terminated:
        return CaseFlow::tr("Terminated");
    }
    return {};
}

bool isFinal(CaseState state)
{
    return state == CaseState::SignedOut || state == CaseState::Withdrawn || state == CaseState::Terminated;
}

bool CaseFlow::needsReason(CaseState to)
{
    return to == CaseState::NoShow || to == CaseState::Withdrawn || to == CaseState::Terminated;
}

TransitionCheck CaseFlow::check(CaseState from, CaseState to, const QString &reason)
{
    if (from == to)
        return {false, tr("The case is already %1.").arg(displayName(to))};
    if (!rawAllowed(from, to))
        return {false, tr("A case that is %1 cannot go to %2.").arg(displayName(from), displayName(to))};
    if (needsReason(to) && reason.trimmed().isEmpty())
        return {false, tr("A reason is required to mark a case %1.").arg(displayName(to))};
    return {true, {}};
}

QList<CaseState> CaseFlow::nextStates(CaseState from)
{
    QList<CaseState> next;
    for (CaseState to : allCaseStates()) {
        if (to != from && rawAllowed(from, to))
            next << to;
    }
    return next;
}

CaseFlow::CaseFlow(const Clock &clock, CaseState start) : m_clock(clock), m_state(start) {}

TransitionCheck CaseFlow::advance(CaseState to, const QString &reason)
{
    TransitionCheck result = check(m_state, to, reason);
    if (!result)
        return result;
    m_history << CaseTransition{m_state, to, m_clock.now(), reason.trimmed()};
    m_state = to;
    return result;
}

} // namespace core
