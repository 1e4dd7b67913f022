#include "catalog.h"

#include "core/csv.h"
#include "store/catalogrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace grading {

namespace {

Clause clauseFrom(const store::ClauseRecord &record)
{
    return Clause{record.id, record.grade, record.group, record.text};
}

QList<Clause> clausesFrom(const QList<store::ClauseRecord> &records)
{
    QList<Clause> clauses;
    clauses.reserve(records.size());
    for (const store::ClauseRecord &record : records)
        clauses << clauseFrom(record);
    return clauses;
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
    QList<store::ClauseRecord> records;
    for (const Clause &clause : std::as_const(good))
        records << store::ClauseRecord{clause.id, clause.grade, clause.group, clause.text};
    const core::Status stored =
        m_database.transaction([&] { return store::CatalogRepository(m_database).upsert(records, source); });
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
    if (const auto record = store::CatalogRepository(m_database).find(id.trimmed()))
        return clauseFrom(*record);
    return std::nullopt;
}

QList<Clause> ClauseCatalog::search(const QString &text, int limit) const
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return {};
    const store::CatalogRepository clauses(m_database);
    if (wanted.startsWith(QLatin1String("5.")))
        return clausesFrom(clauses.withIdPrefix(wanted, limit));
    if (wanted.size() >= 3)
        return clausesFrom(clauses.withWords(
            wanted.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts), limit));
    return clausesFrom(clauses.containing(wanted, limit));
}

int ClauseCatalog::size() const
{
    return store::CatalogRepository(m_database).count();
}

} // namespace grading
