#include "command.h"

#include "i18n/translations.h"

#include "store/database.h"
#include "store/stationkey.h"

#include <QFileInfo>

#include <QJsonDocument>

#include <cstdio>

namespace admin {

void printJson(const QJsonObject &object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    std::fflush(stdout);
}

void printLine(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputs("\n", stdout);
    std::fflush(stdout);
}

void printError(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stderr);
    std::fputs("\n", stderr);
    std::fflush(stderr);
}

QCommandLineOption dataDirOption()
{
    return QCommandLineOption(QStringLiteral("data-dir"),
                              QCoreApplication::translate("admin", "Station data folder (default: %1).")
                                  .arg(store::defaultDataDir()),
                              QStringLiteral("D"));
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"),
                              QCoreApplication::translate("admin", "Print one JSON object for scripts."));
}

QCommandLineOption caseOption()
{
    return QCommandLineOption(QStringLiteral("case"),
                              QCoreApplication::translate("admin", "Acceptance number."),
                              QStringLiteral("ACCEPTANCE_NO"));
}

void declareLanguage(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("lang"),
         QCoreApplication::translate("admin", "Language of the document: zh_CN (default) or en."),
         QStringLiteral("LANG"), i18n::defaultLanguage()});
}

void useDocumentLanguage(const QCommandLineParser &parser)
{
    i18n::install(*QCoreApplication::instance(), parser.value(QStringLiteral("lang")));
}

QString dataDirFrom(const QCommandLineParser &parser)
{
    const QString dir = parser.value(QStringLiteral("data-dir"));
    return dir.isEmpty() ? store::defaultDataDir() : dir;
}

accounts::Session commandLineSession(core::Role role)
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME", QStringLiteral("admin"));
    accounts::Session session;
    session.account.username = QStringLiteral("cli:") + user;
    session.account.displayName = session.account.username;
    session.account.role = role;
    return session;
}

std::unique_ptr<store::Database> openStation(const QString &dataDir, const core::Clock &clock, Create create)
{
    const QString path = store::databasePath(dataDir);
    if (create == Create::Never && !QFileInfo::exists(path)) {
        printError(QCoreApplication::translate("admin", "There is no station database at %1.").arg(path));
        return nullptr;
    }
    const auto keyStore = store::keychainFor(dataDir);
    store::StationOpening opening = store::StationKeys(dataDir, *keyStore).open(clock);
    if (!opening.database) {
        printError(opening.error);
        if (opening.needsRecovery())
            printError(QCoreApplication::translate("admin", "To recover: appraisal-admin key recover "
                                                            "--data-dir %1 (reads the recovery key from "
                                                            "standard input).")
                           .arg(dataDir));
        return nullptr;
    }
    if (!opening.newRecoveryKey.isEmpty())
        printError(QCoreApplication::translate("admin",
                                               "A new data key was created for %1 and stored in the system "
                                               "keychain.\nRecovery key (shown only now; write it down and "
                                               "keep it locked away):\n%2")
                       .arg(dataDir, opening.newRecoveryKey));
    return std::move(opening.database);
}

std::unique_ptr<OpenedStation> openStationServices(const QString &dataDir, const core::Clock &clock,
                                                   Create create)
{
    auto database = openStation(dataDir, clock, create);
    if (!database)
        return nullptr;
    return std::make_unique<OpenedStation>(std::move(database));
}

} // namespace admin
