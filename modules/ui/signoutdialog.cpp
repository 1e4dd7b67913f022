#include "signoutdialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ui {

SignOutDialog::SignOutDialog(const store::CaseRecord &record, QWidget *parent)
    : QDialog(parent), m_finished(record.state == core::CaseState::Concluded)
{
    setObjectName(QStringLiteral("signOutDialog"));
    setWindowTitle(tr("Sign out"));
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    auto *title = new QLabel(tr("Sign out %1").arg(record.data.acceptanceNo), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    layout->addWidget(title);
    auto *state = new QLabel(tr("Current step: %1").arg(core::displayName(record.state)), this);
    layout->addWidget(state);

    m_endings = new QButtonGroup(this);
    if (!m_finished) {
        auto *explain = new QLabel(tr("The appraisal is not finished. Why does the person leave?"), this);
        explain->setWordWrap(true);
        layout->addWidget(explain);
        const QList<QPair<core::CaseState, QString>> endings{
            {core::CaseState::Withdrawn, tr("Withdraws the application")},
            {core::CaseState::NoShow, tr("Not present / did not come back")}};
        for (const auto &[ending, text] : endings) {
            auto *option = new QRadioButton(text, this);
            option->setObjectName(QStringLiteral("ending_") + core::toKey(ending));
            m_endings->addButton(option, int(ending));
            layout->addWidget(option);
        }
        auto *terminated =
            new QLabel(tr("Ending an appraisal under art. 14 (refusal, fraud) is decided by the "
                          "reviewer or the venue admin."),
                       this);
        terminated->setWordWrap(true);
        terminated->setObjectName(QStringLiteral("pageSubtitle"));
        layout->addWidget(terminated);
        m_reason = new QPlainTextEdit(this);
        m_reason->setObjectName(QStringLiteral("signOutReason"));
        m_reason->setPlaceholderText(tr("Reason (required)"));
        m_reason->setFixedHeight(80);
        layout->addWidget(m_reason);
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *confirm = buttons->addButton(tr("Sign out"), QDialogButtonBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmSignOut"));
    connect(confirm, &QPushButton::clicked, this, &SignOutDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

std::optional<core::CaseState> SignOutDialog::ending() const
{
    if (m_finished || m_endings->checkedId() < 0)
        return std::nullopt;
    return core::CaseState(m_endings->checkedId());
}

QString SignOutDialog::reason() const
{
    return m_reason ? m_reason->toPlainText().trimmed() : QString();
}

void SignOutDialog::tryAccept()
{
    if (!m_finished && !ending()) {
        m_error->setText(tr("Choose why the person leaves."));
        m_error->show();
        return;
    }
    if (!m_finished && reason().isEmpty()) {
        m_error->setText(tr("Enter the reason; it is kept with the case."));
        m_error->show();
        return;
    }
    accept();
}

} // namespace ui
