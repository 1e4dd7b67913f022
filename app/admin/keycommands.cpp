#include "command.h"

#include "store/stationkey.h"

#include <QTextStream>

namespace admin {

namespace {

int recoverKey(QCommandLineParser &parser)
{
    const QString dataDir = dataDirFrom(parser);
    // Read from standard input so the key never appears in the shell history or the process list.
    QTextStream in(stdin);
    QString typed;
    while (typed.trimmed().isEmpty() && !in.atEnd())
        typed = in.readLine();
    if (typed.trimmed().isEmpty()) {
        printError(QCoreApplication::translate("admin", "Type the recovery key on standard input."));
        return UsageError;
    }
    core::SystemClock clock;
    const auto keyStore = store::keychainFor(dataDir);
    const store::StationOpening opening = store::StationKeys(dataDir, *keyStore).recover(typed, clock);
    if (!opening.database) {
        printError(opening.error);
        return Failed;
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson({{QStringLiteral("recovered"), true},
                   {QStringLiteral("database"), store::databasePath(dataDir)}});
    else
        printLine(QCoreApplication::translate("admin", "The recovery key opens %1; the data key is back in "
                                                       "the system keychain.")
                      .arg(store::databasePath(dataDir)));
    return Ok;
}

} // namespace

QList<Command> keyCommands()
{
    return {{QStringLiteral("key"), QStringLiteral("recover"),
             QCoreApplication::translate("admin", "Put the data key back into the system keychain from the "
                                                  "recovery key read on standard input."),
             [](QCommandLineParser &parser) {
                 parser.addOption(dataDirOption());
                 parser.addOption(jsonOption());
             },
             recoverKey}};
}

} // namespace admin
