#include "command.h"

#include "checkin/checkinservice.h"
#include "roster/rosterimport.h"
#include "store/database.h"

#include <QFile>
#include <QJsonArray>
#include <QStringDecoder>

namespace admin {

namespace {

int importRoster(QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        printError(QCoreApplication::translate("admin", "Name one roster CSV file."));
        return UsageError;
    }
    QFile file(files.first());
    if (!file.open(QIODevice::ReadOnly)) {
        printError(QCoreApplication::translate("admin", "Cannot read %1: %2")
                       .arg(file.fileName(), file.errorString()));
        return Failed;
    }
    const QByteArray bytes = file.readAll();
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    if (utf8.hasError()) {
        printError(QCoreApplication::translate("admin",
                                               "%1 is not UTF-8 text. Save the roster as CSV UTF-8 and "
                                               "import it again.")
                       .arg(file.fileName()));
        return Failed;
    }
    core::SystemClock clock;
    const auto station = openStationServices(dataDirFrom(parser), clock, Create::IfMissing);
    if (!station)
        return Failed;
    const QString batch = parser.isSet(QStringLiteral("batch"))
                              ? parser.value(QStringLiteral("batch"))
                              : station->services().settings().value(store::settings::CurrentBatch);
    const auto summary = station->services().rosterImport().import(
        commandLineSession(core::Role::VenueAdmin), text, batch, parser.isSet(QStringLiteral("batch")));
    if (!summary) {
        printError(summary.error());
        return Failed;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rejected;
        for (const roster::RejectedRow &row : summary->rejected)
            rejected << QJsonObject{{QStringLiteral("line"), row.line},
                                    {QStringLiteral("reason"), row.reason}};
        printJson({{QStringLiteral("imported"), summary->imported}, {QStringLiteral("rejected"), rejected}});
    } else {
        printLine(QCoreApplication::translate("admin", "Imported %1 cases into batch %2%3.")
                      .arg(summary->imported)
                      .arg(summary->batchId, summary->batchCreated
                                                 ? QCoreApplication::translate("admin", " (batch created)")
                                                 : QString()));
        for (const roster::RejectedRow &row : summary->rejected)
            printLine(
                QCoreApplication::translate("admin", "  line %1 rejected: %2").arg(row.line).arg(row.reason));
    }
    return Ok;
}

int checkIn(QCommandLineParser &parser)
{
    const QString idNumber = parser.value(QStringLiteral("id-number"));
    const QString acceptanceNo = parser.value(QStringLiteral("case"));
    if (idNumber.isEmpty() == acceptanceNo.isEmpty()) {
        printError(QCoreApplication::translate("admin", "Give either --id-number or --case."));
        return UsageError;
    }
    core::SystemClock clock;
    const auto station = openStationServices(dataDirFrom(parser), clock, Create::Never);
    if (!station)
        return Failed;
    checkin::CheckInService &service = station->services().checkIn();
    const accounts::Session session = commandLineSession(core::Role::FrontDesk);
    const checkin::CheckInResult result = idNumber.isEmpty()
                                              ? service.checkInByAcceptanceNo(session, acceptanceNo)
                                              : service.checkInByIdNumber(session, idNumber);
    if (!result.ok()) {
        printError(result.error);
        return Failed;
    }
    const checkin::CheckIn &done = *result.checkIn;
    if (parser.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("ticket"), done.ticket.label},
                   {QStringLiteral("lane"), done.lane.prefix},
                   {QStringLiteral("case"), done.record.data.acceptanceNo}});
    } else {
        printLine(
            (done.alreadyCheckedIn
                 ? QCoreApplication::translate("admin",
                                               "Already checked in: ticket %1 (%2), case %3, %4 ahead.")
                 : QCoreApplication::translate("admin", "Checked in: ticket %1 (%2), case %3, %4 ahead."))
                .arg(done.ticket.label, done.lane.name, done.record.data.acceptanceNo)
                .arg(done.peopleAhead));
    }
    return Ok;
}

} // namespace

QList<Command> frontDeskCommands()
{
    return {
        {QStringLiteral("roster"), QStringLiteral("import"),
         QCoreApplication::translate("admin",
                                     "Import a roster CSV into a batch; bad rows are reported by line."),
         [](QCommandLineParser &parser) {
             parser.addOption(dataDirOption());
             parser.addOption(
                 {QStringLiteral("batch"),
                  QCoreApplication::translate("admin", "Batch to import into; created for today at "
                                                       "the configured venue when missing. Default: "
                                                       "the current batch."),
                  QStringLiteral("B")});
             parser.addOption(jsonOption());
             parser.addPositionalArgument(
                 QStringLiteral("FILE"),
                 QCoreApplication::translate("admin", "Roster CSV (UTF-8, header row)."));
         },
         importRoster},
        {QStringLiteral("checkin"), QString(),
         QCoreApplication::translate("admin",
                                     "Check a person in by ID number (or acceptance number) and give "
                                     "the queue ticket; again gives the same ticket."),
         [](QCommandLineParser &parser) {
             parser.addOption(dataDirOption());
             parser.addOption({QStringLiteral("id-number"),
                               QCoreApplication::translate("admin", "The person's ID number."),
                               QStringLiteral("X")});
             parser.addOption(
                 {QStringLiteral("case"),
                  QCoreApplication::translate("admin", "The acceptance number instead of the ID number."),
                  QStringLiteral("ACCEPTANCE_NO")});
             parser.addOption(jsonOption());
         },
         checkIn},
    };
}

} // namespace admin
