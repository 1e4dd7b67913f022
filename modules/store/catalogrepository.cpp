#include "catalogrepository.h"

#include <QSqlQuery>

namespace store {

namespace {

const QString kColumns = QStringLiteral("clause, grade, grp, text");

ClauseRecord clauseFrom(const QSqlQuery &query)
{
    ClauseRecord clause;
    clause.id = query.value(0).toString();
    clause.grade = query.value(1).toInt();
    clause.group = core::specialtyFromKey(query.value(2).toString()).value_or(core::Specialty::Orthopaedics);
    clause.text = query.value(3).toString();
    return clause;
}

} // namespace

CatalogRepository::CatalogRepository(Database &database) : m_database(database) {}

core::Status CatalogRepository::upsert(const QList<ClauseRecord> &clauses, const QString &source)
{
    for (const ClauseRecord &clause : clauses)
        if (core::Status written =
                write(clause.id, clause.grade, core::toKey(clause.group), clause.text, source);
            !written)
            return written;
    return {};
}

core::Status CatalogRepository::applyCentral(const QString &clause, int grade, const QString &groupKey,
                                             const QString &text)
{
    return write(clause, grade, groupKey, text, QStringLiteral("central"));
}

core::Status CatalogRepository::write(const QString &clause, int grade, const QString &groupKey,
                                      const QString &text, const QString &source)
{
    Statement query = m_database.statement(
        QStringLiteral("INSERT INTO clauses(clause, grade, grp, text, source) VALUES(?, ?, ?, ?, ?) "
                       "ON CONFLICT(clause) DO UPDATE SET grade = excluded.grade, grp = excluded.grp, "
                       "text = excluded.text, source = excluded.source"));
    bindAll(*query, {clause, grade, groupKey, text, source});
    if (!query->exec())
        return core::Status::failure(sqlError(tr("Saving clause %1").arg(clause), *query));
    return {};
}

std::optional<ClauseRecord> CatalogRepository::find(const QString &id) const
{
    Statement query =
        m_database.statement(QStringLiteral("SELECT %1 FROM clauses WHERE clause = ?").arg(kColumns));
    bindAll(*query, {id});
    if (!query->exec() || !query->next())
        return std::nullopt;
    return clauseFrom(*query);
}

QList<ClauseRecord> CatalogRepository::withIdPrefix(const QString &prefix, int limit) const
{
    Statement query = m_database.statement(
        QStringLiteral(
            "SELECT %1 FROM clauses WHERE clause LIKE ? ESCAPE '\\' ORDER BY grade, clause LIMIT ?")
            .arg(kColumns));
    QString escaped = prefix;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    bindAll(*query, {escaped + QLatin1Char('%'), limit});
    return clausesFrom(query);
}

QList<ClauseRecord> CatalogRepository::withWords(const QStringList &words, int limit) const
{
    QStringList phrases;
    for (QString word : words)
        phrases << QLatin1Char('"') + word.replace(QLatin1Char('"'), QLatin1String("\"\"")) +
                       QLatin1Char('"');
    Statement query = m_database.statement(
        QStringLiteral("SELECT c.clause, c.grade, c.grp, c.text FROM clauses_fts f JOIN clauses c "
                       "ON c.rowid = f.rowid WHERE clauses_fts MATCH ? ORDER BY c.grade, c.clause LIMIT ?"));
    bindAll(*query, {phrases.join(QLatin1Char(' ')), limit});
    return clausesFrom(query);
}

QList<ClauseRecord> CatalogRepository::containing(const QString &text, int limit) const
{
    Statement query = m_database.statement(
        QStringLiteral("SELECT %1 FROM clauses WHERE instr(text, ?) > 0 ORDER BY grade, clause LIMIT ?")
            .arg(kColumns));
    bindAll(*query, {text, limit});
    return clausesFrom(query);
}

int CatalogRepository::count() const
{
    Statement query = m_database.statement(QStringLiteral("SELECT COUNT(*) FROM clauses"));
    return query->exec() && query->next() ? query->value(0).toInt() : 0;
}

QList<ClauseRecord> CatalogRepository::clausesFrom(Statement &query) const
{
    QList<ClauseRecord> found;
    if (query->exec())
        while (query->next())
            found << clauseFrom(*query);
    return found;
}

} // namespace store
