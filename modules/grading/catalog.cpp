#include "catalog.h"

#include "core/csv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace grading {

namespace {

const QString kColumns = QStringLiteral("clause, grade, grp, text");

Clause clauseFrom(const QSqlQuery &query)
{
    Clause clause;
    clause.id = query.value(0).toString();
    clause.grade = query.value(1).toInt();
    clause.group = core::specialtyFromKey(query.value(2).toString()).value_or(core::Specialty::Orthopaedics);
    clause.text = query.value(3).toString();
    return clause;
}

} // namespace

ClauseCatalog::ClauseCatalog(store::Database &database) : m_database(database) {}

bool ClauseCatalog::isClauseId(const QString &id, int *grade)
{
    static const QRegularExpression pattern(QStringLiteral("^5\\.(10|[1-9])\\.2\\((\\d{1,3})\\)$"));
    const QRegularExpressionMatch match = pattern.match(id.trimmed());
    if (match.hasMatch() && grade)
        *grade = match.captured(1).toInt();
    return match.hasMatch();
}

core::Result<CatalogImport> ClauseCatalog::import(const QByteArray &content, const QString &source)
{
    // Read every entry first: {number, clause, grade, group, text}.
    struct Entry {
        int number;
        QString id, grade, group, text;
    };
    QList<Entry> entries;
    const QJsonDocument json = QJsonDocument::fromJson(content);
    if (json.isObject()) {
        const QJsonArray list = json.object().value(QStringLiteral("clauses")).toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject o = list.at(i).toObject();
            entries << Entry{int(i + 1), o.value(QStringLiteral("clause")).toString(),
                             o.value(QStringLiteral("grade")).toVariant().toString(),
                             o.value(QStringLiteral("group")).toString(),
                             o.value(QStringLiteral("text")).toString()};
        }
    } else {
        const core::CsvTable table = core::parseCsv(QString::fromUtf8(content));
        if (!table.error.isEmpty())
            return core::Result<CatalogImport>::failure(table.error);
        const QStringList wanted{QStringLiteral("clause"), QStringLiteral("grade"), QStringLiteral("group"),
                                 QStringLiteral("text")};
        QList<qsizetype> at;
        for (const QString &column : wanted) {
            at << table.header.indexOf(column);
            if (at.last() < 0)
                return core::Result<CatalogImport>::failure(
                    tr("The catalog is neither JSON nor a CSV with the columns %1.")
                        .arg(wanted.join(QLatin1Char(','))));
        }
        for (const core::CsvRow &row : table.rows)
            entries << Entry{row.line, row.fields.value(at[0]), row.fields.value(at[1]),
                             row.fields.value(at[2]), row.fields.value(at[3])};
    }

    CatalogImport result;
    QList<Clause> good;
    for (const Entry &entry : entries) {
        int idGrade = 0;
        bool gradeOk = false;
        const int grade = entry.grade.trimmed().toInt(&gradeOk);
        const auto group = core::specialtyFromKey(entry.group.trimmed());
        QString reason;
        if (!isClauseId(entry.id, &idGrade))
            reason = tr("\"%1\" is not a clause id like 5.7.2(36)").arg(entry.id);
        else if (!gradeOk || grade != idGrade)
            reason = tr("grade \"%1\" does not match clause %2").arg(entry.grade, entry.id);
        else if (!group)
            reason = tr("unknown specialty group \"%1\"").arg(entry.group);
        else if (entry.text.trimmed().isEmpty())
            reason = tr("the text is empty");
        if (!reason.isEmpty()) {
            result.rejected << qMakePair(entry.number, reason);
            continue;
        }
        good << Clause{entry.id.trimmed(), grade, *group, entry.text.trimmed()};
    }
    const core::Status stored = m_database.transaction([&]() -> core::Status {
        QSqlQuery upsert(m_database.connection());
        upsert.prepare(
            QStringLiteral("INSERT INTO clauses(clause, grade, grp, text, source) VALUES(?, ?, ?, ?, ?) "
                           "ON CONFLICT(clause) DO UPDATE SET grade = excluded.grade, grp = excluded.grp, "
                           "text = excluded.text, source = excluded.source"));
        for (const Clause &clause : std::as_const(good)) {
            for (const QVariant &value :
                 QVariantList{clause.id, clause.grade, core::toKey(clause.group), clause.text, source})
                upsert.addBindValue(value);
            if (!upsert.exec())
                return core::Status::failure(store::sqlError(tr("Saving clause %1").arg(clause.id), upsert));
        }
        return {};
    });
    if (!stored)
        return core::Result<CatalogImport>::failure(stored.error());
    result.imported = int(good.size());
    return result;
}

core::Result<CatalogImport> ClauseCatalog::importSample()
{
    QFile sample(QStringLiteral(":/catalog/sample-clauses.json"));
    if (!sample.open(QIODevice::ReadOnly))
        return core::Result<CatalogImport>::failure(tr("The built-in sample catalog is missing."));
    return import(sample.readAll(), QStringLiteral("sample"));
}

std::optional<Clause> ClauseCatalog::find(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM clauses WHERE clause = ?").arg(kColumns));
    query.addBindValue(id.trimmed());
    if (!query.exec() || !query.next())
        return std::nullopt;
    return clauseFrom(query);
}

QList<Clause> ClauseCatalog::search(const QString &text, int limit) const
{
    const QString wanted = text.trimmed();
    QSqlQuery query(m_database.connection());
    if (wanted.startsWith(QLatin1String("5."))) {
        query.prepare(
            QStringLiteral("SELECT %1 FROM clauses WHERE clause LIKE ? ESCAPE '\\' ORDER BY grade, clause "
                           "LIMIT ?")
                .arg(kColumns));
        QString escaped = wanted;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        query.addBindValue(escaped + QLatin1Char('%'));
    } else if (wanted.size() >= 3) {
        // Each word a quoted phrase: FTS5 syntax characters in the input stay literal.
        QStringList phrases;
        for (QString word : wanted.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
            phrases << QLatin1Char('"') + word.replace(QLatin1Char('"'), QLatin1String("\"\"")) +
                           QLatin1Char('"');
        query.prepare(
            QStringLiteral("SELECT c.clause, c.grade, c.grp, c.text FROM clauses_fts f JOIN clauses c "
                           "ON c.rowid = f.rowid WHERE clauses_fts MATCH ? ORDER BY c.grade, c.clause "
                           "LIMIT ?"));
        query.addBindValue(phrases.join(QLatin1Char(' ')));
    } else {
        query.prepare(
            QStringLiteral("SELECT %1 FROM clauses WHERE instr(text, ?) > 0 ORDER BY grade, clause LIMIT ?")
                .arg(kColumns));
        query.addBindValue(wanted);
    }
    query.addBindValue(limit);
    QList<Clause> found;
    if (wanted.isEmpty() || !query.exec())
        return found;
    while (query.next())
        found << clauseFrom(query);
    return found;
}

int ClauseCatalog::size() const
{
    QSqlQuery query(m_database.connection());
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM clauses")) && query.next() ? query.value(0).toInt()
                                                                                      : 0;
}

} // namespace grading
