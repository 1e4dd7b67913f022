#include "protocol.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <zlib.h>

namespace centralsync {

namespace {

QString text(const char *message)
{
    return QString::fromLatin1(message);
}

} // namespace

QByteArray canonicalPayload(const QJsonObject &payload)
{
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

QString payloadHash(const QJsonObject &payload)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalPayload(payload), QCryptographicHash::Sha256).toHex());
}

QString toKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Stored:
        return QStringLiteral("stored");
    case Outcome::Duplicate:
        return QStringLiteral("duplicate");
    case Outcome::Conflict:
        return QStringLiteral("conflict");
    case Outcome::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

std::optional<Outcome> outcomeFromKey(const QString &key)
{
    for (const Outcome outcome : {Outcome::Stored, Outcome::Duplicate, Outcome::Conflict, Outcome::Rejected})
        if (toKey(outcome) == key)
            return outcome;
    return std::nullopt;
}

QByteArray encodeBatch(const Batch &batch)
{
    QJsonArray records;
    for (const Record &r : batch.records) {
        QJsonObject object{{QStringLiteral("id"), r.id},
                           {QStringLiteral("type"), r.type},
                           {QStringLiteral("entity_key"), r.entityKey},
                           {QStringLiteral("version"), r.version},
                           {QStringLiteral("payload"), r.payload},
                           {QStringLiteral("sha256"), r.sha256}};
        if (!r.predecessor.isEmpty())
            object.insert(QStringLiteral("predecessor"), r.predecessor);
        records.append(object);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("protocol"), kProtocolVersion},
                                     {QStringLiteral("batch_id"), batch.batchId},
                                     {QStringLiteral("station_id"), batch.stationId},
                                     {QStringLiteral("records"), records}})
        .toJson(QJsonDocument::Compact);
}

namespace {

// A JSON string literal (RFC 8259 escaping; UTF-8 passes through).
void appendJsonString(QByteArray &out, const QString &text)
{
    out += '"';
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

} // namespace

QByteArray encodeRawBatch(const QString &batchId, const QString &stationId, const QList<RawRecord> &records)
{
    QByteArray out;
    qsizetype size = 200;
    for (const RawRecord &record : records)
        size += record.payloadJson.size() + 300;
    out.reserve(size);
    out += "{\"batch_id\":";
    appendJsonString(out, batchId);
    out += ",\"protocol\":" + QByteArray::number(kProtocolVersion) + ",\"records\":[";
    for (qsizetype i = 0; i < records.size(); ++i) {
        const RawRecord &r = records.at(i);
        out += i == 0 ? "{\"entity_key\":" : ",{\"entity_key\":";
        appendJsonString(out, r.entityKey);
        out += ",\"id\":";
        appendJsonString(out, r.id);
        out += ",\"payload\":";
        out += r.payloadJson;
        if (!r.predecessor.isEmpty()) {
            out += ",\"predecessor\":";
            appendJsonString(out, r.predecessor);
        }
        out += ",\"sha256\":\"";
        out += QCryptographicHash::hash(r.payloadJson, QCryptographicHash::Sha256).toHex();
        out += "\",\"type\":";
        appendJsonString(out, r.type);
        out += ",\"version\":" + QByteArray::number(r.version) + '}';
    }
    out += "],\"station_id\":";
    appendJsonString(out, stationId);
    out += '}';
    return out;
}

core::Result<Batch> decodeBatch(const QByteArray &json)
{
    using R = core::Result<Batch>;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return R::failure(
            QStringLiteral("the body is not JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset));
    if (!document.isObject())
        return R::failure(text("the body must be a JSON object"));
    const QJsonObject root = document.object();
    Batch batch;
    batch.batchId = root.value(QStringLiteral("batch_id")).toString();
    batch.stationId = root.value(QStringLiteral("station_id")).toString();
    if (batch.batchId.isEmpty() || batch.batchId.size() > 100)
        return R::failure(text("batch_id must be a non-empty string of at most 100 characters"));
    if (batch.stationId.isEmpty())
        return R::failure(text("station_id must be a non-empty string"));
    if (!root.value(QStringLiteral("records")).isArray())
        return R::failure(text("records must be an array"));
    const QJsonArray records = root.value(QStringLiteral("records")).toArray();
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QJsonObject object = records.at(i).toObject();
        Record record;
        record.id = object.value(QStringLiteral("id")).toString();
        if (record.id.isEmpty() || record.id.size() > 100)
            return R::failure(
                QStringLiteral("records[%1].id must be a non-empty string of at most 100 characters").arg(i));
        record.type = object.value(QStringLiteral("type")).toString();
        record.entityKey = object.value(QStringLiteral("entity_key")).toString();
        const QJsonValue version = object.value(QStringLiteral("version"));
        record.version = version.isDouble() ? version.toInt(0) : 0;
        record.predecessor = object.value(QStringLiteral("predecessor")).toString();
        if (!object.value(QStringLiteral("payload")).isObject())
            return R::failure(QStringLiteral("records[%1].payload must be an object").arg(i));
        record.payload = object.value(QStringLiteral("payload")).toObject();
        record.sha256 = object.value(QStringLiteral("sha256")).toString();
        batch.records << record;
    }
    return batch;
}

QByteArray encodeResults(const QString &batchId, const QList<RecordResult> &results)
{
    QJsonArray list;
    for (const RecordResult &result : results) {
        QJsonObject object{{QStringLiteral("id"), result.id},
                           {QStringLiteral("result"), toKey(result.outcome)}};
        if (!result.reason.isEmpty())
            object.insert(QStringLiteral("reason"), result.reason);
        list.append(object);
    }
    return QJsonDocument(
               QJsonObject{{QStringLiteral("batch_id"), batchId}, {QStringLiteral("results"), list}})
        .toJson(QJsonDocument::Compact);
}

core::Result<QList<RecordResult>> decodeResults(const QByteArray &json)
{
    using R = core::Result<QList<RecordResult>>;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject() ||
        !document.object().value(QStringLiteral("results")).isArray())
        return R::failure(text("the reply is not a batch result"));
    QList<RecordResult> results;
    for (const QJsonValue &value : document.object().value(QStringLiteral("results")).toArray()) {
        const QJsonObject object = value.toObject();
        const auto outcome = outcomeFromKey(object.value(QStringLiteral("result")).toString());
        const QString id = object.value(QStringLiteral("id")).toString();
        if (!outcome || id.isEmpty())
            return R::failure(text("the reply holds an entry without id or with an unknown result"));
        results.append({id, *outcome, object.value(QStringLiteral("reason")).toString()});
    }
    return results;
}

QByteArray gzip(const QByteArray &data)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&stream, uLong(data.size()))) + 32);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int status = deflate(&stream, Z_FINISH);
    const auto written = qsizetype(stream.total_out);
    deflateEnd(&stream);
    if (status != Z_STREAM_END)
        return {};
    out.resize(written);
    return out;
}

std::optional<QByteArray> gunzip(const QByteArray &data, qint64 limit)
{
    z_stream stream{};
    if (inflateInit2(&stream, 15 + 16) != Z_OK)
        return std::nullopt;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    QByteArray out;
    char chunk[64 * 1024];
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        stream.next_out = reinterpret_cast<Bytef *>(chunk);
        stream.avail_out = sizeof chunk;
        status = inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END) {
            inflateEnd(&stream);
            return std::nullopt;
        }
        out.append(chunk, qsizetype(sizeof chunk - stream.avail_out));
        if (out.size() > limit || (status == Z_OK && stream.avail_in == 0 && stream.avail_out != 0)) {
            inflateEnd(&stream);
            return std::nullopt; // too big, or truncated input
        }
    }
    inflateEnd(&stream);
    return out;
}

} // namespace centralsync
