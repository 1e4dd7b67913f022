#pragma once

#include "core/result.h"

#include <QCommandLineParser>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace core {
class Clock;
}
namespace store {
class Database;
}

namespace server {

// Exit codes of every subcommand and of the server itself; scripts and systemd rely on them.
enum ExitCode { Ok = 0, Failed = 1, UsageError = 2 };

// One administrative subcommand ("token create", "enrol-code"), declared like appraisal-admin's
// (app/admin/command.h): its options, and what it does with them.
struct Command {
    QString group;   // "token", "reference", "enrol-code"
    QString action;  // "create", "set"; empty for a one-word command
    QString summary; // one line for --help
    std::function<void(QCommandLineParser &)> declare;
    std::function<int(QCommandLineParser &)> run;
};

QList<Command> adminCommands(); // token create|set, reference import, enrol-code

// The command `arguments` names (arguments[0] is the program), or null when they start the server.
const Command *findCommand(const QList<Command> &commands, const QStringList &arguments);
int runCommand(const Command &command, const QStringList &arguments);
// "  token create   Creates a bearer token …" lines for the server's --help.
QString commandOverview(const QList<Command> &commands);

void printError(const QString &message);
QCommandLineOption dataDirOption(const QString &description);
QCommandLineOption databaseUrlOption();

// The hub's venue database (a station database prepared with appraisal-admin) with its data key from
// store::keychainFor: a systemd credential, APPRAISAL_KEY_FILE, or the keychain.
core::Result<std::unique_ptr<store::Database>> openHubDatabase(const QString &dataDir,
                                                               const core::Clock &clock);

// Where `appraisal-server token set` writes the hub's sync token unless told otherwise, and where
// the packaged hub.conf points APPRAISAL_SYNC_TOKEN_FILE.
inline constexpr auto kDefaultTokenFile = "/etc/appraisal/keys/hub.sync-token";
// The group of the service user: a token file root writes is given this group, mode 0640.
inline constexpr auto kServiceGroup = "appraisal";

} // namespace server
