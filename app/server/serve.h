#pragma once

#include "command.h"

#include <QCoreApplication>

namespace server {

// appraisal-server without a subcommand: parses the server's options from `app`, starts the
// central server or the venue hub and runs until SIGTERM/SIGINT. `commands` are listed in --help.
int serve(QCoreApplication &app, const QList<Command> &commands);
void declareServeOptions(QCommandLineParser &parser, const QList<Command> &commands);

} // namespace server
