#include "command.h"

#include "grading/catalog.h"
#include "grading/grading.h"
#include "store/database.h"

#include <QFile>
#include <QJsonArray>

namespace admin {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("admin", text);
}

QStringList listValue(const QCommandLineParser &parser, const QString &option)
{
    QStringList items;
    for (const QString &item : parser.value(option).split(QLatin1Char(','), Qt::SkipEmptyParts))
        items << item.trimmed();
    return items;
}

int grade(QCommandLineParser &parser)
{
    const bool byGrades = parser.isSet(QStringLiteral("grades"));
    if (byGrades == parser.isSet(QStringLiteral("clauses"))) {
        printError(tr("Give either --grades 7,7,5 or --clauses \"5.7.2(36),5.9.2(3)\"."));
        return UsageError;
    }
    QList<int> grades;
    QJsonArray clausesJson;
    if (byGrades) {
        for (const QString &item : listValue(parser, QStringLiteral("grades"))) {
            bool ok = false;
            grades << item.toInt(&ok);
            if (!ok) {
                printError(tr("\"%1\" is not a grade; grades run from 1 to 10.").arg(item));
                return Failed;
            }
        }
    } else {
        core::SystemClock clock;
        const auto station = openStationServices(dataDirFrom(parser), clock, Create::Never);
        if (!station)
            return Failed;
        const grading::ClauseCatalog &catalog = station->services().clauses();
        for (const QString &id : listValue(parser, QStringLiteral("clauses"))) {
            const auto clause = catalog.find(id);
            if (!clause) {
                printError(
                    tr("Clause %1 is not in the station's catalog (import it with appraisal-admin catalog "
                       "import).")
                        .arg(id));
                return Failed;
            }
            grades << clause->grade;
            clausesJson << QJsonObject{{QStringLiteral("clause"), clause->id},
                                       {QStringLiteral("grade"), clause->grade}};
        }
    }
    const auto combined = grading::combineGrades(grades);
    if (!combined) {
        printError(combined.error());
        return Failed;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json{{QStringLiteral("grade"), combined.value()}};
        if (!clausesJson.isEmpty())
            json.insert(QStringLiteral("clauses"), clausesJson);
        printJson(json);
    } else {
        printLine(tr("Grade %1.").arg(combined.value()));
    }
    return Ok;
}

int selfCare(QCommandLineParser &parser)
{
    const auto level = grading::selfCareLevel(listValue(parser, QStringLiteral("needs-help")));
    if (!level) {
        printError(level.error());
        return Failed;
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson({{QStringLiteral("level"), grading::toKey(level.value())}});
    else
        printLine(grading::displayName(level.value()));
    return Ok;
}

int importCatalog(QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    const bool sample = parser.isSet(QStringLiteral("sample"));
    if (files.size() != (sample ? 0 : 1)) {
        printError(tr("Name one catalog file (JSON or CSV), or give --sample."));
        return UsageError;
    }
    QByteArray content;
    if (!sample) {
        QFile file(files.first());
        if (!file.open(QIODevice::ReadOnly)) {
            printError(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
            return Failed;
        }
        content = file.readAll();
    }
    core::SystemClock clock;
    const auto station = openStationServices(dataDirFrom(parser), clock, Create::IfMissing);
    if (!station)
        return Failed;
    grading::ClauseCatalog &catalog = station->services().clauses();
    const auto imported = sample ? catalog.importSample() : catalog.import(content, files.first());
    if (!imported) {
        printError(imported.error());
        return Failed;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rejected;
        for (const auto &[entry, reason] : imported->rejected)
            rejected << QJsonObject{{QStringLiteral("entry"), entry}, {QStringLiteral("reason"), reason}};
        printJson({{QStringLiteral("imported"), imported->imported}, {QStringLiteral("rejected"), rejected}});
    } else {
        printLine(
            tr("Imported %1 clauses; the catalog holds %2.").arg(imported->imported).arg(catalog.size()));
        for (const auto &[entry, reason] : imported->rejected)
            printLine(tr("  entry %1 rejected: %2").arg(entry).arg(reason));
    }
    return Ok;
}

int searchCatalog(QCommandLineParser &parser)
{
    const QString text = parser.positionalArguments().join(QLatin1Char(' '));
    if (text.trimmed().isEmpty()) {
        printError(tr("Give a clause id (5.7.2) or words to look for."));
        return UsageError;
    }
    core::SystemClock clock;
    const auto station = openStationServices(dataDirFrom(parser), clock, Create::Never);
    if (!station)
        return Failed;
    const QList<grading::Clause> found = station->services().clauses().search(text);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const grading::Clause &clause : found)
            list << QJsonObject{{QStringLiteral("clause"), clause.id},
                                {QStringLiteral("grade"), clause.grade},
                                {QStringLiteral("group"), core::toKey(clause.group)},
                                {QStringLiteral("text"), clause.text}};
        printJson({{QStringLiteral("clauses"), list}});
    } else {
        for (const grading::Clause &clause : found)
            printLine(QStringLiteral("%1  %2  %3").arg(clause.id, -12).arg(clause.grade, 2).arg(clause.text));
    }
    return found.isEmpty() ? Failed : Ok;
}

} // namespace

QList<Command> gradingCommands()
{
    return {
        {QStringLiteral("grade"), QString(),
         tr("Combine injury grades (GB/T 16180 chapter 4): the most severe decides, raised by one when "
            "shared."),
         [](QCommandLineParser &parser) {
             parser.addOption({QStringLiteral("grades"), tr("Grades of the single injuries, e.g. 7,7,5."),
                               QStringLiteral("LIST")});
             parser.addOption(
                 {QStringLiteral("clauses"),
                  tr("Clause ids resolved through the station's catalog, e.g. 5.7.2(36),5.9.2(3)."),
                  QStringLiteral("LIST")});
             parser.addOption(dataDirOption());
             parser.addOption(jsonOption());
         },
         grade},
        {QStringLiteral("selfcare"), QString(),
         tr("Self-care dependency from the activities that need help."),
         [](QCommandLineParser &parser) {
             parser.addOption({QStringLiteral("needs-help"),
                               tr("Activities that need help: eating, turning, toileting, dressing, moving."),
                               QStringLiteral("LIST")});
             parser.addOption(jsonOption());
         },
         selfCare},
        {QStringLiteral("catalog"), QStringLiteral("import"),
         tr("Import a clause catalog (JSON {\"clauses\":[…]} or CSV clause,grade,group,text), or the "
            "built-in sample."),
         [](QCommandLineParser &parser) {
             parser.addOption(dataDirOption());
             parser.addOption({QStringLiteral("sample"), tr("Import the built-in sample catalog.")});
             parser.addOption(jsonOption());
             parser.addPositionalArgument(QStringLiteral("FILE"), tr("Catalog file."));
         },
         importCatalog},
        {QStringLiteral("catalog"), QStringLiteral("search"),
         tr("Find clauses by id prefix or by words of the text."),
         [](QCommandLineParser &parser) {
             parser.addOption(dataDirOption());
             parser.addOption(jsonOption());
             parser.addPositionalArgument(QStringLiteral("TEXT"), tr("A clause id or words."));
         },
         searchCatalog},
    };
}

} // namespace admin
