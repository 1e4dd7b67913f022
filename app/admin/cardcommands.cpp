#include "command.h"

#include "identity/cardreader.h"

#include <QEventLoop>
#include <QTimer>

namespace admin {

namespace {

int readCard(QCommandLineParser &parser)
{
    const QString port = parser.value(QStringLiteral("port"));
    if (port.isEmpty()) {
        printError(QCoreApplication::translate("admin", "Name the reader's serial port with --port."));
        return UsageError;
    }
    bool ok = false;
    const int timeoutMs = parser.value(QStringLiteral("timeout-ms")).toInt(&ok);
    if (!ok || timeoutMs <= 0) {
        printError(QCoreApplication::translate("admin", "--timeout-ms must be a positive number."));
        return UsageError;
    }
    core::SystemClock clock;
    identity::CardReader reader(port, clock, {100, qMin(timeoutMs, 2000), 500});
    QEventLoop loop;
    std::optional<identity::CardData> card;
    QString problem;
    QObject::connect(&reader, &identity::CardReader::cardRead, &loop, [&](const identity::CardData &read) {
        card = read;
        loop.quit();
    });
    QObject::connect(&reader, &identity::CardReader::readFailed, &loop, [&](const QString &message) {
        problem = message;
        loop.quit();
    });
    QObject::connect(&reader, &identity::CardReader::connectionChanged, &loop,
                     [&](bool connected, const QString &message) {
                         if (!connected) {
                             problem = message;
                             loop.quit();
                         }
                     });
    QTimer::singleShot(timeoutMs, &loop, [&] {
        problem = reader.state() == identity::CardReader::State::Disconnected
                      ? QCoreApplication::translate("admin", "Cannot open the card reader on %1.").arg(port)
                      : QCoreApplication::translate("admin",
                                                    "No card was read within %1 ms. Place the ID card flat "
                                                    "on the reader; a card that was just read must be "
                                                    "lifted and placed again.")
                            .arg(timeoutMs);
        loop.quit();
    });
    reader.start();
    if (!card && problem.isEmpty())
        loop.exec();
    reader.stop();
    if (!card) {
        printError(problem);
        return Failed;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(identity::toJson(*card));
    } else {
        const QJsonObject json = identity::toJson(*card);
        for (auto it = json.constBegin(); it != json.constEnd(); ++it)
            printLine(QStringLiteral("%1: %2").arg(it.key(), it.value().toString()));
    }
    return Ok;
}

} // namespace

QList<Command> cardCommands()
{
    return {{QStringLiteral("card"), QStringLiteral("read"),
             QCoreApplication::translate("admin", "Read one ID card from a SAM reader on a serial port."),
             [](QCommandLineParser &parser) {
                 parser.addOption(
                     {QStringLiteral("port"),
                      QCoreApplication::translate("admin", "Serial port of the reader, e.g. /dev/ttyUSB0."),
                      QStringLiteral("DEV")});
                 parser.addOption(
                     {QStringLiteral("timeout-ms"),
                      QCoreApplication::translate("admin", "How long to wait for a card (default 10000)."),
                      QStringLiteral("N"), QStringLiteral("10000")});
                 parser.addOption(jsonOption());
             },
             readCard}};
}

} // namespace admin
