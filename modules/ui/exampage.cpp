#include "exampage.h"

#include "elidinglabel.h"
#include "examcaselist.h"
#include "materialsviewer.h"
#include "pagewidgets.h"
#include "screenfit.h"
#include "shortcuthelp.h"
#include "signaturepad.h"
#include "textfieldundo.h"

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
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ui {

ExamPage::ExamPage(const Services &services, const accounts::Session &session, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
    , m_document(new exam::ExamDocument(services.opinions, session, this))
{
    setObjectName(QStringLiteral("examPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(8);
    layout->addWidget(makePageHeader(tr("Examination"),
                                     tr("Every entry is saved at once. Ctrl+Z undoes, Ctrl+Y redoes. Other "
                                        "opinions stay hidden until yours is submitted."),
                                     this));

    // Cases, form, materials and the grading basis side by side in one splitter: the expert moves
    // the dividers (remembered), folds the case list or the materials away, or detaches the
    // materials onto a second screen. Nothing has a fixed width, so it fits 1366×768.
    const bool compact = isCompactScreen(*this); // 911×512: see screenfit.h
    m_workspace = new QSplitter(Qt::Horizontal, this);
    m_workspace->setObjectName(QStringLiteral("examWorkspace"));
    m_workspace->setChildrenCollapsible(true);
    m_cases = new ExamCaseList(services, session, m_workspace);
    m_cases->setMinimumWidth(110);
    m_workspace->addWidget(m_cases);
    m_formArea = new QScrollArea(m_workspace);
    m_formArea->setObjectName(QStringLiteral("examForm"));
    m_formArea->setWidgetResizable(true);
    m_formArea->setMinimumWidth(260);
    m_workspace->addWidget(m_formArea);
    if (services.materials) {
        m_materials = new MaterialsViewer(*services.materials, session, m_workspace);
        // At 911×512 the viewer's tool row alone would make the workspace wider than the screen:
        // folded away there, it asks for no width (open it in its own window, or drag it wider).
        if (compact)
            m_materials->setMinimumWidth(1);
        m_workspace->addWidget(m_materials);
    }

    QWidget *basisPanel = buildBasisPanel(compact);
    m_workspace->addWidget(basisPanel);
    const int basisIndex = m_workspace->indexOf(basisPanel);
    m_workspace->setStretchFactor(0, 0);
    m_workspace->setStretchFactor(1, 3);
    if (m_materials)
        m_workspace->setStretchFactor(2, 2);
    m_workspace->setStretchFactor(basisIndex, 2);
    m_workspace->setCollapsible(1, false);
    m_workspace->setCollapsible(basisIndex, false);
    // First use: on a narrow screen (1366×768, 150 %) the materials start folded away (drag the
    // divider or detach them); on a wide one they sit beside the form.
    const bool wide = availableArea(*this).width() >= 1600;
    // At 911×512 the form takes what the case list and the basis at their narrowest leave.
    const int caseList = compact ? 110 : 150;
    const int basisWidth = compact ? 310 : 360;
    m_workspace->setSizes(m_materials ? QList<int>{caseList, wide ? 520 : 560, wide ? 420 : 0, basisWidth}
                                      : QList<int>{caseList, 600, basisWidth});
    rememberSplitter(*m_workspace, m_materials ? QStringLiteral("exam/workspace")
                                               : QStringLiteral("exam/workspace-without-materials"));
    layout->addWidget(m_workspace, 1);

    // The footer keeps its height whether or not there is a message: nothing jumps.
    auto *footer = new QHBoxLayout;
    // Two lines reserved on every screen, 911×512 too: a message is a sentence the expert must
    // read ("version 2 is open for changes…"), so it wraps whole, never cut with "…" (a rare third
    // line takes its height from the workspace).
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("checkInMessage"));
    m_message->setWordWrap(true);
    m_message->setProperty("empty", true);
    m_message->setMinimumHeight(2 * m_message->fontMetrics().lineSpacing() + 18);
    footer->addWidget(m_message, 1);
    if (m_materials) {
        m_detachMaterials = new QPushButton(tr("Materials in own window"), this);
        m_detachMaterials->setObjectName(QStringLiteral("detachMaterials"));
        m_detachMaterials->setCheckable(true);
        m_detachMaterials->setToolTip(tr("Show the medical materials in a window of their own, e.g. on a "
                                         "second screen; close that window to bring them back here"));
        connect(m_detachMaterials, &QPushButton::toggled, this, &ExamPage::setMaterialsDetached);
        footer->addWidget(m_detachMaterials);
    }
    m_saved = new QLabel(this);
    m_saved->setObjectName(QStringLiteral("savedAt"));
    m_saved->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    footer->addWidget(m_saved);
    layout->addLayout(footer);

    connect(m_cases, &ExamCaseList::caseChosen, this, &ExamPage::openCase);
    connect(m_clauseSearch, &QLineEdit::textChanged, this, &ExamPage::searchClauses);
    connect(m_found, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { addClause(item->data(Qt::UserRole).toString()); });
    connect(m_suggested, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { addClause(item->data(Qt::UserRole).toString()); });
    connect(m_chosen, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { removeClause(item->data(Qt::UserRole).toString()); });
    // The clauses from the keyboard too: ↓ from the search into what it found, Enter takes (or,
    // in the basis, removes) the clause under the cursor.
    for (QWidget *keys : std::initializer_list<QWidget *>{m_clauseSearch, m_found, m_suggested, m_chosen})
        keys->installEventFilter(this);
    for (QListWidget *list : {m_found, m_suggested})
        list->setToolTip(tr("Double-click or Enter takes the clause as a basis (↓ from the search)."));
    connect(m_submit, &QPushButton::clicked, this, &ExamPage::submit);
    connect(m_newVersion, &QPushButton::clicked, this, &ExamPage::startNewVersion);
    connect(m_document, &exam::ExamDocument::findingChanged, this, &ExamPage::showFinding);
    connect(m_document, &exam::ExamDocument::basisChanged, this, &ExamPage::refreshBasis);
    connect(m_document, &exam::ExamDocument::refused, this,
            [this](const QString &message) { showMessage(message, true); });
    // In a text field the keys undo the typing there; elsewhere the document's last edit.
    auto *undo = new QShortcut(QKeySequence::Undo, this, [this] {
        if (!applyToFocusedTextField(EditStep::Undo))
            m_document->undoStack()->undo();
    });
    undo->setContext(Qt::WidgetWithChildrenShortcut);
    undo->setWhatsThis(tr("Undo the last entry, clause or grade change"));
    auto *redo = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Y), this, [this] {
        if (!applyToFocusedTextField(EditStep::Redo))
            m_document->undoStack()->redo();
    });
    redo->setContext(Qt::WidgetWithChildrenShortcut);
    redo->setWhatsThis(tr("Redo"));
    // Keyboard-first: the clause search and the submission without the mouse (only the signature
    // itself is drawn with the pen or mouse).
    connect(addWindowKey(this, QKeySequence(Qt::CTRL | Qt::Key_F), tr("Search the grading clauses")),
            &QShortcut::activated, this, [this] {
                m_clauseSearch->setFocus(Qt::ShortcutFocusReason);
                m_clauseSearch->selectAll();
            });
    connect(
        addWindowKey(this, QKeySequence(Qt::CTRL | Qt::Key_Return), tr("Sign and submit (after signing)")),
        &QShortcut::activated, this, [this] {
            if (!m_submit->isVisible() || !m_submit->isEnabled())
                return;
            // The field being typed in saves first, as a click elsewhere would save it.
            if (QWidget *typing = QApplication::focusWidget(); typing && isAncestorOf(typing))
                typing->clearFocus();
            m_submit->click();
        });
    setFocusProxy(m_cases);
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
    m_cases->reload();
    if (m_cases->count() == 0)
        showMessage(tr("No case is assigned to you yet. Cases appear here once drawn to you."), false);
}

bool ExamPage::showCase(const QString &acceptanceNo)
{
    if (!m_cases->select(acceptanceNo)) {
        showMessage(tr("Case %1 is not one of your examinations.").arg(acceptanceNo), true);
        return false;
    }
    return opinion() && opinion()->acceptanceNo == acceptanceNo;
}

void ExamPage::focusForm()
{
    // In the form's order (depth first, as the fields were built); a field that takes no keyboard
    // (a submitted opinion's) leaves the focus where it was.
    if (QWidget *content = m_formArea->widget())
        for (QWidget *child : content->findChildren<QWidget *>())
            if (child->objectName().startsWith(QLatin1String("field_")) && child->isEnabled() &&
                (child->focusPolicy() & Qt::TabFocus)) {
                m_formArea->ensureWidgetVisible(child);
                child->setFocus(Qt::OtherFocusReason);
                return;
            }
}

QString ExamPage::currentCase() const
{
    return opinion() ? opinion()->acceptanceNo : QString();
}

void ExamPage::openCase(const QString &acceptanceNo)
{
    if (core::Status opened = m_document->open(acceptanceNo); !opened) {
        showMessage(opened.error(), true);
        return;
    }
    const exam::Opinion &current = *opinion();
    const forms::ExamTemplate *form = m_services.opinions->templateById(current.templateId);
    if (form)
        buildForm(*form);
    refreshBasis();
    if (m_materials)
        m_materials->showCase(acceptanceNo);
    QString limit;
    if (const auto deadline = m_services.deadlines.of(acceptanceNo))
        limit = tr(" Conclusion due %1: %2.")
                    .arg(deadline->standing.due.toString(QStringLiteral("yyyy-MM-dd")),
                         deadlines::daysLeftText(deadline->standing));
    // 911×512: the short form, so that the message stays whole on the lines the footer keeps
    // (the template's group and version are what the form itself shows).
    const QString opened =
        isCompactScreen(*this)
            ? tr("Case %1, %2.").arg(acceptanceNo, exam::OpinionService::roleDisplayName(current.role))
            : tr("Case %1, %2 (template %3, version %4).")
                  .arg(acceptanceNo, exam::OpinionService::roleDisplayName(current.role),
                       // The specialty group in the person's language, not the file's id.
                       form ? core::displayName(form->group) : current.templateId)
                  .arg(current.templateVersion);
    showMessage(opened + limit, false);
}

void ExamPage::showFinding(const QString &fieldId, const QJsonValue &value)
{
    m_saved->setText(
        tr("Saved %1").arg(QLocale().toString(m_services.clock.now().time(), QStringLiteral("HH:mm:ss"))));
    refreshBasis();
    showValue(fieldId, value);
}

void ExamPage::commitFromWidget(const QString &fieldId, const QJsonValue &value,
                                exam::ExamDocument::Merge merge)
{
    if (m_showing || !opinion())
        return;
    const QJsonValue before = opinion()->findings.value(fieldId);
    if (core::Status saved = m_document->setFinding(fieldId, value, merge); !saved) {
        // Nothing was saved: the field says what is wrong and keeps what was there.
        showValue(fieldId, before);
        if (QLabel *label = m_fieldProblems.value(fieldId)) {
            label->setText(saved.error());
            label->show();
        }
        showMessage(saved.error(), true);
        return;
    }
    if (QLabel *label = m_fieldProblems.value(fieldId))
        label->hide();
    showMessage(QString(), false);
}

QString ExamPage::applyFinding(const QString &fieldId, const QJsonValue &value)
{
    commitFromWidget(fieldId, value);
    if (m_message->property("problem").toBool())
        return m_message->text();
    showValue(fieldId, opinion()->findings.value(fieldId));
    return {};
}

void ExamPage::refreshBasis()
{
    if (!opinion())
        return;
    const exam::Opinion &current = *opinion();
    const grading::ClauseCatalog &catalog = m_services.clauses;
    m_suggested->clear();
    if (const forms::ExamTemplate *form = m_services.opinions->templateById(current.templateId))
        for (const QString &id : form->suggestedClauses(current.findings))
            if (const auto clause = catalog.find(id)) {
                auto *item = new QListWidgetItem(
                    tr("%1 (grade %2) %3").arg(clause->id).arg(clause->grade).arg(clause->text), m_suggested);
                item->setData(Qt::UserRole, clause->id);
            }
    m_chosen->clear();
    for (const QString &id : std::as_const(current.clauses)) {
        const auto clause = catalog.find(id);
        auto *item = new QListWidgetItem(
            clause ? tr("%1 (grade %2) %3").arg(clause->id).arg(clause->grade).arg(clause->text) : id,
            m_chosen);
        item->setData(Qt::UserRole, id);
    }
    // Not worked out before the first finding is saved: said so, not left blank ("Self-care:").
    const QString selfCare =
        current.selfCare.isEmpty() ? tr("not assessed yet") : grading::selfCareDisplayName(current.selfCare);
    QString result = current.grade > 0
                         ? tr("Grade %1 · self-care: %2").arg(current.effectiveGrade()).arg(selfCare)
                         : tr("No grade yet: choose the clauses. Self-care: %1").arg(selfCare);
    if (current.overrideGrade > 0)
        result += QLatin1Char('\n') +
                  tr("Changed from the computed grade %1: %2").arg(current.grade).arg(current.overrideReason);
    if (m_selfCareResult) {
        // Compact: the grade on its line (the reason for a change is in the grade change's box),
        // the self-care level on the next.
        QString grade = tr("No grade yet: choose the clauses.");
        if (current.overrideGrade > 0)
            grade = tr("Grade %1 (computed: %2)").arg(current.overrideGrade).arg(current.grade);
        else if (current.grade > 0)
            grade = tr("Grade %1").arg(current.grade);
        auto *gradeLine = static_cast<ElidingLabel *>(m_result);
        gradeLine->setShortText(current.grade > 0 || current.overrideGrade > 0 ? QString()
                                                                               : tr("No grade yet"));
        gradeLine->setText(grade);
        gradeLine->setToolTip(result);
        // The level's name says it is about self-care ("partial self-care dependency"): alone.
        QString selfCareLine = selfCare;
        if (!selfCareLine.isEmpty())
            selfCareLine[0] = selfCareLine.at(0).toUpper();
        m_selfCareResult->setText(selfCareLine);
    } else {
        m_result->setText(result);
    }
    m_overrideGrade->setValue(current.overrideGrade);
    m_overrideReason->setText(current.overrideReason);
    const bool draft = current.state == QLatin1String("draft");
    m_submit->setEnabled(draft);
    m_formArea->setEnabled(draft);
    // Nothing of a locked opinion changes here (seen: the clause search, the grade change and the
    // pad stayed open on a submitted one, each refused only when used); "New version…" opens a
    // copy that can. The basis stays readable.
    for (QWidget *edit : std::initializer_list<QWidget *>{m_clauseSearch, m_found, m_suggested,
                                                          m_overrideGrade, m_overrideReason, m_pad})
        edit->setEnabled(draft);
    for (const char *name : {"applyOverride", "clearSignature", "undoStroke", "showOverride"})
        if (auto *button = findChild<QPushButton *>(QLatin1String(name)))
            button->setEnabled(draft);
    // Submitted: the opinion is locked, what is left to do is a new version, in submit's place.
    const bool submitted = current.state == QLatin1String("submitted");
    m_newVersion->setVisible(submitted);
    m_submit->setVisible(!submitted);
}

void ExamPage::searchClauses(const QString &text)
{
    m_found->clear();
    for (const grading::Clause &clause : m_services.clauses.search(text, 30)) {
        auto *item = new QListWidgetItem(
            tr("%1 (grade %2) %3").arg(clause.id).arg(clause.grade).arg(clause.text), m_found);
        item->setData(Qt::UserRole, clause.id);
    }
}

void ExamPage::submit()
{
    if (!opinion())
        return;
    if (m_pad->isEmpty()) {
        showMessage(tr("Sign on the pad before submitting."), true);
        return;
    }
    if (core::Status submitted = m_document->submit(m_pad->encoded()); !submitted) {
        showMessage(submitted.error(), true);
        return;
    }
    m_pad->clear();
    m_cases->reload();
    showMessage(tr("Opinion on %1 submitted and locked: grade %2.")
                    .arg(opinion()->acceptanceNo)
                    .arg(opinion()->effectiveGrade()),
                false);
}

void ExamPage::setMaterialsDetached(bool detached)
{
    if (!m_materials || detached == (m_materialsWindow != nullptr))
        return;
    if (detached) {
        m_sizesBeforeDetach = m_workspace->sizes();
        // A window of its own, placed on another screen when there is one.
        m_materialsWindow = new QWidget(this, Qt::Window);
        m_materialsWindow->setObjectName(QStringLiteral("materialsWindow"));
        m_materialsWindow->setWindowTitle(tr("Medical materials"));
        m_materialsWindow->setAttribute(Qt::WA_DeleteOnClose);
        auto *windowLayout = new QVBoxLayout(m_materialsWindow);
        windowLayout->setContentsMargins(4, 4, 4, 4);
        windowLayout->addWidget(m_materials);
        m_materials->show();
        const QList<QScreen *> screens = QGuiApplication::screens();
        QScreen *target = screens.size() > 1 && screens.at(0) == screen() ? screens.at(1) : screen();
        if (target) {
            m_materialsWindow->setGeometry(target->availableGeometry().adjusted(40, 40, -40, -40));
            m_materialsWindow->move(target->availableGeometry().topLeft() + QPoint(40, 40));
        }
        connect(m_materialsWindow, &QObject::destroyed, this, [this] {
            m_materialsWindow = nullptr;
            if (m_detachMaterials)
                m_detachMaterials->setChecked(false);
        });
        m_materialsWindow->installEventFilter(this);
        m_materialsWindow->show();
        return;
    }
    // Back beside the form, where it was.
    redockMaterials();
    if (m_materialsWindow) {
        m_materialsWindow->removeEventFilter(this);
        m_materialsWindow->close();
    }
}

void ExamPage::redockMaterials()
{
    m_workspace->insertWidget(2, m_materials);
    m_materials->show();
    // The splitter gives a widget put back whatever width it had, past the others' minimum widths
    // (the submit button was cut off); the sizes from before the detach put everything back.
    if (m_sizesBeforeDetach.size() == m_workspace->count())
        m_workspace->setSizes(m_sizesBeforeDetach);
}

bool ExamPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_clauseSearch && key->key() == Qt::Key_Down && m_found->count() > 0) {
            if (auto *tabs = findChild<QTabWidget *>(QStringLiteral("clauseTabs")))
                tabs->setCurrentWidget(m_found);
            m_found->setCurrentRow(qMax(0, m_found->currentRow()));
            m_found->setFocus(Qt::TabFocusReason);
            return true;
        }
        const bool enter = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                           key->modifiers() == Qt::NoModifier; // Ctrl+Return submits
        auto *list = qobject_cast<QListWidget *>(watched);
        if (enter && list && list->currentItem() &&
            (list == m_found || list == m_suggested || list == m_chosen)) {
            const QString clause = list->currentItem()->data(Qt::UserRole).toString();
            if (list == m_chosen)
                removeClause(clause);
            else
                addClause(clause);
            return true;
        }
    }
    // Closing the materials window brings the materials back beside the form.
    if (watched == m_materialsWindow && event->type() == QEvent::Close && m_materials &&
        m_materials->parent() == m_materialsWindow) {
        redockMaterials();
        if (m_detachMaterials) {
            const QSignalBlocker quiet(m_detachMaterials);
            m_detachMaterials->setChecked(false);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ExamPage::showMessage(const QString &text, bool problem)
{
    setMessage(m_message, text, problem);
}

} // namespace ui
