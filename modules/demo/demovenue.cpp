#include "demovenue.h"

#include "grading/catalog.h"

#include "accounts/accountservice.h"
#include "roster/rosterparser.h"
#include "store/auditlog.h"
#include "store/caserepository.h"
#include "store/expertrepository.h"
#include "store/venuerepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace demo {

namespace {

core::Result<QByteArray> readResource(const QString &name)
{
    QFile file(QStringLiteral(":/demo/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return core::Result<QByteArray>::failure(
            DemoVenue::tr("The built-in demo file %1 is missing.").arg(name));
    return file.readAll();
}

QString rejectedText(const QList<roster::RejectedRow> &rejected)
{
    QStringList lines;
    for (const auto &row : rejected)
        lines << DemoVenue::tr("line %1: %2").arg(row.line).arg(row.reason);
    return lines.join(QStringLiteral("; "));
}

} // namespace

QString DemoVenue::batchIdFor(const QString &venueId, const QDate &day)
{
    return QStringLiteral("%1-%2").arg(venueId, day.toString(QStringLiteral("yyyyMMdd")));
}

core::Result<LoadSummary> DemoVenue::load(store::Database &database, const QDate &today)
{
    const auto venueJson = readResource(QStringLiteral("venue.json"));
    const auto rosterCsv = readResource(QStringLiteral("roster.csv"));
    const auto expertsCsv = readResource(QStringLiteral("experts.csv"));
    for (const auto *file : {&venueJson, &rosterCsv, &expertsCsv}) {
        if (!file->ok())
            return file->status();
    }
    const QJsonObject root = QJsonDocument::fromJson(venueJson.value()).object();
    const QJsonObject venueObject = root.value(QStringLiteral("venue")).toObject();
    core::Venue venue{venueObject.value(QStringLiteral("id")).toString(),
                      venueObject.value(QStringLiteral("name")).toString(),
                      venueObject.value(QStringLiteral("address")).toString(),
                      venueObject.value(QStringLiteral("phone")).toString(),
                      venueObject.value(QStringLiteral("committee")).toString()};
    if (venue.id.isEmpty())
        return core::Result<LoadSummary>::failure(tr("The built-in demo venue has no id."));

    LoadSummary summary;
    summary.venueId = venue.id;
    summary.batchId = batchIdFor(venue.id, today);
    // The roster's acceptance dates are written for `roster_day`; they move with today so the
    // deadlines look the same whenever the demo runs.
    const QDate rosterDay = QDate::fromString(
        root.value(QStringLiteral("batch")).toObject().value(QStringLiteral("roster_day")).toString(),
        Qt::ISODate);
    auto cases = roster::parseRoster(QString::fromUtf8(rosterCsv.value()), summary.batchId,
                                     rosterDay.isValid() ? std::max(today, rosterDay) : today);
    const qint64 shift = rosterDay.isValid() ? rosterDay.daysTo(today) : 0;
    for (core::Case &c : cases.items)
        if (c.acceptedOn.isValid())
            c.acceptedOn = c.acceptedOn.addDays(shift);
    const auto experts = roster::parseExperts(QString::fromUtf8(expertsCsv.value()));
    if (!cases.fileError.isEmpty() || !cases.rejected.isEmpty())
        return core::Result<LoadSummary>::failure(tr("The built-in demo roster is damaged: %1")
                                                      .arg(cases.fileError + rejectedText(cases.rejected)));
    if (!experts.fileError.isEmpty() || !experts.rejected.isEmpty())
        return core::Result<LoadSummary>::failure(
            tr("The built-in demo expert list is damaged: %1")
                .arg(experts.fileError + rejectedText(experts.rejected)));

    store::VenueRepository venues(database);
    store::ExpertRepository expertRepository(database);
    store::CaseRepository caseRepository(database);
    accounts::AccountService accountService(database);

    const core::Status status = database.transaction([&]() -> core::Status {
        if (core::Status s = venues.saveVenue(venue); !s)
            return s;
        const QJsonArray lanes = root.value(QStringLiteral("lanes")).toArray();
        for (int i = 0; i < lanes.size(); ++i) {
            const QJsonObject lane = lanes.at(i).toObject();
            if (core::Status s = venues.saveLane({lane.value(QStringLiteral("key")).toString(),
                                                  lane.value(QStringLiteral("prefix")).toString(),
                                                  lane.value(QStringLiteral("name")).toString()},
                                                 i);
                !s)
                return s;
        }
        for (const QJsonValue &value : root.value(QStringLiteral("rooms")).toArray()) {
            const QJsonObject object = value.toObject();
            core::Room room{object.value(QStringLiteral("id")).toString(),
                            object.value(QStringLiteral("name")).toString(),
                            {}};
            for (const QJsonValue &key : object.value(QStringLiteral("specialties")).toArray()) {
                if (const auto specialty = core::specialtyFromKey(key.toString()))
                    room.specialties << *specialty;
            }
            if (core::Status s = venues.saveRoom(room); !s)
                return s;
            ++summary.rooms;
        }
        for (const core::Expert &expert : experts.items) {
            if (core::Status s = expertRepository.save(expert); !s)
                return s;
        }
        for (const QJsonValue &value : root.value(QStringLiteral("rooms")).toArray()) {
            const QJsonObject object = value.toObject();
            for (const QJsonValue &expertId : object.value(QStringLiteral("experts")).toArray())
                if (core::Status s = expertRepository.seat(expertId.toString(),
                                                           object.value(QStringLiteral("id")).toString());
                    !s)
                    return s;
        }
        summary.experts = experts.items.size();
        const QString title =
            root.value(QStringLiteral("batch")).toObject().value(QStringLiteral("title")).toString();
        if (core::Status s = venues.saveBatch({summary.batchId, venue.id, today, title}); !s)
            return s;
        for (const core::Case &c : cases.items) {
            if (core::Status s = caseRepository.save(c); !s)
                return s;
        }
        summary.cases = cases.items.size();
        const QJsonObject settings = root.value(QStringLiteral("settings")).toObject();
        for (auto setting = settings.begin(); setting != settings.end(); ++setting)
            if (core::Status s = database.setSetting(setting.key(), setting.value().toString()); !s)
                return s;
        for (const QJsonValue &value : root.value(QStringLiteral("accounts")).toArray()) {
            const QJsonObject object = value.toObject();
            core::StaffAccount account;
            account.username = object.value(QStringLiteral("username")).toString();
            account.displayName = object.value(QStringLiteral("display_name")).toString();
            const auto role = core::roleFromKey(object.value(QStringLiteral("role")).toString());
            if (!role)
                return core::Status::failure(
                    tr("Demo account %1 has an unknown role.").arg(account.username));
            account.role = *role;
            account.expertId = object.value(QStringLiteral("expert_id")).toString();
            if (core::Status s =
                    accountService.provision(account, object.value(QStringLiteral("password")).toString());
                !s)
                return s;
            ++summary.accounts;
        }
        for (const auto &[spec, value] : {std::pair{&store::settings::VenueId, venue.id},
                                          std::pair{&store::settings::CurrentBatch, summary.batchId},
                                          std::pair{&store::settings::DemoVenue, QStringLiteral("1")}}) {
            if (core::Status s = database.setSetting(*spec, value); !s)
                return s;
        }
        return store::AuditLog(database).append(
            QStringLiteral("system"), QStringLiteral("demo.load"), summary.batchId,
            {{QStringLiteral("cases"), summary.cases}, {QStringLiteral("experts"), summary.experts}});
    });
    if (!status)
        return status;
    // The grading basis: the sample catalog (plain-word paraphrases), as reference data.
    const auto catalog = grading::ClauseCatalog(database).importSample();
    if (!catalog)
        return core::Result<LoadSummary>::failure(catalog.error());
    summary.clauses = catalog->imported;
    return summary;
}

} // namespace demo
