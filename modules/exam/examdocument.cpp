#include "examdocument.h"

#include <QUndoStack>

namespace exam {

namespace {

// The ids QUndoStack merges by: only typing in one field merges.
constexpr int kTypingId = 1;

// No value: a field never filled (undefined) or emptied (null) is the same finding.
bool isEmpty(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined();
}

} // namespace

// The commands change the document, never a view. Each is pushed after its edit was saved, so the
// first redo (QUndoStack::push runs it) has nothing left to do.
class SetFindingCommand : public QUndoCommand
{
public:
    SetFindingCommand(ExamDocument &document, const QString &fieldId, QJsonValue before, QJsonValue after,
                      ExamDocument::Merge merge)
        : m_document(document)
        , m_fieldId(fieldId)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_merge(merge)
    {
        setText(fieldId);
    }
    int id() const override { return m_merge == ExamDocument::Merge::Typing ? kTypingId : -1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const SetFindingCommand *>(other);
        if (next->m_fieldId != m_fieldId)
            return false;
        m_after = next->m_after;
        // Typed back to where it was: nothing is left to undo.
        setObsolete(m_after == m_before || (isEmpty(m_after) && isEmpty(m_before)));
        return true;
    }
    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        m_document.applyFinding(m_fieldId, m_after);
    }
    void undo() override { m_document.applyFinding(m_fieldId, m_before); }

private:
    ExamDocument &m_document;
    QString m_fieldId;
    QJsonValue m_before, m_after;
    ExamDocument::Merge m_merge;
    bool m_first = true;
};

class SetClausesCommand : public QUndoCommand
{
public:
    SetClausesCommand(ExamDocument &document, const QString &clause, QStringList before, QStringList after)
        : m_document(document), m_before(std::move(before)), m_after(std::move(after))
    {
        setText(clause);
    }
    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        m_document.applyClauses(m_after);
    }
    void undo() override { m_document.applyClauses(m_before); }

private:
    ExamDocument &m_document;
    QStringList m_before, m_after;
    bool m_first = true;
};

class ChangeGradeCommand : public QUndoCommand
{
public:
    struct Grade {
        int grade = 0;
        QString reason;
    };
    ChangeGradeCommand(ExamDocument &document, Grade before, Grade after)
        : m_document(document), m_before(std::move(before)), m_after(std::move(after))
    {
        setText(ExamDocument::tr("grade change"));
    }
    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        m_document.applyGrade(m_after.grade, m_after.reason);
    }
    void undo() override { m_document.applyGrade(m_before.grade, m_before.reason); }

private:
    ExamDocument &m_document;
    Grade m_before, m_after;
    bool m_first = true;
};

ExamDocument::ExamDocument(OpinionService *opinions, accounts::Session session, QObject *parent)
    : QObject(parent), m_opinions(opinions), m_session(std::move(session)), m_undo(new QUndoStack(this))
{
}

ExamDocument::~ExamDocument() = default;

core::Status ExamDocument::open(const QString &acceptanceNo)
{
    m_undo->clear();
    if (!m_opinions)
        return core::Status::failure(
            tr("Examinations cannot be recorded at this station: the exam templates did not load."));
    const auto opened = m_opinions->open(m_session, acceptanceNo);
    if (!opened)
        return core::Status::failure(opened.error());
    m_opinion = opened.value();
    return {};
}

core::Status ExamDocument::keep(const core::Result<Opinion> &saved)
{
    if (!saved)
        return core::Status::failure(saved.error());
    m_opinion = saved.value();
    return {};
}

core::Status ExamDocument::setFinding(const QString &fieldId, const QJsonValue &value, Merge merge)
{
    if (!m_opinion)
        return core::Status::failure(tr("No opinion is open."));
    const QJsonValue before = m_opinion->findings.value(fieldId);
    if (before == value || (before.isUndefined() && value.isNull()))
        return {};
    if (core::Status saved = keep(m_opinions->setFinding(m_session, m_opinion->id, fieldId, value)); !saved)
        return saved;
    m_undo->push(new SetFindingCommand(*this, fieldId, before, value, merge));
    emit findingChanged(fieldId, m_opinion->findings.value(fieldId));
    return {};
}

core::Status ExamDocument::saveClauses(const QStringList &clauses)
{
    if (core::Status saved = keep(m_opinions->setClauses(m_session, m_opinion->id, clauses)); !saved)
        return saved;
    emit basisChanged();
    return {};
}

core::Status ExamDocument::chooseClause(const QString &clause)
{
    if (!m_opinion)
        return core::Status::failure(tr("No opinion is open."));
    if (m_opinion->clauses.contains(clause))
        return {};
    const QStringList before = m_opinion->clauses;
    if (core::Status saved = saveClauses(before + QStringList{clause}); !saved)
        return saved;
    m_undo->push(new SetClausesCommand(*this, clause, before, m_opinion->clauses));
    return {};
}

core::Status ExamDocument::removeClause(const QString &clause)
{
    if (!m_opinion)
        return core::Status::failure(tr("No opinion is open."));
    const QStringList before = m_opinion->clauses;
    QStringList after = before;
    after.removeAll(clause);
    if (core::Status saved = saveClauses(after); !saved)
        return saved;
    m_undo->push(new SetClausesCommand(*this, clause, before, after));
    return {};
}

core::Status ExamDocument::changeGrade(int grade, const QString &reason)
{
    if (!m_opinion)
        return core::Status::failure(tr("No opinion is open."));
    const ChangeGradeCommand::Grade before{m_opinion->overrideGrade, m_opinion->overrideReason};
    if (core::Status saved = keep(m_opinions->overrideGrade(m_session, m_opinion->id, grade, reason)); !saved)
        return saved;
    m_undo->push(
        new ChangeGradeCommand(*this, before, {m_opinion->overrideGrade, m_opinion->overrideReason}));
    emit basisChanged();
    return {};
}

core::Status ExamDocument::submit(const QByteArray &signatureStrokes)
{
    if (!m_opinion)
        return core::Status::failure(tr("No opinion is open."));
    if (core::Status saved = keep(m_opinions->submit(m_session, m_opinion->id, signatureStrokes)); !saved)
        return saved;
    m_undo->clear();
    emit basisChanged();
    return {};
}

core::Status ExamDocument::startNewVersion(const QString &reason)
{
    if (!m_opinion)
        return core::Status::failure(tr("No opinion is open."));
    const auto revised = m_opinions->revise(m_session, m_opinion->acceptanceNo, reason);
    if (!revised)
        return core::Status::failure(revised.error());
    m_undo->clear();
    m_opinion = revised.value();
    return {};
}

bool ExamDocument::applyFinding(const QString &fieldId, const QJsonValue &value)
{
    if (core::Status saved = keep(m_opinions->setFinding(m_session, m_opinion->id, fieldId, value)); !saved) {
        emit refused(saved.error());
        return false;
    }
    emit findingChanged(fieldId, m_opinion->findings.value(fieldId));
    return true;
}

bool ExamDocument::applyClauses(const QStringList &clauses)
{
    if (core::Status saved = saveClauses(clauses); !saved) {
        emit refused(saved.error());
        return false;
    }
    return true;
}

bool ExamDocument::applyGrade(int grade, const QString &reason)
{
    if (core::Status saved = keep(m_opinions->overrideGrade(m_session, m_opinion->id, grade, reason));
        !saved) {
        emit refused(saved.error());
        return false;
    }
    emit basisChanged();
    return true;
}

} // namespace exam
