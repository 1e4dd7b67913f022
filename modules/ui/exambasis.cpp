// The exam page's grading-basis panel: the clause lists, the grade and its change, the signature
// pad and "Sign and submit". Kept apart from exampage.cpp, which is about the opinion being edited;
// this is only the panel's layout for the screen it is on.
#include "exampage.h"

#include "elidinglabel.h"
#include "screenfit.h"
#include "signaturepad.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ui {

QWidget *ExamPage::buildBasisPanel(bool compact)
{
    // Under 900 logical pixels of height (1366×768, 1920×1080 at 150 %) three lists under each
    // other do not keep three rows each: they share one place as tabs.
    const bool tabbed = availableArea(*this).height() < 900;
    auto *basisPanel = new QWidget(m_workspace);
    basisPanel->setObjectName(QStringLiteral("basisPanel"));
    // Compact: room for the clause part's scroll bar too. Otherwise as wide as its rows need: a
    // fixed 280 let the splitter cut "Sign and submit" at 1920×1080 beside the materials.
    if (compact)
        basisPanel->setMinimumWidth(310);
    auto *basis = new QVBoxLayout(basisPanel);
    basis->setContentsMargins(0, 0, 0, 0);
    basis->setSpacing(4);
    // The clause lists shrink (they scroll inside) so that the signature and "Sign and submit"
    // below them always stay on the screen, at 150 % too. On a screen too low for all of them
    // (911×512) the clauses and the signature share a splitter the expert can move (remembered),
    // the search field comes first, the lists share tabs and the grade change folds behind a
    // button; what still does not fit (the grade change opened) scrolls inside the clause part.
    QScrollArea *clauseArea = nullptr;
    QVBoxLayout *clauses = basis; // the part above the signature
    if (compact) {
        clauseArea = new QScrollArea(basisPanel);
        clauseArea->setObjectName(QStringLiteral("clauseArea"));
        clauseArea->setWidgetResizable(true);
        clauseArea->setFrameShape(QFrame::NoFrame);
        clauseArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        auto *clausePanel = new QWidget(clauseArea);
        clausePanel->setObjectName(QStringLiteral("clausePanel"));
        clauses = new QVBoxLayout(clausePanel);
        clauses->setContentsMargins(0, 0, 0, 0);
        clauses->setSpacing(2);
        clauseArea->setWidget(clausePanel);
    }
    auto *suggestedLabel = new QLabel(tr("Suggested by the findings"), basisPanel);
    m_suggested = new QListWidget(basisPanel);
    m_suggested->setObjectName(QStringLiteral("suggestedClauses"));
    m_suggested->setMinimumHeight(40);
    m_suggested->setMaximumHeight(90);
    m_clauseSearch = new QLineEdit(basisPanel);
    m_clauseSearch->setObjectName(QStringLiteral("clauseSearch"));
    m_clauseSearch->setPlaceholderText(tr("Search clauses: 5.7.2 or words"));
    m_found = new QListWidget(basisPanel);
    m_found->setObjectName(QStringLiteral("foundClauses"));
    m_found->setMinimumHeight(40);
    m_chosen = new QListWidget(basisPanel);
    m_chosen->setObjectName(QStringLiteral("chosenClauses"));
    m_chosen->setMinimumHeight(40);
    m_chosen->setMaximumHeight(110);
    // A clause's text is a sentence: it wraps within the list, which never scrolls sideways (at
    // 1366×768 the results ran far past the panel and were read by scrolling right).
    for (QListWidget *list : {m_found, m_suggested, m_chosen}) {
        list->setWordWrap(true);
        list->setResizeMode(QListView::Adjust);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }
    auto *chosenLabel = new QLabel(tr("Grading basis (double-click to remove)"), basisPanel);
    const int threeRows = 3 * (fontMetrics().lineSpacing() + 6) + 6; // a row: a line and its padding
    if (tabbed) {
        // What was found, what the findings suggest, what was chosen (with its count): each with
        // three rows at least.
        suggestedLabel->hide();
        chosenLabel->hide();
        m_chosen->setMaximumHeight(QWIDGETSIZE_MAX);
        m_suggested->setMaximumHeight(QWIDGETSIZE_MAX);
        m_chosen->setToolTip(chosenLabel->text());
        auto *tabs = new QTabWidget(basisPanel);
        tabs->setObjectName(QStringLiteral("clauseTabs"));
        tabs->setDocumentMode(true);
        tabs->setUsesScrollButtons(false); // three short tabs: all of them shown, cut if need be
        tabs->setElideMode(Qt::ElideRight);
        // 911×512: the narrower tab padding of compact screens keeps "Suggested" whole in English.
        if (compact)
            tabs->tabBar()->setProperty("compact", true);
        for (QListWidget *list : {m_found, m_suggested, m_chosen})
            list->setMinimumHeight(threeRows);
        tabs->addTab(m_found, tr("Found"));
        tabs->addTab(m_suggested, tr("Suggested"));
        tabs->addTab(m_chosen, QString());
        const auto countChosen = [this, tabs] {
            tabs->setTabText(tabs->indexOf(m_chosen), tr("Basis (%1)").arg(m_chosen->count()));
        };
        countChosen();
        // The page as the receiver: its destructor cuts these before the tabs go (the list's
        // model reports its reset while the tabs are half destroyed).
        for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(m_chosen->model(), signal, this, countChosen);
        connect(m_chosen->model(), &QAbstractItemModel::modelReset, this, countChosen);
        // Typing a search shows what it finds.
        connect(m_clauseSearch, &QLineEdit::textEdited, tabs,
                [this, tabs] { tabs->setCurrentWidget(m_found); });
        clauses->addWidget(m_clauseSearch);
        clauses->addWidget(tabs, 1);
    } else {
        for (QListWidget *list : {m_found, m_suggested, m_chosen})
            list->setMinimumHeight(threeRows);
        m_chosen->setMaximumHeight(QWIDGETSIZE_MAX);
        clauses->addWidget(suggestedLabel);
        clauses->addWidget(m_suggested, 1);
        clauses->addWidget(m_clauseSearch);
        clauses->addWidget(m_found, 2);
        clauses->addWidget(chosenLabel);
        clauses->addWidget(m_chosen, 1);
    }
    // Compact: two one-line labels, the grade beside "Change…" and the self-care level under it,
    // each whole at 911 px in either language (a wrapped label inside the scrolling clause part
    // asked for the height of many lines and pushed the lists out of view; one line for both was
    // cut with "…").
    m_result = compact ? new ElidingLabel(QString(), basisPanel) : new QLabel(basisPanel);
    m_result->setObjectName(QStringLiteral("gradeResult"));
    m_result->setWordWrap(!compact);
    if (compact) {
        m_selfCareResult = new ElidingLabel(QString(), basisPanel);
        m_selfCareResult->setObjectName(QStringLiteral("selfCareResult"));
    }
    // The computed grade stands unless the expert changes it, and then only with a reason.
    auto *overrideBox = new QWidget(basisPanel);
    overrideBox->setObjectName(QStringLiteral("overrideBox"));
    auto *overrideRows = new QVBoxLayout(overrideBox);
    overrideRows->setContentsMargins(0, 0, 0, 0);
    auto *overrideRow = new QHBoxLayout;
    overrideRow->addWidget(new QLabel(tr("Change grade to"), overrideBox));
    m_overrideGrade = new QSpinBox(overrideBox);
    m_overrideGrade->setObjectName(QStringLiteral("overrideGrade"));
    m_overrideGrade->setRange(0, 10);
    m_overrideGrade->setSpecialValueText(tr("computed"));
    overrideRow->addWidget(m_overrideGrade);
    {
        // The reason and "Apply" on a line of their own, so the basis stays narrow enough for the
        // form and the materials beside it (1920×1080 at 150 % in English too).
        overrideRow->addStretch(1);
        overrideRows->addLayout(overrideRow);
        overrideRow = new QHBoxLayout;
    }
    m_overrideReason = new QLineEdit(overrideBox);
    m_overrideReason->setObjectName(QStringLiteral("overrideReason"));
    m_overrideReason->setPlaceholderText(tr("reason for the change"));
    overrideRow->addWidget(m_overrideReason, 1);
    auto *applyOverride = new QPushButton(tr("Apply"), overrideBox);
    applyOverride->setObjectName(QStringLiteral("applyOverride"));
    overrideRow->addWidget(applyOverride);
    overrideRows->addLayout(overrideRow);
    connect(applyOverride, &QPushButton::clicked, this, &ExamPage::applyOverride);
    if (compact) {
        // Changing the computed grade is rare: its two rows open from a button beside the grade.
        auto *resultRow = new QHBoxLayout;
        resultRow->addWidget(m_result, 1);
        auto *changeGrade = new QPushButton(tr("Change…"), basisPanel); // the grade: next to it
        changeGrade->setObjectName(QStringLiteral("showOverride"));
        changeGrade->setCheckable(true);
        changeGrade->setToolTip(tr("Change the computed grade, with the reason"));
        resultRow->addWidget(changeGrade);
        clauses->addLayout(resultRow);
        clauses->addWidget(m_selfCareResult);
        overrideBox->hide();
        connect(changeGrade, &QPushButton::toggled, overrideBox, [this, overrideBox, clauseArea](bool open) {
            overrideBox->setVisible(open);
            if (open) {
                clauseArea->ensureWidgetVisible(overrideBox);
                m_overrideGrade->setFocus();
            }
        });
    } else {
        clauses->addWidget(m_result);
    }
    clauses->addWidget(overrideBox);

    // The signature and the buttons that sign and submit.
    auto *signing = new QWidget(basisPanel);
    signing->setObjectName(QStringLiteral("signingPanel"));
    auto *signingLayout = new QVBoxLayout(signing);
    signingLayout->setContentsMargins(0, 0, 0, 0);
    signingLayout->setSpacing(4);
    auto *signatureLabel = new QLabel(tr("Signature"), signing);
    signingLayout->addWidget(signatureLabel);
    m_pad = new SignaturePad(signing);
    if (compact) {
        // The pad draws its own signing line; 80 logical pixels are 120 on the screen at 150 %.
        signatureLabel->hide();
        m_pad->setMinimumHeight(80);
    }
    signingLayout->addWidget(m_pad, 1);
    // Signing and submitting share one row under the pad: always on screen, never scrolled to.
    auto *padActions = new QHBoxLayout;
    auto *clearPad = new QPushButton(tr("Clear"), signing);
    clearPad->setObjectName(QStringLiteral("clearSignature"));
    auto *undoStroke = new QPushButton(tr("Undo stroke"), signing);
    undoStroke->setObjectName(QStringLiteral("undoStroke"));
    m_submit = new QPushButton(tr("Sign and submit"), signing);
    m_submit->setObjectName(QStringLiteral("submitOpinion"));
    m_submit->setProperty("primary", true);
    m_newVersion = new QPushButton(tr("New version…"), signing);
    m_newVersion->setObjectName(QStringLiteral("newVersion"));
    m_newVersion->setToolTip(
        tr("Change a submitted opinion: asks for the reason and opens an editable copy"));
    m_newVersion->hide();
    // A submitted opinion shows "New version…" where "Sign and submit" was (see refreshBasis):
    // one of them at a time, so either label is whole beside the pad's buttons at 911 px.
    if (compact) {
        // 911×512 logical pixels: the pad's two buttons show icons (their words in the tooltip) so
        // that "Sign and submit" keeps its whole label beside them.
        const std::pair<QPushButton *, QStyle::StandardPixmap> iconOnly[] = {
            {clearPad, QStyle::SP_DialogResetButton}, {undoStroke, QStyle::SP_ArrowBack}};
        for (const auto &[button, icon] : iconOnly) {
            button->setToolTip(button->text());
            button->setAccessibleName(button->text());
            button->setText(QString());
            button->setIcon(style()->standardIcon(icon));
        }
    }
    padActions->addWidget(clearPad);
    padActions->addWidget(undoStroke);
    padActions->addStretch(1);
    padActions->addWidget(m_newVersion);
    padActions->addWidget(m_submit);
    signingLayout->addLayout(padActions);
    connect(clearPad, &QPushButton::clicked, m_pad, &SignaturePad::clear);
    connect(undoStroke, &QPushButton::clicked, m_pad, &SignaturePad::undoStroke);
    if (compact) {
        auto *split = new QSplitter(Qt::Vertical, basisPanel);
        split->setObjectName(QStringLiteral("basisSplitter"));
        split->addWidget(clauseArea);
        split->addWidget(signing);
        // Neither part folds away: the signature and submit must stay, and so must the search.
        split->setChildrenCollapsible(false);
        split->setStretchFactor(0, 1);
        split->setStretchFactor(1, 0);
        // First use: the signature at its least height (the pad's 80 pixels and the buttons), the
        // clauses the rest.
        split->setSizes({1000, 1});
        rememberSplitter(*split, QStringLiteral("exam/basis-compact"));
        basis->addWidget(split, 1);
    } else {
        basis->addWidget(signing, 1);
    }
    return basisPanel;
}

} // namespace ui
