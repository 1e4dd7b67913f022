// The server's reply to a batch as a station reads it (centralsync::decodeResults).

#include "fuzzsupport.h"

#include "centralsync/protocol.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***argv)
{
    fuzz::initialize<QCoreApplication>((*argv)[0]);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto results = centralsync::decodeResults(fuzz::bytes(data, size));
    if (!results) {
        FUZZ_CHECK(!results.error().isEmpty());
        return 0;
    }
    for (const centralsync::RecordResult &result : results.value()) {
        FUZZ_CHECK(!result.id.isEmpty());
        FUZZ_CHECK(centralsync::outcomeFromKey(centralsync::toKey(result.outcome)) == result.outcome);
    }
    // Written again, the reply reads back the same (text that is not valid Unicode, such as a lone
    // surrogate from a \ud800 escape, cannot be written as UTF-8 and is only counted).
    const auto again =
        centralsync::decodeResults(centralsync::encodeResults(QStringLiteral("fuzz"), results.value()));
    FUZZ_CHECK(again.ok() && again->size() == results->size());
    const auto unicode = [](const QString &text) {
        return QString::fromUtf8(text.toUtf8()) == text;
    };
    for (qsizetype i = 0; i < results->size(); ++i) {
        const centralsync::RecordResult &before = results->at(i);
        const centralsync::RecordResult &after = again->at(i);
        FUZZ_CHECK(after.outcome == before.outcome);
        if (unicode(before.id) && unicode(before.reason))
            FUZZ_CHECK(after.id == before.id && after.reason == before.reason);
    }
    return 0;
}
