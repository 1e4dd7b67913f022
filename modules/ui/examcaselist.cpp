#include "examcaselist.h"

namespace ui {

namespace {

constexpr int kCaseRole = Qt::UserRole;
constexpr int kStateRole = Qt::UserRole + 1;

} // namespace

ExamCaseList::ExamCaseList(const Services &services, const accounts::Session &session, QWidget *parent)
    : QListWidget(parent), m_services(services), m_session(session)
{
    setObjectName(QStringLiteral("myCases"));
    setWordWrap(true);
    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            emit caseChosen(item->data(kCaseRole).toString());
    });
}

void ExamCaseList::reload()
{
    const QString selected = currentCase();
    const QSignalBlocker quiet(this); // the open case stays open: no re-open on a refresh
    clear();
    if (!m_services.opinions)
        return;
    QHash<QString, QString> atTheRoom; // acceptance number → called | in_exam
    if (m_services.calls)
        if (const auto me = m_services.directory.expert(m_session.account.expertId))
            for (const routing::RoomEntry &entry : m_services.calls->current(me->roomId))
                if (entry.expertId == m_session.account.expertId)
                    atTheRoom.insert(entry.acceptanceNo, core::toKey(entry.state));
    for (const store::WorkItem &work : m_services.opinions->worklist(m_session.account.expertId, false)) {
        const QString &acceptanceNo = work.acceptanceNo;
        const QString &opinion = work.opinionState;
        const QString room = atTheRoom.value(acceptanceNo);
        QString state;
        if (opinion == QLatin1String("submitted"))
            state = tr("submitted");
        else if (room == QLatin1String("in_exam"))
            state = tr("in examination");
        else if (room == QLatin1String("called"))
            state = tr("called");
        else if (opinion == QLatin1String("draft"))
            state = tr("draft");
        else
            state = tr("not yet seen");
        auto *item = new QListWidgetItem(
            QStringLiteral("%1  %2\n%3").arg(work.ticketLabel, acceptanceNo, state), this);
        item->setData(kCaseRole, acceptanceNo);
        item->setData(kStateRole, state);
        if (acceptanceNo == selected)
            setCurrentItem(item);
    }
}

bool ExamCaseList::select(const QString &acceptanceNo)
{
    for (int row = 0; row < count(); ++row)
        if (item(row)->data(kCaseRole).toString() == acceptanceNo) {
            if (currentRow() == row)
                emit caseChosen(acceptanceNo);
            else
                setCurrentRow(row);
            return true;
        }
    return false;
}

QString ExamCaseList::currentCase() const
{
    return currentItem() ? currentItem()->data(kCaseRole).toString() : QString();
}

QString ExamCaseList::stateOf(const QString &acceptanceNo) const
{
    for (int row = 0; row < count(); ++row)
        if (item(row)->data(kCaseRole).toString() == acceptanceNo)
            return item(row)->data(kStateRole).toString();
    return {};
}

} // namespace ui
