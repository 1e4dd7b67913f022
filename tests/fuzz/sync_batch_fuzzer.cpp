// A batch as the central server receives it from a station (centralsync::decodeBatch).

#include "fuzzsupport.h"

#include "centralsync/protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

bool sameRecord(const centralsync::Record &a, const centralsync::Record &b)
{
    return a.id == b.id && a.type == b.type && a.entityKey == b.entityKey && a.version == b.version &&
           a.predecessor == b.predecessor && a.payload == b.payload && a.sha256 == b.sha256;
}

// What the server accepts is JSON that Qt reads the same way: the same ids, versions and payload
// objects (the server stores the payload bytes; stations and reports read them with Qt).
void compareWithQt(const QByteArray &body, const centralsync::Batch &batch)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    // Qt refuses numbers beyond a double's range (1e400, 1e-400), which RFC 8259 lets a reader do.
    if (error.error == QJsonParseError::IllegalNumber)
        return;
    FUZZ_CHECK(error.error == QJsonParseError::NoError && document.isObject());
    const QJsonObject root = document.object();
    FUZZ_CHECK(root.value(QStringLiteral("batch_id")).toString() == batch.batchId);
    FUZZ_CHECK(root.value(QStringLiteral("station_id")).toString() == batch.stationId);
    const QJsonArray records = root.value(QStringLiteral("records")).toArray();
    FUZZ_CHECK(records.size() == batch.records.size());
    for (qsizetype i = 0; i < batch.records.size(); ++i) {
        const centralsync::Record &record = batch.records.at(i);
        const QJsonObject object = records.at(i).toObject();
        FUZZ_CHECK(object.value(QStringLiteral("id")).toString() == record.id);
        FUZZ_CHECK(object.value(QStringLiteral("sha256")).toString() == record.sha256);
        FUZZ_CHECK(object.value(QStringLiteral("version")).toInt(0) == record.version);
        // The payload is a JSON object, kept as its exact bytes.
        const QJsonDocument payload = QJsonDocument::fromJson(record.payload, &error);
        FUZZ_CHECK(error.error == QJsonParseError::NoError && payload.isObject());
        FUZZ_CHECK(payload.object() == object.value(QStringLiteral("payload")).toObject());
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***argv)
{
    fuzz::initialize<QCoreApplication>((*argv)[0]);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    const auto batch = centralsync::decodeBatch(body);
    if (!batch) {
        FUZZ_CHECK(!batch.error().isEmpty());
        return 0;
    }
    FUZZ_CHECK(!batch->batchId.isEmpty() && batch->batchId.size() <= 100);
    FUZZ_CHECK(!batch->stationId.isEmpty());
    bool plainHashes = true;
    static const QRegularExpression plain(QStringLiteral("^[0-9A-Za-z]*$"));
    for (const centralsync::Record &record : batch->records) {
        FUZZ_CHECK(!record.id.isEmpty() && record.id.size() <= 100);
        FUZZ_CHECK(record.payload.startsWith('{') && record.payload.endsWith('}'));
        plainHashes = plainHashes && plain.match(record.sha256).hasMatch();
    }
    compareWithQt(body, batch.value());

    // Written again (encodeBatch sends sha256 unescaped, so only plain ones), it reads back the same.
    if (plainHashes) {
        const auto again = centralsync::decodeBatch(centralsync::encodeBatch(batch.value()));
        FUZZ_CHECK(again.ok() && again->batchId == batch->batchId && again->stationId == batch->stationId);
        FUZZ_CHECK(again->records.size() == batch->records.size());
        for (qsizetype i = 0; i < batch->records.size(); ++i)
            FUZZ_CHECK(sameRecord(again->records.at(i), batch->records.at(i)));
    }
    return 0;
}
