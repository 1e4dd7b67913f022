// Signature stroke data (signature::decode), kept with every signed opinion and conclusion and
// read back to render and verify it; then rendered (signature::render) when the pad is small.

#include "fuzzsupport.h"

#include "signature/strokes.h"

#include <QGuiApplication>

extern "C" int LLVMFuzzerInitialize(int *, char ***argv)
{
    fuzz::initialize<QGuiApplication>((*argv)[0]);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytes(data, size);
    QSize pad(-1, -1);
    const auto strokes = signature::decode(bytes, &pad);
    if (!strokes) {
        FUZZ_CHECK(!strokes.error().isEmpty());
        return 0;
    }
    FUZZ_CHECK(pad.width() >= 0 && pad.height() >= 0);
    FUZZ_CHECK(strokes->size() <= 512);
    for (const signature::Stroke &stroke : strokes.value()) {
        FUZZ_CHECK(stroke.size() <= 4096);
        for (const signature::Point &point : stroke)
            FUZZ_CHECK(point.pressure >= 0 && point.pressure <= 1 && point.position.x() >= 0 &&
                       point.position.y() >= 0);
    }
    // Signed bytes never drift: encoding what was read gives the same bytes.
    FUZZ_CHECK(signature::encode(strokes.value(), pad) == bytes);
    if (qint64(pad.width()) * pad.height() <= 640 * 480) {
        const QImage image = signature::render(strokes.value(), pad);
        FUZZ_CHECK(image.size() == (pad.isEmpty() ? QSize(1, 1) : pad));
    }
    return 0;
}
