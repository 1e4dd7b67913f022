// appraisal-server: the headless venue hub or central reference server. `serve.cpp` starts it (the
// routes: healthroutes.h, syncroutes.h, and venue::HubServer in hub mode); `admincommands.cpp`
// holds the subcommands (token, reference import, enrol-code), declared in one table like
// appraisal-admin's.
#include "command.h"
#include "serve.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("appraisal-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(APPRAISAL_VERSION));
    const QList<server::Command> commands = server::adminCommands();
    if (const server::Command *command = server::findCommand(commands, app.arguments()))
        return server::runCommand(*command, app.arguments());
    return server::serve(app, commands);
}
