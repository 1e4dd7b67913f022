#pragma once

#include "accounts/permissions.h"
#include "store/caserepository.h"

namespace cases {

// Moves cases through the day's flow on behalf of a logged-in person, enforcing who may make
// which step (front desk checks in, experts examine, reviewers conclude).
class CaseService
{
    Q_DECLARE_TR_FUNCTIONS(cases::CaseService)
public:
    explicit CaseService(store::Database &database);

    // The permission a step into `to` from `from` needs.
    static accounts::Permission permissionFor(core::CaseState from, core::CaseState to);

    core::Status advance(const accounts::Session &session, const QString &acceptanceNo, core::CaseState to,
                         const QString &reason = {});

private:
    store::CaseRepository m_cases;
};

} // namespace cases
