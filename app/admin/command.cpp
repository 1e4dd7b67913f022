#include "command.h"

#include "store/database.h"

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

QString dataDirFrom(const QCommandLineParser &parser)
{
    const QString dir = parser.value(QStringLiteral("data-dir"));
    return dir.isEmpty() ? store::defaultDataDir() : dir;
}

} // namespace admin
