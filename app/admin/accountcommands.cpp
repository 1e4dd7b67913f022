#include "command.h"

#include "administration/accountadministration.h"
#include "store/database.h"

#include <QJsonArray>
#include <QTextStream>

#include <cstdio>

namespace admin {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("admin", text);
}

// The password is the first line of standard input, so it never shows in the process list or
// the shell history: `printf '%s\n' "$PW" | appraisal-admin account create …`.
QString passwordFromStdin()
{
    QTextStream in(stdin);
    return in.readLine();
}

int reportStatus(const core::Status &status, const QCommandLineParser &parser, const QString &user,
                 const QString &done)
{
    if (!status) {
        printError(status.error());
        return Failed;
    }
    if (parser.isSet(jsonOption()))
        printJson({{QStringLiteral("user"), user}});
    else
        printLine(done);
    return Ok;
}

int createAccount(QCommandLineParser &parser)
{
    const QString user = parser.value(QStringLiteral("user"));
    const QString name = parser.value(QStringLiteral("name"));
    const auto role = core::roleFromKey(parser.value(QStringLiteral("role")));
    if (user.isEmpty() || name.isEmpty() || !role) {
        printError(tr("Give --user U, --name N and --role front_desk|expert|reviewer|clerk|venue_admin."));
        return UsageError;
    }
    core::SystemClock clock;
    const auto station = openStationServices(dataDirFrom(parser), clock, Create::IfMissing);
    if (!station)
        return Failed;
    core::StaffAccount account;
    account.username = user;
    account.displayName = name;
    account.role = *role;
    account.expertId = parser.value(QStringLiteral("expert"));
    const core::Status created = station->services().accountAdministration().create(
        commandLineSession(core::Role::VenueAdmin), account, passwordFromStdin());
    return reportStatus(created, parser, user,
                        tr("Account %1 created (%2).").arg(user, core::displayName(*role)));
}

int listAccounts(QCommandLineParser &parser)
{
    core::SystemClock clock;
    const auto station = openStationServices(dataDirFrom(parser), clock, Create::IfMissing);
    if (!station)
        return Failed;
    const auto rows =
        station->services().accountAdministration().list(commandLineSession(core::Role::VenueAdmin));
    if (!rows) {
        printError(rows.error());
        return Failed;
    }
    if (parser.isSet(jsonOption())) {
        QJsonArray list;
        for (const administration::AccountRow &row : rows.value())
            list << QJsonObject{{QStringLiteral("user"), row.account.username},
                                {QStringLiteral("name"), row.account.displayName},
                                {QStringLiteral("role"), core::toKey(row.account.role)},
                                {QStringLiteral("expert"), row.account.expertId},
                                {QStringLiteral("active"), row.account.active},
                                {QStringLiteral("locked"), row.locked}};
        printJson({{QStringLiteral("accounts"), list}});
        return Ok;
    }
    if (rows->isEmpty())
        printLine(
            tr("No accounts yet: appraisal-admin account create --user U --name N --role venue_admin."));
    for (const administration::AccountRow &row : rows.value())
        printLine(
            tr("%1  %2  %3%4%5%6")
                .arg(row.account.username, row.account.displayName, core::toKey(row.account.role),
                     row.account.expertId.isEmpty() ? QString() : tr("  expert %1").arg(row.account.expertId),
                     row.account.active ? QString() : tr("  (disabled)"),
                     row.locked ? tr("  (locked)") : QString()));
    return Ok;
}

// disable | enable | unlock | reset-password: one --user each.
int changeAccount(QCommandLineParser &parser, const QString &action)
{
    const QString user = parser.value(QStringLiteral("user"));
    if (user.isEmpty()) {
        printError(tr("Give --user U."));
        return UsageError;
    }
    core::SystemClock clock;
    const auto station = openStationServices(dataDirFrom(parser), clock, Create::Never);
    if (!station)
        return Failed;
    administration::AccountAdministration &accounts = station->services().accountAdministration();
    const accounts::Session session = commandLineSession(core::Role::VenueAdmin);
    if (action == QLatin1String("disable"))
        return reportStatus(accounts.setActive(session, user, false), parser, user,
                            tr("Account %1 disabled.").arg(user));
    if (action == QLatin1String("enable"))
        return reportStatus(accounts.setActive(session, user, true), parser, user,
                            tr("Account %1 enabled.").arg(user));
    if (action == QLatin1String("unlock"))
        return reportStatus(accounts.unlock(session, user), parser, user,
                            tr("Account %1 unlocked.").arg(user));
    return reportStatus(accounts.resetPassword(session, user, passwordFromStdin()), parser, user,
                        tr("The password of %1 was reset; the account is unlocked.").arg(user));
}

Command accountChange(const QString &action, const QString &summary)
{
    return {QStringLiteral("account"), action, summary,
            [](QCommandLineParser &parser) {
                parser.addOption({QStringLiteral("user"), tr("User name."), QStringLiteral("U")});
                parser.addOption(dataDirOption());
                parser.addOption(jsonOption());
            },
            [action](QCommandLineParser &parser) {
                return changeAccount(parser, action);
            }};
}

} // namespace

QList<Command> accountCommands()
{
    return {
        {QStringLiteral("account"), QStringLiteral("create"),
         tr("Create a staff account; the password is read from standard input."),
         [](QCommandLineParser &parser) {
             parser.addOption({QStringLiteral("user"), tr("User name (lowercase letters, digits, . _ -)."),
                               QStringLiteral("U")});
             parser.addOption({QStringLiteral("name"), tr("The person's name."), QStringLiteral("N")});
             parser.addOption({QStringLiteral("role"),
                               tr("front_desk, expert, reviewer, clerk or venue_admin."),
                               QStringLiteral("ROLE")});
             parser.addOption({QStringLiteral("expert"),
                               tr("The expert an expert or reviewer account acts as."), QStringLiteral("E")});
             parser.addOption(dataDirOption());
             parser.addOption(jsonOption());
         },
         createAccount},
        {QStringLiteral("account"), QStringLiteral("list"), tr("List the staff accounts (never a password)."),
         [](QCommandLineParser &parser) {
             parser.addOption(dataDirOption());
             parser.addOption(jsonOption());
         },
         listAccounts},
        accountChange(QStringLiteral("disable"),
                      tr("Disable an account (the last active venue admin cannot be disabled).")),
        accountChange(QStringLiteral("enable"), tr("Enable a disabled account.")),
        accountChange(QStringLiteral("unlock"), tr("Unlock an account locked after failed logins.")),
        accountChange(QStringLiteral("reset-password"),
                      tr("Set a new password, read from standard input; also unlocks the account.")),
    };
}

} // namespace admin
