#include "casefiles.h"

#include "store/auditlog.h"

#include <QFile>
#include <QJsonObject>

namespace administration {

CaseFiles::CaseFiles(store::Database &database, exam::ReviewService &review)
    : m_database(database), m_review(review)
{
}

core::Result<CaseFileRun> CaseFiles::documents(const accounts::Session &session, const QStringList &cases,
                                               exam::ReviewService::Documents which) const
{
    CaseFileRun run;
    run.cases = cases;
    for (const QString &acceptanceNo : cases) {
        const auto file = m_review.caseDocuments(session, acceptanceNo, which);
        if (!file)
            return core::Result<CaseFileRun>::failure(file.error());
        for (const printing::PaperDocument &document : file.value())
            run.signaturesValid = run.signaturesValid && document.signatureValid;
        run.documents += file.value();
    }
    return run;
}

QString CaseFiles::auditAction(exam::ReviewService::Documents which)
{
    switch (which) {
    case exam::ReviewService::ConclusionOnly:
        return QStringLiteral("print.conclusion");
    case exam::ReviewService::OpinionSheets:
        return QStringLiteral("print.opinions");
    case exam::ReviewService::WholeFile:
        break;
    }
    return QStringLiteral("print.file");
}

core::Status CaseFiles::record(const accounts::Session &session, const CaseFileRun &run,
                               exam::ReviewService::Documents which, const QJsonObject &details,
                               QString *failedCase) const
{
    store::AuditLog audit(m_database);
    for (const QString &acceptanceNo : run.cases)
        if (const core::Status audited =
                audit.append(session.account.username, auditAction(which), acceptanceNo, details);
            !audited) {
            if (failedCase)
                *failedCase = acceptanceNo;
            return audited;
        }
    return core::Status();
}

core::Status CaseFiles::recordPrinted(const accounts::Session &session, const CaseFileRun &run,
                                      exam::ReviewService::Documents which, QString *failedCase) const
{
    return record(session, run, which, {}, failedCase);
}

core::Status CaseFiles::writePdf(const accounts::Session &session, const CaseFileRun &run,
                                 exam::ReviewService::Documents which, const QString &path) const
{
    if (const core::Status written = printing::writePdf(run.documents, path); !written)
        return written;
    if (const core::Status audited = record(session, run, which, {{QStringLiteral("pdf"), path}}, nullptr);
        !audited) {
        QFile::remove(path);
        return core::Status::failure(
            tr("The PDF was not kept: its record could not be written (%1).").arg(audited.error()));
    }
    return core::Status();
}

} // namespace administration
