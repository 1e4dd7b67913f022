// gzip request bodies as the central server inflates them (centralsync::gunzip with a size limit).

#include "fuzzsupport.h"

#include "centralsync/protocol.h"

namespace {
constexpr qint64 kLimit = 1 << 20;
}

extern "C" int LLVMFuzzerInitialize(int *, char ***argv)
{
    fuzz::initialize<QCoreApplication>((*argv)[0]);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray packed = fuzz::bytes(data, size);
    const auto inflated = centralsync::gunzip(packed, kLimit);
    if (!inflated)
        return 0;
    FUZZ_CHECK(inflated->size() <= kLimit);
    // The limit is exact: the same body fits a limit of its own size and not one byte less.
    const auto exact = centralsync::gunzip(packed, inflated->size());
    FUZZ_CHECK(exact && *exact == *inflated);
    if (!inflated->isEmpty())
        FUZZ_CHECK(!centralsync::gunzip(packed, inflated->size() - 1).has_value());
    // What we pack ourselves inflates back to the same bytes.
    const auto back = centralsync::gunzip(centralsync::gzip(*inflated), kLimit);
    FUZZ_CHECK(back && *back == *inflated);
    return 0;
}
