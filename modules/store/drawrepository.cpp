#include "drawrepository.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace store {

namespace {

const QString kDrawColumns =
    QStringLiteral("id, acceptance_no, drawn_at, operator, record, reason, replaced_by, panel_size");

StoredDraw drawFrom(const QSqlQuery &query)
{
    StoredDraw draw;
    draw.id = query.value(0).toString();
    draw.acceptanceNo = query.value(1).toString();
    draw.drawnAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
    draw.operatorName = query.value(3).toString();
    draw.record = QJsonDocument::fromJson(query.value(4).toByteArray()).object();
    draw.reason = query.value(5).toString();
    draw.replacedBy = query.value(6).toString();
    draw.panelSize = query.value(7).toInt();
    return draw;
}

} // namespace

DrawRepository::DrawRepository(Database &database) : m_database(database) {}

core::Status DrawRepository::add(const StoredDraw &draw)
{
    Statement insert =
        m_database.statement(QStringLiteral("INSERT INTO draws(id, acceptance_no, drawn_at, operator, "
                                            "panel_size, record, reason) VALUES(?, ?, ?, ?, ?, ?, ?)"));
    bindAll(*insert,
            {draw.id, draw.acceptanceNo, draw.drawnAt.toString(Qt::ISODateWithMs), draw.operatorName,
             draw.panelSize, QString::fromUtf8(QJsonDocument(draw.record).toJson(QJsonDocument::Compact)),
             draw.reason});
    if (!insert->exec())
        return core::Status::failure(sqlError(tr("Recording the draw"), *insert));
    return {};
}

core::Status DrawRepository::markReplaced(const QString &drawId, const QString &byDrawId)
{
    Statement update = m_database.statement(QStringLiteral("UPDATE draws SET replaced_by = ? WHERE id = ?"));
    bindAll(*update, {byDrawId, drawId});
    if (!update->exec())
        return core::Status::failure(sqlError(tr("Replacing the draw"), *update));
    return {};
}

std::optional<StoredDraw> DrawRepository::current(const QString &acceptanceNo) const
{
    Statement query = m_database.statement(QStringLiteral("SELECT %1 FROM draws WHERE acceptance_no = ? AND "
                                                          "replaced_by = '' ORDER BY drawn_at DESC LIMIT 1")
                                               .arg(kDrawColumns));
    bindAll(*query, {acceptanceNo});
    if (!query->exec() || !query->next())
        return std::nullopt;
    return drawFrom(*query);
}

QList<StoredDraw> DrawRepository::history(const QString &acceptanceNo) const
{
    Statement query = m_database.statement(
        QStringLiteral("SELECT %1 FROM draws WHERE acceptance_no = ? ORDER BY drawn_at").arg(kDrawColumns));
    bindAll(*query, {acceptanceNo});
    QList<StoredDraw> draws;
    if (query->exec())
        while (query->next())
            draws << drawFrom(*query);
    return draws;
}

std::optional<MirroredDraw> DrawRepository::published(const QString &drawId) const
{
    Statement row = m_database.statement(
        QStringLiteral("SELECT acceptance_no, drawn_at, operator, panel_size, record, reason FROM draws "
                       "WHERE id = ?"));
    bindAll(*row, {drawId});
    if (!row->exec() || !row->next())
        return std::nullopt;
    return MirroredDraw{drawId,
                        row->value(0).toString(),
                        row->value(1).toString(),
                        row->value(2).toString(),
                        row->value(3).toInt(),
                        row->value(4).toString(),
                        row->value(5).toString(),
                        {}};
}

core::Status DrawRepository::mirror(const MirroredDraw &draw)
{
    const QString what = QStringLiteral("recording the hub's draw");
    Statement insert = m_database.statement(QStringLiteral(
        "INSERT OR IGNORE INTO draws(id, acceptance_no, drawn_at, operator, panel_size, record, "
        "reason) VALUES(?, ?, ?, ?, ?, ?, ?)"));
    bindAll(*insert, {draw.id, draw.acceptanceNo, draw.drawnAt, draw.operatorName, draw.panelSize,
                      draw.record, draw.reason});
    if (!insert->exec())
        return core::Status::failure(sqlError(what, *insert));
    Statement replaced = m_database.statement(QStringLiteral(
        "UPDATE draws SET replaced_by = ? WHERE acceptance_no = ? AND id != ? AND replaced_by = ''"));
    bindAll(*replaced, {draw.id, draw.acceptanceNo, draw.id});
    if (!replaced->exec())
        return core::Status::failure(sqlError(what, *replaced));
    return {};
}

} // namespace store
