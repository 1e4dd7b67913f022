#pragma once

#include "accounts/permissions.h"
#include "forms/examtemplate.h"
#include "printing/documents.h"
#include "signature/signaturestore.h"
#include "store/assignmentrepository.h"
#include "store/database.h"

#include <QJsonObject>

namespace exam {

// One expert's opinion on one case: the findings on the template's form, the chosen clauses, the
// grade and self-care level computed from them (or overridden with a reason).
struct Opinion {
    QString id;
    QString acceptanceNo;
    QString role; // exam1, exam2 …
    QString expertId;
    QString templateId;
    int templateVersion = 0;
    int version = 1;
    QString state; // draft | submitted | superseded
    QJsonObject findings;
    QStringList clauses;
    int grade = 0;         // 0: none yet
    QString selfCare;      // none | partial | most | complete
    int overrideGrade = 0; // 0: the computed grade stands
    QString overrideReason;
    QString predecessor;
    QString changeReason;
    QDateTime updatedAt;
    QDateTime submittedAt;
    int effectiveGrade() const { return overrideGrade > 0 ? overrideGrade : grade; }
};

// Where the examination is recorded. Every edit is committed at once (sealed, as medical data), so a
// crash loses nothing. Access follows the assignments: an expert works only on cases drawn to them
// and sees no other opinion on a case until their own is submitted; a reviewer sees the opinions
// only of cases whose review is assigned to them; nobody else reads findings.
class OpinionService
{
    Q_DECLARE_TR_FUNCTIONS(exam::OpinionService)
public:
    OpinionService(store::Database &database, QList<forms::ExamTemplate> templates);

    // The expert's current opinion on the case (a new draft on first use).
    core::Result<Opinion> open(const accounts::Session &session, const QString &acceptanceNo);
    // Saves one finding now; an invalid value is refused with the reason and nothing changes.
    core::Result<Opinion> setFinding(const accounts::Session &session, const QString &opinionId,
                                     const QString &fieldId, const QJsonValue &value);
    core::Result<Opinion> setClauses(const accounts::Session &session, const QString &opinionId,
                                     const QStringList &clauses);
    // Overrides the computed grade; a reason is required (grade 0 removes the override).
    core::Result<Opinion> overrideGrade(const accounts::Session &session, const QString &opinionId, int grade,
                                        const QString &reason);
    // Checks the whole form and the basis, signs it with the expert's strokes (signature::encode),
    // locks the opinion, audits it and queues it for sync.
    core::Result<Opinion> submit(const accounts::Session &session, const QString &opinionId,
                                 const QByteArray &signatureStrokes);
    // Whether the signature still matches the opinion's content.
    signature::Verification verifySignature(const QString &opinionId) const;
    // What a signature on the opinion covers: case, role, version, expert, template and content.
    static QByteArray canonicalContent(const Opinion &opinion);
    // A new version of a submitted opinion, for a change with a reason; the old one stays until the
    // new one is submitted.
    core::Result<Opinion> revise(const accounts::Session &session, const QString &acceptanceNo,
                                 const QString &reason);

    // The opinions on a case that this person may see (blindness and assignments enforced here).
    core::Result<QList<Opinion>> visibleOpinions(const accounts::Session &session,
                                                 const QString &acceptanceNo);

    // The submitted opinions of a case as printable sheets: for the expert their own (and the
    // others' once theirs is submitted), for the assigned reviewer all, for the clerk all once the
    // case is concluded.
    core::Result<QList<printing::OpinionSheet>> opinionSheets(const accounts::Session &session,
                                                              const QString &acceptanceNo);

    // The expert's worklist, by ticket order: their examinations (or, `review`, their reviews) of
    // the cases in progress, of today's people and of their own drafts, each with the case's state
    // and where the expert's own opinion stands. Bounded by today's work, not by history.
    QList<store::WorkItem> worklist(const QString &expertId, bool review) const;

    // "first examination", "second examination" … for a stored role key.
    static QString roleDisplayName(const QString &role);

    const forms::ExamTemplate *templateFor(core::Specialty group) const;
    const forms::ExamTemplate *templateById(const QString &id) const;

private:
    friend class ReviewService; // reads the opinions after its own access checks
    std::optional<QString> assignedRole(const QString &acceptanceNo, const QString &expertId,
                                        bool review = false) const;
    std::optional<Opinion> load(const QString &opinionId) const;
    std::optional<Opinion> latest(const QString &acceptanceNo, const QString &role) const;
    QList<Opinion> all(const QString &acceptanceNo) const;
    core::Result<Opinion> editable(const accounts::Session &session, const QString &opinionId) const;
    core::Status store(const Opinion &opinion, bool insert);
    void recompute(Opinion &opinion) const;

    store::Database &m_database;
    QList<forms::ExamTemplate> m_templates;
};

} // namespace exam
