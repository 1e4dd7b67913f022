#include "command.h"

#include "store/auditlog.h"

#include <QFileInfo>

namespace admin {

namespace {

int verifyAudit(QCommandLineParser &parser)
{
    const bool json = parser.isSet(QStringLiteral("json"));
    const QString path = store::databasePath(dataDirFrom(parser));
    core::SystemClock clock;
    const auto database = openStation(dataDirFrom(parser), clock, Create::Never);
    if (!database)
        return Failed;
    const store::AuditVerification result = store::AuditLog(*database).verify();
    if (json) {
        printJson({{QStringLiteral("intact"), result.intact},
                   {QStringLiteral("rows"), result.rows},
                   {QStringLiteral("first_broken_row"), result.firstBrokenSeq},
                   {QStringLiteral("reason"), result.reason}});
    } else if (result.intact) {
        printLine(QCoreApplication::translate("admin", "Audit trail intact: %1 rows.").arg(result.rows));
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
                                              "broken (naming the first broken row)."),
         [](QCommandLineParser &parser) {
             parser.addOption(dataDirOption());
             parser.addOption(jsonOption());
         },
         verifyAudit}};
}

} // namespace admin
