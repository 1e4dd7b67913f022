#pragma once

#include <QJsonObject>

#include <optional>

// The messages of docs/venue-protocol.md, read and written in one place for the hub and the
// stations (and the fuzz target).
namespace venue {

// A station's message to the hub.
struct StationMessage {
    enum class Type { Hello, Command, Health, Other };
    Type type = Type::Other;
    QString typeName; // as sent, for the error about an unknown one
    // hello
    QString token;
    qint64 since = 0; // never negative
    // command
    QString key;
    QString name;
    QJsonObject args;
    QString actor;
    // health: the station's report as sent ({"level","checks":[…]}), checked by HubHealth
    QJsonObject report;
};

// The hub's message to a station.
struct HubMessage {
    enum class Type { Welcome, Refused, Event, Result, Error, Other };
    Type type = Type::Other;
    // welcome
    QString station;
    QString role;
    qint64 latest = 0;
    // event (seq from 1)
    qint64 seq = 0;
    QJsonObject data;
    // result
    QString key;
    bool ok = false;
    bool replayed = false;
    QJsonObject result;
    // refused, error, a failed result
    QString error;
};

// nullopt when the text is not a JSON object. Fields of the wrong type read as empty; an event
// without a sequence number from 1 reads as Other.
std::optional<StationMessage> decodeStationMessage(const QByteArray &text);
std::optional<HubMessage> decodeHubMessage(const QByteArray &text);
QByteArray encode(const StationMessage &message);
QByteArray encode(const HubMessage &message);

// A command that only reads (`queue`, `venue_health`): it needs no key, changes nothing, and is worth nothing
// later, so a station neither keeps it nor sends it again.
bool isReadCommand(const QString &name);

} // namespace venue
