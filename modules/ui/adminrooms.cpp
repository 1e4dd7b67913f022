#include "adminrooms.h"
#include "textprompt.h"

#include "adminwidgets.h"
#include "screenfit.h"
#include "specialtychecks.h"

#include "administration/venueadministration.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui {

namespace {

QDialogButtonBox *okCancel(QDialog *dialog, const QString &okName)
{
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    box->button(QDialogButtonBox::Ok)->setObjectName(okName);
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("planHeading"));
    return label;
}

} // namespace

AdminRoomsTab::AdminRoomsTab(administration::VenueAdministration &venue, routing::CallAuthority &calls,
                             const accounts::Session &session, QWidget *parent)
    : QWidget(parent), m_venue(venue), m_calls(calls), m_session(session)
{
    setObjectName(QStringLiteral("adminRoomsTab"));
    auto *layout = new QVBoxLayout(this);
    // Each list's title and actions share one line above it, and the two lists share the height
    // through a divider the station remembers: at 911×512 (1366×768 at 150 %) the headings and
    // button rows under each list left the rooms a single row.
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("roomsLanesSplit"));
    split->setChildrenCollapsible(false);
    auto *roomsPane = new QWidget(split);
    auto *roomsLayout = new QVBoxLayout(roomsPane);
    roomsLayout->setContentsMargins(0, 0, 0, 4);
    auto *roomButtons = new QHBoxLayout;
    roomButtons->addWidget(heading(tr("Exam rooms"), roomsPane));
    roomButtons->addStretch(1);
    connect(addActionButton(roomButtons, QStringLiteral("newRoomButton"), tr("New room…"), roomsPane),
            &QPushButton::clicked, this, [this] { editRoom(true); });
    connect(addActionButton(roomButtons, QStringLiteral("editRoomButton"), tr("Edit…"), roomsPane),
            &QPushButton::clicked, this, [this] { editRoom(false); });
    connect(addActionButton(roomButtons, QStringLiteral("pauseRoomButton"), tr("Pause…"), roomsPane),
            &QPushButton::clicked, this, &AdminRoomsTab::pauseRoom);
    connect(addActionButton(roomButtons, QStringLiteral("resumeRoomButton"), tr("Resume"), roomsPane),
            &QPushButton::clicked, this, &AdminRoomsTab::resumeRoom);
    connect(addActionButton(roomButtons, QStringLiteral("removeRoomButton"), tr("Remove"), roomsPane),
            &QPushButton::clicked, this, &AdminRoomsTab::removeRoom);
    roomsLayout->addLayout(roomButtons);
    m_rooms = makeAdminTable(QStringLiteral("roomsView"),
                             {tr("Room"), tr("Name"), tr("Specialties"), tr("Experts seated"), tr("State")},
                             roomsPane);
    roomsLayout->addWidget(m_rooms, 1);

    auto *lanesPane = new QWidget(split);
    auto *lanesLayout = new QVBoxLayout(lanesPane);
    lanesLayout->setContentsMargins(0, 4, 0, 0);
    auto *laneButtons = new QHBoxLayout;
    laneButtons->addWidget(heading(tr("Queue lanes"), lanesPane));
    laneButtons->addStretch(1);
    connect(addActionButton(laneButtons, QStringLiteral("newLaneButton"), tr("New lane…"), lanesPane),
            &QPushButton::clicked, this, [this] { editLane(true); });
    connect(addActionButton(laneButtons, QStringLiteral("editLaneButton"), tr("Edit…"), lanesPane),
            &QPushButton::clicked, this, [this] { editLane(false); });
    connect(addActionButton(laneButtons, QStringLiteral("removeLaneButton"), tr("Remove"), lanesPane),
            &QPushButton::clicked, this, &AdminRoomsTab::removeLane);
    lanesLayout->addLayout(laneButtons);
    m_lanes = makeAdminTable(QStringLiteral("lanesView"),
                             {tr("Lane"), tr("Prefix"), tr("Name"), tr("Colour"), tr("Priority"),
                              tr("Numbers from 1 at"), tr("State")},
                             lanesPane);
    lanesLayout->addWidget(m_lanes, 1);
    split->addWidget(roomsPane);
    split->addWidget(lanesPane);
    // A venue has more rooms than lanes: the rooms get seven twelfths (four rows and the lanes two
    // at 911×512) until the person moves the divider.
    split->setStretchFactor(0, 7);
    split->setStretchFactor(1, 5);
    split->setSizes({700, 500});
    if (isCompactScreen(*this)) {
        layout->setContentsMargins(8, 6, 8, 4);
        layout->setSpacing(4);
    }
    rememberSplitter(*split, QStringLiteral("admin/rooms-lanes"));
    layout->addWidget(split, 1);
    m_feedback = new ActionFeedback(QStringLiteral("roomsFeedback"), this);
    m_feedback->setHiddenWhileEmpty(true);
    layout->addWidget(m_feedback);
    m_rooms->installEventFilter(this);
    m_lanes->installEventFilter(this);
    refresh();
}

bool AdminRoomsTab::eventFilter(QObject *watched, QEvent *event)
{
    // The lists' own width counts, not the tab's: the divider and the tab pages size them later.
    if (event->type() == QEvent::Resize && watched == m_rooms)
        fitColumnsToWidth(m_rooms, {2, 3, 1});
    else if (event->type() == QEvent::Resize && watched == m_lanes)
        fitColumnsToWidth(m_lanes, {2, 5, 4});
    return QWidget::eventFilter(watched, event);
}

void AdminRoomsTab::refresh()
{
    administration::VenueAdministration &venue = m_venue;
    const QString room = selectedKey(m_rooms);
    m_rooms->setRowCount(0);
    int row = 0;
    for (const administration::RoomStatus &status : venue.rooms()) {
        QString state = tr("Open");
        if (status.retired)
            state = tr("Retired");
        else if (!status.pausedReason.isEmpty())
            state = tr("Paused: %1").arg(status.pausedReason);
        const QString specialties = specialtyNames(status.room.specialties);
        setAdminRow(m_rooms, row, status.room.id,
                    {status.room.id, status.room.name, specialties, status.experts.join(QStringLiteral("、")),
                     state});
        m_rooms->item(row++, 2)->setToolTip(specialties);
    }
    fitColumnsToWidth(m_rooms, {2, 3, 1});
    selectKey(m_rooms, room);
    const QString lane = selectedKey(m_lanes);
    m_lanes->setRowCount(0);
    row = 0;
    const QString venueReset = m_venue.queueResetTime();
    for (const core::Lane &entry : venue.lanes())
        setAdminRow(m_lanes, row++, entry.key,
                    {entry.key, entry.prefix, entry.name, entry.colour,
                     entry.strict ? tr("Always first") : tr("%n call(s) per round", nullptr, entry.ratio),
                     entry.resetTime.isEmpty() ? tr("%1 (venue's day)").arg(venueReset) : entry.resetTime,
                     entry.retired ? tr("Retired") : tr("In use")});
    fitColumnsToWidth(m_lanes, {2, 5, 4});
    selectKey(m_lanes, lane);
}

void AdminRoomsTab::editRoom(bool create)
{
    administration::VenueAdministration &venue = m_venue;
    std::optional<core::Room> existing;
    if (!create) {
        const QString id = selectedKey(m_rooms);
        for (const administration::RoomStatus &status : venue.rooms())
            if (status.room.id == id)
                existing = status.room;
        if (!existing) {
            m_feedback->report(core::Status::failure(tr("Select a room first.")), QString());
            return;
        }
    }
    RoomDialog dialog(existing ? &*existing : nullptr, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const core::Room room = dialog.room();
    if (m_feedback->report(venue.saveRoom(m_session, room), tr("Room %1 saved.").arg(room.id))) {
        refresh();
        selectKey(m_rooms, room.id);
    }
}

void AdminRoomsTab::pauseRoom()
{
    const QString id = selectedKey(m_rooms);
    if (id.isEmpty()) {
        m_feedback->report(core::Status::failure(tr("Select a room first.")), QString());
        return;
    }
    const auto answer = askText(this, QStringLiteral("pauseRoomPrompt"), tr("Pause room %1").arg(id),
                                tr("Why (shown to the desk):"));
    if (!answer)
        return;
    const QString reason = *answer;
    if (m_feedback->report(m_venue.pauseRoom(m_session, m_calls, id, reason), tr("Room %1 paused.").arg(id)))
        refresh();
}

void AdminRoomsTab::resumeRoom()
{
    const QString id = selectedKey(m_rooms);
    if (id.isEmpty()) {
        m_feedback->report(core::Status::failure(tr("Select a room first.")), QString());
        return;
    }
    if (m_feedback->report(m_venue.resumeRoom(m_session, m_calls, id), tr("Room %1 resumed.").arg(id)))
        refresh();
}

void AdminRoomsTab::removeRoom()
{
    const QString id = selectedKey(m_rooms);
    if (id.isEmpty()) {
        m_feedback->report(core::Status::failure(tr("Select a room first.")), QString());
        return;
    }
    const auto removed = m_venue.removeRoom(m_session, id);
    if (m_feedback->report(removed.status(),
                           removed && removed.value() == administration::Removal::Retired
                               ? tr("Room %1 was used, so it is retired (kept for the record).").arg(id)
                               : tr("Room %1 deleted.").arg(id)))
        refresh();
}

void AdminRoomsTab::editLane(bool create)
{
    administration::VenueAdministration &venue = m_venue;
    std::optional<core::Lane> existing;
    if (!create) {
        const QString key = selectedKey(m_lanes);
        for (const core::Lane &lane : venue.lanes())
            if (lane.key == key)
                existing = lane;
        if (!existing) {
            m_feedback->report(core::Status::failure(tr("Select a lane first.")), QString());
            return;
        }
    }
    LaneDialog dialog(existing ? &*existing : nullptr, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const core::Lane lane = dialog.lane();
    if (m_feedback->report(venue.setLane(m_session, lane), tr("Lane %1 saved.").arg(lane.key)))
        refresh();
}

void AdminRoomsTab::removeLane()
{
    const QString key = selectedKey(m_lanes);
    if (key.isEmpty()) {
        m_feedback->report(core::Status::failure(tr("Select a lane first.")), QString());
        return;
    }
    const auto removed = m_venue.removeLane(m_session, key);
    if (m_feedback->report(removed.status(),
                           removed && removed.value() == administration::Removal::Retired
                               ? tr("Lane %1 was used, so it is retired (kept for the record).").arg(key)
                               : tr("Lane %1 deleted.").arg(key)))
        refresh();
}

RoomDialog::RoomDialog(const core::Room *existing, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("roomDialog"));
    setWindowTitle(existing ? tr("Edit room") : tr("New room"));
    setMinimumWidth(520);
    auto *form = new QFormLayout(this);
    m_id = new QLineEdit(existing ? existing->id : QString(), this);
    m_id->setObjectName(QStringLiteral("roomDialogIdEdit"));
    m_id->setReadOnly(existing != nullptr);
    m_name = new QLineEdit(existing ? existing->name : QString(), this);
    m_name->setObjectName(QStringLiteral("roomDialogNameEdit"));
    m_specialties = new SpecialtyChecks(QStringLiteral("roomDialogSpecialties"), this);
    if (existing)
        m_specialties->setSpecialties(existing->specialties);
    form->addRow(tr("Room id"), m_id);
    form->addRow(tr("Room name"), m_name);
    form->addRow(tr("Specialties"), m_specialties);
    form->addRow(okCancel(this, QStringLiteral("roomOkButton")));
}

core::Room RoomDialog::room() const
{
    return core::Room{m_id->text().trimmed(), m_name->text().trimmed(), m_specialties->specialties(), false};
}

LaneDialog::LaneDialog(const core::Lane *existing, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("laneDialog"));
    setWindowTitle(existing ? tr("Edit lane") : tr("New lane"));
    setMinimumWidth(480);
    auto *form = new QFormLayout(this);
    m_key = new QLineEdit(existing ? existing->key : QString(), this);
    m_key->setObjectName(QStringLiteral("laneKeyEdit"));
    m_key->setReadOnly(existing != nullptr);
    m_key->setPlaceholderText(tr("e.g. elderly"));
    m_prefix = new QLineEdit(existing ? existing->prefix : QString(), this);
    m_prefix->setObjectName(QStringLiteral("lanePrefixEdit"));
    m_prefix->setMaxLength(1);
    m_name = new QLineEdit(existing ? existing->name : QString(), this);
    m_name->setObjectName(QStringLiteral("laneNameEdit"));
    m_colour = new QLineEdit(existing ? existing->colour : QString(), this);
    m_colour->setObjectName(QStringLiteral("laneColourEdit"));
    m_colour->setPlaceholderText(QStringLiteral("#1b7f3b"));
    m_ratio = new QSpinBox(this);
    m_ratio->setObjectName(QStringLiteral("laneRatioSpin"));
    m_ratio->setRange(1, 10);
    m_ratio->setValue(existing ? existing->ratio : 1);
    m_strict = new QCheckBox(tr("Strict priority: always called before the other lanes"), this);
    m_strict->setObjectName(QStringLiteral("laneStrictCheck"));
    m_strict->setChecked(existing && existing->strict);
    m_resetTime = new QLineEdit(existing ? existing->resetTime : QString(), this);
    m_resetTime->setObjectName(QStringLiteral("laneResetTimeEdit"));
    m_resetTime->setPlaceholderText(tr("empty: with the venue's day; e.g. 13:00"));
    m_resetTime->setToolTip(tr("The lane's numbers start again at 1 at this time each day (HH:mm). Empty: "
                               "when the venue's day starts (setting queue.reset_time)."));
    form->addRow(tr("Lane key"), m_key);
    form->addRow(tr("Ticket prefix"), m_prefix);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Colour"), m_colour);
    form->addRow(tr("Calls per round"), m_ratio);
    form->addRow(tr("Numbers from 1 at"), m_resetTime);
    form->addRow(QString(), m_strict);
    form->addRow(okCancel(this, QStringLiteral("laneOkButton")));
}

core::Lane LaneDialog::lane() const
{
    core::Lane lane;
    lane.key = m_key->text().trimmed();
    lane.prefix = m_prefix->text().trimmed().toUpper();
    lane.name = m_name->text().trimmed();
    lane.colour = m_colour->text().trimmed();
    lane.ratio = m_ratio->value();
    lane.strict = m_strict->isChecked();
    lane.resetTime = m_resetTime->text().trimmed();
    return lane;
}

} // namespace ui
