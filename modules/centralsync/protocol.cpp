#include "protocol.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/sha.h>
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

QByteArray sha256HexLatin1(QByteArrayView bytes)
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(bytes.data()), size_t(bytes.size()), digest);
    return QByteArray::fromRawData(reinterpret_cast<const char *>(digest), sizeof digest).toHex();
}

QString sha256Hex(QByteArrayView bytes)
{
    return QString::fromLatin1(sha256HexLatin1(bytes));
}

QString payloadHash(const QJsonObject &payload)
{
    return sha256Hex(canonicalPayload(payload));
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

namespace {

// One record object, keys in order; the payload bytes go in as they are.
void appendRecord(QByteArray &out, const QString &id, const QString &type, const QString &entityKey,
                  int version, const QString &predecessor, const QByteArray &payload,
                  const QByteArray &sha256Hex)
{
    out += "{\"entity_key\":";
    appendJsonString(out, entityKey);
    out += ",\"id\":";
    appendJsonString(out, id);
    out += ",\"payload\":";
    out += payload;
    if (!predecessor.isEmpty()) {
        out += ",\"predecessor\":";
        appendJsonString(out, predecessor);
    }
    out += ",\"sha256\":\"";
    out += sha256Hex;
    out += "\",\"type\":";
    appendJsonString(out, type);
    out += ",\"version\":" + QByteArray::number(version) + '}';
}

template <typename Records, typename AppendOne>
QByteArray encodeEnvelope(const QString &batchId, const QString &stationId, const Records &records,
                          qsizetype payloadBytes, AppendOne appendOne)
{
    QByteArray out;
    out.reserve(200 + payloadBytes + 300 * records.size());
    out += "{\"batch_id\":";
    appendJsonString(out, batchId);
    out += ",\"protocol\":" + QByteArray::number(kProtocolVersion) + ",\"records\":[";
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (i > 0)
            out += ',';
        appendOne(out, records.at(i));
    }
    out += "],\"station_id\":";
    appendJsonString(out, stationId);
    out += '}';
    return out;
}

} // namespace

QByteArray encodeBatch(const Batch &batch)
{
    qsizetype bytes = 0;
    for (const Record &record : batch.records)
        bytes += record.payload.size();
    return encodeEnvelope(batch.batchId, batch.stationId, batch.records, bytes,
                          [](QByteArray &out, const Record &r) {
                              appendRecord(out, r.id, r.type, r.entityKey, r.version, r.predecessor,
                                           r.payload, r.sha256.toLatin1());
                          });
}

QByteArray encodeRawBatch(const QString &batchId, const QString &stationId, const QList<RawRecord> &records)
{
    qsizetype bytes = 0;
    for (const RawRecord &record : records)
        bytes += record.payloadJson.size();
    return encodeEnvelope(batchId, stationId, records, bytes, [](QByteArray &out, const RawRecord &r) {
        appendRecord(out, r.id, r.type, r.entityKey, r.version, r.predecessor, r.payloadJson,
                     sha256HexLatin1(r.payloadJson));
    });
}

QByteArray encodeResults(const QString &batchId, const QList<RecordResult> &results)
{
    // Written directly: this is on the server's path for every batch.
    QByteArray out;
    out.reserve(64 + 80 * results.size());
    out += "{\"batch_id\":";
    appendJsonString(out, batchId);
    out += ",\"results\":[";
    for (qsizetype i = 0; i < results.size(); ++i) {
        const RecordResult &result = results.at(i);
        out += i == 0 ? "{\"id\":" : ",{\"id\":";
        appendJsonString(out, result.id);
        if (!result.reason.isEmpty()) {
            out += ",\"reason\":";
            appendJsonString(out, result.reason);
        }
        out += ",\"result\":\"";
        out += toKey(result.outcome).toLatin1();
        out += "\"}";
    }
    out += "]}";
    return out;
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
