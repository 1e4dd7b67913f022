#include "venueprotocol.h"

#include <QJsonDocument>

namespace venue {

namespace {

std::optional<QJsonObject> object(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A whole number from 0, else 0.
qint64 counter(const QJsonValue &value)
{
    const double number = value.toDouble(-1);
    return number >= 0 && number <= 9007199254740992.0 && double(qint64(number)) == number ? qint64(number)
                                                                                           : 0;
}

QString text(const QJsonObject &object, const char *field)
{
    return object.value(QLatin1String(field)).toString();
}

} // namespace

std::optional<StationMessage> decodeStationMessage(const QByteArray &text)
{
    const auto root = object(text);
    if (!root)
        return std::nullopt;
    StationMessage message;
    message.typeName = venue::text(*root, "type");
    if (message.typeName == QLatin1String("hello")) {
        message.type = StationMessage::Type::Hello;
        message.token = venue::text(*root, "token");
        message.since = counter(root->value(QStringLiteral("since")));
    } else if (message.typeName == QLatin1String("command")) {
        message.type = StationMessage::Type::Command;
        message.key = venue::text(*root, "key");
        message.name = venue::text(*root, "name");
        message.args = root->value(QStringLiteral("args")).toObject();
        message.actor = venue::text(*root, "actor");
    } else if (message.typeName == QLatin1String("health")) {
        message.type = StationMessage::Type::Health;
        message.report = *root;
    }
    return message;
}

std::optional<HubMessage> decodeHubMessage(const QByteArray &text)
{
    const auto root = object(text);
    if (!root)
        return std::nullopt;
    HubMessage message;
    const QString type = venue::text(*root, "type");
    message.error = venue::text(*root, "error");
    if (type == QLatin1String("welcome")) {
        message.type = HubMessage::Type::Welcome;
        message.station = venue::text(*root, "station");
        message.role = venue::text(*root, "role");
        message.latest = counter(root->value(QStringLiteral("latest")));
    } else if (type == QLatin1String("refused")) {
        message.type = HubMessage::Type::Refused;
    } else if (type == QLatin1String("error")) {
        message.type = HubMessage::Type::Error;
    } else if (type == QLatin1String("event")) {
        message.seq = counter(root->value(QStringLiteral("seq")));
        message.data = root->value(QStringLiteral("data")).toObject();
        message.type = message.seq > 0 ? HubMessage::Type::Event : HubMessage::Type::Other;
    } else if (type == QLatin1String("result")) {
        message.type = HubMessage::Type::Result;
        message.key = venue::text(*root, "key");
        message.ok = root->value(QStringLiteral("ok")).toBool();
        message.replayed = root->value(QStringLiteral("replayed")).toBool();
        message.result = root->value(QStringLiteral("result")).toObject();
    }
    return message;
}

QByteArray encode(const StationMessage &message)
{
    switch (message.type) {
    case StationMessage::Type::Hello:
        return compact({{QStringLiteral("type"), QStringLiteral("hello")},
                        {QStringLiteral("token"), message.token},
                        {QStringLiteral("since"), message.since}});
    case StationMessage::Type::Command:
        return compact({{QStringLiteral("type"), QStringLiteral("command")},
                        {QStringLiteral("key"), message.key},
                        {QStringLiteral("name"), message.name},
                        {QStringLiteral("args"), message.args},
                        {QStringLiteral("actor"), message.actor}});
    case StationMessage::Type::Health: {
        QJsonObject health = message.report;
        health.insert(QStringLiteral("type"), QStringLiteral("health"));
        return compact(health);
    }
    case StationMessage::Type::Other:
        break;
    }
    return compact({{QStringLiteral("type"), message.typeName}});
}

QByteArray encode(const HubMessage &message)
{
    switch (message.type) {
    case HubMessage::Type::Welcome:
        return compact({{QStringLiteral("type"), QStringLiteral("welcome")},
                        {QStringLiteral("station"), message.station},
                        {QStringLiteral("role"), message.role},
                        {QStringLiteral("latest"), message.latest}});
    case HubMessage::Type::Refused:
        return compact(
            {{QStringLiteral("type"), QStringLiteral("refused")}, {QStringLiteral("error"), message.error}});
    case HubMessage::Type::Error:
        return compact(
            {{QStringLiteral("type"), QStringLiteral("error")}, {QStringLiteral("error"), message.error}});
    case HubMessage::Type::Event:
        return compact({{QStringLiteral("type"), QStringLiteral("event")},
                        {QStringLiteral("seq"), message.seq},
                        {QStringLiteral("data"), message.data}});
    case HubMessage::Type::Result: {
        QJsonObject reply{{QStringLiteral("type"), QStringLiteral("result")},
                          {QStringLiteral("key"), message.key},
                          {QStringLiteral("ok"), message.ok},
                          {QStringLiteral("replayed"), message.replayed}};
        if (message.ok)
            reply.insert(QStringLiteral("result"), message.result);
        else
            reply.insert(QStringLiteral("error"), message.error);
        return compact(reply);
    }
    case HubMessage::Type::Other:
        break;
    }
    return compact({{QStringLiteral("type"), QStringLiteral("other")}});
}

bool isReadCommand(const QString &name)
{
    return name == QLatin1String("queue") || name == QLatin1String("venue_health");
}

} // namespace venue
