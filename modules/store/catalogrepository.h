#pragma once

#include "database.h"

#include "core/types.h"

#include <optional>

namespace store {

// One clause of the grading basis as stored (`clauses`, indexed in `clauses_fts`).
struct ClauseRecord {
    QString id; // "5.7.2(36)"
    int grade = 0;
    core::Specialty group = core::Specialty::Orthopaedics;
    QString text;
};

// The clause catalog: reference data, not personal, from the sample catalogue, an import or the
// central system (the only place with SQL on `clauses`). Searches are ordered by grade, then clause id.
class CatalogRepository
{
    Q_DECLARE_TR_FUNCTIONS(store::CatalogRepository)
public:
    explicit CatalogRepository(Database &database);

    // Inserts the clauses or replaces those with the same id; runs inside the caller's transaction.
    [[nodiscard]] core::Status upsert(const QList<ClauseRecord> &clauses, const QString &source);
    // One clause as the central system sent it (source 'central'); its group key is stored as it came.
    [[nodiscard]] core::Status applyCentral(const QString &clause, int grade, const QString &groupKey,
                                            const QString &text);
    std::optional<ClauseRecord> find(const QString &id) const;
    // Clause ids starting with `prefix` (LIKE wildcards in it stay literal).
    QList<ClauseRecord> withIdPrefix(const QString &prefix, int limit) const;
    // Texts containing every word (FTS5 trigram index; each word a quoted phrase, so FTS5 syntax in
    // the input stays literal). Words shorter than three characters never match the index.
    QList<ClauseRecord> withWords(const QStringList &words, int limit) const;
    // Texts containing `text` anywhere (a plain scan, for queries too short for the index).
    QList<ClauseRecord> containing(const QString &text, int limit) const;
    int count() const;

private:
    QList<ClauseRecord> clausesFrom(Statement &query) const;
    core::Status write(const QString &clause, int grade, const QString &groupKey, const QString &text,
                       const QString &source);
    Database &m_database;
};

} // namespace store
