// httpd's request framing (RFC 9112) without a socket: heads and chunked bodies, row by row.
#include "httpd/chunkeddecoder.h"
#include "httpd/message.h"

#include <QTest>

class TestHttpMessage : public QObject
{
    Q_OBJECT

private slots:
    void parseHead_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("status"); // 0: accepted
        QTest::addColumn<qint64>("contentLength");
        QTest::addColumn<bool>("chunked");
        QTest::addColumn<bool>("closeAfter");
        QTest::newRow("get") << QByteArray("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n") << 0 << 0LL
                             << false << false;
        QTest::newRow("leading empty line")
            << QByteArray("\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n") << 0 << 0LL << false << false;
        QTest::newRow("http/1.0 closes") << QByteArray("GET / HTTP/1.0\r\n\r\n") << 0 << 0LL << false << true;
        QTest::newRow("connection close, mixed case")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nConnection: keep-alive, Close\r\n\r\n") << 0 << 0LL
            << false << true;
        QTest::newRow("content-length")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 42\r\n\r\n") << 0 << 42LL << false
            << false;
        QTest::newRow("chunked") << QByteArray(
                                        "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: Chunked\r\n\r\n")
                                 << 0 << 0LL << true << false;
        QTest::newRow("http/1.2 as 1.1")
            << QByteArray("GET / HTTP/1.2\r\nHost: x\r\n\r\n") << 0 << 0LL << false << false;
        QTest::newRow("CL+TE") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n"
                                             "Transfer-Encoding: chunked\r\n\r\n")
                               << 400 << 0LL << false << false;
        QTest::newRow("two CL")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\n")
            << 400 << 0LL << false << false;
        QTest::newRow("CL list") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3, 3\r\n\r\n")
                                 << 400 << 0LL << false << false;
        QTest::newRow("CL sign") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: +3\r\n\r\n")
                                 << 400 << 0LL << false << false;
        QTest::newRow("CL huge")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999\r\n\r\n") << 413
            << 0LL << false << false;
        QTest::newRow("TE gzip, chunked")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n") << 501
            << 0LL << false << false;
        QTest::newRow("TE in 1.0") << QByteArray("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n")
                                   << 400 << 0LL << false << false;
        QTest::newRow("no host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400 << 0LL << false << false;
        QTest::newRow("two hosts") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400 << 0LL
                                   << false << false;
        QTest::newRow("garbage") << QByteArray("GARBAGE\r\n\r\n") << 400 << 0LL << false << false;
        QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << 0LL << false
                                    << false;
        QTest::newRow("absolute form")
            << QByteArray("GET http://x/ HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << 0LL << false << false;
        QTest::newRow("http/2") << QByteArray("GET / HTTP/2.0\r\nHost: x\r\n\r\n") << 505 << 0LL << false
                                << false;
        QTest::newRow("obs-fold") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX: a\r\n\tb\r\n\r\n") << 400
                                  << 0LL << false << false;
        QTest::newRow("space before colon")
            << QByteArray("GET / HTTP/1.1\r\nHost : x\r\n\r\n") << 400 << 0LL << false << false;
        QTest::newRow("control character")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX: a\x01b\r\n\r\n") << 400 << 0LL << false << false;
        QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: x\r\n\r\n") << 400 << 0LL << false
                                 << false;
        QTest::newRow("expect other") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nExpect: 200-ok\r\n\r\n")
                                      << 417 << 0LL << false << false;
    }

    void parseHead()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, status);
        QFETCH(qint64, contentLength);
        QFETCH(bool, chunked);
        QFETCH(bool, closeAfter);
        const httpd::HeadResult result = httpd::parseHead(head);
        if (status != 0) {
            QVERIFY(!result.head);
            QCOMPARE(result.error.status, status);
            QVERIFY(!result.error.reason.isEmpty());
            return;
        }
        QVERIFY2(result.head, qPrintable(result.error.reason));
        QCOMPARE(result.head->contentLength, contentLength);
        QCOMPARE(result.head->chunked, chunked);
        QCOMPARE(result.head->closeAfter, closeAfter);
    }

    void headerCountIsLimited()
    {
        QByteArray head = "GET / HTTP/1.1\r\nHost: x\r\n";
        for (int i = 0; i < 5; ++i)
            head += "X-" + QByteArray::number(i) + ": 1\r\n";
        QVERIFY(httpd::parseHead(head + "\r\n", {6}).head);
        QCOMPARE(httpd::parseHead(head + "X-6: 1\r\n\r\n", {6}).error.status, 431);
    }

    void pathQueryAndBearer()
    {
        const auto result =
            httpd::parseHead("GET /api/v1/reference/ros%74ers?since=e:5&limit=2 HTTP/1.1\r\nHost: "
                             "x\r\nAUTHORIZATION: bEaReR  abc.def \r\n\r\n");
        QVERIFY(result.head);
        QCOMPARE(result.head->path, QStringLiteral("/api/v1/reference/rosters"));
        QCOMPARE(result.head->query.queryItemValue(QStringLiteral("since")), QStringLiteral("e:5"));
        QCOMPARE(result.head->bearerToken(), QStringLiteral("abc.def"));
        const auto basic = httpd::parseHead("GET / HTTP/1.1\r\nHost: x\r\nAuthorization: Basic abc\r\n\r\n");
        QVERIFY(basic.head->bearerToken().isEmpty());
    }

    void chunked_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("state"); // ChunkedDecoder::State
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("consumed");
        using S = httpd::ChunkedDecoder::State;
        const QByteArray simple = "5\r\nhello\r\n6;x=y\r\n world\r\n0\r\n\r\n";
        QTest::newRow("two chunks") << simple << int(S::Done) << 0 << QByteArray("hello world")
                                    << int(simple.size());
        QTest::newRow("next request stays")
            << simple + "GET /" << int(S::Done) << 0 << QByteArray("hello world") << int(simple.size());
        QTest::newRow("trailer") << QByteArray("1\r\na\r\n0\r\nX-T: 1\r\n\r\n") << int(S::Done) << 0
                                 << QByteArray("a") << 19;
        QTest::newRow("unfinished") << QByteArray("5\r\nhel") << int(S::Reading) << 0 << QByteArray("hel")
                                    << 6;
        QTest::newRow("too large at once")
            << QByteArray("11\r\n") << int(S::Failed) << 413 << QByteArray() << 4;
        QTest::newRow("too large in total")
            << QByteArray("8\r\n12345678\r\n9\r\n") << int(S::Failed) << 413 << QByteArray() << 16;
        QTest::newRow("huge size") << QByteArray("ffffffffffffffffffff\r\n") << int(S::Failed) << 413
                                   << QByteArray() << 22;
        QTest::newRow("no size") << QByteArray("\r\n") << int(S::Failed) << 400 << QByteArray() << 2;
        QTest::newRow("not hex") << QByteArray("zz\r\n") << int(S::Failed) << 400 << QByteArray() << 4;
        QTest::newRow("data without CRLF")
            << QByteArray("1\r\naXY") << int(S::Failed) << 400 << QByteArray() << 5;
        QTest::newRow("bare LF") << QByteArray("1\na\r\n") << int(S::Failed) << 400 << QByteArray() << 2;
        QTest::newRow("long trailer")
            << QByteArray("0\r\nX: ") + QByteArray(100, 'a') << int(S::Failed) << 431 << QByteArray() << 68;
    }

    void chunked()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, state);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, consumed);
        httpd::ChunkedDecoder decoder(16, 64);
        QCOMPARE(int(decoder.feed(input)), consumed);
        QCOMPARE(int(decoder.state()), state);
        QCOMPARE(decoder.failureStatus(), status);
        QCOMPARE(decoder.body(), body);
        // One byte at a time: the same outcome.
        httpd::ChunkedDecoder bytewise(16, 64);
        int fed = 0;
        for (qsizetype i = 0; i < input.size() && bytewise.state() == httpd::ChunkedDecoder::State::Reading;
             ++i)
            fed += int(bytewise.feed(QByteArrayView(input).sliced(i, 1)));
        QCOMPARE(fed, consumed);
        QCOMPARE(int(bytewise.state()), state);
        QCOMPARE(bytewise.body(), body);
    }
};

QTEST_GUILESS_MAIN(TestHttpMessage)
#include "tst_httpmessage.moc"
