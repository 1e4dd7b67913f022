#include "referencedownload.h"

#include "core/csv.h"
#include "forms/examtemplate.h"
#include "roster/rosterparser.h"
#include "store/caserepository.h"
#include "store/catalogrepository.h"
#include "store/expertrepository.h"
#include "store/outbox.h"
#include "store/referencerepository.h"
#include "store/templaterepository.h"
#include "store/venuerepository.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QUrlQuery>

namespace centralsync {

namespace {

struct Fetched {
    int status = 0;
    QByteArray body;
    QByteArray etag;
    QString error;
};

Fetched fetch(QNetworkAccessManager &network, const ServerLink &link, const QString &kind,
              const QString &cursor, const QByteArray &etag, int timeoutMs = 60000)
{
    QUrl url = link.base.resolved(QUrl(QStringLiteral("/api/v1/reference/") + kind));
    QUrlQuery query;
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("since"), cursor);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + link.token.toLatin1());
    if (!etag.isEmpty())
        request.setRawHeader(QByteArrayLiteral("If-None-Match"), etag);
    request.setTransferTimeout(timeoutMs);
    if (!link.trustedCas.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(link.trustedCas);
        request.setSslConfiguration(tls);
    }
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Fetched fetched{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                    reply->readAll(),
                    reply->rawHeader(QByteArrayLiteral("ETag")),
                    {}};
    if (fetched.status == 0)
        fetched.error = reply->errorString();
    reply->deleteLater();
    return fetched;
}

bool waitsToUpload(store::Database &database, const QString &type, const QString &key)
{
    return store::Outbox(database).waitsToUpload(type, key);
}

QString joined(const QJsonValue &list)
{
    QStringList items;
    for (const QJsonValue &value : list.toArray())
        items << value.toString();
    return items.join(QLatin1Char(';'));
}

enum class Applied { Written, KeptLocal, NotForThisVenue };
using ApplyResult = core::Result<Applied>;

// One roster entry {venue_id, batch_id, day, acceptance_no, name, id_number, …: the roster CSV's
// columns}, checked by the same rules as a roster file. A case the station has started on (checked
// in or later) or changed without uploading yet stays as it is.
ApplyResult applyRosterEntry(store::Database &database, const QJsonObject &data)
{
    const QString venueId = data.value(QStringLiteral("venue_id")).toString();
    const QString batchId = data.value(QStringLiteral("batch_id")).toString();
    const QDate day = QDate::fromString(data.value(QStringLiteral("day")).toString(), Qt::ISODate);
    const QString acceptanceNo = data.value(QStringLiteral("acceptance_no")).toString();
    if (batchId.isEmpty() || !day.isValid() || acceptanceNo.isEmpty())
        return ApplyResult::failure(
            QStringLiteral("roster entry %1: batch_id, day (YYYY-MM-DD) and acceptance_no are required")
                .arg(acceptanceNo));
    if (!venueId.isEmpty() && venueId != database.setting(store::settings::VenueId))
        return Applied::NotForThisVenue;
    QStringList header = roster::rosterColumns();
    header << QStringLiteral("accepted_on");
    QStringList values;
    for (const QString &column : std::as_const(header)) {
        const QJsonValue value = data.value(column);
        values << (value.isArray() ? joined(value) : value.toVariant().toString());
    }
    const QString csv =
        core::csvRecord(header) + QStringLiteral("\r\n") + core::csvRecord(values) + QStringLiteral("\r\n");
    const auto parsed = roster::parseRoster(csv, batchId, database.clock().today());
    if (!parsed.fileError.isEmpty() || !parsed.rejected.isEmpty() || parsed.items.size() != 1)
        return ApplyResult::failure(QStringLiteral("roster entry %1: %2")
                                        .arg(acceptanceNo, parsed.rejected.isEmpty()
                                                               ? parsed.fileError
                                                               : parsed.rejected.constFirst().reason));
    store::CaseRepository cases(database);
    const auto state = cases.stateOf(acceptanceNo);
    if ((state && *state != core::CaseState::Registered) ||
        waitsToUpload(database, QStringLiteral("case"), acceptanceNo))
        return Applied::KeptLocal;
    if (const core::Status added = store::VenueRepository(database).addCentralBatch(
            batchId, database.setting(store::settings::VenueId), day);
        !added)
        return ApplyResult::failure(added.error());
    if (const core::Status saved =
            cases.save(parsed.items.constFirst(), store::CaseRepository::Origin::Central);
        !saved)
        return ApplyResult::failure(saved.error());
    return Applied::Written;
}

// An exam template (forms/README.md), checked as the built-in ones are. Kept beside them; the
// station uses it for its group when its version is newer (exam::stationTemplates).
ApplyResult applyTemplate(store::Database &database, const QJsonObject &data)
{
    const QByteArray json = QJsonDocument(data).toJson(QJsonDocument::Compact);
    const auto parsed = forms::ExamTemplates::parse(json, QStringLiteral("central template"));
    if (!parsed)
        return ApplyResult::failure(parsed.error());
    if (const core::Status stored = store::TemplateRepository(database).saveCentral(
            parsed->id, core::toKey(parsed->group), parsed->version, QString::fromUtf8(json),
            database.clock().now());
        !stored)
        return ApplyResult::failure(stored.error());
    return Applied::Written;
}

// Writes one item. Reference data is not echoed back: no outbox row is written for it.
ApplyResult apply(store::Database &database, const QString &kind, const QJsonObject &data)
{
    using R = ApplyResult;
    if (kind == QLatin1String("rosters"))
        return applyRosterEntry(database, data);
    if (kind == QLatin1String("templates"))
        return applyTemplate(database, data);
    core::Status written;
    if (kind == QLatin1String("venues")) {
        // The venues of the central system's area: a new station set up "from the central system"
        // takes its venue's details from here instead of having them typed.
        const QString id = data.value(QStringLiteral("id")).toString();
        if (id.isEmpty() || data.value(QStringLiteral("name")).toString().isEmpty())
            return R::failure(QStringLiteral("a venue without id or name"));
        if (waitsToUpload(database, QStringLiteral("venue"), id))
            return Applied::KeptLocal;
        written = store::VenueRepository(database).applyCentralVenue(
            {id, data.value(QStringLiteral("name")).toString(),
             data.value(QStringLiteral("address")).toString(), data.value(QStringLiteral("phone")).toString(),
             data.value(QStringLiteral("committee")).toString()});
    } else if (kind == QLatin1String("experts")) {
        const QString id = data.value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            return R::failure(QStringLiteral("an expert without id"));
        if (waitsToUpload(database, QStringLiteral("expert"), id))
            return Applied::KeptLocal;
        written = store::ExpertRepository(database).applyCentral(
            {id, data.value(QStringLiteral("name")).toString(),
             joined(data.value(QStringLiteral("specialties"))),
             data.value(QStringLiteral("employer")).toString(),
             data.value(QStringLiteral("title")).toString(), data.value(QStringLiteral("on_duty")).toBool(),
             data.value(QStringLiteral("may_review")).toBool(true)});
    } else if (kind == QLatin1String("rooms")) {
        const QString id = data.value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            return R::failure(QStringLiteral("a room without id"));
        if (waitsToUpload(database, QStringLiteral("room"), id))
            return Applied::KeptLocal;
        written = store::VenueRepository(database).applyCentralRoom(
            id, data.value(QStringLiteral("name")).toString(),
            joined(data.value(QStringLiteral("specialties"))));
    } else if (kind == QLatin1String("clauses")) {
        const QString clause = data.value(QStringLiteral("clause")).toString();
        const int grade = data.value(QStringLiteral("grade")).toInt();
        if (clause.isEmpty() || grade < 1 || grade > 10)
            return R::failure(QStringLiteral("a clause without id or with a grade outside 1–10"));
        written = store::CatalogRepository(database).applyCentral(
            clause, grade, data.value(QStringLiteral("group")).toString(),
            data.value(QStringLiteral("text")).toString());
    } else {
        return R::failure(QStringLiteral("this station does not apply %1 yet").arg(kind));
    }
    if (!written)
        return R::failure(written.error());
    return Applied::Written;
}

} // namespace

QStringList stationReferenceKinds()
{
    // The venue, rooms and experts before the rosters that are examined by them; templates last.
    return {QStringLiteral("venues"),  QStringLiteral("rooms"),   QStringLiteral("experts"),
            QStringLiteral("clauses"), QStringLiteral("rosters"), QStringLiteral("templates")};
}

core::Result<QList<QJsonObject>> fetchReferenceItems(const ServerLink &link, const QString &kind,
                                                     int timeoutMs)
{
    using R = core::Result<QList<QJsonObject>>;
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QList<QJsonObject> items;
    QString cursor;
    // A venue's reference data is small; a server that keeps saying "more" is not believed forever.
    for (int page = 0; page < 50; ++page) {
        const Fetched fetched = fetch(network, link, kind, cursor, {}, timeoutMs);
        if (fetched.status == 0)
            return R::failure(
                QCoreApplication::translate("centralsync", "The central server %1 does not answer: %2")
                    .arg(link.base.toString(), fetched.error));
        if (fetched.status == 401 || fetched.status == 403)
            return R::failure(
                QCoreApplication::translate("centralsync",
                                            "The central server refused the station token (HTTP %1). Check "
                                            "the token the central system issued for this venue.")
                    .arg(fetched.status));
        if (fetched.status != 200)
            return R::failure(
                QCoreApplication::translate("centralsync", "The central server answered HTTP %1 for the %2.")
                    .arg(fetched.status)
                    .arg(kind));
        QJsonParseError error{};
        const QJsonObject reply = QJsonDocument::fromJson(fetched.body, &error).object();
        if (error.error != QJsonParseError::NoError || !reply.value(QStringLiteral("items")).isArray())
            return R::failure(QCoreApplication::translate(
                                  "centralsync", "The central server's reply for the %1 is not valid.")
                                  .arg(kind));
        for (const QJsonValue &item : reply.value(QStringLiteral("items")).toArray())
            items << item.toObject().value(QStringLiteral("data")).toObject();
        cursor = reply.value(QStringLiteral("cursor")).toString();
        if (!reply.value(QStringLiteral("more")).toBool() || cursor.isEmpty())
            return items;
    }
    return items;
}

ReferenceSummary downloadReference(store::Database &database, const ServerLink &link,
                                   const QStringList &kinds)
{
    ReferenceSummary summary;
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    for (const QString &kind : kinds) {
        const store::ReferenceCursor saved = store::ReferenceRepository(database).cursor(kind);
        QString cursor = saved.cursor;
        QByteArray etag = saved.etag;
        summary.applied.insert(kind, 0);
        summary.keptLocal.insert(kind, 0);
        for (bool more = true; more;) {
            const Fetched fetched = fetch(network, link, kind, cursor, etag);
            if (fetched.status == 304)
                break;
            if (fetched.status != 200) {
                summary.error = fetched.status
                                    ? QStringLiteral("HTTP %1 for %2").arg(fetched.status).arg(kind)
                                    : fetched.error;
                return summary;
            }
            const QJsonObject page = QJsonDocument::fromJson(fetched.body).object();
            const QString next = page.value(QStringLiteral("cursor")).toString();
            if (next.isEmpty()) {
                summary.error = QStringLiteral("the reply for %1 has no cursor").arg(kind);
                return summary;
            }
            more = page.value(QStringLiteral("more")).toBool();
            int applied = 0;
            int kept = 0;
            // The page and the cursor after it: both or neither.
            const core::Status stored = database.transaction([&]() -> core::Status {
                for (const QJsonValue &item : page.value(QStringLiteral("items")).toArray()) {
                    const auto written =
                        apply(database, kind, item.toObject().value(QStringLiteral("data")).toObject());
                    if (!written)
                        return core::Status::failure(written.error());
                    if (written.value() == Applied::Written)
                        ++applied;
                    else if (written.value() == Applied::KeptLocal)
                        ++kept;
                }
                // The ETag stands for "everything up to now": kept only once the last page is in.
                return store::ReferenceRepository(database).saveCursor(
                    kind, next, more ? QString() : QString::fromLatin1(fetched.etag), database.clock().now());
            });
            if (!stored) {
                summary.error = stored.error();
                return summary;
            }
            summary.applied[kind] += applied;
            summary.keptLocal[kind] += kept;
            cursor = next;
            etag.clear();
        }
    }
    return summary;
}

} // namespace centralsync
