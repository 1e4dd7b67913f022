#include "command.h"

#include "store/auditlog.h"
#include "store/incrementalchecks.h"

#include <QFileInfo>

namespace admin {

namespace {

int verifyAudit(QCommandLineParser &parser)
{
    const bool json = parser.isSet(QStringLiteral("json"));
    const QString path = store::databasePath(dataDirFrom(parser));
    core::SystemClock clock;
    const auto station = openStationServices(dataDirFrom(parser), clock, Create::Never);
    if (!station)
        return Failed;
    const bool full = parser.isSet(QStringLiteral("full"));
    store::IncrementalAudit run;
    if (full)
        run.verification = station->services().auditTrail().verify();
    else
        run = station->services().auditTrail().verifySinceCheckpoint();
    const store::AuditVerification &result = run.verification;
    if (json) {
        printJson({{QStringLiteral("intact"), result.intact},
                   {QStringLiteral("rows"), result.rows},
                   {QStringLiteral("first_broken_row"), result.firstBrokenSeq},
                   {QStringLiteral("reason"), result.reason},
                   {QStringLiteral("from_row"), run.fromSeq},
                   {QStringLiteral("full"), full}});
    } else if (result.intact) {
        printLine(QCoreApplication::translate("admin", "Audit trail intact: %1 rows checked from row %2.")
                      .arg(result.rows)
                      .arg(run.fromSeq));
    } else {
        printError(QCoreApplication::translate("admin", "Audit trail broken at row %1: %2")
                       .arg(result.firstBrokenSeq)
                       .arg(result.reason));
    }
    return result.intact ? Ok : Failed;
}

} // namespace

QList<Command> auditCommands()
{
    return {
        {QStringLiteral("audit"), QStringLiteral("verify"),
         QCoreApplication::translate("admin", "Verify the hash chain of the audit trail: exit 0 intact, 1 "
                                              "broken (naming the first broken row). Checks from the last "
                                              "verified row (a sealed checkpoint) unless --full is given."),
         [](QCommandLineParser &parser) {
             parser.addOption(dataDirOption());
             parser.addOption(jsonOption());
             parser.addOption(
                 {QStringLiteral("full"),
                  QCoreApplication::translate("admin", "Check the whole chain from its first row.")});
         },
         verifyAudit}};
}

} // namespace admin
