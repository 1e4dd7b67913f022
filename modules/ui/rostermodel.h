#pragma once

#include "store/caserepository.h"
#include "store/ticketrepository.h"

#include <QHash>

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace ui {

// Today's roster for staff screens. ID numbers are shown masked; the full number is only used
// for matching a search.
class RosterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AcceptanceNo, Ticket, Name, IdNumber, Type, Specialty, Lane, Status, ColumnCount };
    static constexpr int SearchTextRole = Qt::UserRole + 1;

    explicit RosterModel(QObject *parent = nullptr);
    // `tickets` by acceptance number: today's queue tickets.
    void setCases(QList<store::CaseRecord> cases, QHash<QString, store::Ticket> tickets = {});
    const QList<store::CaseRecord> &cases() const { return m_cases; }
    // The two standard lanes in the language of the screens; a lane the venue added keeps its name.
    static QString laneTitle(const core::Lane &lane);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<store::CaseRecord> m_cases;
    QHash<QString, store::Ticket> m_tickets;
};

// The front desk's view of where a person is: not arrived, waiting, in exam, done, signed out…
QString frontDeskStatus(core::CaseState state);

// Filters by name, full ID number (typed or scanned) or acceptance number.
class RosterFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSearch(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
};

} // namespace ui
