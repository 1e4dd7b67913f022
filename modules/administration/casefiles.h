#pragma once

#include "accounts/permissions.h"
#include "core/result.h"
#include "exam/reviewservice.h"
#include "printing/paperdocument.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace store {
class Database;
}

namespace administration {

// A print run of concluded cases: the documents one after the other, and whether every signature
// on them checked out (a mismatch is printed as a warning, never hidden).
struct CaseFileRun {
    QStringList cases;
    QList<printing::PaperDocument> documents;
    bool signaturesValid = true;
};

// The clerk's audited print of concluded cases, for the clerk page and `appraisal-admin print`:
// every copy that leaves the station, on paper or as a PDF, is named in the audit trail
// (print.conclusion, print.opinions or print.file, per case). A PDF whose record cannot be written
// is removed again: a copy of a case file the audit trail does not know of must not stay on disk.
class CaseFiles
{
    Q_DECLARE_TR_FUNCTIONS(administration::CaseFiles)
public:
    CaseFiles(store::Database &database, exam::ReviewService &review);

    // The documents of `cases` (each must be concluded; the first that is not stops the run).
    [[nodiscard]] core::Result<CaseFileRun> documents(const accounts::Session &session,
                                                      const QStringList &cases,
                                                      exam::ReviewService::Documents which) const;
    // Records that the run went to a printer (the pages are already out: the caller reports a
    // failure, naming the case `failedCase` whose record could not be written).
    [[nodiscard]] core::Status recordPrinted(const accounts::Session &session, const CaseFileRun &run,
                                             exam::ReviewService::Documents which,
                                             QString *failedCase = nullptr) const;
    // Writes the run as one PDF at `path` and records it; on any failure no file is left behind.
    [[nodiscard]] core::Status writePdf(const accounts::Session &session, const CaseFileRun &run,
                                        exam::ReviewService::Documents which, const QString &path) const;

    static QString auditAction(exam::ReviewService::Documents which);

private:
    [[nodiscard]] core::Status record(const accounts::Session &session, const CaseFileRun &run,
                                      exam::ReviewService::Documents which, const QJsonObject &details,
                                      QString *failedCase) const;

    store::Database &m_database;
    exam::ReviewService &m_review;
};

} // namespace administration
