// decodeBatch(): the server's reading of an uploaded batch. A single strict pass over the bytes
// (RFC 8259) that keeps each payload as the bytes it arrived as, so the server hashes and stores
// exactly what the station sent, without parsing the payloads into objects and writing them back.

#include "protocol.h"

#include <optional>

namespace centralsync {

namespace {

constexpr int kMaxDepth = 128;

// Length of the UTF-8 sequence at p (1–4), or 0 when it is not well-formed (RFC 3629: no overlong
// forms, no surrogates, nothing above U+10FFFF).
int utf8Length(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = p[0];
    if (c < 0x80)
        return 1;
    int length = 0;
    unsigned min = 0;
    unsigned codePoint = 0;
    if ((c & 0xE0) == 0xC0) {
        length = 2;
        min = 0x80;
        codePoint = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        length = 3;
        min = 0x800;
        codePoint = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        length = 4;
        min = 0x10000;
        codePoint = c & 0x07;
    } else {
        return 0;
    }
    if (end - p < length)
        return 0;
    for (int i = 1; i < length; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        codePoint = (codePoint << 6) | (p[i] & 0x3F);
    }
    if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        return 0;
    return length;
}

void appendUtf8(QByteArray &out, char32_t codePoint)
{
    if (codePoint < 0x80) {
        out += char(codePoint);
    } else if (codePoint < 0x800) {
        out += char(0xC0 | (codePoint >> 6));
        out += char(0x80 | (codePoint & 0x3F));
    } else if (codePoint < 0x10000) {
        out += char(0xE0 | (codePoint >> 12));
        out += char(0x80 | ((codePoint >> 6) & 0x3F));
        out += char(0x80 | (codePoint & 0x3F));
    } else {
        out += char(0xF0 | (codePoint >> 18));
        out += char(0x80 | ((codePoint >> 12) & 0x3F));
        out += char(0x80 | ((codePoint >> 6) & 0x3F));
        out += char(0x80 | (codePoint & 0x3F));
    }
}

class Scanner
{
public:
    explicit Scanner(const QByteArray &json)
        : m_begin(reinterpret_cast<const unsigned char *>(json.constData()))
        , m_p(m_begin)
        , m_end(m_begin + json.size())
    {
    }

    QString error() const { return m_error; }
    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }
    bool next(char c)
    {
        skipSpace();
        return m_p < m_end && *m_p == c;
    }
    bool nextIsNumber()
    {
        skipSpace();
        return m_p < m_end && (*m_p == '-' || (*m_p >= '0' && *m_p <= '9'));
    }
    bool take(char c)
    {
        if (!next(c))
            return fail(QStringLiteral("expected '%1'").arg(QLatin1Char(c)));
        ++m_p;
        return true;
    }
    qsizetype offset() const { return m_p - m_begin; }

    // A string; its text in `out` when given (escapes decoded).
    bool string(QString *out)
    {
        if (!take('"'))
            return false;
        const unsigned char *start = m_p;
        QByteArray decoded; // only when there are escapes
        bool escaped = false;
        while (true) {
            if (m_p == m_end)
                return fail(QStringLiteral("unterminated string"));
            const unsigned char c = *m_p;
            if (c == '"')
                break;
            if (c < 0x20)
                return fail(QStringLiteral("control character in a string"));
            if (c == '\\') {
                if (!escaped && out)
                    decoded = QByteArray(reinterpret_cast<const char *>(start), m_p - start);
                escaped = true;
                if (!escape(out ? &decoded : nullptr))
                    return false;
                continue;
            }
            const int length = utf8Length(m_p, m_end);
            if (length == 0)
                return fail(QStringLiteral("invalid UTF-8"));
            if (escaped && out)
                decoded.append(reinterpret_cast<const char *>(m_p), length);
            m_p += length;
        }
        if (out)
            *out = escaped ? QString::fromUtf8(decoded)
                           : QString::fromUtf8(reinterpret_cast<const char *>(start), m_p - start);
        ++m_p; // the closing quote
        return true;
    }

    // Any value, checked and skipped; `depth` counts the containers around it.
    bool value(int depth = 0)
    {
        skipSpace();
        if (m_p == m_end)
            return fail(QStringLiteral("unexpected end"));
        switch (*m_p) {
        case '"':
            return string(nullptr);
        case '{':
        case '[':
            return container(depth);
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number(nullptr);
        }
    }

    // A number; its value in `out` when given.
    bool number(double *out)
    {
        skipSpace();
        const unsigned char *start = m_p;
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        if (m_p < m_end && *m_p == '0') {
            ++m_p;
        } else if (!digits()) {
            return fail(QStringLiteral("invalid value"));
        }
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            if (!digits())
                return fail(QStringLiteral("invalid number"));
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (!digits())
                return fail(QStringLiteral("invalid number"));
        }
        // What JSON readers cannot hold (1e400, 1e-400) would make a stored payload unreadable.
        bool inRange = false;
        const double value =
            QByteArray::fromRawData(reinterpret_cast<const char *>(start), m_p - start).toDouble(&inRange);
        if (!inRange || !qIsFinite(value))
            return fail(QStringLiteral("number out of range"));
        if (out)
            *out = value;
        return true;
    }

    // The exact bytes of the next value (skipped and checked).
    std::optional<QByteArray> rawValue()
    {
        skipSpace();
        const unsigned char *start = m_p;
        if (!value())
            return std::nullopt;
        return QByteArray(reinterpret_cast<const char *>(start), m_p - start);
    }

    bool fail(const QString &what)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("the body is not JSON: %1 at byte %2").arg(what).arg(offset());
        return false;
    }

private:
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }
    bool digits()
    {
        const unsigned char *start = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        return m_p != start;
    }
    bool literal(const char *word)
    {
        const qsizetype length = qsizetype(qstrlen(word));
        if (m_end - m_p < length || memcmp(m_p, word, size_t(length)) != 0)
            return fail(QStringLiteral("invalid value"));
        m_p += length;
        return true;
    }
    int hex4()
    {
        if (m_end - m_p < 4)
            return -1;
        int value = 0;
        for (int i = 0; i < 4; ++i) {
            const unsigned char c = m_p[i];
            const int digit = c >= '0' && c <= '9'   ? c - '0'
                              : c >= 'a' && c <= 'f' ? c - 'a' + 10
                              : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                     : -1;
            if (digit < 0)
                return -1;
            value = value * 16 + digit;
        }
        m_p += 4;
        return value;
    }
    // At a backslash: one escape, decoded into `out` when given.
    bool escape(QByteArray *out)
    {
        ++m_p;
        if (m_p == m_end)
            return fail(QStringLiteral("unterminated string"));
        const unsigned char c = *m_p++;
        char plain = 0;
        switch (c) {
        case '"':
        case '\\':
        case '/':
            plain = char(c);
            break;
        case 'b':
            plain = '\b';
            break;
        case 'f':
            plain = '\f';
            break;
        case 'n':
            plain = '\n';
            break;
        case 'r':
            plain = '\r';
            break;
        case 't':
            plain = '\t';
            break;
        case 'u': {
            int unit = hex4();
            if (unit < 0)
                return fail(QStringLiteral("invalid \\u escape"));
            char32_t codePoint = char32_t(unit);
            if (unit >= 0xD800 && unit <= 0xDBFF) { // a high surrogate: its low half must follow
                if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u')
                    return fail(QStringLiteral("unpaired surrogate"));
                m_p += 2;
                const int low = hex4();
                if (low < 0xDC00 || low > 0xDFFF)
                    return fail(QStringLiteral("unpaired surrogate"));
                codePoint = 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (char32_t(low) - 0xDC00);
            } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
                return fail(QStringLiteral("unpaired surrogate"));
            }
            if (out)
                appendUtf8(*out, codePoint);
            return true;
        }
        default:
            return fail(QStringLiteral("invalid escape"));
        }
        if (out)
            *out += plain;
        return true;
    }
    bool container(int depth)
    {
        if (depth >= kMaxDepth)
            return fail(QStringLiteral("nested too deeply"));
        const bool object = *m_p == '{';
        const char close = object ? '}' : ']';
        ++m_p;
        if (next(close)) {
            ++m_p;
            return true;
        }
        while (true) {
            if (object && !(string(nullptr) && take(':')))
                return false;
            if (!value(depth + 1))
                return false;
            if (next(',')) {
                ++m_p;
                continue;
            }
            return take(close);
        }
    }

    const unsigned char *m_begin;
    const unsigned char *m_p;
    const unsigned char *m_end;
    QString m_error;
};

// QJsonValue::toInt semantics: a whole number in range, else 0.
int wholeNumber(double value)
{
    return value >= -2147483648.0 && value <= 2147483647.0 && double(int(value)) == value ? int(value) : 0;
}

using R = core::Result<Batch>;

// One record object; a field of the wrong type is left empty, for the server to judge.
bool readRecord(Scanner &scanner, qsizetype index, Record &record, QString &problem)
{
    if (!scanner.next('{')) {
        problem = QStringLiteral("records[%1] must be an object").arg(index);
        return false;
    }
    scanner.take('{');
    record.version = 0; // missing or not a number: judged invalid by the server
    if (scanner.next('}')) {
        problem = QStringLiteral("records[%1].payload must be an object").arg(index);
        return false;
    }
    QSet<QString> seen;
    while (true) {
        QString key;
        if (!scanner.string(&key) || !scanner.take(':'))
            return false;
        if (seen.contains(key)) {
            problem = QStringLiteral("records[%1] has \"%2\" twice").arg(index).arg(key);
            return false;
        }
        seen.insert(key);
        QString *text = key == QLatin1String("id")            ? &record.id
                        : key == QLatin1String("type")        ? &record.type
                        : key == QLatin1String("entity_key")  ? &record.entityKey
                        : key == QLatin1String("predecessor") ? &record.predecessor
                        : key == QLatin1String("sha256")      ? &record.sha256
                                                              : nullptr;
        if (text && scanner.next('"')) {
            if (!scanner.string(text))
                return false;
        } else if (key == QLatin1String("version") && scanner.nextIsNumber()) {
            double version = 0;
            if (!scanner.number(&version))
                return false;
            record.version = wholeNumber(version);
        } else if (key == QLatin1String("payload")) {
            if (!scanner.next('{')) {
                problem = QStringLiteral("records[%1].payload must be an object").arg(index);
                return false;
            }
            const auto payload = scanner.rawValue();
            if (!payload)
                return false;
            record.payload = *payload;
        } else if (!scanner.value(1)) {
            return false;
        }
        if (scanner.next(',')) {
            scanner.take(',');
            continue;
        }
        if (!scanner.take('}'))
            return false;
        if (!seen.contains(QStringLiteral("payload"))) {
            problem = QStringLiteral("records[%1].payload must be an object").arg(index);
            return false;
        }
        return true;
    }
}

} // namespace

core::Result<Batch> decodeBatch(const QByteArray &json)
{
    Scanner scanner(json);
    QString problem; // a well-formed body that is not a batch
    const auto malformed = [&]() {
        return R::failure(problem.isEmpty() ? scanner.error() : problem);
    };
    if (!scanner.next('{'))
        return R::failure(scanner.atEnd() ? QStringLiteral("the body is not JSON: it is empty")
                                          : QStringLiteral("the body must be a JSON object"));
    scanner.take('{');
    Batch batch;
    bool haveRecords = false;
    QSet<QString> seen;
    bool more = !scanner.next('}');
    while (more) {
        QString key;
        if (!scanner.string(&key) || !scanner.take(':'))
            return malformed();
        if (seen.contains(key))
            return R::failure(QStringLiteral("\"%1\" appears twice").arg(key));
        seen.insert(key);
        if (key == QLatin1String("batch_id") && scanner.next('"')) {
            if (!scanner.string(&batch.batchId))
                return malformed();
        } else if (key == QLatin1String("station_id") && scanner.next('"')) {
            if (!scanner.string(&batch.stationId))
                return malformed();
        } else if (key == QLatin1String("records") && scanner.next('[')) {
            haveRecords = true;
            scanner.take('[');
            bool moreRecords = !scanner.next(']');
            while (moreRecords) {
                Record record;
                if (!readRecord(scanner, batch.records.size(), record, problem))
                    return malformed();
                if (record.id.isEmpty() || record.id.size() > 100)
                    return R::failure(
                        QStringLiteral("records[%1].id must be a non-empty string of at most 100 characters")
                            .arg(batch.records.size()));
                batch.records << record;
                moreRecords = scanner.next(',');
                if (moreRecords)
                    scanner.take(',');
            }
            if (!scanner.take(']'))
                return malformed();
        } else if (!scanner.value(1)) {
            return malformed();
        }
        more = scanner.next(',');
        if (more)
            scanner.take(',');
    }
    if (!scanner.take('}'))
        return malformed();
    if (!scanner.atEnd()) {
        scanner.fail(QStringLiteral("data after the end"));
        return malformed();
    }
    if (batch.batchId.isEmpty() || batch.batchId.size() > 100)
        return R::failure(QStringLiteral("batch_id must be a non-empty string of at most 100 characters"));
    if (batch.stationId.isEmpty())
        return R::failure(QStringLiteral("station_id must be a non-empty string"));
    if (!haveRecords)
        return R::failure(QStringLiteral("records must be an array"));
    return batch;
}

} // namespace centralsync
