#pragma once

#include "opinionservice.h"

#include "printing/paperdocument.h"

namespace exam {

// What the reviewer sees: the submitted opinions side by side and where they differ.
struct Comparison {
    QList<Opinion> opinions;
    QStringList differences; // translated: grade, clauses, self-care
    int majorityGrade = 0;   // with a five-expert panel, the grade most opinions share (0: none)
};

// The appraisal's conclusion, made and signed by the reviewer.
struct Conclusion {
    QString acceptanceNo;
    int grade = 0;
    QStringList clauses;
    QString selfCare;
    QString basedOn; // the opinion agreed with, or "own"
    QString reason;  // why the reviewer's own result differs, when it does
    QString reviewer;
    QDateTime concludedAt;
};

// Review: only the reviewer assigned to the case, only when every examination opinion is
// submitted. The reviewer agrees with one opinion or records their own (with a reason), signs, and
// the case is concluded in the same transaction.
class ReviewService
{
    Q_DECLARE_TR_FUNCTIONS(exam::ReviewService)
public:
    ReviewService(store::Database &database, OpinionService &opinions);

    core::Result<Comparison> compare(const accounts::Session &session, const QString &acceptanceNo);
    core::Result<Conclusion> agree(const accounts::Session &session, const QString &acceptanceNo,
                                   const QString &opinionId, const QByteArray &signatureStrokes);
    core::Result<Conclusion> concludeOwn(const accounts::Session &session, const QString &acceptanceNo,
                                         int grade, const QStringList &clauses, const QString &selfCare,
                                         const QString &reason, const QByteArray &signatureStrokes);
    std::optional<Conclusion> conclusionOf(const QString &acceptanceNo) const;
    // The conclusion as a document for the clerk to print: only concluded cases, only for those
    // who print documents (clerk, venue admin).
    core::Result<printing::ConclusionNotice> conclusionDocument(const accounts::Session &session,
                                                                const QString &acceptanceNo) const;
    enum Documents { ConclusionOnly = 1, OpinionSheets = 2, WholeFile = 3 };
    // A concluded case's documents ready to print one after the other: the conclusion and/or the
    // opinion sheets. For those who print documents; true to the signatures (a mismatch is printed
    // as a warning on the page, never hidden).
    core::Result<QList<printing::PaperDocument>> caseDocuments(const accounts::Session &session,
                                                               const QString &acceptanceNo,
                                                               Documents which = WholeFile) const;
    signature::Verification verifyConclusion(const QString &acceptanceNo) const;
    static QByteArray canonicalContent(const Conclusion &conclusion);

private:
    core::Result<Conclusion> conclude(const accounts::Session &session, Conclusion conclusion,
                                      const QByteArray &signatureStrokes);

    store::Database &m_database;
    OpinionService &m_opinions;
};

} // namespace exam
