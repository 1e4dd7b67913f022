#include "materialstore.h"

#include "core/ids.h"
#include "store/auditlog.h"
#include "store/materialfiles.h"
#include "store/materialrepository.h"
#include "store/outbox.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace materials {

namespace {

bool mayAdd(const accounts::Session &session)
{
    return accounts::Authorizer::require(session, accounts::Permission::CheckIn) ||
           accounts::Authorizer::require(session, accounts::Permission::ManageVenue);
}

} // namespace

MaterialStore::MaterialStore(store::Database &database) : m_database(database) {}

store::MaterialFiles MaterialStore::files() const
{
    return store::MaterialFiles(QFileInfo(m_database.path()).absolutePath(), m_database.sealer(),
                                m_database.bulkLoading() ? store::MaterialFiles::Durability::Deferred
                                                         : store::MaterialFiles::Durability::Durable);
}

QString MaterialStore::sniffMediaType(const QByteArray &content)
{
    if (content.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (content.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (content.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    return {};
}

core::Result<MaterialFile> MaterialStore::add(const accounts::Session &session, const QString &acceptanceNo,
                                              const QString &fileName, const QByteArray &content,
                                              const QString &source, bool *duplicate)
{
    using R = core::Result<MaterialFile>;
    if (duplicate)
        *duplicate = false;
    if (!mayAdd(session))
        return R::failure(tr("Materials are added at the front desk or by the venue admin."));
    store::MaterialRepository repository(m_database);
    if (!repository.caseExists(acceptanceNo))
        return R::failure(tr("There is no case %1 on this station.").arg(acceptanceNo));
    const QString mediaType = sniffMediaType(content);
    if (content.isEmpty())
        return R::failure(tr("%1 is empty.").arg(fileName));
    if (mediaType.isEmpty())
        return R::failure(
            tr("%1 is not a PDF, PNG or JPEG file; scan paper materials to PDF or JPEG.").arg(fileName));
    const qint64 maxBytes = qint64(m_database.settingNumber(store::settings::MaterialsMaxMb)) * 1024 * 1024;
    if (content.size() > maxBytes)
        return R::failure(tr("%1 is %2 MB; files up to %3 MB are accepted. Scan it at a lower resolution.")
                              .arg(fileName)
                              .arg(content.size() / 1024.0 / 1024.0, 0, 'f', 1)
                              .arg(maxBytes / 1024 / 1024));
    MaterialFile file;
    file.sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    if (const auto existing = repository.findByContent(acceptanceNo, file.sha256)) {
        if (duplicate)
            *duplicate = true;
        return *existing;
    }
    const QDateTime now = m_database.clock().now();
    file.id = core::timeOrderedId(now.toUTC());
    file.acceptanceNo = acceptanceNo;
    file.name = QFileInfo(fileName).fileName();
    file.mediaType = mediaType;
    file.size = content.size();
    file.source = source;
    file.addedBy = session.account.username;
    file.addedAt = now;
    // The file first, flushed to the disk; the row that refers to it after. A crash between the
    // two leaves a file no row names (removed by the retention sweep), never a row without its file.
    if (const core::Status written = files().store(content, file.sha256); !written)
        return R::failure(written.error());
    const core::Status stored = m_database.transaction([&]() -> core::Status {
        if (core::Status inserted = repository.insert(file); !inserted)
            return inserted;
        // The outbox carries what the file is, not its bytes: content travels separately.
        const QJsonObject details{
            {QStringLiteral("id"), file.id},     {QStringLiteral("acceptance_no"), acceptanceNo},
            {QStringLiteral("name"), file.name}, {QStringLiteral("media_type"), mediaType},
            {QStringLiteral("size"), file.size}, {QStringLiteral("sha256"), file.sha256},
            {QStringLiteral("source"), source}};
        if (core::Status audited =
                store::AuditLog(m_database)
                    .append(session.account.username, QStringLiteral("material.add"), acceptanceNo, details);
            !audited)
            return audited;
        return store::Outbox(m_database)
            .append(QStringLiteral("material"), file.id, details, store::Outbox::Versioning::FirstOnly);
    });
    if (!stored)
        return R::failure(stored.error());
    return file;
}

core::Result<FolderImport> MaterialStore::importFolder(const accounts::Session &session,
                                                       const QString &folder)
{
    using R = core::Result<FolderImport>;
    const QDir root(folder);
    if (!root.exists())
        return R::failure(tr("The folder %1 does not exist.").arg(folder));
    FolderImport summary;
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &acceptanceNo : cases) {
        const QDir caseDir(root.filePath(acceptanceNo));
        for (const QFileInfo &info : caseDir.entryInfoList(QDir::Files, QDir::Name)) {
            const QString shown = acceptanceNo + QLatin1Char('/') + info.fileName();
            QFile input(info.filePath());
            if (!input.open(QIODevice::ReadOnly)) {
                summary.rejected.append({shown, input.errorString()});
                continue;
            }
            bool duplicate = false;
            const auto added = add(session, acceptanceNo, info.fileName(), input.readAll(),
                                   QStringLiteral("roster"), &duplicate);
            if (!added)
                summary.rejected.append({shown, added.error()});
            else if (duplicate)
                ++summary.duplicates;
            else
                ++summary.added;
        }
    }
    return summary;
}

core::Status MaterialStore::mayRead(const accounts::Session &session, const QString &acceptanceNo) const
{
    using accounts::Authorizer;
    using accounts::Permission;
    if (Authorizer::require(session, Permission::CheckIn) ||
        Authorizer::require(session, Permission::ManageVenue) ||
        Authorizer::require(session, Permission::PrintDocuments))
        return {};
    if (Authorizer::require(session, Permission::RecordExam) ||
        Authorizer::require(session, Permission::ReviewCase)) {
        // Experts read the materials of the cases drawn to them, and no others.
        if (store::MaterialRepository(m_database).isAssigned(acceptanceNo, session.account.expertId))
            return {};
        return core::Status::failure(
            tr("Case %1 is not assigned to you; experts see the materials of their own cases only.")
                .arg(acceptanceNo));
    }
    return core::Status::failure(tr("Your role does not read medical materials."));
}

QList<MaterialFile> MaterialStore::list(const accounts::Session &session, const QString &acceptanceNo) const
{
    if (!mayRead(session, acceptanceNo))
        return {};
    return store::MaterialRepository(m_database).forCase(acceptanceNo);
}

core::Result<QByteArray> MaterialStore::content(const accounts::Session &session, const QString &fileId) const
{
    using R = core::Result<QByteArray>;
    const auto material = store::MaterialRepository(m_database).find(fileId);
    if (!material)
        return R::failure(tr("There is no such material file."));
    if (const core::Status allowed = mayRead(session, material->acceptanceNo); !allowed)
        return R::failure(allowed.error());
    // The file opens only under its own name and is checked against it (MaterialFiles::read).
    return files().read(material->sha256);
}

} // namespace materials
