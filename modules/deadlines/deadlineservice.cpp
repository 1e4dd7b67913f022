#include "deadlineservice.h"
#include "deliverylist.h"

#include "store/auditlog.h"
#include "store/caserepository.h"
#include "store/deadlinerepository.h"
#include "store/outbox.h"

#include <algorithm>

namespace deadlines {

namespace {

bool endedWithoutConclusion(core::CaseState state)
{
    return state == core::CaseState::NoShow || state == core::CaseState::Withdrawn ||
           state == core::CaseState::Terminated;
}

// Overdue first, then the fewest days left; unknown and finished cases last.
int rank(const Standing &s)
{
    switch (s.urgency) {
    case Urgency::Overdue:
    case Urgency::DueSoon:
    case Urgency::OnTime:
        return 0;
    case Urgency::Unknown:
        return 1;
    case Urgency::Met:
        return 2;
    }
    return 2;
}

} // namespace

DeadlineService::DeadlineService(store::Database &database) : m_database(database) {}

WarningDays DeadlineService::warningDays() const
{
    WarningDays days;
    days.conclusion = m_database.settingNumber(store::settings::DeadlineWarnDaysConclusion);
    days.delivery = m_database.settingNumber(store::settings::DeadlineWarnDaysDelivery);
    return days;
}

QList<CaseDeadline> DeadlineService::standings(const QList<store::DeadlineFacts> &facts) const
{
    QList<CaseDeadline> rows;
    rows.reserve(facts.size());
    const QDate today = m_database.clock().now().date();
    const WarningDays warning = warningDays();
    for (const store::DeadlineFacts &fact : facts) {
        CaseDeadline row;
        row.acceptanceNo = fact.acceptanceNo;
        row.state = fact.state;
        row.dates.acceptedOn = fact.acceptedOn;
        row.dates.extensionDays = fact.extensionDays;
        row.extensionReason = fact.extensionReason;
        row.dates.concludedOn = fact.concludedAt.date();
        row.dates.deliveredOn = fact.deliveredOn;
        row.deliveryMethod = fact.deliveryMethod;
        row.trackingNo = fact.trackingNo;
        row.dates.ended = endedWithoutConclusion(row.state);
        row.standing = standing(row.dates, today, warning);
        rows << row;
    }
    return rows;
}

void DeadlineService::addNames(QList<CaseDeadline> &rows) const
{
    QStringList numbers;
    numbers.reserve(rows.size());
    for (const CaseDeadline &row : std::as_const(rows))
        numbers << row.acceptanceNo;
    const QHash<QString, std::optional<QString>> names = store::CaseRepository(m_database).names(numbers);
    for (CaseDeadline &row : rows)
        if (const auto name = names.constFind(row.acceptanceNo); name != names.constEnd())
            row.name = name->has_value() ? **name : tr("(unreadable)");
}

DeadlineService::Tally DeadlineService::tally() const
{
    // The open cases only, and no name is unsealed.
    const Page all = page(Scope::Open, 0, false);
    return {all.overdue, all.dueSoon};
}

namespace {

// Overdue first, then the fewest days left (ties by acceptance number); unknown and finished cases
// last. The order of the whole history's list (Scope::Everything); the open cases come in it from
// their index.
void sortByUrgency(QList<CaseDeadline> &rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const CaseDeadline &a, const CaseDeadline &b) {
        if (rank(a.standing) != rank(b.standing))
            return rank(a.standing) < rank(b.standing);
        return rank(a.standing) == 0 && a.standing.daysLeft < b.standing.daysLeft;
    });
}

} // namespace

DeadlineService::Page DeadlineService::page(Scope scope, int limit, bool withNames) const
{
    const store::DeadlineRepository repository(m_database);
    Page result;
    QList<CaseDeadline> rows;
    if (scope == Scope::Everything) {
        // The history's rows, without names except the page's: what the clerk asks for on purpose.
        rows = standings(repository.all());
        for (const CaseDeadline &row : std::as_const(rows)) {
            result.overdue += row.standing.urgency == Urgency::Overdue;
            result.dueSoon += row.standing.urgency == Urgency::DueSoon;
            result.awaitingDelivery += row.standing.stage == Stage::Delivery;
        }
        sortByUrgency(rows);
        result.total = int(rows.size());
        if (limit >= 0 && rows.size() > limit)
            rows.resize(limit);
    } else {
        // The open cases (schema 26): the counts from counters and index ranges, the rows from the
        // urgency index, read up to the page's end. The cost is the page's, not the open work's.
        const QDate today = m_database.clock().now().date();
        const WarningDays warning = warningDays();
        const QDate conclusionSoon = today.addDays(warning.conclusion);
        const QDate deliverySoon = today.addDays(warning.delivery);
        const store::DeadlineRepository::OpenCounts counts =
            repository.openCounts(today, conclusionSoon, deliverySoon);
        result.overdue = counts.overdue;
        result.dueSoon = counts.dueSoon;
        result.awaitingDelivery = counts.awaitingDelivery;
        result.total = scope == Scope::Open ? counts.awaitingConclusion + counts.awaitingDelivery
                                            : counts.overdue + counts.dueSoon;
        if (limit != 0)
            rows = standings(scope == Scope::Open
                                 ? repository.open(limit)
                                 : repository.needingAttention(conclusionSoon, deliverySoon, limit));
    }
    if (withNames)
        addNames(rows);
    result.rows = rows;
    return result;
}

QList<CaseDeadline> DeadlineService::overview(bool includeDone, bool withNames) const
{
    return page(includeDone ? Scope::Everything : Scope::Open, -1, withNames).rows;
}

std::optional<CaseDeadline> DeadlineService::of(const QString &acceptanceNo) const
{
    const auto facts = store::DeadlineRepository(m_database).of(acceptanceNo);
    if (!facts)
        return std::nullopt;
    QList<CaseDeadline> rows = standings({*facts});
    addNames(rows);
    return rows.constFirst();
}

QStringList DeadlineService::concludedOn(const QDate &day) const
{
    return store::DeadlineRepository(m_database).concludedOn(day);
}

core::Status DeadlineService::extend(const accounts::Session &session, const QString &acceptanceNo, int days,
                                     const QString &reason)
{
    if (const core::Status allowed =
            accounts::Authorizer::require(session, accounts::Permission::ManageVenue);
        !allowed)
        return allowed;
    const auto current = of(acceptanceNo);
    if (!current)
        return core::Status::failure(tr("There is no case %1.").arg(acceptanceNo));
    if (current->standing.stage != Stage::Conclusion)
        return core::Status::failure(
            tr("Case %1 is no longer waiting for its conclusion; only that limit can be extended.")
                .arg(acceptanceNo));
    if (current->dates.extensionDays > 0)
        return core::Status::failure(tr("The limit of case %1 was already extended by %2 days (%3); the law "
                                        "allows one extension.")
                                         .arg(acceptanceNo)
                                         .arg(current->dates.extensionDays)
                                         .arg(current->extensionReason));
    if (days < 1 || days > kMaxExtensionDays)
        return core::Status::failure(tr("An extension is 1 to %1 days.").arg(kMaxExtensionDays));
    if (reason.trimmed().isEmpty())
        return core::Status::failure(
            tr("Give the reason for the extension, e.g. a complex or multi-specialty case."));
    const QDateTime at = m_database.clock().now();
    const QString now = at.toString(Qt::ISODateWithMs);
    return m_database.transaction([&]() -> core::Status {
        if (core::Status added =
                store::DeadlineRepository(m_database)
                    .addExtension(acceptanceNo, days, reason.trimmed(), session.account.username, at);
            !added)
            return added;
        const QJsonObject details{{QStringLiteral("acceptance_no"), acceptanceNo},
                                  {QStringLiteral("days"), days},
                                  {QStringLiteral("reason"), reason.trimmed()},
                                  {QStringLiteral("by"), session.account.username},
                                  {QStringLiteral("at"), now}};
        if (core::Status audited =
                store::AuditLog(m_database)
                    .append(session.account.username, QStringLiteral("case.extend"), acceptanceNo, details);
            !audited)
            return audited;
        return store::Outbox(m_database)
            .append(QStringLiteral("case_extension"), acceptanceNo, details,
                    store::Outbox::Versioning::FirstOnly);
    });
}

core::Status DeadlineService::recordDelivery(const accounts::Session &session, const QString &acceptanceNo,
                                             const QDate &deliveredOn, const QString &method,
                                             const QString &trackingNo)
{
    if (const core::Status allowed =
            accounts::Authorizer::require(session, accounts::Permission::PrintDocuments);
        !allowed)
        return allowed;
    const auto current = of(acceptanceNo);
    if (!current)
        return core::Status::failure(tr("There is no case %1.").arg(acceptanceNo));
    if (current->standing.stage == Stage::Done)
        return core::Status::failure(
            tr("The conclusion of case %1 was already delivered on %2.")
                .arg(acceptanceNo, current->dates.deliveredOn.toString(Qt::ISODate)));
    if (current->standing.stage != Stage::Delivery)
        return core::Status::failure(
            tr("Case %1 is not concluded; there is nothing to deliver yet.").arg(acceptanceNo));
    const QDate today = m_database.clock().now().date();
    if (!deliveredOn.isValid() || deliveredOn < current->dates.concludedOn || deliveredOn > today)
        return core::Status::failure(tr("The delivery date must lie between the conclusion (%1) and today.")
                                         .arg(current->dates.concludedOn.toString(Qt::ISODate)));
    if (method != QLatin1String("ems") && method != QLatin1String("in_person"))
        return core::Status::failure(tr("The delivery method is ems or in_person."));
    if (method == QLatin1String("ems") && trackingNo.trimmed().isEmpty())
        return core::Status::failure(tr("Enter the EMS tracking number of the letter."));
    const QDateTime at = m_database.clock().now();
    const QString now = at.toString(Qt::ISODateWithMs);
    return m_database.transaction([&]() -> core::Status {
        if (core::Status added = store::DeadlineRepository(m_database)
                                     .addDelivery(acceptanceNo, deliveredOn, method, trackingNo.trimmed(),
                                                  session.account.username, at);
            !added)
            return added;
        const QJsonObject details{{QStringLiteral("acceptance_no"), acceptanceNo},
                                  {QStringLiteral("delivered_on"), deliveredOn.toString(Qt::ISODate)},
                                  {QStringLiteral("method"), method},
                                  {QStringLiteral("tracking_no"), trackingNo.trimmed()},
                                  {QStringLiteral("by"), session.account.username},
                                  {QStringLiteral("at"), now}};
        if (core::Status audited =
                store::AuditLog(m_database)
                    .append(session.account.username, QStringLiteral("case.deliver"), acceptanceNo, details);
            !audited)
            return audited;
        return store::Outbox(m_database)
            .append(QStringLiteral("delivery"), acceptanceNo, details, store::Outbox::Versioning::FirstOnly);
    });
}

core::Result<int> DeadlineService::writeDeliveryList(const accounts::Session &session, const QDate &day,
                                                     const QString &path) const
{
    return deadlines::writeDeliveryList(m_database, session, day, path);
}

} // namespace deadlines
