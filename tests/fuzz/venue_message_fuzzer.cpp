// The venue protocol's messages (docs/venue-protocol.md) as the hub reads a station's
// (venue::decodeStationMessage) and a station reads the hub's (venue::decodeHubMessage).

#include "fuzzsupport.h"

#include "venue/venueprotocol.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***argv)
{
    fuzz::initialize<QCoreApplication>((*argv)[0]);
    return 0;
}

namespace {

bool unicode(const QString &text)
{
    return QString::fromUtf8(text.toUtf8()) == text;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    if (const auto station = venue::decodeStationMessage(input)) {
        FUZZ_CHECK(station->since >= 0);
        // Written again, it reads back the same.
        const auto again = venue::decodeStationMessage(venue::encode(*station));
        FUZZ_CHECK(again.has_value());
        FUZZ_CHECK(again->type == station->type);
        FUZZ_CHECK(again->since == station->since);
        if (unicode(station->token) && unicode(station->key) && unicode(station->name) &&
            unicode(station->actor)) {
            FUZZ_CHECK(again->token == station->token && again->key == station->key);
            FUZZ_CHECK(again->name == station->name && again->actor == station->actor);
        }
    }
    if (const auto hub = venue::decodeHubMessage(input)) {
        FUZZ_CHECK(hub->latest >= 0);
        FUZZ_CHECK(hub->type != venue::HubMessage::Type::Event || hub->seq > 0); // events count from 1
        const auto again = venue::decodeHubMessage(venue::encode(*hub));
        FUZZ_CHECK(again.has_value());
        FUZZ_CHECK(again->type == hub->type);
        FUZZ_CHECK(again->seq == hub->seq && again->latest == hub->latest);
        if (hub->type == venue::HubMessage::Type::Result)
            FUZZ_CHECK(again->ok == hub->ok && again->replayed == hub->replayed);
    }
    return 0;
}
