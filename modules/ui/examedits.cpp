// The opinion's edits that can be undone (findings, clauses, the grade change) and a new version
// of a submitted opinion (split from exampage.cpp: one job per file).
#include "exampage.h"
#include "textprompt.h"

#include "examcaselist.h"

#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QUndoStack>

namespace ui {

namespace {

// One edit of the opinion (a finding, the clauses, the grade change): redo stores the new state,
// undo the old one; both are saved at once. The first redo is the edit itself, already stored.
class ExamEdit : public QUndoCommand
{
public:
    ExamEdit(const QString &text, std::function<bool()> before, std::function<bool()> after)
        : m_before(std::move(before)), m_after(std::move(after))
    {
        setText(text);
    }
    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        m_after();
    }
    void undo() override { m_before(); }

private:
    std::function<bool()> m_before, m_after;
    bool m_first = true;
};

} // namespace

void ExamPage::applyOverride()
{
    if (!m_opinion)
        return;
    const auto saved = m_services.opinions->overrideGrade(m_session, m_opinion->id, m_overrideGrade->value(),
                                                          m_overrideReason->text());
    if (!saved) {
        showMessage(saved.error(), true);
        return;
    }
    const int beforeGrade = m_opinion->overrideGrade;
    const QString beforeReason = m_opinion->overrideReason;
    m_opinion = saved.value();
    pushEdit(
        tr("grade change"),
        [this, beforeGrade, beforeReason] { return setOverride(beforeGrade, beforeReason); },
        [this, grade = m_opinion->overrideGrade, reason = m_opinion->overrideReason] {
            return setOverride(grade, reason);
        });
    refreshBasis();
    showMessage(m_opinion->overrideGrade > 0
                    ? tr("Grade changed to %1 (computed: %2); the reason is recorded.")
                          .arg(m_opinion->overrideGrade)
                          .arg(m_opinion->grade)
                    : tr("The computed grade stands again."),
                false);
}

bool ExamPage::setOverride(int grade, const QString &reason)
{
    const auto saved = m_services.opinions->overrideGrade(m_session, m_opinion->id, grade, reason);
    if (!saved) {
        showMessage(saved.error(), true);
        return false;
    }
    m_opinion = saved.value();
    refreshBasis();
    return true;
}

bool ExamPage::setClauses(const QStringList &clauses)
{
    const auto saved = m_services.opinions->setClauses(m_session, m_opinion->id, clauses);
    if (!saved) {
        showMessage(saved.error(), true);
        return false;
    }
    m_opinion = saved.value();
    refreshBasis();
    return true;
}

void ExamPage::addClause(const QString &clause)
{
    if (!m_opinion || m_opinion->clauses.contains(clause))
        return;
    const QStringList before = m_opinion->clauses;
    if (setClauses(before + QStringList{clause}))
        pushEdit(
            clause, [this, before] { return setClauses(before); },
            [this, after = m_opinion->clauses] { return setClauses(after); });
}

void ExamPage::removeClause(const QString &clause)
{
    if (!m_opinion)
        return;
    const QStringList before = m_opinion->clauses;
    QStringList after = before;
    after.removeAll(clause);
    if (setClauses(after))
        pushEdit(
            clause, [this, before] { return setClauses(before); },
            [this, after] { return setClauses(after); });
}

void ExamPage::startNewVersion()
{
    if (!m_opinion || m_opinion->state != QLatin1String("submitted"))
        return;
    const auto answer = askText(
        this, QStringLiteral("newVersionReasonPrompt"), tr("New version"),
        tr("Opinion on %1 was submitted. Why does it change? The reason is kept with the new version.")
            .arg(m_opinion->acceptanceNo));
    if (!answer)
        return;
    const QString reason = *answer;
    if (reason.trimmed().isEmpty()) {
        showMessage(tr("A new version needs a reason: nothing was changed."), true);
        return;
    }
    const auto revised = m_services.opinions->revise(m_session, m_opinion->acceptanceNo, reason);
    if (!revised) {
        showMessage(revised.error(), true);
        return;
    }
    m_cases->reload();
    openCase(revised->acceptanceNo);
    showMessage(tr("Version %1 of the opinion on %2 is open for changes; sign and submit it again.")
                    .arg(m_opinion->version)
                    .arg(m_opinion->acceptanceNo),
                false);
}

void ExamPage::pushEdit(const QString &text, std::function<bool()> before, std::function<bool()> after)
{
    m_undo->push(new ExamEdit(text, std::move(before), std::move(after)));
}

} // namespace ui
