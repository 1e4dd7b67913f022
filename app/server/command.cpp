#include "command.h"

#include "store/stationkey.h"

#include <QFileInfo>

#include <cstdio>

namespace server {

void printError(const QString &message)
{
    std::fprintf(stderr, "appraisal-server: %s\n", message.toLocal8Bit().constData());
}

QCommandLineOption dataDirOption(const QString &description)
{
    return QCommandLineOption(QStringLiteral("data-dir"), description, QStringLiteral("D"));
}

QCommandLineOption databaseUrlOption()
{
    return QCommandLineOption(
        QStringLiteral("db"),
        QStringLiteral("Store in PostgreSQL: postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME "
                       "(default: SQLite server.db in the data folder)."),
        QStringLiteral("URL"));
}

const Command *findCommand(const QList<Command> &commands, const QStringList &arguments)
{
    if (arguments.size() < 2)
        return nullptr;
    for (const Command &command : commands) {
        if (command.group != arguments.at(1))
            continue;
        if (command.action.isEmpty() || (arguments.size() > 2 && command.action == arguments.at(2)))
            return &command;
    }
    return nullptr;
}

int runCommand(const Command &command, const QStringList &arguments)
{
    const int firstOption = command.action.isEmpty() ? 2 : 3;
    QCommandLineParser parser;
    parser.setApplicationDescription(command.summary);
    parser.addHelpOption();
    command.declare(parser);
    QStringList rest = arguments.mid(firstOption);
    rest.prepend(QStringLiteral("appraisal-server %1 %2").arg(command.group, command.action).trimmed());
    if (!parser.parse(rest)) {
        printError(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(parser.helpText().toLocal8Bit().constData(), stdout);
        return Ok;
    }
    return command.run(parser);
}

QString commandOverview(const QList<Command> &commands)
{
    QString text;
    for (const Command &command : commands)
        text += (QStringLiteral("  appraisal-server ") +
                 QStringLiteral("%1 %2").arg(command.group, command.action).trimmed())
                    .leftJustified(40) +
                QLatin1Char(' ') + command.summary.section(QLatin1Char('\n'), 0, 0) + QLatin1Char('\n');
    return text;
}

core::Result<std::unique_ptr<store::Database>> openHubDatabase(const QString &dataDir,
                                                               const core::Clock &clock)
{
    using R = core::Result<std::unique_ptr<store::Database>>;
    if (!QFileInfo::exists(store::databasePath(dataDir)))
        return R::failure(QStringLiteral("there is no station database in %1; prepare the venue there first "
                                         "(appraisal-admin demo load --data-dir %1, or the venue's setup)")
                              .arg(dataDir));
    const auto keyStore = store::keychainFor(dataDir);
    store::StationOpening opening = store::StationKeys(dataDir, *keyStore).open(clock);
    if (!opening.database)
        return R::failure(opening.error);
    return std::move(opening.database);
}

} // namespace server
