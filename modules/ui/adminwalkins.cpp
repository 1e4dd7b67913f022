#include "adminwalkins.h"
#include "textprompt.h"

#include "adminwidgets.h"

#include "administration/walkinadministration.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui {

namespace {

QString stateName(administration::WalkInState state)
{
    switch (state) {
    case administration::WalkInState::Pending:
        return AdminWalkInsTab::tr("Waiting");
    case administration::WalkInState::Approved:
        return AdminWalkInsTab::tr("Approved");
    case administration::WalkInState::Refused:
        return AdminWalkInsTab::tr("Refused");
    }
    return {};
}

} // namespace

AdminWalkInsTab::AdminWalkInsTab(administration::WalkInAdministration &walkIns,
                                 const accounts::Session &session, QWidget *parent)
    : QWidget(parent), m_walkIns(walkIns), m_session(session)
{
    setObjectName(QStringLiteral("adminWalkInsTab"));
    auto *layout = new QVBoxLayout(this);
    m_pendingOnly = new QCheckBox(tr("Only those waiting for a decision"), this);
    m_pendingOnly->setObjectName(QStringLiteral("walkInsPendingOnly"));
    m_pendingOnly->setChecked(true);
    layout->addWidget(m_pendingOnly);
    m_table = makeAdminTable(QStringLiteral("walkInsView"),
                             {tr("Requested"), tr("Name"), tr("ID number"), tr("Desk's note"), tr("State"),
                              tr("Reason"), tr("Case")},
                             this);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    connect(addActionButton(buttons, QStringLiteral("approveWalkInButton"), tr("Approve…"), this),
            &QPushButton::clicked, this, [this] { decide(true); });
    connect(addActionButton(buttons, QStringLiteral("refuseWalkInButton"), tr("Refuse…"), this),
            &QPushButton::clicked, this, [this] { decide(false); });
    connect(addActionButton(buttons, QStringLiteral("refreshWalkInsButton"), tr("Refresh"), this),
            &QPushButton::clicked, this, &AdminWalkInsTab::refresh);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_feedback = new ActionFeedback(QStringLiteral("walkInsFeedback"), this);
    layout->addWidget(m_feedback);
    connect(m_pendingOnly, &QCheckBox::toggled, this, &AdminWalkInsTab::refresh);
    refresh();
}

void AdminWalkInsTab::refresh()
{
    const auto rows = m_walkIns.list(m_session, m_pendingOnly->isChecked());
    m_table->setRowCount(0);
    if (!rows) {
        m_feedback->report(rows.status(), QString());
        return;
    }
    int row = 0;
    for (const administration::WalkInRow &walkIn : rows.value())
        setAdminRow(m_table, row++, walkIn.id,
                    {QLocale().toString(walkIn.requestedAt, QLocale::ShortFormat), walkIn.name,
                     walkIn.maskedIdNumber, walkIn.requestNote, stateName(walkIn.state),
                     walkIn.decisionReason, walkIn.acceptanceNo});
    m_table->resizeColumnsToContents();
}

void AdminWalkInsTab::decide(bool approve)
{
    const QString id = selectedKey(m_table);
    if (id.isEmpty()) {
        m_feedback->report(core::Status::failure(tr("Select a walk-in request first.")), QString());
        return;
    }
    const auto answer =
        askText(this, approve ? QStringLiteral("approveWalkInPrompt") : QStringLiteral("refuseWalkInPrompt"),
                approve ? tr("Approve the walk-in") : tr("Refuse the walk-in"),
                approve ? tr("Reason (kept with the new case):") : tr("Reason (the desk tells the person):"));
    if (!answer)
        return;
    const QString reason = *answer;
    administration::WalkInAdministration &walkIns = m_walkIns;
    if (approve) {
        const auto approved = walkIns.approve(m_session, id, reason.trimmed());
        if (m_feedback->report(approved.status(),
                               approved ? tr("Approved: case %1 joins today's batch.").arg(approved.value())
                                        : QString()))
            refresh();
        return;
    }
    if (m_feedback->report(walkIns.refuse(m_session, id, reason.trimmed()),
                           tr("Refused; the desk sees why.")))
        refresh();
}

} // namespace ui
