#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace admin {

// Exit codes shared by every subcommand; scripts rely on them.
enum ExitCode { Ok = 0, Failed = 1, UsageError = 2 };

struct Command {
    QString group;   // "id", "db", "demo"
    QString action;  // "check", "load"
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
QString dataDirFrom(const QCommandLineParser &parser);

QList<Command> idCommands();
QList<Command> dbCommands();
QList<Command> demoCommands();
QList<Command> auditCommands();
QList<Command> backupCommands();

} // namespace admin
