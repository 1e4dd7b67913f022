#include "adminredraw.h"

#include "actornames.h"
#include "adminwidgets.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui {

AdminRedrawTab::AdminRedrawTab(const Services &services, const accounts::Session &session, QWidget *parent)
    : QWidget(parent), m_services(services), m_draws(*services.draws), m_session(session)
{
    setObjectName(QStringLiteral("adminRedrawTab"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_case = new QLineEdit(this);
    m_case->setObjectName(QStringLiteral("redrawCaseEdit"));
    m_case->setPlaceholderText(tr("Acceptance number"));
    m_case->setMaximumWidth(420);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("redrawReasonEdit"));
    m_reason->setPlaceholderText(tr("e.g. examiner declared a conflict after the draw"));
    m_reason->setMaximumWidth(640);
    form->addRow(tr("Case"), m_case);
    form->addRow(tr("Reason"), m_reason);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    connect(addActionButton(buttons, QStringLiteral("drawHistoryButton"), tr("Show draws"), this),
            &QPushButton::clicked, this, &AdminRedrawTab::showHistory);
    connect(addActionButton(buttons, QStringLiteral("redrawButton"), tr("Redraw the experts"), this),
            &QPushButton::clicked, this, &AdminRedrawTab::redraw);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_feedback = new ActionFeedback(QStringLiteral("redrawFeedback"), this);
    m_feedback->setHiddenWhileEmpty(true); // its line goes to the draws until there is news
    layout->addWidget(m_feedback);
    m_history = makeAdminTable(
        QStringLiteral("drawHistoryView"),
        {tr("Drawn at"), tr("By"), tr("Examiners"), tr("Reviewer"), tr("Reason"), tr("Replaced")}, this);
    layout->addWidget(m_history, 1);
    connect(m_case, &QLineEdit::returnPressed, this, &AdminRedrawTab::showHistory);
}

QString AdminRedrawTab::expertName(const QString &expertId) const
{
    // The id stays beside the name: two experts may share a name, and the draw record names ids.
    const auto expert = m_services.directory.expert(expertId);
    return expert && !expert->name.isEmpty() ? tr("%1 %2", "expert id, name").arg(expertId, expert->name)
                                             : expertId;
}

QString AdminRedrawTab::expertNames(const QStringList &expertIds) const
{
    QStringList names;
    for (const QString &id : expertIds)
        names << expertName(id);
    return names.join(tr(", ", "between the names of a list of experts"));
}

void AdminRedrawTab::showHistory()
{
    m_history->setRowCount(0);
    int row = 0;
    const ActorNames actors = ActorNames::of(m_services.accounts, m_session);
    for (const routing::RecordedDraw &draw : m_draws.history(m_case->text().trimmed()))
        setAdminRow(m_history, row++, draw.id,
                    {QLocale().toString(draw.drawnAt, QLocale::ShortFormat),
                     actors.readable(draw.operatorName), expertNames(draw.result.examiners),
                     expertName(draw.result.reviewer), draw.reason,
                     draw.replacedBy.isEmpty() ? QString() : tr("Yes")});
    m_history->resizeColumnsToContents();
    if (row == 0)
        m_feedback->report(
            core::Status::failure(tr("No draw recorded for %1.").arg(m_case->text().trimmed())), QString());
}

void AdminRedrawTab::redraw()
{
    const auto drawn = m_draws.redraw(m_session, m_case->text().trimmed(), m_reason->text().trimmed());
    if (m_feedback->report(drawn.status(), drawn ? tr("Redrawn: examiners %1, reviewer %2.")
                                                       .arg(expertNames(drawn.value().result.examiners),
                                                            expertName(drawn.value().result.reviewer))
                                                 : QString())) {
        m_reason->clear();
        showHistory();
    }
}

} // namespace ui
