// The page's edits of the basis (clauses, the grade change) and a new version of a submitted
// opinion (split from exampage.cpp: one job per file). The document saves them and keeps the undo
// history; the page follows its signals.
#include "exampage.h"
#include "textprompt.h"

#include "examcaselist.h"

#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace ui {

void ExamPage::applyOverride()
{
    if (!opinion())
        return;
    if (core::Status changed = m_document->changeGrade(m_overrideGrade->value(), m_overrideReason->text());
        !changed) {
        showMessage(changed.error(), true);
        return;
    }
    showMessage(opinion()->overrideGrade > 0
                    ? tr("Grade changed to %1 (computed: %2); the reason is recorded.")
                          .arg(opinion()->overrideGrade)
                          .arg(opinion()->grade)
                    : tr("The computed grade stands again."),
                false);
}

void ExamPage::addClause(const QString &clause)
{
    if (core::Status chosen = m_document->chooseClause(clause); !chosen && opinion())
        showMessage(chosen.error(), true);
}

void ExamPage::removeClause(const QString &clause)
{
    if (core::Status removed = m_document->removeClause(clause); !removed && opinion())
        showMessage(removed.error(), true);
}

void ExamPage::startNewVersion()
{
    if (!opinion() || opinion()->state != QLatin1String("submitted"))
        return;
    const auto answer = askText(
        this, QStringLiteral("newVersionReasonPrompt"), tr("New version"),
        tr("Opinion on %1 was submitted. Why does it change? The reason is kept with the new version.")
            .arg(opinion()->acceptanceNo));
    if (!answer)
        return;
    const QString reason = *answer;
    if (reason.trimmed().isEmpty()) {
        showMessage(tr("A new version needs a reason: nothing was changed."), true);
        return;
    }
    if (core::Status revised = m_document->startNewVersion(reason); !revised) {
        showMessage(revised.error(), true);
        return;
    }
    const QString acceptanceNo = opinion()->acceptanceNo;
    m_cases->reload();
    openCase(acceptanceNo);
    showMessage(tr("Version %1 of the opinion on %2 is open for changes; sign and submit it again.")
                    .arg(opinion()->version)
                    .arg(opinion()->acceptanceNo),
                false);
}

} // namespace ui
