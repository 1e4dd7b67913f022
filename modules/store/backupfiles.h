#pragma once

#include <QString>
#include <QStringList>

// What backup.cpp and backupprune.cpp share about the files of <data dir>/backups.
namespace store::backupfiles {

inline const QString kManifest = QStringLiteral(".manifest");
inline const QString kLockName = QStringLiteral(".backup.lock");
// The size of backups/materials, kept beside it so that pruning need not walk a year of files.
inline const QString kMaterialsBytesName = QStringLiteral(".bytes");

// The material files a backup refers to (content names): a manifest's list, or a single-file
// copy's rows. Empty for a copy at the old layout, where the materials are inside the database,
// and for one from before materials existed.
QStringList referencedMaterials(const QString &backupFile);

} // namespace store::backupfiles
