#include "enrolment.h"

#include "hubclient.h"
#include "hubserver.h"
#include "hubservice.h"

#include "centralsync/syncstatus.h"
#include "crypto/keystore.h"
#include "store/settingsregistry.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

namespace venue {

namespace {

// The hub's answer is a small JSON object; anything larger is not from a hub.
constexpr qint64 kMaxAnswerBytes = 64 * 1024;

} // namespace

Enrolment::Enrolment(QObject *parent) : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    m_network->setProxy(QNetworkProxy::NoProxy);
}

Enrolment::~Enrolment()
{
    if (m_reply)
        m_reply->abort();
}

QString Enrolment::problem(const QUrl &hub, const QString &code, const QString &station, const QString &role)
{
    if (!hub.isValid() || hub.scheme() != QLatin1String("https") || hub.host().isEmpty())
        return tr("Give the hub's address as https://HOST:PORT, as shown at the hub.");
    if (code.trimmed().isEmpty())
        return tr("Type the one-time code shown at the hub.");
    if (station.trimmed().isEmpty())
        return tr("Name this station, e.g. desk-1 or room-R1.");
    if (!HubService::roles().contains(role))
        return tr("Choose the station's role: desk, room or display.");
    return {};
}

void Enrolment::start(const QUrl &hub, const QString &code, const QString &station, const QString &role,
                      int timeoutMs)
{
    if (const QString wrong = problem(hub, code, station, role); !wrong.isEmpty()) {
        // Queued, so a caller connected after start() still hears it.
        QTimer::singleShot(0, this, [this, wrong] {
            EnrolmentResult result;
            result.error = wrong;
            Q_EMIT finished(result);
        });
        return;
    }
    m_hub = hub;
    m_station = station.trimmed();
    m_role = role;
    QNetworkRequest request(hub.resolved(QUrl(QStringLiteral("/api/v1/venue/enrol"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply =
        m_network->post(request, QJsonDocument(QJsonObject{{QStringLiteral("code"), code.trimmed()},
                                                           {QStringLiteral("station"), m_station},
                                                           {QStringLiteral("role"), role}})
                                     .toJson(QJsonDocument::Compact));
    m_reply = reply;
    connect(reply, &QNetworkReply::sslErrors, reply, [reply] { reply->ignoreSslErrors(); });
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxAnswerBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { answer(reply); });
}

void Enrolment::answer(QNetworkReply *reply)
{
    reply->deleteLater();
    EnrolmentResult result;
    result.station = m_station;
    result.role = m_role;
    const QJsonObject answer = QJsonDocument::fromJson(reply->read(kMaxAnswerBytes)).object();
    if (reply->error() != QNetworkReply::NoError) {
        const QString why = answer.value(QStringLiteral("error")).toString();
        result.error =
            tr("The hub refused the enrolment: %1").arg(why.isEmpty() ? reply->errorString() : why);
        Q_EMIT finished(result);
        return;
    }
    result.certificatePin = certificateSha256(reply->sslConfiguration().peerCertificate());
    result.token = answer.value(QStringLiteral("token")).toString();
    if (result.certificatePin != answer.value(QStringLiteral("hub_certificate_sha256")).toString()) {
        result.error =
            tr("The certificate seen is not the hub's own: someone may be in between. Enrolment stopped.");
    } else if (result.token.isEmpty()) {
        result.error = tr("The hub's answer has no token. Ask for a new code at the hub and try again.");
    }
    QUrl url = m_hub;
    url.setScheme(QStringLiteral("wss"));
    url.setPath(QString::fromLatin1(kStreamPath));
    result.streamUrl = url;
    Q_EMIT finished(result);
}

EnrolmentResult Enrolment::run(const QUrl &hub, const QString &code, const QString &station,
                               const QString &role, int timeoutMs)
{
    EnrolmentResult result;
    QEventLoop loop;
    const auto connection = connect(this, &Enrolment::finished, &loop, [&](const EnrolmentResult &answer) {
        result = answer;
        loop.quit();
    });
    start(hub, code, station, role, timeoutMs);
    loop.exec();
    disconnect(connection);
    return result;
}

core::Status Enrolment::save(const EnrolmentResult &result, store::Database &database, const QString &dataDir,
                             const QString &actor)
{
    if (!result.ok())
        return core::Status::failure(result.error);
    if (const QString failed = centralsync::hubTokenEntry(dataDir).save(result.token); !failed.isEmpty())
        return core::Status::failure(failed);
    return database.transaction([&]() -> core::Status {
        const std::pair<const store::SettingSpec *, QString> values[] = {
            {&store::settings::HubUrl, result.streamUrl.toString()},
            {&store::settings::HubPin, result.certificatePin},
            {&store::settings::HubStation, result.station},
            {&store::settings::HubRole, result.role}};
        for (const auto &[spec, value] : values)
            if (const core::Status set = database.setSetting(*spec, value, actor); !set)
                return set;
        return {};
    });
}

} // namespace venue
