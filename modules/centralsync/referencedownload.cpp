#include "referencedownload.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSqlQuery>
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
              const QString &cursor, const QByteArray &etag)
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
    request.setTransferTimeout(60000);
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
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral(
        "SELECT 1 FROM outbox WHERE type = ? AND entity_key = ? AND sync_state = 'pending' LIMIT 1"));
    store::bindAll(query, {type, key});
    return query.exec() && query.next();
}

QString joined(const QJsonValue &list)
{
    QStringList items;
    for (const QJsonValue &value : list.toArray())
        items << value.toString();
    return items.join(QLatin1Char(';'));
}

// Writes one item; false when the station's own change is kept. Reference data is not echoed
// back: no outbox row is written for it.
core::Result<bool> apply(store::Database &database, const QString &kind, const QJsonObject &data)
{
    using R = core::Result<bool>;
    QSqlQuery write(database.connection());
    if (kind == QLatin1String("experts")) {
        const QString id = data.value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            return R::failure(QStringLiteral("an expert without id"));
        if (waitsToUpload(database, QStringLiteral("expert"), id))
            return false;
        write.prepare(QStringLiteral(
            "INSERT INTO experts(id, name, specialties, employer, title, on_duty, may_review) VALUES(?, ?, "
            "?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET name = excluded.name, specialties = excluded.specialties, "
            "employer = excluded.employer, title = excluded.title, on_duty = excluded.on_duty, "
            "may_review = excluded.may_review"));
        store::bindAll(write, {id, data.value(QStringLiteral("name")).toString(),
                               joined(data.value(QStringLiteral("specialties"))),
                               data.value(QStringLiteral("employer")).toString(),
                               data.value(QStringLiteral("title")).toString(),
                               data.value(QStringLiteral("on_duty")).toBool(),
                               data.value(QStringLiteral("may_review")).toBool(true)});
    } else if (kind == QLatin1String("rooms")) {
        const QString id = data.value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            return R::failure(QStringLiteral("a room without id"));
        if (waitsToUpload(database, QStringLiteral("room"), id))
            return false;
        write.prepare(QStringLiteral(
            "INSERT INTO rooms(id, name, specialties) VALUES(?, ?, ?) ON CONFLICT(id) DO UPDATE "
            "SET name = excluded.name, specialties = excluded.specialties"));
        store::bindAll(write, {id, data.value(QStringLiteral("name")).toString(),
                               joined(data.value(QStringLiteral("specialties")))});
    } else if (kind == QLatin1String("clauses")) {
        const QString clause = data.value(QStringLiteral("clause")).toString();
        const int grade = data.value(QStringLiteral("grade")).toInt();
        if (clause.isEmpty() || grade < 1 || grade > 10)
            return R::failure(QStringLiteral("a clause without id or with a grade outside 1–10"));
        write.prepare(QStringLiteral(
            "INSERT INTO clauses(clause, grade, grp, text, source) VALUES(?, ?, ?, ?, 'central') "
            "ON CONFLICT(clause) DO UPDATE SET grade = excluded.grade, grp = excluded.grp, "
            "text = excluded.text, source = excluded.source"));
        store::bindAll(write, {clause, grade, data.value(QStringLiteral("group")).toString(),
                               data.value(QStringLiteral("text")).toString()});
    } else {
        return R::failure(QStringLiteral("this station does not apply %1 yet").arg(kind));
    }
    if (!write.exec())
        return R::failure(store::sqlError(QStringLiteral("applying %1").arg(kind), write));
    return true;
}

} // namespace

QStringList stationReferenceKinds()
{
    return {QStringLiteral("experts"), QStringLiteral("rooms"), QStringLiteral("clauses")};
}

ReferenceSummary downloadReference(store::Database &database, const ServerLink &link,
                                   const QStringList &kinds)
{
    ReferenceSummary summary;
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    for (const QString &kind : kinds) {
        QString cursor;
        QByteArray etag;
        {
            QSqlQuery stored(database.connection());
            stored.prepare(QStringLiteral("SELECT cursor, etag FROM reference_cursors WHERE kind = ?"));
            stored.addBindValue(kind);
            if (stored.exec() && stored.next()) {
                cursor = stored.value(0).toString();
                etag = stored.value(1).toString().toLatin1();
            }
        }
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
                    ++(written.value() ? applied : kept);
                }
                QSqlQuery save(database.connection());
                save.prepare(QStringLiteral(
                    "INSERT INTO reference_cursors(kind, cursor, etag, updated_at) VALUES(?, ?, ?, ?) "
                    "ON CONFLICT(kind) DO UPDATE SET cursor = excluded.cursor, etag = excluded.etag, "
                    "updated_at = excluded.updated_at"));
                // The ETag stands for "everything up to now": kept only once the last page is in.
                store::bindAll(save, {kind, next, more ? QString() : QString::fromLatin1(fetched.etag),
                                      database.clock().now().toString(Qt::ISODateWithMs)});
                if (!save.exec())
                    return core::Status::failure(store::sqlError(QStringLiteral("saving the cursor"), save));
                return {};
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
