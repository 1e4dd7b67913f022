#pragma once

#include "database.h"

#include "core/caseflow.h"

#include <QDate>
#include <QDateTime>
#include <optional>

namespace store {

// What the time limits of one case are computed from: its state and acceptance, the extension of
// the conclusion limit, the conclusion and the delivery.
struct DeadlineFacts {
    QString acceptanceNo;
    core::CaseState state = core::CaseState::Registered;
    QDate acceptedOn;
    int extensionDays = 0;
    QString extensionReason;
    QDateTime concludedAt;
    QDate deliveredOn;
    QString deliveryMethod; // ems | in_person
    QString trackingNo;
};

// The case_extensions and deliveries tables, read together with cases and conclusions. Writes run
// inside the caller's transaction (the deadline service's, with its audit row and outbox row).
class DeadlineRepository
{
    Q_DECLARE_TR_FUNCTIONS(store::DeadlineRepository)
public:
    explicit DeadlineRepository(Database &database);

    QList<DeadlineFacts> all() const; // by acceptance number
    // Cases not delivered yet, not archived and not ended without a conclusion (no-show, withdrawn,
    // terminated), read from the open_deadlines table that triggers keep, most urgent first (the
    // earliest last day allowed, then the acceptance number; unknown ones last), the first `limit`
    // (all when negative): rows read in the order of an index, so a page costs its rows, whatever
    // the history or the open work holds.
    QList<DeadlineFacts> open(int limit = -1) const;
    // The open cases overdue or due by their stage's bound (the conclusion due by `conclusionSoon`,
    // the delivery by `deliverySoon`), in the order of open(), the first `limit` (all when negative).
    QList<DeadlineFacts> needingAttention(const QDate &conclusionSoon, const QDate &deliverySoon,
                                          int limit) const;
    struct OpenCounts {
        int awaitingConclusion = 0;
        int awaitingDelivery = 0;
        int overdue = 0;
        int dueSoon = 0;
    };
    // The stages from the counters kept by triggers; overdue and due soon from ranges of the index
    // (their cost is the urgent cases' number, not the open cases').
    OpenCounts openCounts(const QDate &today, const QDate &conclusionSoon, const QDate &deliverySoon) const;
    // The statements open(), needingAttention() and openCounts() run, for checks of their query plans.
    static QStringList openQueries();
    std::optional<DeadlineFacts> of(const QString &acceptanceNo) const;
    // The acceptance numbers of the cases concluded on `day`, in order of acceptance number.
    QStringList concludedOn(const QDate &day) const;

    core::Status addExtension(const QString &acceptanceNo, int days, const QString &reason,
                              const QString &actor, const QDateTime &at);
    core::Status addDelivery(const QString &acceptanceNo, const QDate &deliveredOn, const QString &method,
                             const QString &trackingNo, const QString &actor, const QDateTime &at);

private:
    QList<DeadlineFacts> select(const QString &sql, const QVariantList &values) const;
    Database &m_database;
};

} // namespace store
