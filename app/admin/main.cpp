#include "command.h"

#include "i18n/translations.h"

#include <QGuiApplication>
#include <QLocale>

#include <algorithm>
#include <cstdio>

using namespace admin;

namespace {

QString overview(const QList<Command> &commands)
{
    QString text =
        QCoreApplication::translate("admin", "Usage: appraisal-admin <command> <action> [options]\n"
                                             "Administration tool of the appraisal-site workstation.\n\n"
                                             "Commands:\n");
    const auto name = [](const Command &command) {
        return QStringLiteral("%1 %2").arg(command.group, command.action).trimmed();
    };
    // The summaries start in one column, two spaces after the longest name.
    qsizetype width = 0;
    for (const Command &command : commands)
        width = std::max(width, name(command).size());
    for (const Command &command : commands)
        text += QStringLiteral("  ") + name(command).leftJustified(width + 2) + command.summary +
                QLatin1Char('\n');
    text += QCoreApplication::translate("admin",
                                        "\nRun 'appraisal-admin <command> <action> --help' for the options "
                                        "of one command.\nExit codes: 0 success, 1 failure or invalid "
                                        "input, 2 usage error.\n");
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    // A QGuiApplication (offscreen, no display needed) because printing lays out text with fonts.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("appraisal-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(APPRAISAL_VERSION));
    // Admin output follows the system language: Chinese on a Chinese desktop, English in scripts with LANG=C.
    const QString systemLanguage = QLocale::system().name();
    if (systemLanguage.startsWith(QLatin1String("zh")))
        i18n::install(app, i18n::defaultLanguage());

    QList<Command> commands = idCommands() + dbCommands() + demoCommands() + auditCommands() +
                              backupCommands() + retentionCommands() + keyCommands() + frontDeskCommands() +
                              printCommands() + cardCommands() + routingCommands() + examCommands() +
                              gradingCommands() + deadlineCommands() + materialCommands() + syncCommands() +
                              venueCommands() + venueAdminCommands() + accountCommands() +
                              settingsCommands() + healthCommands() + statsCommands();
    const QStringList args = app.arguments();
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h")) {
        std::fputs(overview(commands).toLocal8Bit().constData(), args.size() < 2 ? stderr : stdout);
        return args.size() < 2 ? UsageError : Ok;
    }
    if (args.at(1) == QLatin1String("--version")) {
        printLine(QStringLiteral("appraisal-admin ") + QCoreApplication::applicationVersion());
        return Ok;
    }
    const QString group = args.at(1);
    const QString action = args.size() > 2 ? args.at(2) : QString();
    for (Command &command : commands) {
        if (command.group != group || (!command.action.isEmpty() && command.action != action))
            continue;
        const int firstOption = command.action.isEmpty() ? 2 : 3;
        QCommandLineParser parser;
        parser.setApplicationDescription(command.summary);
        parser.addHelpOption();
        command.declare(parser);
        QStringList rest = args.mid(firstOption);
        rest.prepend(QStringLiteral("appraisal-admin %1 %2").arg(command.group, command.action).trimmed());
        if (!parser.parse(rest)) {
            printError(parser.errorText());
            return UsageError;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            printLine(parser.helpText());
            return Ok;
        }
        return command.run(parser);
    }
    printError(QCoreApplication::translate("admin", "Unknown command \"%1\".")
                   .arg(QStringList(args.mid(1, 2)).join(QLatin1Char(' '))));
    std::fputs(overview(commands).toLocal8Bit().constData(), stderr);
    return UsageError;
}
