#pragma once

#include "outbox.h"

#include "core/caseflow.h"
#include "core/types.h"

#include <QHash>

#include <optional>

namespace store {

// A case as stored: the roster data plus where it stands in the day's flow.
struct CaseRecord {
    core::Case data;
    core::CaseState state = core::CaseState::Registered;
    int version = 1;
    QDateTime updatedAt;
    bool unreadable = false; // personal data did not open with this station's key
};

struct StoredTransition {
    core::CaseTransition transition;
    QString actor;
};

class CaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(store::CaseRepository)
public:
    explicit CaseRepository(Database &database);

    // Inserts a new case or updates the roster data of an existing one (its state is kept).
    // Central: the roster as the central system sent it; not queued for upload (no echo).
    enum class Origin { Station, Central };
    core::Status save(const core::Case &data, Origin origin = Origin::Station);
    std::optional<CaseRecord> find(const QString &acceptanceNo) const;
    // Only where the case stands: no personal data is decrypted.
    std::optional<core::CaseState> stateOf(const QString &acceptanceNo) const;
    // Newest case of this person in the given batch (or in any batch when batchId is empty).
    std::optional<CaseRecord> findByIdNumber(const QString &idNumber, const QString &batchId = {}) const;
    // The person's case in a batch held on `day`, found through the blind index.
    std::optional<CaseRecord> findByIdNumberOn(const QString &idNumber, const QDate &day) const;
    QList<CaseRecord> inBatch(const QString &batchId) const;
    // The names of these cases and nothing else of them: only the sealed personal column is read
    // and opened (a list does not need the whole case). nullopt: the personal data does not open
    // with this station's key; a number that is no case is left out.
    QHash<QString, std::optional<QString>> names(const QStringList &acceptanceNos) const;
    // Every case's acceptance number, in order (the demo's sample materials go to each).
    QStringList acceptanceNumbers() const;

    // Moves a case along its flow after checking the rule in core::CaseFlow; records who and when.
    core::Status transition(const QString &acceptanceNo, core::CaseState to, const QString &reason,
                            const QString &actor);
    // The same, for a caller that has just read the case's state inside its own transaction.
    core::Status transition(const QString &acceptanceNo, std::optional<core::CaseState> from,
                            core::CaseState to, const QString &reason, const QString &actor);
    QList<StoredTransition> history(const QString &acceptanceNo) const;
    // The state as stored (text), nothing when this station does not have the case; a failure when
    // the table cannot be read (a staff station following the venue hub).
    core::Result<std::optional<QString>> storedState(const QString &acceptanceNo) const;
    // Follows a move the venue hub decided (its event carries the states as text): no flow check and
    // no outbox row (the hub uploads its own), the transition recorded with "venue hub" as the reason.
    core::Status followHub(const QString &acceptanceNo, const QString &fromState, const QString &toState,
                           const QString &at, const QString &actor);
    // The expert is the case's drawn reviewer.
    bool isDrawnReviewer(const QString &acceptanceNo, const QString &expertId) const;

private:
    Database &m_database;
    Outbox m_outbox;
};

QJsonObject toJson(const core::Case &data);

} // namespace store
