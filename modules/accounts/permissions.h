#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QCoreApplication>

namespace accounts {

// What a person may do. Services check these; hiding a button is only a courtesy.
enum class Permission {
    CheckIn,        // front desk: check in, queue numbers, tickets, sign-out
    CallNext,       // exam room: call, recall, no-show
    RecordExam,     // expert: findings, clauses, own opinion
    ReviewCase,     // reviewer: compare opinions, conclude
    PrintDocuments, // clerk: opinions, conclusions, delivery lists
    ManageAccounts, // admin
    ManageVenue,    // admin: venue, rooms, experts, rosters, configuration
    RunSync,        // admin: sync with the central system
    TerminateCase,  // reviewer or admin: end a case under art. 14
};

bool allows(core::Role role, Permission permission);
QString displayName(Permission permission);

// The person logged in at this station.
struct Session {
    core::StaffAccount account;
    bool valid() const { return !account.username.isEmpty(); }
};

class Authorizer
{
    Q_DECLARE_TR_FUNCTIONS(accounts::Authorizer)
public:
    // Ok when the session's role holds the permission; otherwise a message naming the missing right.
    static core::Status require(const Session &session, Permission permission);
};

} // namespace accounts
