#include "command.h"

#include "materials/materialstore.h"
#include "store/database.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace admin {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("admin", text);
}

// The roster package's materials: FOLDER/<acceptance number>/<files>.
int importMaterials(QCommandLineParser &parser)
{
    const QString folder = parser.value(QStringLiteral("folder"));
    if (folder.isEmpty()) {
        printError(tr("Give --folder DIR (one sub-folder per acceptance number)."));
        return UsageError;
    }
    core::SystemClock clock;
    const auto station = openStationServices(dataDirFrom(parser), clock, Create::Never);
    if (!station)
        return Failed;
    materials::MaterialStore &store = station->services().materials();
    const auto imported = store.importFolder(commandLineSession(core::Role::VenueAdmin), folder);
    if (!imported) {
        printError(imported.error());
        return Failed;
    }
    if (parser.isSet(jsonOption())) {
        QJsonArray rejected;
        for (const auto &[file, reason] : imported->rejected)
            rejected.append(QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("reason"), reason}});
        printJson({{QStringLiteral("added"), imported->added},
                   {QStringLiteral("duplicates"), imported->duplicates},
                   {QStringLiteral("rejected"), rejected}});
    } else {
        printLine(tr("%1 file(s) added, %2 already there, %3 refused.")
                      .arg(imported->added)
                      .arg(imported->duplicates)
                      .arg(imported->rejected.size()));
        for (const auto &[file, reason] : imported->rejected)
            printError(QStringLiteral("%1: %2").arg(file, reason));
    }
    return imported->rejected.isEmpty() ? Ok : Failed;
}

int addMaterials(QCommandLineParser &parser)
{
    const QString acceptanceNo = parser.value(QStringLiteral("case"));
    const QStringList files = parser.positionalArguments();
    if (acceptanceNo.isEmpty() || files.isEmpty()) {
        printError(tr("Give --case ACCEPTANCE_NO and one or more files."));
        return UsageError;
    }
    core::SystemClock clock;
    const auto station = openStationServices(dataDirFrom(parser), clock, Create::Never);
    if (!station)
        return Failed;
    materials::MaterialStore &store = station->services().materials();
    bool allAdded = true;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            printError(QStringLiteral("%1: %2").arg(path, file.errorString()));
            allAdded = false;
            continue;
        }
        bool duplicate = false;
        const auto added =
            store.add(commandLineSession(core::Role::VenueAdmin), acceptanceNo, QFileInfo(path).fileName(),
                      file.readAll(), QStringLiteral("desk"), &duplicate);
        if (!added) {
            printError(added.error());
            allAdded = false;
        } else {
            printLine(duplicate ? tr("%1: already there (%2)").arg(path, added->id)
                                : tr("%1: added (%2)").arg(path, added->id));
        }
    }
    return allAdded ? Ok : Failed;
}

int listMaterials(QCommandLineParser &parser)
{
    const QString acceptanceNo = parser.value(QStringLiteral("case"));
    if (acceptanceNo.isEmpty()) {
        printError(tr("Give --case ACCEPTANCE_NO."));
        return UsageError;
    }
    core::SystemClock clock;
    const auto station = openStationServices(dataDirFrom(parser), clock, Create::Never);
    if (!station)
        return Failed;
    const auto files =
        station->services().materials().list(commandLineSession(core::Role::VenueAdmin), acceptanceNo);
    if (parser.isSet(jsonOption())) {
        QJsonArray list;
        for (const materials::MaterialFile &file : files)
            list.append(QJsonObject{{QStringLiteral("id"), file.id},
                                    {QStringLiteral("name"), file.name},
                                    {QStringLiteral("media_type"), file.mediaType},
                                    {QStringLiteral("size"), file.size},
                                    {QStringLiteral("sha256"), file.sha256},
                                    {QStringLiteral("source"), file.source}});
        printJson({{QStringLiteral("files"), list}});
        return Ok;
    }
    for (const materials::MaterialFile &file : files)
        printLine(
            QStringLiteral("%1\t%2\t%3\t%4").arg(file.id, file.mediaType).arg(file.size).arg(file.name));
    return Ok;
}

} // namespace

QList<Command> materialCommands()
{
    return {
        {QStringLiteral("materials"), QStringLiteral("import"),
         tr("Import the medical materials of a roster package: FOLDER/<acceptance number>/<PDF, PNG or JPEG "
            "files>; files already stored are counted, not stored twice; exit 1 when a file was refused."),
         [](QCommandLineParser &parser) {
             parser.addOption(dataDirOption());
             parser.addOption(jsonOption());
             parser.addOption(
                 {QStringLiteral("folder"), tr("The package's materials folder."), QStringLiteral("DIR")});
         },
         importMaterials},
        {QStringLiteral("materials"), QStringLiteral("add"),
         tr("Add PDF or image files to a case's medical materials."),
         [](QCommandLineParser &parser) {
             parser.addOption(dataDirOption());
             parser.addOption(caseOption());
             parser.addPositionalArgument(QStringLiteral("FILE"), tr("Files to add."),
                                          QStringLiteral("FILE…"));
         },
         addMaterials},
        {QStringLiteral("materials"), QStringLiteral("list"), tr("List a case's medical materials."),
         [](QCommandLineParser &parser) {
             parser.addOption(dataDirOption());
             parser.addOption(jsonOption());
             parser.addOption(caseOption());
         },
         listMaterials},
    };
}

} // namespace admin
