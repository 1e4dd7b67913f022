// The HTTP layer of appraisal-server and the hub (modules/httpd): a request head as the server
// finds it (httpd::headEnd, httpd::parseHead) and a chunked body after it (httpd::ChunkedDecoder),
// fed once whole and once in pieces, which must agree.

#include "fuzzsupport.h"

#include "httpd/chunkeddecoder.h"
#include "httpd/message.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***argv)
{
    fuzz::initialize<QCoreApplication>((*argv)[0]);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype end = httpd::headEnd(input);
    const QByteArrayView head = end < 0 ? QByteArrayView(input) : QByteArrayView(input).first(end);
    const httpd::HeadResult parsed = httpd::parseHead(head, {20});
    if (parsed.head) {
        const httpd::RequestHead &request = *parsed.head;
        FUZZ_CHECK(end >= 0);
        FUZZ_CHECK(request.target.startsWith('/'));
        FUZZ_CHECK(request.minorVersion == 0 || request.minorVersion == 1);
        FUZZ_CHECK(request.minorVersion == 1 || request.closeAfter);
        FUZZ_CHECK(request.headers.size() <= 20);
        FUZZ_CHECK(request.contentLength >= 0);
        FUZZ_CHECK(!request.chunked || request.header("Content-Length").isEmpty());
    } else {
        const int status = parsed.error.status;
        FUZZ_CHECK(status == 400 || status == 413 || status == 417 || status == 431 || status == 501 ||
                   status == 505);
        FUZZ_CHECK(!parsed.error.reason.isEmpty());
    }

    // Whatever follows the head, read as a chunked body with small limits.
    const QByteArrayView body = end < 0 ? QByteArrayView(input) : QByteArrayView(input).sliced(end);
    httpd::ChunkedDecoder whole(4096, 512);
    const qsizetype consumed = whole.feed(body);
    FUZZ_CHECK(consumed >= 0 && consumed <= body.size());
    FUZZ_CHECK(whole.body().size() <= 4096);
    FUZZ_CHECK(whole.state() != httpd::ChunkedDecoder::State::Reading || consumed == body.size());
    httpd::ChunkedDecoder pieces(4096, 512);
    qsizetype fed = 0;
    const qsizetype step = body.isEmpty() ? 1 : 1 + static_cast<unsigned char>(body.front()) % 7;
    while (fed < body.size() && pieces.state() == httpd::ChunkedDecoder::State::Reading) {
        const qsizetype taken = pieces.feed(body.sliced(fed, qMin(step, body.size() - fed)));
        FUZZ_CHECK(taken >= 0 && taken <= step);
        fed += taken;
        if (pieces.state() == httpd::ChunkedDecoder::State::Reading)
            FUZZ_CHECK(taken == qMin(step, body.size() - (fed - taken)));
    }
    FUZZ_CHECK(pieces.state() == whole.state());
    FUZZ_CHECK(fed == consumed);
    if (whole.state() == httpd::ChunkedDecoder::State::Done)
        FUZZ_CHECK(pieces.body() == whole.body());
    else if (whole.state() == httpd::ChunkedDecoder::State::Failed)
        FUZZ_CHECK(pieces.failureStatus() == whole.failureStatus());
    return 0;
}
