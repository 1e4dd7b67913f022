#pragma once

#include "core/types.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

namespace routing {

// A declared conflict of interest: with one person (by the blind index of their ID number, never
// the number itself) or with an employer.
struct Conflict {
    enum class Kind { Person, Employer };
    QString expertId;
    Kind kind = Kind::Person;
    QString subject; // blind ID index or employer name
    QString note;
};

// An earlier examination of the same person, for the recusal period.
struct PastExamination {
    QString expertId;
    QString personKey; // blind ID index
    QDate day;
};

struct DrawCase {
    QString acceptanceNo;
    core::Specialty specialty = core::Specialty::Orthopaedics;
    QString employer;
    QString personKey; // blind ID index
};

struct DrawRules {
    int panelSize = 3;             // 3: two examiners and a reviewer; 5: four examiners and a reviewer
    bool reviewerFlagOnly = false; // the review pool is restricted to experts flagged as reviewers
    int recusalDays = 1095;        // an expert who examined the person this recently is excluded
};

struct Exclusion {
    QString expertId;
    QString reason; // translated, for the audit trail and the auditor
};

struct DrawResult {
    QStringList candidates; // on duty and covering the specialty, before recusal
    QList<Exclusion> excluded;
    QStringList examiners; // exam 1, exam 2 (…)
    QString reviewer;
    QList<quint32> randomValues; // what the random source returned, in order
    QString error;               // set when no panel can be formed
    bool ok() const { return error.isEmpty(); }
    QJsonObject toJson() const;
};

// Where the draw's randomness comes from: a cryptographic generator in the product, a fixed
// sequence in tests that need one.
class RandomSource
{
public:
    virtual ~RandomSource() = default;
    virtual quint32 uniform(quint32 upperBound) = 0; // 0 <= value < upperBound, unbiased
};

// libsodium's randombytes_uniform: the operating system's CSPRNG, no modulo bias.
class CryptoRandom final : public RandomSource
{
public:
    quint32 uniform(quint32 upperBound) override;
};

// The random expert draw with recusal (domain.md §1.3): candidates are on duty and cover the
// case's specialty; an expert whose employer is the person's employer, who declared a conflict with
// the person or the employer, or who examined the person within the recusal period is excluded
// with the reason. Examiners are drawn uniformly without replacement; the reviewer is drawn from
// the rest (only flagged reviewers when the rules say so).
class ExpertDraw
{
    Q_DECLARE_TR_FUNCTIONS(routing::ExpertDraw)
public:
    static DrawResult draw(const DrawCase &drawCase, const QList<core::Expert> &experts,
                           const QList<Conflict> &conflicts, const QList<PastExamination> &history,
                           const QDate &today, const DrawRules &rules, RandomSource &random);
};

} // namespace routing
