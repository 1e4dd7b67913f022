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
    // terminated), read from the open_deadlines table that triggers keep: the cost is that of the
    // open cases, whatever the history holds.
    QList<DeadlineFacts> open() const;
    std::optional<DeadlineFacts> of(const QString &acceptanceNo) const;
    // The acceptance numbers of the cases concluded on `day`, in order of acceptance number.
    QStringList concludedOn(const QDate &day) const;

    core::Status addExtension(const QString &acceptanceNo, int days, const QString &reason,
                              const QString &actor, const QDateTime &at);
    core::Status addDelivery(const QString &acceptanceNo, const QDate &deliveredOn, const QString &method,
                             const QString &trackingNo, const QString &actor, const QDateTime &at);

private:
    QList<DeadlineFacts> select(const QString &from, const QString &where, const QVariantList &values) const;
    Database &m_database;
};

} // namespace store
