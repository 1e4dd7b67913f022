#pragma once

#include "opinionservice.h"

#include <QObject>

#include <optional>

class QUndoStack;

namespace exam {

class SetFindingCommand;
class SetClausesCommand;
class ChangeGradeCommand;

// The draft opinion an expert is editing, as a document (the way Tiled's MapDocument is one): it
// owns the opinion and its undo history. Every edit is saved at once through the OpinionService
// and becomes one command on the document's QUndoStack; undo and redo save again. Views only
// observe the signals, so the history never points at a widget.
class ExamDocument : public QObject
{
    Q_OBJECT
public:
    // Whether an edit of a finding joins the previous edit of the same field in the history: a run
    // of typing (ticking the options of one list one after the other) is taken back in one step.
    enum class Merge { Separate, Typing };

    // `opinions` may be null (the exam templates did not load): then nothing opens.
    ExamDocument(OpinionService *opinions, accounts::Session session, QObject *parent = nullptr);
    ~ExamDocument() override;

    // The expert's current opinion on the case (a new draft on first use); the history starts afresh.
    core::Status open(const QString &acceptanceNo);
    const std::optional<Opinion> &opinion() const { return m_opinion; }
    QUndoStack *undoStack() const { return m_undo; }

    // Each edit is checked and saved first; refused, nothing changes and nothing enters the history.
    core::Status setFinding(const QString &fieldId, const QJsonValue &value, Merge merge = Merge::Separate);
    core::Status chooseClause(const QString &clause); // already chosen: nothing to do
    core::Status removeClause(const QString &clause);
    // The grade change (override) with its reason; grade 0 lets the computed grade stand again.
    core::Status changeGrade(int grade, const QString &reason);

    // Signs and locks the opinion; the history ends with it (a submitted opinion is not edited).
    core::Status submit(const QByteArray &signatureStrokes);
    // A new version of the submitted opinion, for a change with a reason: it opens as the draft.
    core::Status startNewVersion(const QString &reason);

signals:
    // A finding now stands as `value` (an edit, an undo or a redo); the opinion is saved.
    void findingChanged(const QString &fieldId, const QJsonValue &value);
    // The clauses, the grade, the self-care level or the state changed.
    void basisChanged();
    // An undo or redo could not be saved (the opinion was submitted meanwhile …): why.
    void refused(const QString &message);

private:
    friend class SetFindingCommand;
    friend class SetClausesCommand;
    friend class ChangeGradeCommand;
    // What undo and redo do: save the state again and tell the views.
    bool applyFinding(const QString &fieldId, const QJsonValue &value);
    bool applyClauses(const QStringList &clauses);
    bool applyGrade(int grade, const QString &reason);
    core::Status saveClauses(const QStringList &clauses);
    core::Status keep(const core::Result<Opinion> &saved);

    OpinionService *m_opinions = nullptr;
    accounts::Session m_session;
    std::optional<Opinion> m_opinion;
    QUndoStack *m_undo = nullptr;
};

} // namespace exam
