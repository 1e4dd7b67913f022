#include "permissions.h"

namespace accounts {

bool allows(core::Role role, Permission permission)
{
    using core::Role;
    switch (permission) {
    case Permission::CheckIn:
        return role == Role::FrontDesk;
    case Permission::CallNext:
    case Permission::RecordExam:
        return role == Role::Expert;
    case Permission::ReviewCase:
        // Experts do both jobs: an expert may be drawn as examiner on one case and reviewer on
        // another; the review and opinion services still let each one act only where drawn.
        return role == Role::Reviewer || role == Role::Expert;
    case Permission::PrintDocuments:
        return role == Role::Clerk;
    case Permission::ManageAccounts:
    case Permission::ManageVenue:
    case Permission::RunSync:
        return role == Role::VenueAdmin;
    case Permission::TerminateCase:
        return role == Role::Reviewer || role == Role::VenueAdmin;
    }
    return false;
}

QString displayName(Permission permission)
{
    switch (permission) {
    case Permission::CheckIn:
        return QCoreApplication::translate("accounts", "check people in");
    case Permission::CallNext:
        return QCoreApplication::translate("accounts", "call people to an exam room");
    case Permission::RecordExam:
        return QCoreApplication::translate("accounts", "record examinations");
    case Permission::ReviewCase:
        return QCoreApplication::translate("accounts", "review and conclude cases");
    case Permission::PrintDocuments:
        return QCoreApplication::translate("accounts", "print opinions and conclusions");
    case Permission::ManageAccounts:
        return QCoreApplication::translate("accounts", "manage accounts");
    case Permission::ManageVenue:
        return QCoreApplication::translate("accounts", "manage the venue");
    case Permission::RunSync:
        return QCoreApplication::translate("accounts", "synchronize with the central system");
    case Permission::TerminateCase:
        return QCoreApplication::translate("accounts", "terminate a case");
    }
    return {};
}

core::Status Authorizer::require(const Session &session, Permission permission)
{
    if (!session.valid() || !session.account.active)
        return core::Status::failure(tr("Please log in first."));
    if (!allows(session.account.role, permission))
        return core::Status::failure(tr("%1 (%2) is not allowed to %3.")
                                         .arg(session.account.displayName,
                                              core::displayName(session.account.role),
                                              displayName(permission)));
    return {};
}

} // namespace accounts
