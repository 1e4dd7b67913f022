#pragma once

#include "accounts/permissions.h"
#include "store/database.h"
#include "store/materialfiles.h"
#include "store/materialrepository.h"

namespace materials {

// What the station lists about a material; its SQL lives in store (MaterialRepository).
using MaterialFile = store::MaterialRecord;

struct FolderImport {
    int added = 0;
    int duplicates = 0;
    QList<QPair<QString, QString>> rejected; // file → reason
};

// The medical materials of each case (PDF, PNG, JPEG): the station database lists them, their
// content is in sealed content-addressed files beside it (store::MaterialFiles). They arrive
// with the roster package (a folder per acceptance number) or are added at the desk from files.
// The front desk and the admin add; the experts assigned to the case, its reviewer and the clerk
// read. Each file is stored once per case: adding it again is reported, not duplicated.
class MaterialStore
{
    Q_DECLARE_TR_FUNCTIONS(materials::MaterialStore)
public:
    explicit MaterialStore(store::Database &database);

    // The stored file (an existing one when the same content was added before). Refused: an unknown
    // case, a type other than PDF/PNG/JPEG (by content, not by name), an empty or oversized file.
    core::Result<MaterialFile> add(const accounts::Session &session, const QString &acceptanceNo,
                                   const QString &fileName, const QByteArray &content,
                                   const QString &source = QStringLiteral("desk"), bool *duplicate = nullptr);
    // A roster package: `folder/<acceptance number>/<files>`. One bad file never stops the others.
    core::Result<FolderImport> importFolder(const accounts::Session &session, const QString &folder);

    // The files of a case, in the order they were added; empty for a person who may not read them.
    QList<MaterialFile> list(const accounts::Session &session, const QString &acceptanceNo) const;
    core::Result<QByteArray> content(const accounts::Session &session, const QString &fileId) const;

    // PDF, PNG or JPEG by the first bytes; empty when it is none of them.
    static QString sniffMediaType(const QByteArray &content);

private:
    core::Status mayRead(const accounts::Session &session, const QString &acceptanceNo) const;
    store::MaterialFiles files() const;

    store::Database &m_database;
};

} // namespace materials
