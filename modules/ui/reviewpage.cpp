#include "reviewpage.h"

#include "pagewidgets.h"
#include "screenfit.h"
#include "signaturepad.h"

#include "deadlines/deadlineservice.h"
#include "exam/reviewservice.h"
#include "grading/grading.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui {

ReviewPage::ReviewPage(const Services &services, const accounts::Session &session, QWidget *parent)
    : QWidget(parent), m_services(services), m_session(session)
{
    setObjectName(QStringLiteral("reviewPage"));
    auto *layout = new QVBoxLayout(this);
    // 911×512: every pixel of height goes to the opinions (six rows under a two-line title).
    const bool compact = isCompactScreen(*this);
    layout->setContentsMargins(16, compact ? 0 : 12, 16, compact ? 0 : 8);
    layout->setSpacing(8);
    layout->addWidget(
        makePageHeader(tr("Review"),
                       tr("Compare the submitted opinions, agree with one or conclude with your own "
                          "result and a reason, and sign."),
                       this));
    auto *body = new QHBoxLayout;
    m_cases = new QListWidget(this);
    m_cases->setObjectName(QStringLiteral("reviewCases"));
    m_cases->setMaximumWidth(compact ? 200 : 220);
    // Each case's number and state on one line, never a sideways scroll bar: the whole line is
    // the item's tooltip.
    m_cases->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_cases->setTextElideMode(Qt::ElideRight);
    body->addWidget(m_cases);
    auto *right = new QVBoxLayout;
    right->setSpacing(compact ? 4 : 8);
    m_sideBySide = new QTableWidget(this);
    m_sideBySide->setObjectName(QStringLiteral("opinionsSideBySide"));
    m_sideBySide->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sideBySide->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // Rows as high as the bold row titles with the style sheet's padding ("Expert" lost its descenders).
    m_sideBySide->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sideBySide->setWordWrap(true);
    right->addWidget(m_sideBySide, 1);
    m_differences = new QLabel(this);
    m_differences->setObjectName(QStringLiteral("differences"));
    m_differences->setWordWrap(true);
    // What happened (concluded, or what is missing) beside the differences, as high as they are:
    // under the pad it reserved a blank band the opinions need, and appearing it moves nothing.
    auto *factsRow = new QHBoxLayout;
    factsRow->addWidget(m_differences, 3);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("checkInMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_message->setProperty("empty", true);
    m_message->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    m_message->setMinimumHeight(2 * m_message->fontMetrics().lineSpacing());
    factsRow->addWidget(m_message, 2);
    right->addLayout(factsRow);
    // A concluded case: what was concluded, by whom, read-only.
    m_conclusion = new QLabel(this);
    m_conclusion->setObjectName(QStringLiteral("conclusionView"));
    m_conclusion->setWordWrap(true);
    m_conclusion->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_conclusion->hide();
    right->addWidget(m_conclusion);
    // Under the opinions: on the left what concludes (agree with one, or one's own grade and
    // reason), on the right the pad, as high as those rows. Stacked under each other they left the
    // opinions a third of a row at 911×512.
    auto *conclude = new QHBoxLayout;
    auto *actions = new QVBoxLayout;
    actions->setSpacing(compact ? 4 : 6);
    auto *agreeGrid = new QGridLayout;
    agreeGrid->setSpacing(compact ? 4 : 6);
    for (int column = 0; column < 4; ++column) {
        auto *button = new QPushButton(tr("Agree with opinion %1").arg(column + 1), this);
        button->setObjectName(QStringLiteral("agree_%1").arg(column));
        button->hide();
        connect(button, &QPushButton::clicked, this, [this, column] { agreeWith(column); });
        agreeGrid->addWidget(button, column / 2, column % 2); // a panel of five: four opinions, two rows
        m_agree << button;
    }
    agreeGrid->setColumnStretch(2, 1);
    actions->addLayout(agreeGrid);
    auto *ownRow = new QHBoxLayout;
    auto *ownLabel = new QLabel(tr("Own conclusion: grade"), this);
    ownRow->addWidget(ownLabel);
    m_ownGrade = new QSpinBox(this);
    m_ownGrade->setObjectName(QStringLiteral("ownGrade"));
    m_ownGrade->setRange(1, 10);
    if (compact) {
        // 911×512: the words go into the box, so that the grade, the button and the pad share a line.
        ownLabel->hide();
        m_ownGrade->setPrefix(tr("Own grade "));
    }
    ownLabel->setBuddy(m_ownGrade);
    ownRow->addWidget(m_ownGrade);
    ownRow->addStretch(1);
    m_concludeOwn = new QPushButton(tr("Conclude with my own result"), this);
    m_concludeOwn->setObjectName(QStringLiteral("concludeOwn"));
    ownRow->addWidget(m_concludeOwn);
    actions->addLayout(ownRow);
    m_ownReason = new QLineEdit(this);
    m_ownReason->setObjectName(QStringLiteral("ownReason"));
    m_ownReason->setPlaceholderText(tr("Why your result differs from the opinions"));
    actions->addWidget(m_ownReason);
    conclude->addLayout(actions, 3);
    auto *padColumn = new QVBoxLayout;
    padColumn->setSpacing(2);
    auto *signatureLabel = new QLabel(tr("Signature"), this);
    padColumn->addWidget(signatureLabel);
    m_pad = new SignaturePad(this);
    m_pad->setMinimumWidth(150);
    m_pad->setMaximumHeight(240);
    if (compact)
        signatureLabel->hide(); // the pad draws its own signing line
    padColumn->addWidget(m_pad, 1);
    conclude->addLayout(padColumn, 2);
    right->addLayout(conclude);
    body->addLayout(right, 1);
    layout->addLayout(body, 1);

    connect(m_cases, &QListWidget::currentTextChanged, this, [this](const QString &text) {
        if (!text.isEmpty())
            openCase(text.section(QLatin1Char(' '), 0, 0));
    });
    connect(m_concludeOwn, &QPushButton::clicked, this, &ReviewPage::concludeOwn);
    setFocusProxy(m_cases);
    setEditable(false); // until a case is open
    reloadCases();
}

void ReviewPage::reloadCases()
{
    m_cases->clear();
    if (m_services.opinions)
        for (const auto &[acceptanceNo, state] :
             m_services.opinions->assignedCases(m_session.account.expertId, true)) {
            m_cases->addItem(QStringLiteral("%1  %2").arg(
                acceptanceNo,
                core::displayName(core::caseStateFromKey(state).value_or(core::CaseState::Registered))));
            m_cases->item(m_cases->count() - 1)->setToolTip(m_cases->item(m_cases->count() - 1)->text());
        }
    // The open case stays open, shown as it now stands (e.g. concluded).
    if (!m_case.isEmpty())
        for (int row = 0; row < m_cases->count(); ++row)
            if (m_cases->item(row)->text().section(QLatin1Char(' '), 0, 0) == m_case)
                m_cases->setCurrentRow(row);
    if (m_cases->count() == 0)
        showMessage(tr("No review is assigned to you yet."), false);
}

void ReviewPage::openCase(const QString &acceptanceNo)
{
    // Nothing of the case shown before may remain: its agreement, due date or conclusion.
    m_case = acceptanceNo;
    m_opinionIds.clear();
    m_sideBySide->clear();
    m_differences->clear();
    m_conclusion->clear();
    m_conclusion->hide();
    for (QPushButton *button : std::as_const(m_agree))
        button->hide();
    if (!m_services.review)
        return;
    exam::ReviewService &review = *m_services.review;
    const std::optional<exam::Conclusion> concluded = review.conclusionOf(acceptanceNo);
    setConcluded(concluded);
    const auto comparison = review.compare(m_session, acceptanceNo);
    if (!comparison) {
        if (!concluded)
            showMessage(comparison.error(), true);
        m_sideBySide->setRowCount(0);
        m_sideBySide->setColumnCount(0);
        return;
    }
    const QList<exam::Opinion> &opinions = comparison->opinions;
    const QStringList rows{tr("Expert"),    tr("Grade"),        tr("Clauses"),
                           tr("Self-care"), tr("Injured site"), tr("Complaint")};
    m_sideBySide->setColumnCount(int(opinions.size()));
    m_sideBySide->setRowCount(int(rows.size()));
    m_sideBySide->setVerticalHeaderLabels(rows);
    QStringList headers;
    for (int column = 0; column < opinions.size(); ++column) {
        const exam::Opinion &o = opinions.at(column);
        // On two lines: side by side on a 911-pixel screen each column is narrower than the title.
        headers << tr("Opinion %1\n%2").arg(column + 1).arg(exam::OpinionService::roleDisplayName(o.role));
        const auto expert = m_services.directory.expert(o.expertId);
        const QStringList cells{expert ? expert->name : o.expertId,
                                QString::number(o.effectiveGrade()),
                                o.clauses.join(QStringLiteral(", ")),
                                grading::selfCareDisplayName(o.selfCare),
                                o.findings.value(QStringLiteral("injury_site")).toString(),
                                o.findings.value(QStringLiteral("complaint")).toString()};
        for (int row = 0; row < cells.size(); ++row) {
            auto *item = new QTableWidgetItem(cells.at(row));
            // Where the opinions differ, the cell is marked.
            bool differs = false;
            for (const exam::Opinion &other : opinions)
                differs = differs || (row == 1 && other.effectiveGrade() != o.effectiveGrade()) ||
                          (row == 2 && other.clauses != o.clauses) ||
                          (row == 3 && other.selfCare != o.selfCare);
            if (differs)
                item->setBackground(QColor(0xfe, 0xf3, 0xc7));
            m_sideBySide->setItem(row, column, item);
        }
        m_opinionIds << o.id;
        if (column < m_agree.size())
            m_agree.at(column)->show();
    }
    m_sideBySide->setHorizontalHeaderLabels(headers);
    QString differences = comparison->differences.isEmpty() ? tr("The opinions agree.")
                                                            : comparison->differences.join(QLatin1Char(' '));
    if (comparison->majorityGrade > 0)
        differences += QLatin1Char(' ') + tr("Majority grade: %1.").arg(comparison->majorityGrade);
    if (const auto deadline = m_services.deadlines.of(acceptanceNo))
        differences +=
            QLatin1Char('\n') + tr("Conclusion due %1: %2.")
                                    .arg(deadline->standing.due.toString(QStringLiteral("yyyy-MM-dd")),
                                         deadlines::daysLeftText(deadline->standing));
    m_differences->setText(differences);
    showMessage(QString(), false);
}

void ReviewPage::setEditable(bool editable)
{
    for (QPushButton *button : std::as_const(m_agree))
        button->setEnabled(editable);
    m_concludeOwn->setEnabled(editable);
    m_ownGrade->setEnabled(editable);
    m_ownReason->setEnabled(editable);
    m_pad->setEnabled(editable);
}

void ReviewPage::setConcluded(const std::optional<exam::Conclusion> &conclusion)
{
    // A concluded case is read-only: its conclusion is shown, nothing can conclude it again.
    setEditable(!conclusion.has_value());
    if (!conclusion)
        return;
    const auto reviewer = m_services.directory.expert(conclusion->reviewer);
    const QString reviewerName = reviewer ? reviewer->name : conclusion->reviewer;
    QString text = tr("Concluded %1 by %2: grade %3, self-care: %4.")
                       .arg(QLocale().toString(conclusion->concludedAt, QLocale::ShortFormat), reviewerName)
                       .arg(conclusion->grade)
                       .arg(grading::selfCareDisplayName(conclusion->selfCare));
    if (!conclusion->clauses.isEmpty())
        text += QLatin1Char(' ') + tr("Basis: %1.").arg(conclusion->clauses.join(QStringLiteral(", ")));
    text += QLatin1Char(' ') + (conclusion->basedOn == QLatin1String("own")
                                    ? tr("The reviewer's own result: %1").arg(conclusion->reason)
                                    : tr("Agrees with one of the opinions."));
    m_conclusion->setText(text);
    m_conclusion->show();
}

void ReviewPage::agreeWith(int column)
{
    if (column >= m_opinionIds.size() || !m_services.review)
        return;
    if (m_pad->isEmpty()) {
        showMessage(tr("Sign on the pad before concluding."), true);
        return;
    }
    exam::ReviewService &review = *m_services.review;
    const auto concluded = review.agree(m_session, m_case, m_opinionIds.at(column), m_pad->encoded());
    if (!concluded) {
        showMessage(concluded.error(), true);
        return;
    }
    m_pad->clear();
    reloadCases();
    showMessage(tr("Case %1 concluded: grade %2.").arg(m_case).arg(concluded->grade), false);
}

void ReviewPage::concludeOwn()
{
    if (!m_services.review || m_case.isEmpty())
        return;
    if (m_pad->isEmpty()) {
        showMessage(tr("Sign on the pad before concluding."), true);
        return;
    }
    exam::ReviewService &review = *m_services.review;
    const auto concluded = review.concludeOwn(m_session, m_case, m_ownGrade->value(), {}, QString(),
                                              m_ownReason->text(), m_pad->encoded());
    if (!concluded) {
        showMessage(concluded.error(), true);
        return;
    }
    m_pad->clear();
    reloadCases();
    showMessage(tr("Case %1 concluded: grade %2.").arg(m_case).arg(concluded->grade), false);
}

void ReviewPage::showMessage(const QString &text, bool problem)
{
    setMessage(m_message, text, problem);
}

} // namespace ui
