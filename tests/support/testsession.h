#pragma once

#include "accounts/permissions.h"

// A logged-in person for service tests: the user name is the role key (plus the expert id).
inline accounts::Session testSession(core::Role role, const QString &expertId = QString())
{
    core::StaffAccount account;
    account.username = core::toKey(role) + expertId;
    account.role = role;
    account.expertId = expertId;
    return {account};
}
