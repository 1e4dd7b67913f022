#include "grading.h"

#include <QSet>

namespace grading {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("grading", text);
}
} // namespace

core::Result<int> combineGrades(const QList<int> &grades)
{
    if (grades.isEmpty())
        return core::Result<int>::failure(tr("Give at least one grade."));
    for (const int grade : grades)
        if (grade < 1 || grade > 10)
            return core::Result<int>::failure(
                tr("%1 is not a grade; grades run from 1 (most severe) to 10.").arg(grade));
    const int worst = *std::min_element(grades.cbegin(), grades.cend());
    const auto sharing = std::count(grades.cbegin(), grades.cend(), worst);
    return sharing >= 2 && worst > 1 ? worst - 1 : worst;
}

QStringList selfCareActivities()
{
    return {QStringLiteral("eating"), QStringLiteral("turning"), QStringLiteral("toileting"),
            QStringLiteral("dressing"), QStringLiteral("moving")};
}

core::Result<SelfCare> selfCareLevel(const QStringList &needsHelp)
{
    QSet<QString> activities;
    for (const QString &raw : needsHelp) {
        const QString activity = raw.trimmed().toLower();
        if (activity.isEmpty())
            continue;
        if (!selfCareActivities().contains(activity))
            return core::Result<SelfCare>::failure(
                tr("\"%1\" is not one of the five activities (%2).")
                    .arg(raw.trimmed(), selfCareActivities().join(QStringLiteral(", "))));
        activities.insert(activity);
    }
    switch (activities.size()) {
    case 0:
        return SelfCare::None;
    case 1:
    case 2:
        return SelfCare::Partial;
    case 3:
    case 4:
        return SelfCare::Most;
    default:
        return SelfCare::Complete;
    }
}

QString toKey(SelfCare level)
{
    switch (level) {
    case SelfCare::None:
        return QStringLiteral("none");
    case SelfCare::Partial:
        return QStringLiteral("partial");
    case SelfCare::Most:
        return QStringLiteral("most");
    case SelfCare::Complete:
        return QStringLiteral("complete");
    }
    return {};
}

QString displayName(SelfCare level)
{
    switch (level) {
    case SelfCare::None:
        return tr("no self-care dependency");
    case SelfCare::Partial:
        return tr("partial self-care dependency");
    case SelfCare::Most:
        return tr("most self-care dependency");
    case SelfCare::Complete:
        return tr("complete self-care dependency");
    }
    return {};
}

WorkCapacityLoss illnessConclusion(const QList<QPair<int, QString>> &gradeAndCategory)
{
    QSet<QString> mostCategories;
    for (const auto &[grade, category] : gradeAndCategory) {
        if (grade >= 1 && grade <= 4)
            return WorkCapacityLoss::Complete;
        if (grade >= 5 && grade <= 6)
            mostCategories.insert(category);
    }
    if (mostCategories.size() >= 3)
        return WorkCapacityLoss::Complete;
    return mostCategories.isEmpty() ? WorkCapacityLoss::None : WorkCapacityLoss::Most;
}

QString toKey(WorkCapacityLoss loss)
{
    switch (loss) {
    case WorkCapacityLoss::None:
        return QStringLiteral("none");
    case WorkCapacityLoss::Most:
        return QStringLiteral("most");
    case WorkCapacityLoss::Complete:
        return QStringLiteral("complete");
    }
    return {};
}

QString selfCareDisplayName(const QString &key)
{
    for (const SelfCare level : {SelfCare::None, SelfCare::Partial, SelfCare::Most, SelfCare::Complete})
        if (toKey(level) == key)
            return displayName(level);
    return key;
}

} // namespace grading
