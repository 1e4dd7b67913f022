#include "rostermodel.h"

#include "core/idnumber.h"

#include <QBrush>
#include <QColor>

namespace ui {

QString RosterModel::laneTitle(const core::Lane &lane)
{
    if (lane.key == QLatin1String("green"))
        return tr("Green channel");
    if (lane.key == QLatin1String("normal"))
        return tr("Normal");
    return lane.name;
}

RosterModel::RosterModel(QObject *parent) : QAbstractTableModel(parent) {}

QString frontDeskStatus(core::CaseState state)
{
    using S = core::CaseState;
    switch (state) {
    case S::Registered:
        return RosterModel::tr("Not arrived");
    case S::CheckedIn:
    case S::WaitingExam1:
    case S::WaitingExam2:
        return RosterModel::tr("Waiting");
    case S::Exam1:
    case S::Exam2:
        return RosterModel::tr("In exam");
    // The review is of the papers: the person is no longer waiting in the hall (seen at the walk:
    // "Waiting" for a case whose examinations were over).
    case S::WaitingReview:
    case S::Review:
        return RosterModel::tr("Examined, in review");
    case S::Concluded:
        return RosterModel::tr("Done");
    case S::SignedOut:
        return RosterModel::tr("Signed out");
    case S::NoShow:
    case S::Withdrawn:
    case S::Terminated:
        break;
    }
    return core::displayName(state);
}

void RosterModel::setCases(QList<store::CaseRecord> cases, QHash<QString, store::Ticket> tickets)
{
    beginResetModel();
    m_cases = std::move(cases);
    m_tickets = std::move(tickets);
    endResetModel();
}

int RosterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int RosterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RosterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::CaseRecord &record = m_cases.at(index.row());
    const core::Case &c = record.data;
    const bool green = c.lane == QLatin1String(core::kGreenLane);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AcceptanceNo:
            return c.acceptanceNo;
        case Name:
            return c.person.name;
        case IdNumber:
            return core::maskIdNumber(c.person.idNumber);
        case Type:
            return core::displayName(c.type);
        case Specialty:
            return core::displayName(c.specialty);
        case Lane:
            return green ? tr("Green channel") : tr("Normal");
        case Ticket:
            return m_tickets.value(c.acceptanceNo).label;
        case Status:
            return frontDeskStatus(record.state);
        }
        return {};
    case SearchTextRole:
        return QStringList{c.acceptanceNo, c.person.name, c.person.idNumber,
                           m_tickets.value(c.acceptanceNo).label}
            .join(QLatin1Char('\n'));
    case Qt::ForegroundRole:
        if (index.column() == Lane && green)
            return QBrush(QColor(0x1b, 0x7f, 0x3b));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Type || index.column() == Specialty)
            return data(index, Qt::DisplayRole);
        return {};
    }
    return {};
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AcceptanceNo:
        return tr("Acceptance no.");
    case Ticket:
        return tr("Ticket");
    case Name:
        return tr("Name");
    case IdNumber:
        return tr("ID number");
    case Type:
        return tr("Appraisal type");
    case Specialty:
        return tr("Specialty");
    case Lane:
        return tr("Lane");
    case Status:
        return tr("Status");
    }
    return {};
}

void RosterFilter::setSearch(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool RosterFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_search.isEmpty())
        return true;
    const QString haystack =
        sourceModel()->index(sourceRow, 0, sourceParent).data(RosterModel::SearchTextRole).toString();
    return haystack.contains(m_search, Qt::CaseInsensitive);
}

} // namespace ui
