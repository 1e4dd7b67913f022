#include "identity/samsimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto ignored = ::write(g_signalPipe[1], &byte, 1);
}

std::optional<identity::CardData> cardFrom(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    identity::CardData card;
    card.name = json.value(QStringLiteral("name")).toString();
    card.gender = json.value(QStringLiteral("gender")).toString() == QLatin1String("female")
                      ? core::Gender::Female
                      : core::Gender::Male;
    card.nation = json.value(QStringLiteral("nation")).toString();
    card.birthDate = QDate::fromString(json.value(QStringLiteral("birth_date")).toString(), Qt::ISODate);
    card.address = json.value(QStringLiteral("address")).toString();
    card.idNumber = json.value(QStringLiteral("id_number")).toString();
    card.authority = json.value(QStringLiteral("authority")).toString();
    card.validFrom = QDate::fromString(json.value(QStringLiteral("valid_from")).toString(), Qt::ISODate);
    card.validTo = QDate::fromString(json.value(QStringLiteral("valid_to")).toString(), Qt::ISODate);
    if (card.name.isEmpty() || card.idNumber.isEmpty()) {
        *error = QStringLiteral("%1 needs at least \"name\" and \"id_number\"").arg(path);
        return std::nullopt;
    }
    return card;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("appraisal-samsim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(APPRAISAL_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Simulates a SAM ID-card reader module on a pseudo-terminal. Prints the device path, "
                       "then serves until "
                       "SIGTERM or SIGINT. Card JSON keys: name, gender (male|female), nation, birth_date, "
                       "address, id_number, "
                       "authority, valid_from, valid_to (YYYY-MM-DD; leave out valid_to for 长期)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption card(QStringLiteral("card"),
                                  QStringLiteral("Card to place on the reader (JSON file)."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption link(QStringLiteral("link"),
                                  QStringLiteral("Also make PATH a link to the device."),
                                  QStringLiteral("PATH"));
    const QCommandLineOption cycle(
        QStringLiteral("present-every"),
        QStringLiteral("Lift the card and present it again every N seconds (demo)."), QStringLiteral("N"));
    parser.addOptions({card, link, cycle});
    parser.process(app);

    identity::SamSimulator simulator;
    std::optional<identity::CardData> placed;
    if (parser.isSet(card)) {
        QString error;
        placed = cardFrom(parser.value(card), &error);
        if (!placed) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
        simulator.placeCard(*placed);
    }
    const auto path = simulator.plug(parser.value(link));
    if (!path) {
        std::fprintf(stderr, "%s\n", qPrintable(path.error()));
        return 1;
    }
    std::printf("%s\n", qPrintable(path.value()));
    std::fflush(stdout);

    QTimer represent;
    if (placed && parser.isSet(cycle)) {
        represent.setInterval(qMax(1, parser.value(cycle).toInt()) * 1000);
        QObject::connect(&represent, &QTimer::timeout, &simulator, [&] {
            simulator.liftCard();
            QTimer::singleShot(500, &simulator, [&] { simulator.placeCard(*placed); });
        });
        represent.start();
    }

    // Quit cleanly on SIGTERM/SIGINT so the link is removed.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return 1;
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    const int code = app.exec();
    simulator.unplug();
    return code;
}
