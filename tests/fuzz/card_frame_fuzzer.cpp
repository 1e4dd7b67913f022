// The ID card reader's serial stream (identity::FrameReader, identity::parseResponse) and the card
// text of a read reply (identity::parseCardText): the bytes come from a device on a serial port.

#include "fuzzsupport.h"

#include "core/idnumber.h"
#include "identity/carddata.h"
#include "identity/samprotocol.h"

namespace {

QList<QByteArray> framesOf(identity::FrameReader &reader)
{
    QList<QByteArray> bodies;
    while (const auto body = reader.next())
        bodies << *body;
    reader.takeError();
    return bodies;
}

void checkCardText(const QByteArray &replyData)
{
    const auto card = identity::parseCardText(replyData, fuzz::today());
    if (!card) {
        FUZZ_CHECK(!card.error().isEmpty());
        return;
    }
    FUZZ_CHECK(!card->name.isEmpty());
    const core::IdCheck id = core::checkIdNumber(card->idNumber, fuzz::today());
    FUZZ_CHECK(id.valid && id.normalized == card->idNumber);
    FUZZ_CHECK(card->photo.size() == ((quint8(replyData.at(2)) << 8) | quint8(replyData.at(3))));
    // What the simulator would send for this card reads back as the same person.
    const auto again = identity::parseCardText(identity::encodeCardText(card.value()), fuzz::today());
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again->name == card->name && again->idNumber == card->idNumber &&
               again->gender == card->gender && again->address == card->address);
    identity::toJson(card.value());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***argv)
{
    fuzz::initialize<QCoreApplication>((*argv)[0]);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray stream = fuzz::bytes(data, size);

    // The whole stream in one read, as a fast port delivers it …
    identity::FrameReader whole;
    whole.feed(stream);
    const QList<QByteArray> bodies = framesOf(whole);

    // … and one byte per read, as a slow one does: the frames must be the same.
    identity::FrameReader trickle;
    QList<QByteArray> trickled;
    for (const char byte : stream) {
        trickle.feed(QByteArray(1, byte));
        trickled += framesOf(trickle);
    }
    FUZZ_CHECK(bodies == trickled);

    for (const QByteArray &body : bodies) {
        FUZZ_CHECK(!body.isEmpty());
        // A body framed again reads back unchanged.
        identity::FrameReader again;
        again.feed(identity::frame(body));
        const auto reread = again.next();
        FUZZ_CHECK(reread && *reread == body);

        const auto response = identity::parseResponse(body);
        FUZZ_CHECK(response.has_value() == (body.size() >= 3));
        if (!response)
            continue;
        FUZZ_CHECK(response->data == body.mid(3));
        FUZZ_CHECK(!identity::statusMessage(response->sw3).isEmpty());
        checkCardText(response->data);
    }
    // The card text on its own, without the framing around it.
    checkCardText(stream);
    return 0;
}
