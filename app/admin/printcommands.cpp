#include "command.h"
#include "deadlines/deadlineservice.h"
#include "exam/reviewservice.h"
#include "printing/paperdocument.h"
#include "station/stationservices.h"

#include "checkinprint/documents.h"
#include "i18n/translations.h"
#include "printing/escpos.h"
#include "printing/pdfdocuments.h"
#include "printing/printerlink.h"
#include "store/database.h"

#include <QFile>
#include <QGuiApplication>

namespace admin {

namespace {

// Documents for the public are Chinese whatever the admin's terminal language is.
int printTicket(QCommandLineParser &parser)
{
    const QString ticketName = parser.value(QStringLiteral("ticket"));
    const QString pdf = parser.value(QStringLiteral("pdf"));
    const QString escpos = parser.value(QStringLiteral("escpos"));
    const QString tcp = parser.value(QStringLiteral("tcp"));
    const int outputs = int(!pdf.isEmpty()) + int(!escpos.isEmpty()) + int(!tcp.isEmpty());
    if (ticketName.isEmpty() || outputs != 1) {
        printError(QCoreApplication::translate("admin",
                                               "Give --ticket and one of --pdf FILE, --escpos FILE or --tcp "
                                               "HOST[:PORT]."));
        return UsageError;
    }
    const QString profileId = parser.value(QStringLiteral("profile"));
    const auto profile = printing::profile(profileId);
    if (pdf.isEmpty() && !profile) {
        QStringList known;
        for (const printing::PrinterProfile &p : printing::builtinProfiles())
            known << p.id;
        printError(QCoreApplication::translate("admin", "Unknown printer profile \"%1\". Known profiles: %2.")
                       .arg(profileId, known.join(QStringLiteral(", "))));
        return UsageError;
    }
    core::SystemClock clock;
    const auto station = openStationServices(dataDirFrom(parser), clock, Create::Never);
    if (!station)
        return Failed;
    checkin::CheckInService &service = station->services().checkIn();
    const auto found = service.find(ticketName);
    if (!found) {
        printError(QCoreApplication::translate("admin", "There is no ticket %1 today.").arg(ticketName));
        return Failed;
    }
    useDocumentLanguage(parser);
    const printing::Ticket ticket =
        station->services().checkInDocuments().ticket(*found, found->ticket.prints > 0);
    QString summary;
    if (!pdf.isEmpty()) {
        if (const core::Status written = printing::writeTicketPdf(ticket, pdf); !written) {
            printError(written.error());
            return Failed;
        }
        summary = pdf;
    } else {
        const auto bytes = printing::renderTicket(ticket, *profile);
        if (!bytes) {
            printError(bytes.error());
            return Failed;
        }
        const auto sent =
            printing::sendToPrinter({tcp.isEmpty() ? escpos : QStringLiteral("tcp:") + tcp}, bytes.value());
        if (!sent) {
            printError(sent.error());
            return Failed;
        }
        summary = sent->summary();
    }
    const core::Status recorded = service.recordPrint(commandLineSession(core::Role::FrontDesk),
                                                      found->ticket.id, QStringLiteral("ticket"));
    if (!recorded) {
        printError(recorded.error());
        return Failed;
    }
    printLine(QCoreApplication::translate("admin", "Ticket %1: %2").arg(found->ticket.label, summary));
    return Ok;
}

int printReceipt(QCommandLineParser &parser)
{
    const QString acceptanceNo = parser.value(QStringLiteral("case"));
    const QString pdf = parser.value(QStringLiteral("pdf"));
    if (acceptanceNo.isEmpty() || pdf.isEmpty()) {
        printError(QCoreApplication::translate("admin", "Give --case ACCEPTANCE_NO and --pdf FILE."));
        return UsageError;
    }
    core::SystemClock clock;
    const auto station = openStationServices(dataDirFrom(parser), clock, Create::Never);
    if (!station)
        return Failed;
    checkin::CheckInService &service = station->services().checkIn();
    const auto found = service.find(acceptanceNo);
    if (!found) {
        printError(QCoreApplication::translate("admin",
                                               "Case %1 has not been checked in today; the receipt notice is "
                                               "given at check-in.")
                       .arg(acceptanceNo));
        return Failed;
    }
    useDocumentLanguage(parser);
    if (const core::Status written =
            printing::writeReceiptPdf(station->services().checkInDocuments().receipt(*found), pdf);
        !written) {
        printError(written.error());
        return Failed;
    }
    const core::Status recorded = service.recordPrint(commandLineSession(core::Role::FrontDesk),
                                                      found->ticket.id, QStringLiteral("receipt"));
    if (!recorded) {
        printError(recorded.error());
        return Failed;
    }
    printLine(QCoreApplication::translate("admin", "Receipt notice of %1: %2").arg(acceptanceNo, pdf));
    return Ok;
}

// As the clerk: only concluded cases are printed. With --case, that case's documents; with --day,
// those of every case concluded that day, as one file for one print job (batch printing).
int printCaseDocuments(QCommandLineParser &parser, exam::ReviewService::Documents which)
{
    const QString acceptanceNo = parser.value(QStringLiteral("case"));
    const QString day =
        which == exam::ReviewService::WholeFile ? parser.value(QStringLiteral("day")) : QString();
    const QString pdf = parser.value(QStringLiteral("pdf"));
    if (acceptanceNo.isEmpty() == day.isEmpty() || pdf.isEmpty()) {
        printError(which == exam::ReviewService::WholeFile
                       ? QCoreApplication::translate(
                             "admin", "Give --day YYYY-MM-DD (or --case ACCEPTANCE_NO) and --pdf FILE.")
                       : QCoreApplication::translate("admin", "Give --case ACCEPTANCE_NO and --pdf FILE."));
        return UsageError;
    }
    core::SystemClock clock;
    const auto station = openStationServices(dataDirFrom(parser), clock, Create::Never);
    if (!station)
        return Failed;
    station::StationServices &services = station->services();
    if (!services.caseFiles()) {
        printError(services.templatesProblem());
        return Failed;
    }
    useDocumentLanguage(parser);
    QStringList cases{acceptanceNo};
    if (!day.isEmpty()) {
        const QDate date = QDate::fromString(day, Qt::ISODate);
        if (!date.isValid()) {
            printError(QCoreApplication::translate("admin", "--day %1 is not a date YYYY-MM-DD.").arg(day));
            return UsageError;
        }
        cases = services.deadlines().concludedOn(date);
        if (cases.isEmpty()) {
            printError(QCoreApplication::translate("admin", "No case was concluded on %1.").arg(day));
            return Failed;
        }
    }
    const accounts::Session clerk = commandLineSession(core::Role::Clerk);
    const auto run = services.caseFiles()->documents(clerk, cases, which);
    if (!run) {
        printError(run.error());
        return Failed;
    }
    // The service records the copy in the audit trail, and removes the PDF when it cannot.
    if (const core::Status written = services.caseFiles()->writePdf(clerk, run.value(), which, pdf);
        !written) {
        printError(written.error());
        return Failed;
    }
    const QList<printing::PaperDocument> &documents = run->documents;
    const bool signaturesValid = run->signaturesValid;
    printLine(QCoreApplication::translate("admin", "%n document(s) of %1: %2", nullptr, int(documents.size()))
                  .arg(cases.join(QStringLiteral(", ")), pdf));
    return signaturesValid ? Ok : Failed;
}

void declareCaseDocuments(QCommandLineParser &parser)
{
    parser.addOption(dataDirOption());
    parser.addOption(caseOption());
    parser.addOption({QStringLiteral("pdf"), QCoreApplication::translate("admin", "Write a PDF."),
                      QStringLiteral("FILE")});
    declareLanguage(parser);
}

} // namespace

QList<Command> printCommands()
{
    return {
        {QStringLiteral("print"), QStringLiteral("ticket"),
         QCoreApplication::translate("admin",
                                     "Print a queue ticket as PDF or ESC/POS (to a file, a device or a "
                                     "network printer)."),
         [](QCommandLineParser &parser) {
             parser.addOption(dataDirOption());
             parser.addOption(
                 {QStringLiteral("ticket"),
                  QCoreApplication::translate("admin", "Today's ticket number (e.g. G001), a ticket "
                                                       "id, or an acceptance number."),
                  QStringLiteral("T")});
             parser.addOption({QStringLiteral("pdf"), QCoreApplication::translate("admin", "Write a PDF."),
                               QStringLiteral("FILE")});
             parser.addOption(
                 {QStringLiteral("escpos"),
                  QCoreApplication::translate("admin", "Write ESC/POS bytes to a file or a device such "
                                                       "as /dev/usb/lp0."),
                  QStringLiteral("FILE")});
             parser.addOption(
                 {QStringLiteral("tcp"),
                  QCoreApplication::translate("admin", "Send ESC/POS bytes to a network printer (port "
                                                       "9100 unless given) and read its status."),
                  QStringLiteral("HOST[:PORT]")});
             parser.addOption(
                 {QStringLiteral("profile"),
                  QCoreApplication::translate("admin", "Printer profile for ESC/POS: 58mm-gb18030 "
                                                       "(default), 80mm-gb18030, 58mm-gbk, 80mm-utf8, "
                                                       "58mm-raster, 80mm-raster."),
                  QStringLiteral("P"), QStringLiteral("58mm-gb18030")});
             declareLanguage(parser);
         },
         printTicket},
        {QStringLiteral("print"), QStringLiteral("receipt"),
         QCoreApplication::translate(
             "admin", "Write the receipt notice (收讫告知书) of a checked-in case as an A4 PDF."),
         [](QCommandLineParser &parser) {
             parser.addOption(dataDirOption());
             parser.addOption(caseOption());
             parser.addOption({QStringLiteral("pdf"), QCoreApplication::translate("admin", "Write a PDF."),
                               QStringLiteral("FILE")});
             declareLanguage(parser);
         },
         printReceipt},
        {QStringLiteral("print"), QStringLiteral("conclusion"),
         QCoreApplication::translate("admin",
                                     "Write the conclusion (鉴定结论书) of a concluded case as an A4 PDF; "
                                     "exit 1 when the reviewer's signature no longer matches it."),
         declareCaseDocuments,
         [](QCommandLineParser &parser) {
             return printCaseDocuments(parser, exam::ReviewService::ConclusionOnly);
         }},
        {QStringLiteral("print"), QStringLiteral("opinions"),
         QCoreApplication::translate(
             "admin", "Write the expert opinion sheets (专家鉴定意见表) of a concluded case as an A4 "
                      "PDF; exit 1 when a signature no longer matches."),
         declareCaseDocuments,
         [](QCommandLineParser &parser) {
             return printCaseDocuments(parser, exam::ReviewService::OpinionSheets);
         }},
        {QStringLiteral("print"), QStringLiteral("batch"),
         QCoreApplication::translate(
             "admin", "Batch printing: the conclusion and opinion sheets of every case concluded "
                      "on --day (or of --case), one after the other in one PDF."),
         [](QCommandLineParser &parser) {
             declareCaseDocuments(parser);
             parser.addOption({QStringLiteral("day"),
                               QCoreApplication::translate("admin", "Day of the conclusions."),
                               QStringLiteral("YYYY-MM-DD")});
         },
         [](QCommandLineParser &parser) {
             return printCaseDocuments(parser, exam::ReviewService::WholeFile);
         }},
    };
}

} // namespace admin
