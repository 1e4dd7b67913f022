#pragma once

#include "services.h"

#include "exam/examdocument.h"
#include "exam/opinionservice.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QSplitter;
class QVBoxLayout;

namespace ui {

class ExamCaseList;
class MaterialsViewer;
class SignaturePad;

// The examination form of the expert's current case, built at run time from the specialty's exam
// template. The opinion being edited is an exam::ExamDocument: every edit is saved at once (sealed)
// and can be undone (Ctrl+Z) and redone (Ctrl+Y) there; the page shows what the document says;
// the grading basis is picked from the catalog (with the template's suggestions), the grade and
// self-care level follow; Submit checks the whole form and locks the opinion.
class ExamPage : public QWidget
{
    Q_OBJECT
public:
    ExamPage(const Services &services, const accounts::Session &session, QWidget *parent = nullptr);
    ~ExamPage() override;
    void reloadCases();
    // Applies a finding as if typed: saved, undoable. Returns the refusal, if any.
    QString applyFinding(const QString &fieldId, const QJsonValue &value);
    QUndoStack *undoStack() const { return m_document->undoStack(); }
    const std::optional<exam::Opinion> &opinion() const { return m_document->opinion(); }
    // Opens the case's form (the expert just started examining the person); false when the case
    // is not one of this expert's.
    bool showCase(const QString &acceptanceNo);
    QString currentCase() const;
    // The form's first field takes the keyboard (after F5 the expert types the findings at once).
    void focusForm();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildBasisPanel(bool compact); // exambasis.cpp
    void openCase(const QString &acceptanceNo);
    void buildForm(const forms::ExamTemplate &form);
    void showValue(const QString &fieldId, const QJsonValue &value);
    void commitFromWidget(const QString &fieldId, const QJsonValue &value,
                          exam::ExamDocument::Merge merge = exam::ExamDocument::Merge::Separate);
    void refreshBasis();
    void searchClauses(const QString &text);
    void addClause(const QString &clause);
    void removeClause(const QString &clause);
    void showFinding(const QString &fieldId, const QJsonValue &value);
    void submit();
    void applyOverride();
    void showMessage(const QString &text, bool problem);
    void startNewVersion();
    void setMaterialsDetached(bool detached);
    void redockMaterials();
    const Services &m_services;
    accounts::Session m_session;
    exam::ExamDocument *m_document = nullptr;
    ExamCaseList *m_cases = nullptr;
    QSplitter *m_workspace = nullptr;
    QWidget *m_materialsWindow = nullptr; // the materials detached onto a window (second screen)
    QPushButton *m_detachMaterials = nullptr;
    QList<int> m_sizesBeforeDetach;
    QPushButton *m_newVersion = nullptr;
    QScrollArea *m_formArea = nullptr;
    QHash<QString, QWidget *> m_fields;
    QHash<QString, QLabel *> m_fieldProblems;
    QListWidget *m_suggested = nullptr;
    QLineEdit *m_clauseSearch = nullptr;
    QListWidget *m_found = nullptr;
    QListWidget *m_chosen = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_selfCareResult = nullptr; // compact screens: the self-care level on a line of its own
    QLabel *m_saved = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_submit = nullptr;
    SignaturePad *m_pad = nullptr;
    MaterialsViewer *m_materials = nullptr;
    QSpinBox *m_overrideGrade = nullptr;
    QLineEdit *m_overrideReason = nullptr;
    bool m_showing = false; // filling widgets from the record: not an edit
};

} // namespace ui
