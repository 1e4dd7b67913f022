#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

// The statement cache: prepared statements kept per SQL text for the connection's lifetime.

namespace store {

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    // By position, so a reused prepared statement is bound afresh each time.
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(i, QStringLiteral(""));
        else
            query.bindValue(i, value);
    }
}

Statement::Statement(QSqlQuery *cached, std::function<void()> release)
    : m_query(cached), m_release(std::move(release))
{
}

Statement::Statement(std::unique_ptr<QSqlQuery> own) : m_own(std::move(own)), m_query(m_own.get()) {}

Statement::Statement(Statement &&other) noexcept
    : m_own(std::move(other.m_own)), m_query(other.m_query), m_release(std::move(other.m_release))
{
    other.m_query = nullptr;
}

Statement::~Statement()
{
    if (!m_query)
        return;
    m_query->finish();
    if (m_release)
        m_release();
}

Statement Database::statement(const QString &sql)
{
    if (m_statementsInUse.contains(sql)) {
        auto own = std::make_unique<QSqlQuery>(m_db);
        own->prepare(sql);
        return Statement(std::move(own));
    }
    QSqlQuery *&query = m_statements[sql];
    if (!query) {
        query = new QSqlQuery(m_db);
        if (!query->prepare(sql)) {
            // Keep the failed query out of the cache; the caller sees the error when it executes.
            auto own = std::unique_ptr<QSqlQuery>(query);
            m_statements.remove(sql);
            return Statement(std::move(own));
        }
    }
    m_statementsInUse.insert(sql);
    return Statement(query, [this, sql] { m_statementsInUse.remove(sql); });
}

QString sqlError(const QString &what, const QSqlQuery &query)
{
    return Database::tr("%1 failed: %2").arg(what, query.lastError().text());
}

bool Database::run(const QString &sql, QString *error)
{
    Statement statement = this->statement(sql);
    if (statement->exec())
        return true;
    if (error)
        *error = statement->lastError().text();
    return false;
}

} // namespace store
