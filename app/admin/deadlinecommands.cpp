#include "command.h"

#include "deadlines/deliverylist.h"
#include "store/database.h"

#include <QJsonArray>

namespace admin {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("admin", text);
}

QString stageKey(deadlines::Stage stage)
{
    switch (stage) {
    case deadlines::Stage::Conclusion:
        return QStringLiteral("conclusion");
    case deadlines::Stage::Delivery:
        return QStringLiteral("delivery");
    case deadlines::Stage::Done:
        return QStringLiteral("done");
    case deadlines::Stage::Ended:
        return QStringLiteral("ended");
    }
    return {};
}

QString urgencyKey(deadlines::Urgency urgency)
{
    switch (urgency) {
    case deadlines::Urgency::Unknown:
        return QStringLiteral("unknown");
    case deadlines::Urgency::OnTime:
        return QStringLiteral("on_time");
    case deadlines::Urgency::DueSoon:
        return QStringLiteral("due_soon");
    case deadlines::Urgency::Overdue:
        return QStringLiteral("overdue");
    case deadlines::Urgency::Met:
        return QStringLiteral("met");
    }
    return {};
}

// No names here: this output ends up in scripts' logs.
int listDeadlines(QCommandLineParser &parser)
{
    core::SystemClock clock;
    const auto station = openStationServices(dataDirFrom(parser), clock, Create::Never);
    if (!station)
        return Failed;
    int limit = -1;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1) {
            printError(tr("--limit takes a number of cases, 1 or more."));
            return UsageError;
        }
    }
    const deadlines::DeadlineService &service = station->services().deadlines();
    // No names are read: none is printed.
    const deadlines::DeadlineService::Page page =
        service.page(parser.isSet(QStringLiteral("all")) ? deadlines::DeadlineService::Scope::Everything
                                                         : deadlines::DeadlineService::Scope::Open,
                     limit, false);
    const QList<deadlines::CaseDeadline> &rows = page.rows;
    if (parser.isSet(jsonOption())) {
        QJsonArray cases;
        for (const deadlines::CaseDeadline &row : rows)
            cases.append(QJsonObject{{QStringLiteral("acceptance_no"), row.acceptanceNo},
                                     {QStringLiteral("stage"), stageKey(row.standing.stage)},
                                     {QStringLiteral("due"), row.standing.due.toString(Qt::ISODate)},
                                     {QStringLiteral("days_left"), row.standing.daysLeft},
                                     {QStringLiteral("urgency"), urgencyKey(row.standing.urgency)}});
        QJsonObject result{{QStringLiteral("cases"), cases}};
        if (limit > 0)
            result.insert(QStringLiteral("total"), page.total);
        printJson(result);
        return Ok;
    }
    for (const deadlines::CaseDeadline &row : rows)
        printLine(QStringLiteral("%1\t%2\t%3\t%4")
                      .arg(row.acceptanceNo, deadlines::displayName(row.standing.stage),
                           row.standing.due.toString(Qt::ISODate), deadlines::daysLeftText(row.standing)));
    // On standard error: the listing itself stays one case a line for scripts.
    if (limit > 0 && page.total > rows.size())
        printError(tr("%1 of %2 cases shown, the most urgent first; leave out --limit to list them all.")
                       .arg(rows.size())
                       .arg(page.total));
    return Ok;
}

int extendDeadline(QCommandLineParser &parser)
{
    const QString acceptanceNo = parser.value(QStringLiteral("case"));
    bool ok = false;
    const int days = parser.value(QStringLiteral("days")).toInt(&ok);
    if (acceptanceNo.isEmpty() || !ok) {
        printError(tr("Give --case ACCEPTANCE_NO, --days N (1–30) and --reason TEXT."));
        return UsageError;
    }
    core::SystemClock clock;
    const auto station = openStationServices(dataDirFrom(parser), clock, Create::Never);
    if (!station)
        return Failed;
    deadlines::DeadlineService &service = station->services().deadlines();
    if (const core::Status extended = service.extend(commandLineSession(core::Role::VenueAdmin), acceptanceNo,
                                                     days, parser.value(QStringLiteral("reason")));
        !extended) {
        printError(extended.error());
        return Failed;
    }
    const auto row = service.of(acceptanceNo);
    printLine(tr("The conclusion of %1 is now due on %2.")
                  .arg(acceptanceNo, row->standing.due.toString(Qt::ISODate)));
    return Ok;
}

int recordDelivery(QCommandLineParser &parser)
{
    const QString acceptanceNo = parser.value(QStringLiteral("case"));
    const QString method = parser.value(QStringLiteral("method"));
    if (acceptanceNo.isEmpty() || method.isEmpty()) {
        printError(tr("Give --case ACCEPTANCE_NO and --method ems|in_person (with --tracking for ems)."));
        return UsageError;
    }
    core::SystemClock clock;
    const auto station = openStationServices(dataDirFrom(parser), clock, Create::Never);
    if (!station)
        return Failed;
    const QDate on = parser.isSet(QStringLiteral("on"))
                         ? QDate::fromString(parser.value(QStringLiteral("on")), Qt::ISODate)
                         : clock.now().date();
    deadlines::DeadlineService &service = station->services().deadlines();
    if (const core::Status recorded =
            service.recordDelivery(commandLineSession(core::Role::Clerk), acceptanceNo, on, method,
                                   parser.value(QStringLiteral("tracking")));
        !recorded) {
        printError(recorded.error());
        return Failed;
    }
    printLine(tr("Delivery of %1 recorded.").arg(acceptanceNo));
    return Ok;
}

int exportDeliveryList(QCommandLineParser &parser)
{
    const QDate day = parser.isSet(QStringLiteral("day"))
                          ? QDate::fromString(parser.value(QStringLiteral("day")), Qt::ISODate)
                          : QDate::currentDate();
    const QString csv = parser.value(QStringLiteral("csv"));
    if (!day.isValid() || csv.isEmpty()) {
        printError(tr("Give --csv FILE and, for another day than today, --day YYYY-MM-DD."));
        return UsageError;
    }
    core::SystemClock clock;
    const auto station = openStationServices(dataDirFrom(parser), clock, Create::Never);
    if (!station)
        return Failed;
    useDocumentLanguage(parser);
    const auto rows =
        station->services().deadlines().writeDeliveryList(commandLineSession(core::Role::Clerk), day, csv);
    if (!rows) {
        printError(rows.error());
        return Failed;
    }
    if (parser.isSet(jsonOption()))
        printJson({{QStringLiteral("rows"), rows.value()}, {QStringLiteral("file"), csv}});
    else
        printLine(tr("%1: %2 letter(s) for %3.").arg(csv).arg(rows.value()).arg(day.toString(Qt::ISODate)));
    return Ok;
}

} // namespace

QList<Command> deadlineCommands()
{
    return {
        {QStringLiteral("deadline"), QStringLiteral("list"),
         tr("Cases against their legal time limits (60 days to the conclusion, +30 when extended; 15 days to "
            "delivery), overdue first."),
         [](QCommandLineParser &parser) {
             parser.addOption(dataDirOption());
             parser.addOption(jsonOption());
             parser.addOption({QStringLiteral("all"), tr("Include delivered and ended cases.")});
             parser.addOption(
                 {QStringLiteral("limit"),
                  tr("Only the N most urgent cases (JSON then adds \"total\", the count of all)."),
                  QStringLiteral("N")});
         },
         listDeadlines},
        {QStringLiteral("deadline"), QStringLiteral("extend"),
         tr("Extend the 60-day limit of a case once, by up to 30 days, for a recorded reason (管理办法 art. "
            "10)."),
         [](QCommandLineParser &parser) {
             parser.addOption(dataDirOption());
             parser.addOption(caseOption());
             parser.addOption({QStringLiteral("days"), tr("Days to add, 1–30."), QStringLiteral("N")});
             parser.addOption(
                 {QStringLiteral("reason"), tr("Why the case needs more time."), QStringLiteral("TEXT")});
         },
         extendDeadline},
        {QStringLiteral("delivery"), QStringLiteral("record"),
         tr("Record that a conclusion was delivered (by EMS with its tracking number, or in person)."),
         [](QCommandLineParser &parser) {
             parser.addOption(dataDirOption());
             parser.addOption(caseOption());
             parser.addOption({QStringLiteral("method"), tr("ems or in_person."), QStringLiteral("METHOD")});
             parser.addOption({QStringLiteral("tracking"), tr("EMS tracking number."), QStringLiteral("NO")});
             parser.addOption(
                 {QStringLiteral("on"), tr("Delivery date (default today)."), QStringLiteral("YYYY-MM-DD")});
         },
         recordDelivery},
        {QStringLiteral("delivery"), QStringLiteral("export"),
         tr("Write the EMS delivery list of a day's conclusions as CSV (UTF-8, CRLF) with the columns "
            "acceptance_no,recipient,phone,province,city,district,street,address,item,concluded_on,"
            "delivery_due."),
         [](QCommandLineParser &parser) {
             parser.addOption(dataDirOption());
             parser.addOption(jsonOption());
             parser.addOption({QStringLiteral("day"), tr("Day of the conclusions (default today)."),
                               QStringLiteral("YYYY-MM-DD")});
             parser.addOption({QStringLiteral("csv"), tr("Write the list here."), QStringLiteral("FILE")});
             declareLanguage(parser);
         },
         exportDeliveryList},
    };
}

} // namespace admin
