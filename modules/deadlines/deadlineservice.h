#pragma once

#include "timelimits.h"

#include "accounts/permissions.h"
#include "core/caseflow.h"
#include "store/deadlinerepository.h"

#include <optional>

namespace deadlines {

// The rows the clerk's list shows at first and adds per "Show more": the names are unsealed for
// these only, so the page opens as fast with a thousand open cases as with ten. A hundred is four to
// five screens of the most urgent cases at 1366x768, more than a clerk reads before acting.
inline constexpr int kListPageRows = 100;

// One case against its legal time limit, as the clerk's page lists it.
struct CaseDeadline {
    QString acceptanceNo;
    QString name; // in full: the clerk's page is an internal screen
    core::CaseState state = core::CaseState::Registered;
    CaseDates dates;
    QString extensionReason;
    QString deliveryMethod; // ems | in_person
    QString trackingNo;
    Standing standing;
};

// The 60-day limit from acceptance (+30 with a recorded reason) and the 15 days for delivery after
// the conclusion (管理办法 art. 10, 17). Extensions and deliveries are audited and synced.
class DeadlineService
{
    Q_DECLARE_TR_FUNCTIONS(deadlines::DeadlineService)
public:
    explicit DeadlineService(store::Database &database);

    // Every case still waiting for its conclusion or its delivery (with `includeDone`, also the
    // delivered and ended ones), overdue first, then by the days left. Names are read only with
    // `withNames` (the command line shows none).
    QList<CaseDeadline> overview(bool includeDone = false, bool withNames = true) const;

    enum class Scope {
        NeedsAttention, // open and overdue or due soon
        Open,           // waiting for the conclusion or its delivery
        Everything,     // delivered and ended cases too
    };
    // The `limit` most urgent cases of the scope (all when `limit` < 0) in the order of overview(), with
    // names; the counts cover the whole scope, so the page can say what it leaves out.
    struct Page {
        QList<CaseDeadline> rows;
        int total = 0; // cases in the scope; rows holds the first min(total, limit)
        int overdue = 0;
        int dueSoon = 0;
        int awaitingDelivery = 0;
    };
    // Costs the open cases (or, for Everything, the history's rows without their names) plus one
    // name per row shown: the names are the expensive part, unsealed only for the page.
    Page page(Scope scope, int limit, bool withNames = true) const;
    std::optional<CaseDeadline> of(const QString &acceptanceNo) const;
    // The acceptance numbers of the cases concluded on `day`, in order of acceptance number.
    QStringList concludedOn(const QDate &day) const;

    // Extends the conclusion limit of a case (once, by at most 30 days) for the reason given.
    core::Status extend(const accounts::Session &session, const QString &acceptanceNo, int days,
                        const QString &reason);
    // Records that the conclusion reached the person: `method` is "ems" (with its tracking number)
    // or "in_person".
    core::Status recordDelivery(const accounts::Session &session, const QString &acceptanceNo,
                                const QDate &deliveredOn, const QString &method, const QString &trackingNo);

    // The EMS delivery list of the conclusions made on `day`, as deadlines::writeDeliveryList
    // (deliverylist.h) writes it.
    core::Result<int> writeDeliveryList(const accounts::Session &session, const QDate &day,
                                        const QString &path) const;

    WarningDays warningDays() const;

    // How many open cases are past their limit or due soon (the station health check): the open
    // cases only, and no name is unsealed.
    struct Tally {
        int overdue = 0;
        int dueSoon = 0;
    };
    Tally tally() const;

private:
    QList<CaseDeadline> standings(const QList<store::DeadlineFacts> &facts) const;
    void addNames(QList<CaseDeadline> &rows) const;

    store::Database &m_database;
};

} // namespace deadlines
