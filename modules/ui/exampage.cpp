#include "exampage.h"

#include "materialsviewer.h"
#include "pagewidgets.h"
#include "signaturepad.h"

#include "deadlines/deadlineservice.h"
#include "forms/fieldtext.h"
#include "grading/catalog.h"
#include "grading/grading.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ui {

namespace {

void repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

} // namespace

// One edit of one finding: redo stores the new value, undo the old one; both are saved at once.
class SetFindingCommand : public QUndoCommand
{
public:
    SetFindingCommand(ExamPage &page, QString field, QJsonValue before, QJsonValue after)
        : m_page(page), m_field(std::move(field)), m_before(std::move(before)), m_after(std::move(after))
    {
        setText(m_field);
    }
    void redo() override
    {
        if (m_first) { // already stored when the edit was checked
            m_first = false;
            return;
        }
        apply(m_after);
    }
    void undo() override { apply(m_before); }

private:
    void apply(const QJsonValue &value)
    {
        QString problem;
        if (m_page.store(m_field, value, &problem))
            m_page.showValue(m_field, value);
        else
            m_page.showMessage(problem, true);
    }
    ExamPage &m_page;
    QString m_field;
    QJsonValue m_before, m_after;
    bool m_first = true;
};

ExamPage::ExamPage(const Services &services, const accounts::Session &session, QWidget *parent)
    : QWidget(parent), m_services(services), m_session(session), m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("examPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(12);
    layout->addWidget(makePageHeader(tr("Examination"),
                                     tr("Every entry is saved at once. Ctrl+Z undoes, Ctrl+Y redoes. Other "
                                        "opinions stay hidden until yours is submitted."),
                                     this));
    auto *body = new QHBoxLayout;
    body->setSpacing(16);

    m_cases = new QListWidget(this);
    m_cases->setObjectName(QStringLiteral("myCases"));
    m_cases->setMaximumWidth(190);
    body->addWidget(m_cases);

    // The form and the case's medical materials side by side; the expert moves the divider.
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("formAndMaterials"));
    split->setChildrenCollapsible(true);
    m_formArea = new QScrollArea(split);
    m_formArea->setObjectName(QStringLiteral("examForm"));
    m_formArea->setWidgetResizable(true);
    split->addWidget(m_formArea);
    if (services.materials) {
        m_materials = new MaterialsViewer(*services.materials, session, split);
        split->addWidget(m_materials);
        split->setStretchFactor(0, 3); // the form gets a little more room than the papers
        split->setStretchFactor(1, 2);
    }
    body->addWidget(split, 3);

    auto *basis = new QVBoxLayout;
    basis->addWidget(new QLabel(tr("Suggested by the findings"), this));
    m_suggested = new QListWidget(this);
    m_suggested->setObjectName(QStringLiteral("suggestedClauses"));
    m_suggested->setMaximumHeight(90);
    basis->addWidget(m_suggested);
    m_clauseSearch = new QLineEdit(this);
    m_clauseSearch->setObjectName(QStringLiteral("clauseSearch"));
    m_clauseSearch->setPlaceholderText(tr("Search clauses: 5.7.2 or words"));
    basis->addWidget(m_clauseSearch);
    m_found = new QListWidget(this);
    m_found->setObjectName(QStringLiteral("foundClauses"));
    basis->addWidget(m_found, 1);
    basis->addWidget(new QLabel(tr("Grading basis (double-click to remove)"), this));
    m_chosen = new QListWidget(this);
    m_chosen->setObjectName(QStringLiteral("chosenClauses"));
    m_chosen->setMaximumHeight(110);
    basis->addWidget(m_chosen);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("gradeResult"));
    m_result->setWordWrap(true);
    basis->addWidget(m_result);
    // The computed grade stands unless the expert changes it, and then only with a reason.
    auto *overrideRow = new QHBoxLayout;
    overrideRow->addWidget(new QLabel(tr("Change grade to"), this));
    m_overrideGrade = new QSpinBox(this);
    m_overrideGrade->setObjectName(QStringLiteral("overrideGrade"));
    m_overrideGrade->setRange(0, 10);
    m_overrideGrade->setSpecialValueText(tr("computed"));
    overrideRow->addWidget(m_overrideGrade);
    m_overrideReason = new QLineEdit(this);
    m_overrideReason->setObjectName(QStringLiteral("overrideReason"));
    m_overrideReason->setPlaceholderText(tr("reason for the change"));
    overrideRow->addWidget(m_overrideReason, 1);
    auto *applyOverride = new QPushButton(tr("Apply"), this);
    applyOverride->setObjectName(QStringLiteral("applyOverride"));
    overrideRow->addWidget(applyOverride);
    basis->addLayout(overrideRow);
    connect(applyOverride, &QPushButton::clicked, this, &ExamPage::applyOverride);
    basis->addWidget(new QLabel(tr("Signature"), this));
    m_pad = new SignaturePad(this);
    basis->addWidget(m_pad);
    auto *padActions = new QHBoxLayout;
    auto *clearPad = new QPushButton(tr("Clear"), this);
    clearPad->setObjectName(QStringLiteral("clearSignature"));
    auto *undoStroke = new QPushButton(tr("Undo stroke"), this);
    undoStroke->setObjectName(QStringLiteral("undoStroke"));
    padActions->addWidget(clearPad);
    padActions->addWidget(undoStroke);
    padActions->addStretch(1);
    basis->addLayout(padActions);
    connect(clearPad, &QPushButton::clicked, m_pad, &SignaturePad::clear);
    connect(undoStroke, &QPushButton::clicked, m_pad, &SignaturePad::undoStroke);
    m_submit = new QPushButton(tr("Sign and submit"), this);
    m_submit->setObjectName(QStringLiteral("submitOpinion"));
    m_submit->setProperty("primary", true);
    basis->addWidget(m_submit);
    body->addLayout(basis, 1);
    layout->addLayout(body, 1);

    auto *footer = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("checkInMessage"));
    m_message->setWordWrap(true);
    footer->addWidget(m_message, 1);
    m_saved = new QLabel(this);
    m_saved->setObjectName(QStringLiteral("savedAt"));
    m_saved->setMinimumWidth(180);
    m_saved->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    footer->addWidget(m_saved);
    layout->addLayout(footer);

    connect(m_cases, &QListWidget::currentTextChanged, this, [this](const QString &text) {
        if (!text.isEmpty())
            openCase(text.section(QLatin1Char(' '), 0, 0));
    });
    connect(m_clauseSearch, &QLineEdit::textChanged, this, &ExamPage::searchClauses);
    connect(m_found, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { addClause(item->data(Qt::UserRole).toString()); });
    connect(m_suggested, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { addClause(item->data(Qt::UserRole).toString()); });
    connect(m_chosen, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { removeClause(item->data(Qt::UserRole).toString()); });
    connect(m_submit, &QPushButton::clicked, this, &ExamPage::submit);
    auto *undo = new QShortcut(QKeySequence::Undo, this, [this] { m_undo->undo(); });
    undo->setContext(Qt::WidgetWithChildrenShortcut);
    auto *redo = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Y), this, [this] { m_undo->redo(); });
    redo->setContext(Qt::WidgetWithChildrenShortcut);
    reloadCases();
}

ExamPage::~ExamPage()
{
    // QWidget's destructor, which runs after this one, takes the focus away from a field still
    // being edited, and the field then reports its edit (editingFinished). Take the focus now, so
    // the edit is saved while the page is whole (nothing typed is lost), and let nothing from the
    // form reach the page afterwards: its members are gone by then.
    if (QWidget *focused = QApplication::focusWidget(); focused && isAncestorOf(focused))
        focused->clearFocus();
    for (QObject *child : findChildren<QObject *>())
        disconnect(child, nullptr, this, nullptr);
}

void ExamPage::reloadCases()
{
    m_cases->clear();
    if (m_services.opinions)
        for (const auto &[acceptanceNo, ticket] :
             m_services.opinions->assignedCases(m_session.account.expertId, false))
            m_cases->addItem(QStringLiteral("%1  %2").arg(acceptanceNo, ticket));
    if (m_cases->count() == 0)
        showMessage(tr("No case is assigned to you yet. Cases appear here once drawn to you."), false);
}

void ExamPage::openCase(const QString &acceptanceNo)
{
    if (!m_services.opinions) {
        showMessage(tr("Examinations cannot be recorded at this station: the exam templates did not load."),
                    true);
        return;
    }
    m_undo->clear();
    const auto opened = m_services.opinions->open(m_session, acceptanceNo);
    if (!opened) {
        showMessage(opened.error(), true);
        return;
    }
    m_opinion = opened.value();
    if (const forms::ExamTemplate *form = m_services.opinions->templateById(m_opinion->templateId))
        buildForm(*form);
    refreshBasis();
    if (m_materials)
        m_materials->showCase(acceptanceNo);
    QString limit;
    if (const auto deadline = deadlines::DeadlineService(m_services.database).of(acceptanceNo))
        limit = tr(" Conclusion due %1: %2.")
                    .arg(deadline->standing.due.toString(QStringLiteral("yyyy-MM-dd")),
                         deadlines::daysLeftText(deadline->standing));
    showMessage(tr("Case %1, %2 (template %3, version %4).")
                        .arg(acceptanceNo, m_opinion->role, m_opinion->templateId)
                        .arg(m_opinion->templateVersion) +
                    limit,
                false);
}

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
    m_opinion = saved.value();
    refreshBasis();
    showMessage(m_opinion->overrideGrade > 0
                    ? tr("Grade changed to %1 (computed: %2); the reason is recorded.")
                          .arg(m_opinion->overrideGrade)
                          .arg(m_opinion->grade)
                    : tr("The computed grade stands again."),
                false);
}

bool ExamPage::store(const QString &fieldId, const QJsonValue &value, QString *problem)
{
    const auto saved = m_services.opinions->setFinding(m_session, m_opinion->id, fieldId, value);
    if (!saved) {
        *problem = saved.error();
        return false;
    }
    m_opinion = saved.value();
    m_saved->setText(
        tr("Saved %1").arg(QLocale().toString(m_services.clock.now().time(), QStringLiteral("HH:mm:ss"))));
    refreshBasis();
    return true;
}

void ExamPage::commitFromWidget(const QString &fieldId, const QJsonValue &value)
{
    if (m_showing || !m_opinion)
        return;
    const QJsonValue before = m_opinion->findings.value(fieldId);
    if (before == value || (before.isUndefined() && value.isNull()))
        return;
    QString problem;
    if (!store(fieldId, value, &problem)) {
        // Nothing was saved: the field says what is wrong and keeps what was there.
        showValue(fieldId, before);
        if (QLabel *label = m_fieldProblems.value(fieldId)) {
            label->setText(problem);
            label->show();
        }
        showMessage(problem, true);
        return;
    }
    if (QLabel *label = m_fieldProblems.value(fieldId))
        label->hide();
    m_undo->push(new SetFindingCommand(*this, fieldId, before, value));
    showMessage(QString(), false);
}

QString ExamPage::applyFinding(const QString &fieldId, const QJsonValue &value)
{
    commitFromWidget(fieldId, value);
    if (m_message->property("problem").toBool())
        return m_message->text();
    showValue(fieldId, m_opinion->findings.value(fieldId));
    return {};
}

void ExamPage::refreshBasis()
{
    if (!m_opinion)
        return;
    const grading::ClauseCatalog catalog(m_services.database);
    m_suggested->clear();
    if (const forms::ExamTemplate *form = m_services.opinions->templateById(m_opinion->templateId))
        for (const QString &id : form->suggestedClauses(m_opinion->findings))
            if (const auto clause = catalog.find(id)) {
                auto *item = new QListWidgetItem(
                    tr("%1 (grade %2) %3").arg(clause->id).arg(clause->grade).arg(clause->text), m_suggested);
                item->setData(Qt::UserRole, clause->id);
            }
    m_chosen->clear();
    for (const QString &id : std::as_const(m_opinion->clauses)) {
        const auto clause = catalog.find(id);
        auto *item = new QListWidgetItem(
            clause ? tr("%1 (grade %2) %3").arg(clause->id).arg(clause->grade).arg(clause->text) : id,
            m_chosen);
        item->setData(Qt::UserRole, id);
    }
    const QString selfCare = grading::selfCareDisplayName(m_opinion->selfCare);
    QString result = m_opinion->grade > 0
                         ? tr("Grade %1 · self-care: %2").arg(m_opinion->effectiveGrade()).arg(selfCare)
                         : tr("No grade yet: choose the clauses. Self-care: %1").arg(selfCare);
    if (m_opinion->overrideGrade > 0)
        result +=
            QLatin1Char('\n') +
            tr("Changed from the computed grade %1: %2").arg(m_opinion->grade).arg(m_opinion->overrideReason);
    m_result->setText(result);
    m_overrideGrade->setValue(m_opinion->overrideGrade);
    m_overrideReason->setText(m_opinion->overrideReason);
    const bool draft = m_opinion->state == QLatin1String("draft");
    m_submit->setEnabled(draft);
    m_formArea->setEnabled(draft);
}

void ExamPage::searchClauses(const QString &text)
{
    m_found->clear();
    for (const grading::Clause &clause : grading::ClauseCatalog(m_services.database).search(text, 30)) {
        auto *item = new QListWidgetItem(
            tr("%1 (grade %2) %3").arg(clause.id).arg(clause.grade).arg(clause.text), m_found);
        item->setData(Qt::UserRole, clause.id);
    }
}

void ExamPage::addClause(const QString &clause)
{
    if (!m_opinion || m_opinion->clauses.contains(clause))
        return;
    QStringList clauses = m_opinion->clauses;
    clauses << clause;
    const auto saved = m_services.opinions->setClauses(m_session, m_opinion->id, clauses);
    if (!saved) {
        showMessage(saved.error(), true);
        return;
    }
    m_opinion = saved.value();
    refreshBasis();
}

void ExamPage::removeClause(const QString &clause)
{
    if (!m_opinion)
        return;
    QStringList clauses = m_opinion->clauses;
    clauses.removeAll(clause);
    const auto saved = m_services.opinions->setClauses(m_session, m_opinion->id, clauses);
    if (saved) {
        m_opinion = saved.value();
        refreshBasis();
    }
}

void ExamPage::submit()
{
    if (!m_opinion)
        return;
    if (m_pad->isEmpty()) {
        showMessage(tr("Sign on the pad before submitting."), true);
        return;
    }
    const auto submitted = m_services.opinions->submit(m_session, m_opinion->id, m_pad->encoded());
    if (!submitted) {
        showMessage(submitted.error(), true);
        return;
    }
    m_opinion = submitted.value();
    m_undo->clear();
    refreshBasis();
    showMessage(tr("Opinion on %1 submitted and locked: grade %2.")
                    .arg(m_opinion->acceptanceNo)
                    .arg(m_opinion->effectiveGrade()),
                false);
}

void ExamPage::showMessage(const QString &text, bool problem)
{
    m_message->setVisible(!text.isEmpty());
    m_message->setText(text);
    m_message->setProperty("problem", problem);
    repolish(m_message);
}

} // namespace ui
