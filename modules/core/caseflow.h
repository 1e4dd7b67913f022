#pragma once

#include "clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace core {

// The life of one case on an appraisal day. The main path runs top to bottom; NoShow,
// Withdrawn and Terminated (管理办法 art. 14) end a case early.
enum class CaseState {
    Registered,
    CheckedIn,
    WaitingExam1,
    Exam1,
    WaitingExam2,
    Exam2,
    WaitingReview,
    Review,
    Concluded,
    SignedOut,
    NoShow,
    Withdrawn,
    Terminated,
};

QString toKey(CaseState state);
std::optional<CaseState> caseStateFromKey(const QString &key);
QString displayName(CaseState state);
QList<CaseState> allCaseStates();
bool isFinal(CaseState state);

struct CaseTransition {
    CaseState from;
    CaseState to;
    QDateTime at;
    QString reason; // required for NoShow, Withdrawn, Terminated
};

// Outcome of asking for a transition: either allowed or refused with a translated reason.
struct TransitionCheck {
    bool allowed = false;
    QString refusal;
    explicit operator bool() const { return allowed; }
};

class CaseFlow
{
    Q_DECLARE_TR_FUNCTIONS(core::CaseFlow)
public:
    // Pure rule: may a case go from `from` to `to` (with this reason)?
    static TransitionCheck check(CaseState from, CaseState to, const QString &reason = {});
    // All states reachable from `from` in one step.
    static QList<CaseState> nextStates(CaseState from);
    static bool needsReason(CaseState to);

    explicit CaseFlow(const Clock &clock, CaseState start = CaseState::Registered);

    CaseState state() const { return m_state; }
    const QList<CaseTransition> &history() const { return m_history; }
    // Applies the transition and timestamps it, or leaves the state unchanged and says why not.
    TransitionCheck advance(CaseState to, const QString &reason = {});

private:
    const Clock &m_clock;
    CaseState m_state;
    QList<CaseTransition> m_history;
};

} // namespace core
