#pragma once

#include "accounts/permissions.h"
#include "core/clock.h"
#include "station/stationservices.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace admin {

// Exit codes shared by every subcommand; scripts rely on them.
enum ExitCode { Ok = 0, Failed = 1, UsageError = 2 };

struct Command {
    QString group;   // "id", "db", "demo", "checkin"
    QString action;  // "check", "load"; empty for a one-word command
    QString summary; // one line for the overview
    std::function<void(QCommandLineParser &)> declare;
    std::function<int(QCommandLineParser &)> run;
};

// Helpers used by the subcommands.
void printJson(const QJsonObject &object);
void printLine(const QString &text);
void printError(const QString &text);
QCommandLineOption dataDirOption();
QCommandLineOption jsonOption();
// --case ACCEPTANCE_NO of the commands that act on one case.
QCommandLineOption caseOption();
QString dataDirFrom(const QCommandLineParser &parser);
// --lang for commands that write documents (zh_CN by default, or en); the second installs it.
void declareLanguage(QCommandLineParser &parser);
void useDocumentLanguage(const QCommandLineParser &parser);

// The command line acts as the administrator at the machine; the audit trail names it "cli:<user>".
accounts::Session commandLineSession(core::Role role);

enum class Create { IfMissing, Never };
// Opens the station database of `dataDir` with its data key from the system keychain; on failure
// prints why (and how to recover) and returns null. When this call set up a new installation, the
// recovery key is printed to stderr, once.
std::unique_ptr<store::Database> openStation(const QString &dataDir, const core::Clock &clock, Create create);

// The opened station database with the services the station itself builds on it
// (station::StationServices): a command uses these, as the station and the benchmarks do, instead of
// building its own.
class OpenedStation
{
public:
    explicit OpenedStation(std::unique_ptr<store::Database> database)
        : m_database(std::move(database)), m_services(*m_database)
    {
    }
    store::Database &database() { return *m_database; }
    station::StationServices &services() { return m_services; }

private:
    std::unique_ptr<store::Database> m_database; // declared first: outlives the services built on it
    station::StationServices m_services;
};
// openStation, then the station's services; null (and why printed) when the database did not open.
std::unique_ptr<OpenedStation> openStationServices(const QString &dataDir, const core::Clock &clock,
                                                   Create create);

QList<Command> idCommands();
QList<Command> dbCommands();
QList<Command> demoCommands();
QList<Command> auditCommands();
QList<Command> backupCommands();
QList<Command> retentionCommands();
QList<Command> keyCommands();
QList<Command> frontDeskCommands();
QList<Command> printCommands();
QList<Command> cardCommands();
QList<Command> routingCommands();
QList<Command> examCommands();
QList<Command> gradingCommands();
QList<Command> deadlineCommands();
QList<Command> materialCommands();
QList<Command> syncCommands();
QList<Command> venueCommands();
QList<Command> venueAdminCommands(); // venue setup, room, lane
QList<Command> accountCommands();
QList<Command> settingsCommands(); // settings, walkin
QList<Command> healthCommands();
QList<Command> statsCommands();

} // namespace admin
