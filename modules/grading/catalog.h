#pragma once

#include "core/types.h"
#include "store/database.h"

namespace grading {

// One entry of the grading basis: clause id such as "5.7.2(36)" (chapter 5, grade 7, item 36),
// its grade, its specialty group and text.
struct Clause {
    QString id;
    int grade = 0;
    core::Specialty group = core::Specialty::Orthopaedics;
    QString text;
};

struct CatalogImport {
    int imported = 0;
    QList<QPair<int, QString>> rejected; // entry number (CSV: line, header = 1) and reason
};

// The clause catalog in the station database (reference data, not personal), searchable by clause
// id and by words of the text (SQLite FTS5 with the trigram tokenizer, so Chinese text matches by
// substring; shorter queries fall back to a plain substring scan).
class ClauseCatalog
{
    Q_DECLARE_TR_FUNCTIONS(grading::ClauseCatalog)
public:
    explicit ClauseCatalog(store::Database &database);

    // JSON {"clauses":[{"clause","grade","group","text"}]} or CSV with the header
    // clause,grade,group,text (UTF-8). Good entries are saved in one transaction, replacing entries
    // with the same id; bad ones are reported with their number and reason.
    core::Result<CatalogImport> import(const QByteArray &content, const QString &source);
    // The sample shipped with the program (paraphrased, not the standard's text).
    core::Result<CatalogImport> importSample();

    std::optional<Clause> find(const QString &id) const;
    QList<Clause> search(const QString &query, int limit = 50) const;
    int size() const;

    static bool isClauseId(const QString &id, int *grade = nullptr);

private:
    store::Database &m_database;
};

} // namespace grading
