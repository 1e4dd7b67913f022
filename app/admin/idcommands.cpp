#include "command.h"

#include "core/idnumber.h"

#include <QDate>

namespace admin {

namespace {

int checkId(QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        printError(QCoreApplication::translate("admin",
                                               "Give exactly one ID number, e.g. appraisal-admin id check "
                                               "11010519491231002X"));
        return UsageError;
    }
    const core::IdCheck check = core::checkIdNumber(positional.first(), QDate::currentDate());
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(
            {{QStringLiteral("valid"), check.valid},
             {QStringLiteral("normalized"), check.normalized},
             {QStringLiteral("birth_date"), check.valid ? check.birthDate.toString(Qt::ISODate) : QString()},
             {QStringLiteral("gender"), check.valid ? core::toKey(check.gender) : QString()},
             {QStringLiteral("region"), check.valid ? check.region : QString()},
             {QStringLiteral("region_code"), check.valid ? check.regionCode : QString()},
             {QStringLiteral("error"), check.error}});
    } else if (check.valid) {
        printLine(
            QCoreApplication::translate("admin", "valid: %1\nbirth date: %2\ngender: %3\nregion: %4 (%5)")
                .arg(check.normalized, check.birthDate.toString(Qt::ISODate), core::displayName(check.gender),
                     check.region, check.regionCode));
    } else {
        printError(QCoreApplication::translate("admin", "invalid: %1").arg(check.error));
    }
    return check.valid ? Ok : Failed;
}

} // namespace

QList<Command> idCommands()
{
    return {{QStringLiteral("id"), QStringLiteral("check"),
             QCoreApplication::translate("admin",
                                         "Check a citizen ID number (GB 11643): exit 0 valid, 1 invalid."),
             [](QCommandLineParser &parser) {
                 parser.addPositionalArgument(
                     QStringLiteral("ID"),
                     QCoreApplication::translate("admin", "18- or 15-character ID number."));
                 parser.addOption(jsonOption());
             },
             checkId}};
}

} // namespace admin
