#include "draw.h"

#include <QJsonArray>

#include <sodium.h>

namespace routing {

namespace {

QString normalizedEmployer(const QString &employer)
{
    QString simplified = employer.simplified();
    simplified.remove(QLatin1Char(' '));
    return simplified.toCaseFolded();
}

// Draws `count` distinct items uniformly (partial Fisher–Yates), recording the random values.
QStringList drawDistinct(QStringList pool, int count, RandomSource &random, QList<quint32> &used)
{
    QStringList chosen;
    for (int i = 0; i < count; ++i) {
        const quint32 pick = random.uniform(quint32(pool.size()));
        used << pick;
        chosen << pool.takeAt(qsizetype(pick));
    }
    return chosen;
}

} // namespace

quint32 CryptoRandom::uniform(quint32 upperBound)
{
    static const bool ready = sodium_init() >= 0;
    Q_UNUSED(ready);
    return randombytes_uniform(upperBound);
}

QJsonObject DrawResult::toJson() const
{
    QJsonArray excludedJson;
    for (const Exclusion &exclusion : excluded)
        excludedJson.append(QJsonObject{{QStringLiteral("expert"), exclusion.expertId},
                                        {QStringLiteral("reason"), exclusion.reason}});
    QJsonArray randomJson;
    for (const quint32 value : randomValues)
        randomJson.append(qint64(value));
    QJsonObject json{{QStringLiteral("candidates"), QJsonArray::fromStringList(candidates)},
                     {QStringLiteral("excluded"), excludedJson},
                     {QStringLiteral("examiners"), QJsonArray::fromStringList(examiners)},
                     {QStringLiteral("reviewer"), reviewer},
                     {QStringLiteral("random"), randomJson}};
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    return json;
}

DrawResult ExpertDraw::draw(const DrawCase &drawCase, const QList<core::Expert> &experts,
                            const QList<Conflict> &conflicts, const QList<PastExamination> &history,
                            const QDate &today, const DrawRules &rules, RandomSource &random)
{
    DrawResult result;
    const QString personEmployer = normalizedEmployer(drawCase.employer);
    QStringList eligible;
    QStringList reviewers; // eligible and allowed to review
    for (const core::Expert &expert : experts) {
        if (!expert.onDuty || !expert.specialties.contains(drawCase.specialty))
            continue;
        result.candidates << expert.id;
        QString reason;
        if (!personEmployer.isEmpty() && normalizedEmployer(expert.employer) == personEmployer)
            reason = tr("works for the person's employer (%1)").arg(expert.employer);
        for (const Conflict &conflict : conflicts) {
            if (!reason.isEmpty() || conflict.expertId != expert.id)
                continue;
            if (conflict.kind == Conflict::Kind::Person && conflict.subject == drawCase.personKey)
                reason = tr("declared a conflict of interest with the person%1")
                             .arg(conflict.note.isEmpty() ? QString() : QStringLiteral(": ") + conflict.note);
            else if (conflict.kind == Conflict::Kind::Employer && !personEmployer.isEmpty() &&
                     normalizedEmployer(conflict.subject) == personEmployer)
                reason = tr("declared a conflict of interest with the employer %1").arg(conflict.subject);
        }
        for (const PastExamination &past : history) {
            if (!reason.isEmpty() || past.expertId != expert.id || past.personKey != drawCase.personKey)
                continue;
            if (past.day.daysTo(today) <= rules.recusalDays)
                reason = tr("examined the person on %1, within the recusal period of %n day(s)", nullptr,
                            rules.recusalDays)
                             .arg(past.day.toString(Qt::ISODate));
        }
        if (!reason.isEmpty()) {
            result.excluded << Exclusion{expert.id, reason};
            continue;
        }
        eligible << expert.id;
        if (!rules.reviewerFlagOnly || expert.mayReview)
            reviewers << expert.id;
    }

    const int examinerCount = rules.panelSize - 1;
    const QString specialty = core::displayName(drawCase.specialty);
    if (eligible.size() < examinerCount + 1) {
        result.error = tr("Only %1 expert(s) on duty for %2 may take case %3 after recusal; a panel of %4 "
                          "is needed. Put more experts on duty or ask the committee.")
                           .arg(eligible.size())
                           .arg(specialty, drawCase.acceptanceNo)
                           .arg(rules.panelSize);
        return result;
    }
    if (reviewers.isEmpty()) {
        result.error = tr("No expert on duty for %1 is flagged as a reviewer for case %2.")
                           .arg(specialty, drawCase.acceptanceNo);
        return result;
    }
    // The reviewer first (from the review pool), then the examiners from everyone else eligible:
    // every admissible panel is equally likely, and a restricted review pool is never used up by
    // the examiners.
    result.reviewer = drawDistinct(reviewers, 1, random, result.randomValues).constFirst();
    QStringList examinerPool = eligible;
    examinerPool.removeAll(result.reviewer);
    result.examiners = drawDistinct(examinerPool, examinerCount, random, result.randomValues);
    return result;
}

} // namespace routing
