#include "reviewpage.h"

#include "pagewidgets.h"
#include "screenfit.h"
#include "shortcuthelp.h"
#include "signaturepad.h"

#include "deadlines/deadlineservice.h"
#include "exam/reviewservice.h"
#include "grading/grading.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui {

namespace {

// station.qss #checkInMessage: 8 px of padding and a 1 px border above and below (and beside) the
// text, and a little air.
constexpr int kMessageBoxChrome = 2 * (8 + 1) + 2;

} // namespace

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
    // On the left the cases, what happened and the pad; on the right what the reviewer reads (the
    // opinions side by side, their differences) and the buttons that conclude. With the pad and
    // the message under the opinions, the opinions had a third of a row at 911×512 and a blank
    // band lay under the pad, while the case list had room to spare.
    auto *body = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->setSpacing(compact ? 4 : 6);
    m_cases = new QListWidget(this);
    m_cases->setObjectName(QStringLiteral("reviewCases"));
    m_cases->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    left->addWidget(m_cases, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("checkInMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_message->setProperty("empty", true);
    // Three lines always kept for it (and the box around them): a message appearing moves neither
    // the pad nor the list. A longer one makes the place taller once (showMessage): cut text helps
    // nobody.
    m_message->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_message->setFixedHeight(3 * m_message->fontMetrics().lineSpacing() + kMessageBoxChrome);
    left->addWidget(m_message);
    m_message->installEventFilter(this);
    m_signArea = new QWidget(this);
    auto *signLayout = new QVBoxLayout(m_signArea);
    signLayout->setContentsMargins(0, 0, 0, 0);
    signLayout->setSpacing(2);
    signLayout->addWidget(new QLabel(tr("Signature"), m_signArea));
    m_pad = new SignaturePad(m_signArea);
    m_pad->setFixedHeight(compact ? 120 : 160);
    signLayout->addWidget(m_pad);
    left->addWidget(m_signArea);
    auto *leftPane = new QWidget(this);
    leftPane->setLayout(left);
    left->setContentsMargins(0, 0, 0, 0);
    leftPane->setFixedWidth(compact ? 210 : 260);
    body->addWidget(leftPane);

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
    right->addWidget(m_differences);
    // A concluded case: what was concluded, by whom, read-only.
    m_conclusion = new QLabel(this);
    m_conclusion->setObjectName(QStringLiteral("conclusionView"));
    m_conclusion->setWordWrap(true);
    m_conclusion->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_conclusion->hide();
    right->addWidget(m_conclusion);
    // Agree with one opinion, or conclude with one's own grade and reason: two lines.
    m_concludeArea = new QWidget(this);
    auto *actions = new QVBoxLayout(m_concludeArea);
    actions->setContentsMargins(0, 0, 0, 0);
    actions->setSpacing(compact ? 4 : 6);
    auto *agreeGrid = new QGridLayout;
    agreeGrid->setSpacing(compact ? 4 : 6);
    for (int column = 0; column < 4; ++column) {
        auto *button = new QPushButton(tr("Agree with opinion %1").arg(column + 1), m_concludeArea);
        button->setObjectName(QStringLiteral("agree_%1").arg(column));
        button->hide();
        connect(button, &QPushButton::clicked, this, [this, column] { agreeWith(column); });
        agreeGrid->addWidget(button, 0, column); // a panel of five: four opinions
        m_agree << button;
        // From the keyboard: Alt+1 … agrees with that opinion (after signing), while it is shown.
        QShortcut *key = addWindowKey(this, QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + column)),
                                      tr("Agree with opinion %1 (after signing)").arg(column + 1));
        key->setEnabled(false);
        connect(key, &QShortcut::activated, button, [button] {
            if (button->isEnabled())
                button->click();
        });
        m_agreeKeys << key;
    }
    agreeGrid->setColumnStretch(4, 1);
    actions->addLayout(agreeGrid);
    auto *ownRow = new QHBoxLayout;
    auto *ownLabel = new QLabel(tr("Own conclusion: grade"), m_concludeArea);
    ownRow->addWidget(ownLabel);
    m_ownGrade = new QSpinBox(m_concludeArea);
    m_ownGrade->setObjectName(QStringLiteral("ownGrade"));
    m_ownGrade->setRange(1, 10);
    if (compact) {
        // 911×512: the words go into the box, the line is short.
        ownLabel->hide();
        m_ownGrade->setPrefix(tr("Own grade "));
    }
    ownLabel->setBuddy(m_ownGrade);
    ownRow->addWidget(m_ownGrade);
    // The conclusion states the self-care dependency as the opinions do; preset, like the grade,
    // to the first opinion's when a case opens.
    m_ownSelfCare = new QComboBox(m_concludeArea);
    m_ownSelfCare->setObjectName(QStringLiteral("ownSelfCare"));
    for (const grading::SelfCare level : {grading::SelfCare::None, grading::SelfCare::Partial,
                                          grading::SelfCare::Most, grading::SelfCare::Complete})
        m_ownSelfCare->addItem(grading::displayName(level), grading::toKey(level));
    m_ownSelfCare->setToolTip(tr("Self-care dependency of your own conclusion"));
    if (!compact)
        ownRow->addWidget(m_ownSelfCare);
    m_ownReason = new QLineEdit(m_concludeArea);
    m_ownReason->setObjectName(QStringLiteral("ownReason"));
    m_ownReason->setPlaceholderText(tr("Why your result differs from the opinions"));
    m_concludeOwn = new QPushButton(tr("Conclude with my own result"), m_concludeArea);
    m_concludeOwn->setObjectName(QStringLiteral("concludeOwn"));
    if (compact) {
        // 911×512: beside the grade and the button the reason was a few letters wide; it gets a
        // line of its own under them.
        // The self-care level goes with it: beside the grade it made the page wider than 911.
        ownRow->addStretch(1);
        ownRow->addWidget(m_concludeOwn);
        actions->addLayout(ownRow);
        auto *reasonRow = new QHBoxLayout;
        reasonRow->addWidget(m_ownSelfCare);
        reasonRow->addWidget(m_ownReason, 1);
        actions->addLayout(reasonRow);
    } else {
        ownRow->addWidget(m_ownReason, 1);
        ownRow->addWidget(m_concludeOwn);
        actions->addLayout(ownRow);
    }
    right->addWidget(m_concludeArea);
    body->addLayout(right, 1);
    layout->addLayout(body, 1);

    connect(m_cases, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            openCase(item->data(Qt::UserRole).toString());
    });
    connect(m_concludeOwn, &QPushButton::clicked, this, &ReviewPage::concludeOwn);
    connect(addWindowKey(this, QKeySequence(Qt::CTRL | Qt::Key_Return),
                         tr("Conclude with my own result (after signing)")),
            &QShortcut::activated, this, [this] {
                if (m_concludeOwn->isVisible() && m_concludeOwn->isEnabled())
                    m_concludeOwn->click();
            });
    setFocusProxy(m_cases);
    setEditable(false); // until a case is open
    reloadCases();
}

void ReviewPage::reloadCases()
{
    m_cases->clear();
    if (m_services.opinions)
        for (const store::WorkItem &work : m_services.opinions->worklist(m_session.account.expertId, true)) {
            // The number and its state on two lines: a list this narrow cut the state ("Waiting f…").
            auto *item = new QListWidgetItem(
                QStringLiteral("%1\n%2").arg(
                    work.acceptanceNo,
                    core::displayName(
                        core::caseStateFromKey(work.caseState).value_or(core::CaseState::Registered))),
                m_cases);
            item->setData(Qt::UserRole, work.acceptanceNo);
        }
    // The open case stays open, shown as it now stands (e.g. concluded).
    if (!m_case.isEmpty())
        for (int row = 0; row < m_cases->count(); ++row)
            if (m_cases->item(row)->data(Qt::UserRole).toString() == m_case)
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
    for (QShortcut *key : std::as_const(m_agreeKeys))
        key->setEnabled(false);
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
        if (column == 0 && !concluded) {
            // The own result starts from the first opinion, not from grade 1, the most severe.
            m_ownGrade->setValue(o.effectiveGrade() > 0 ? o.effectiveGrade() : 10);
            m_ownSelfCare->setCurrentIndex(std::max(0, m_ownSelfCare->findData(o.selfCare)));
            m_ownReason->clear();
        }
        if (column < m_agree.size()) {
            m_agree.at(column)->show();
            m_agreeKeys.at(column)->setEnabled(true);
        }
    }
    m_sideBySide->setHorizontalHeaderLabels(headers);
    QString differences = comparison->differences.isEmpty() ? tr("The opinions agree.")
                                                            : comparison->differences.join(QLatin1Char(' '));
    if (comparison->majorityGrade > 0)
        differences += QLatin1Char(' ') + tr("Majority grade: %1.").arg(comparison->majorityGrade);
    // The conclusion's time limit matters until the case is concluded, not after.
    if (const auto deadline = concluded ? std::nullopt : m_services.deadlines.of(acceptanceNo))
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
    m_ownSelfCare->setEnabled(editable);
    m_ownReason->setEnabled(editable);
    m_pad->setEnabled(editable);
}

void ReviewPage::setConcluded(const std::optional<exam::Conclusion> &conclusion)
{
    // A concluded case is read-only: its conclusion is shown, nothing can conclude it again, and
    // the buttons and the pad that would give way to what the reviewer reads.
    setEditable(!conclusion.has_value());
    m_concludeArea->setVisible(!conclusion.has_value());
    m_signArea->setVisible(!conclusion.has_value());
    if (!conclusion)
        return;
    const auto reviewer = m_services.directory.expert(conclusion->reviewer);
    const QString reviewerName = reviewer ? reviewer->name : conclusion->reviewer;
    // A reviewer's own conclusion made before the page asked for self-care has none.
    QString text =
        conclusion->selfCare.isEmpty()
            ? tr("Concluded %1 by %2: grade %3.")
                  .arg(QLocale().toString(conclusion->concludedAt, QLocale::ShortFormat), reviewerName)
                  .arg(conclusion->grade)
            : tr("Concluded %1 by %2: grade %3, self-care: %4.")
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
    // The fields that had the keyboard are gone: it goes back to the list, for the next case.
    m_cases->setFocus();
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
    const auto concluded =
        review.concludeOwn(m_session, m_case, m_ownGrade->value(), {},
                           m_ownSelfCare->currentData().toString(), m_ownReason->text(), m_pad->encoded());
    if (!concluded) {
        showMessage(concluded.error(), true);
        return;
    }
    m_pad->clear();
    reloadCases();
    // The fields that had the keyboard are gone: it goes back to the list, for the next case.
    m_cases->setFocus();
    showMessage(tr("Case %1 concluded: grade %2.").arg(m_case).arg(concluded->grade), false);
}

void ReviewPage::showMessage(const QString &text, bool problem)
{
    setMessage(m_message, text, problem);
    fitMessage();
}

void ReviewPage::fitMessage()
{
    // Measured once laid out, by the label itself: the font the style gives it now (a problem is
    // bold) and the box around the text.
    if (!m_message->isVisible() || m_message->text().isEmpty() || m_message->width() <= kMessageBoxChrome)
        return;
    const int needed = m_message->heightForWidth(m_message->width());
    if (needed > m_message->height())
        m_message->setFixedHeight(needed);
}

bool ReviewPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_message && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        fitMessage();
    return QWidget::eventFilter(watched, event);
}

} // namespace ui
