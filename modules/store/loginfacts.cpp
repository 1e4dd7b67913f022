#include "loginfacts.h"

#include "database.h"
#include "settingsregistry.h"
#include "venuerepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace store {

namespace {

constexpr qint64 kMaxFileBytes = 64 * 1024; // a venue name and a batch; anything larger is not ours

QByteArray encode(const LoginFacts &facts)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), 1},
                                     {QStringLiteral("venue_name"), facts.venueName},
                                     {QStringLiteral("batch_id"), facts.batchId},
                                     {QStringLiteral("batch_day"), facts.batchDay.toString(Qt::ISODate)}})
        .toJson(QJsonDocument::Indented);
}

} // namespace

QString loginFactsPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("login-window.json"));
}

std::optional<LoginFacts> readLoginFacts(const QString &dataDir)
{
    QFile file(loginFactsPath(dataDir));
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxFileBytes)
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.read(kMaxFileBytes)).object();
    if (json.value(QStringLiteral("format")).toInt() != 1)
        return std::nullopt;
    LoginFacts facts;
    facts.venueName = json.value(QStringLiteral("venue_name")).toString();
    facts.batchId = json.value(QStringLiteral("batch_id")).toString();
    facts.batchDay = QDate::fromString(json.value(QStringLiteral("batch_day")).toString(), Qt::ISODate);
    return facts;
}

LoginFacts loginFactsOf(Database &database)
{
    LoginFacts facts;
    const VenueRepository venues(database);
    if (const auto venue = venues.venue(database.setting(settings::VenueId)))
        facts.venueName = venue->name;
    facts.batchId = database.setting(settings::CurrentBatch);
    if (const auto batch = venues.batch(facts.batchId))
        facts.batchDay = batch->day;
    return facts;
}

core::Status refreshLoginFacts(Database &database)
{
    if (database.path().isEmpty() || database.path() == QLatin1String(":memory:"))
        return {};
    const QString dataDir = QFileInfo(database.path()).absolutePath();
    const LoginFacts facts = loginFactsOf(database);
    if (readLoginFacts(dataDir) == facts)
        return {};
    QSaveFile file(loginFactsPath(dataDir));
    if (!file.open(QIODevice::WriteOnly) || file.write(encode(facts)) < 0 || !file.commit())
        return core::Status::failure(
            QCoreApplication::translate("store::LoginFacts", "%1 cannot be written: %2")
                .arg(loginFactsPath(dataDir), file.errorString()));
    return {};
}

} // namespace store
