#include "command.h"

#include "centralsync/syncstatus.h"
#include "crypto/keystore.h"
#include "venue/enrolment.h"
#include "venue/hubclient.h"
#include "venue/hubserver.h"
#include "venue/hubservice.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

#include <cstdio>

namespace admin {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("admin", text);
}

// Exit code of a command the hub did not answer in time (it stays unanswered; nothing is lost on
// the hub's side, and sending it again with the same --key acts at most once).
constexpr int kHubUnreachable = 3;

// The link saved at enrolment (venue::savedHubLink: the token from APPRAISAL_HUB_TOKEN or the keychain).
std::optional<venue::HubLink> savedLink(const QString &dataDir)
{
    core::SystemClock clock;
    const auto database = openStation(dataDir, clock, Create::Never);
    if (!database)
        return std::nullopt;
    const venue::HubLink link = venue::savedHubLink(*database);
    if (!link.url.isValid() || link.url.isEmpty() || link.token.isEmpty()) {
        printError(
            tr("This station is not enrolled at a hub: appraisal-admin venue enrol --hub URL --code CODE "
               "--station NAME --role desk|room|display."));
        return std::nullopt;
    }
    return link;
}

// A hub that does not know the token says so once; the command stops with exit 1.
void stopWhenRefused(venue::HubClient &client, QEventLoop &loop, int &exitCode)
{
    QObject::connect(&client, &venue::HubClient::stateChanged, &loop, [&](venue::HubClient::State state) {
        if (state == venue::HubClient::State::Refused) {
            printError(client.lastError());
            exitCode = Failed;
            loop.quit();
        }
    });
}

int enrol(QCommandLineParser &parser)
{
    const QString dataDir = dataDirFrom(parser);
    const QUrl hub(parser.value(QStringLiteral("hub")));
    const QString station = parser.value(QStringLiteral("station"));
    const QString role = parser.value(QStringLiteral("role"));
    if (!venue::Enrolment::problem(hub, parser.value(QStringLiteral("code")), station, role).isEmpty()) {
        printError(tr("Give --hub https://HOST:PORT, --code (shown at the hub), --station NAME and --role "
                      "desk, room or display."));
        return UsageError;
    }
    core::SystemClock clock;
    const auto database = openStation(dataDir, clock, Create::IfMissing);
    if (!database)
        return Failed;
    venue::Enrolment enrolment;
    const venue::EnrolmentResult result =
        enrolment.run(hub, parser.value(QStringLiteral("code")), station, role);
    if (const core::Status saved = venue::Enrolment::save(result, *database, dataDir, QStringLiteral("cli"));
        !saved) {
        printError(saved.error());
        return Failed;
    }
    const QJsonObject answer{{QStringLiteral("station"), result.station},
                             {QStringLiteral("role"), result.role},
                             {QStringLiteral("hub"), result.streamUrl.toString()},
                             {QStringLiteral("hub_certificate_sha256"), result.certificatePin}};
    if (parser.isSet(jsonOption()))
        printJson(answer);
    else
        printLine(
            tr("Enrolled as %1 (%2) at %3.").arg(result.station, result.role, result.streamUrl.toString()));
    return Ok;
}

int command(QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        printError(
            tr("Name one command: check_in, call_next, call_ticket, recall, no_show, requeue, start_exam, "
               "finish_exam, transfer, pause, resume, override or queue."));
        return UsageError;
    }
    QJsonObject args;
    for (const QString &pair : parser.values(QStringLiteral("arg"))) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            printError(tr("--arg must be NAME=VALUE (got %1).").arg(pair));
            return UsageError;
        }
        args.insert(pair.left(equals), pair.mid(equals + 1));
    }
    const auto link = savedLink(dataDirFrom(parser));
    if (!link)
        return Failed;
    venue::HubClient client(*link);
    int exitCode = kHubUnreachable;
    QJsonObject printed;
    QEventLoop loop;
    stopWhenRefused(client, loop, exitCode);
    QObject::connect(&client, &venue::HubClient::answered, &loop,
                     [&](const QString &key, bool ok, const QJsonObject &result, const QString &error) {
                         printed = {{QStringLiteral("key"), key}, {QStringLiteral("ok"), ok}};
                         if (ok)
                             printed.insert(QStringLiteral("result"), result);
                         else
                             printed.insert(QStringLiteral("error"), error);
                         exitCode = ok ? Ok : Failed;
                         loop.quit();
                     });
    QTimer::singleShot(parser.value(QStringLiteral("timeout-ms")).toInt(), &loop, &QEventLoop::quit);
    client.send(positional.first(), args, parser.value(QStringLiteral("actor")),
                parser.value(QStringLiteral("key")));
    client.start();
    loop.exec();
    client.stop();
    if (exitCode == kHubUnreachable)
        printError(tr("The hub did not answer (%1). Send it again with the same --key: it acts at most once.")
                       .arg(client.lastError()));
    else if (parser.isSet(jsonOption()))
        printJson(printed);
    else if (exitCode == Ok)
        printLine(
            QString::fromUtf8(QJsonDocument(printed.value(QStringLiteral("result")).toObject()).toJson()));
    else
        printError(printed.value(QStringLiteral("error")).toString());
    return exitCode;
}

int watch(QCommandLineParser &parser)
{
    const auto link = savedLink(dataDirFrom(parser));
    if (!link)
        return Failed;
    const int wanted = parser.value(QStringLiteral("count")).toInt();
    venue::HubClient client(*link, parser.value(QStringLiteral("since")).toLongLong());
    int seen = 0;
    int exitCode = kHubUnreachable;
    QEventLoop loop;
    stopWhenRefused(client, loop, exitCode);
    QObject::connect(&client, &venue::HubClient::event, &loop, [&](qint64 seq, const QJsonObject &data) {
        QJsonObject line = data;
        line.insert(QStringLiteral("seq"), seq);
        std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
        if (wanted > 0 && ++seen >= wanted) {
            exitCode = Ok;
            loop.quit();
        }
    });
    QTimer::singleShot(parser.value(QStringLiteral("timeout-ms")).toInt(), &loop, &QEventLoop::quit);
    client.start();
    loop.exec();
    client.stop();
    if (exitCode == kHubUnreachable && wanted > 0)
        printError(tr("%1 of %2 events came before the time-out (%3).")
                       .arg(seen)
                       .arg(wanted)
                       .arg(client.lastError()));
    return wanted > 0 ? exitCode : Ok;
}

} // namespace

QList<Command> venueCommands()
{
    return {
        {QStringLiteral("venue"), QStringLiteral("enrol"),
         tr("Enrol this station at the venue hub with the one-time code shown there; the token goes to the "
            "system keychain and the hub's certificate is pinned."),
         [](QCommandLineParser &parser) {
             parser.addOption(dataDirOption());
             parser.addOption(jsonOption());
             parser.addOption(
                 {QStringLiteral("hub"), tr("The hub, https://HOST:PORT."), QStringLiteral("URL")});
             parser.addOption(
                 {QStringLiteral("code"), tr("The one-time code shown at the hub."), QStringLiteral("CODE")});
             parser.addOption({QStringLiteral("station"), tr("This station's name, e.g. desk-1 or room-R1."),
                               QStringLiteral("NAME")});
             parser.addOption({QStringLiteral("role"), tr("desk, room or display."), QStringLiteral("ROLE")});
         },
         enrol},
        {QStringLiteral("venue"), QStringLiteral("command"),
         tr("Send one command to the hub and print its answer; the same --key again acts at most once. Exit "
            "3 "
            "when the hub did not answer in time."),
         [](QCommandLineParser &parser) {
             parser.addOption(dataDirOption());
             parser.addOption(jsonOption());
             parser.addPositionalArgument(QStringLiteral("name"),
                                          tr("check_in, call_next, call_ticket, recall, "
                                             "no_show, requeue, start_exam, finish_exam, "
                                             "transfer, pause, resume, override or queue."));
             parser.addOption({QStringLiteral("arg"),
                               tr("An argument, NAME=VALUE (repeatable): acceptance_no, "
                                  "room, ticket, ticket_id, to_expert, reason, as_role, as_expert."),
                               QStringLiteral("NAME=VALUE")});
             parser.addOption(
                 {QStringLiteral("key"), tr("Idempotency key (default: a new one)."), QStringLiteral("KEY")});
             parser.addOption(
                 {QStringLiteral("actor"), tr("Who acts, for the audit trail."), QStringLiteral("USER")});
             parser.addOption({QStringLiteral("timeout-ms"),
                               tr("How long to wait for the answer (default 10000)."), QStringLiteral("N"),
                               QStringLiteral("10000")});
         },
         command},
        {QStringLiteral("venue"), QStringLiteral("watch"),
         tr("Print the hub's events after --since as JSON lines, until --count events came (exit 0) or the "
            "time-out (exit 3)."),
         [](QCommandLineParser &parser) {
             parser.addOption(dataDirOption());
             parser.addOption({QStringLiteral("since"),
                               tr("The last sequence number already seen (default 0)."),
                               QStringLiteral("SEQ"), QStringLiteral("0")});
             parser.addOption({QStringLiteral("count"),
                               tr("Stop after this many events (0: until the time-out)."),
                               QStringLiteral("N"), QStringLiteral("0")});
             parser.addOption({QStringLiteral("timeout-ms"), tr("How long to watch (default 10000)."),
                               QStringLiteral("N"), QStringLiteral("10000")});
         },
         watch},
    };
}

} // namespace admin
