#include "callingpage.h"
#include "textprompt.h"

#include "pagewidgets.h"
#include "rostermodel.h"
#include "shortcuthelp.h"

#include "core/masking.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ui {

namespace {

QString examName(const QString &role)
{
    if (role == QLatin1String("exam1"))
        return CallingPage::tr("Exam 1");
    if (role == QLatin1String("exam2"))
        return CallingPage::tr("Exam 2");
    return role;
}

// "Call next (F2)" → "Call next": the key is listed beside it in the F1 overlay.
QString withoutKeyHint(const QString &text)
{
    static const QRegularExpression hint(
        QStringLiteral("\\s*[(\\x{ff08}][^()\\x{ff08}\\x{ff09}]*[)\\x{ff09}]$"));
    return QString(text).remove(hint);
}

} // namespace

CallingPage::CallingPage(const Services &services, const accounts::Session &session, QWidget *parent)
    : QWidget(parent), m_services(services), m_session(session)
{
    setObjectName(QStringLiteral("callingPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(8);
    layout->addWidget(
        makePageHeader(tr("Calling"),
                       tr("F2 calls the next person. The hall display and the announcement follow "
                          "each call."),
                       this));

    auto *roomRow = new QHBoxLayout;
    roomRow->addWidget(new QLabel(tr("Room:"), this));
    m_room = new QComboBox(this);
    m_room->setObjectName(QStringLiteral("roomChoice"));
    // Wide enough for the longest room name: a seated expert's combo is disabled and shows it whole.
    m_room->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    QString myRoom;
    if (const auto me = services.directory.expert(session.account.expertId))
        myRoom = me->roomId;
    for (const core::Room &room : services.directory.rooms())
        m_room->addItem(room.name, room.id);
    if (const int mine = m_room->findData(myRoom); mine >= 0)
        m_room->setCurrentIndex(mine);
    // An expert calls only for the room they are seated in (the call authority refuses any other);
    // the venue admin chooses.
    if (session.account.role == core::Role::Expert && !myRoom.isEmpty()) {
        m_room->setEnabled(false);
        m_room->setToolTip(tr("You are seated in this room. The venue admin can call for another room."));
    }
    roomRow->addWidget(m_room);
    if (session.account.role == core::Role::VenueAdmin) {
        // The venue admin is seated nowhere: calling for a room is an explicit, audited override.
        m_override = new QPushButton(tr("Call for this room…"), this);
        m_override->setObjectName(QStringLiteral("overrideRoomButton"));
        m_override->setToolTip(tr("Give the reason once; the calls you make for this room today are "
                                  "then allowed and audited."));
        roomRow->addWidget(m_override);
        connect(m_override, &QPushButton::clicked, this, &CallingPage::overrideRoom);
    }
    m_pauseBanner = new QLabel(this);
    m_pauseBanner->setObjectName(QStringLiteral("pauseBanner"));
    roomRow->addWidget(m_pauseBanner, 1);
    layout->addLayout(roomRow);

    auto *body = new QHBoxLayout;
    body->setSpacing(16);
    auto *left = new QVBoxLayout;
    auto *nowCard = new QWidget(this);
    nowCard->setObjectName(QStringLiteral("resultCard"));
    auto *nowLayout = new QVBoxLayout(nowCard);
    m_nowTicket = new QLabel(QStringLiteral("—"), nowCard);
    m_nowTicket->setObjectName(QStringLiteral("ticketLabel"));
    m_nowDetails = new QLabel(tr("Nobody called yet."), nowCard);
    m_nowDetails->setObjectName(QStringLiteral("nowDetails"));
    m_nowDetails->setWordWrap(true);
    nowLayout->addWidget(m_nowTicket);
    nowLayout->addWidget(m_nowDetails);
    left->addWidget(nowCard);

    const auto button = [this](const QString &name, const QString &text) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        return b;
    };
    m_callNext = button(QStringLiteral("callNextButton"), tr("Call next (F2)"));
    m_callNext->setProperty("primary", true);
    m_recall = button(QStringLiteral("recallButton"), tr("Call again (F3)"));
    m_noShow = button(QStringLiteral("noShowButton"), tr("Not here (F4)"));
    m_start = button(QStringLiteral("startButton"), tr("Start exam (F5)"));
    m_finish = button(QStringLiteral("finishButton"), tr("Finish exam (F6)"));
    m_callTicket = button(QStringLiteral("callTicketButton"), tr("Call a number (F7)"));
    m_transfer = button(QStringLiteral("transferButton"), tr("Transfer (F8)"));
    m_pause = button(QStringLiteral("pauseButton"), tr("Pause room (F9)"));
    auto *grid = new QGridLayout;
    const QList<QPushButton *> buttons{m_callNext, m_recall,     m_noShow,   m_start,
                                       m_finish,   m_callTicket, m_transfer, m_pause};
    for (int i = 0; i < buttons.size(); ++i)
        grid->addWidget(buttons.at(i), i / 2, i % 2);
    left->addLayout(grid);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("checkInMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    left->addWidget(m_message);
    left->addStretch(1);
    body->addLayout(left, 2);

    auto *right = new QVBoxLayout;
    m_queueTitle = new QLabel(
        ownOnly() ? tr("Waiting for you, in call order") : tr("Waiting for this room, in call order"), this);
    m_queueTitle->setObjectName(QStringLiteral("roomQueueTitle"));
    right->addWidget(m_queueTitle);
    m_queue = new QTableWidget(0, 4, this);
    m_queue->setObjectName(QStringLiteral("roomQueue"));
    m_queue->setHorizontalHeaderLabels({tr("Number"), tr("Channel"), tr("Name"), tr("Examination")});
    // The short columns as wide as their words, the last one takes the rest: equal widths cut the
    // "Examination" header at 1366×768, 150 %.
    m_queue->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_queue->horizontalHeader()->setStretchLastSection(true);
    m_queue->verticalHeader()->hide();
    m_queue->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_queue->setSelectionBehavior(QAbstractItemView::SelectRows);
    right->addWidget(m_queue, 3);
    m_othersWaiting = new QLabel(this);
    m_othersWaiting->setObjectName(QStringLiteral("othersWaiting"));
    m_othersWaiting->setWordWrap(true);
    m_othersWaiting->hide();
    right->addWidget(m_othersWaiting);
    right->addWidget(new QLabel(tr("Not here when called"), this));
    m_parked = new QListWidget(this);
    m_parked->setObjectName(QStringLiteral("parkedList"));
    right->addWidget(m_parked, 1);
    m_requeue = button(QStringLiteral("requeueButton"), tr("Back in the queue"));
    right->addWidget(m_requeue, 0, Qt::AlignRight);
    body->addLayout(right, 3);
    layout->addLayout(body, 1);

    connect(m_callNext, &QPushButton::clicked, this, &CallingPage::callNext);
    connect(m_recall, &QPushButton::clicked, this, &CallingPage::recall);
    connect(m_noShow, &QPushButton::clicked, this, &CallingPage::noShow);
    connect(m_start, &QPushButton::clicked, this, &CallingPage::startExam);
    connect(m_finish, &QPushButton::clicked, this, &CallingPage::finishExam);
    connect(m_callTicket, &QPushButton::clicked, this, &CallingPage::callTicket);
    connect(m_transfer, &QPushButton::clicked, this, &CallingPage::transfer);
    connect(m_pause, &QPushButton::clicked, this, &CallingPage::togglePause);
    connect(m_requeue, &QPushButton::clicked, this, &CallingPage::requeueSelected);
    connect(m_room, &QComboBox::currentIndexChanged, this, &CallingPage::refresh);
    const QList<QPair<Qt::Key, QPushButton *>> keys{{Qt::Key_F2, m_callNext}, {Qt::Key_F3, m_recall},
                                                    {Qt::Key_F4, m_noShow},   {Qt::Key_F5, m_start},
                                                    {Qt::Key_F6, m_finish},   {Qt::Key_F7, m_callTicket},
                                                    {Qt::Key_F8, m_transfer}, {Qt::Key_F9, m_pause}};
    // Window-wide: F2 calls next whatever has the focus, as long as this page is on show.
    for (const auto &[key, target] : keys) {
        QShortcut *shortcut = addWindowKey(this, QKeySequence(key), withoutKeyHint(target->text()));
        connect(shortcut, &QShortcut::activated, target, &QPushButton::click);
    }
    setFocusProxy(m_queue);
    // Other rooms and the desk change the queue; keep it current.
    m_refresh = new QTimer(this);
    m_refresh->setInterval(2000);
    connect(m_refresh, &QTimer::timeout, this, &CallingPage::refresh);
    m_refresh->start();
    if (!m_services.calls) {
        m_message->setText(tr("Calling is not available at this station."));
        m_message->show();
    }
    refresh();
}

QString CallingPage::roomId() const
{
    return m_room->currentData().toString();
}

QString CallingPage::maskedNameOf(const QString &acceptanceNo) const
{
    const auto record = m_services.checkIn.caseRecord(acceptanceNo);
    return record ? core::maskName(record->data.person.name) : QString();
}

bool CallingPage::ownOnly() const
{
    return m_session.account.role == core::Role::Expert && !m_session.account.expertId.isEmpty();
}

QList<routing::RoomEntry> CallingPage::mine(const QList<routing::RoomEntry> &entries) const
{
    if (!ownOnly())
        return entries;
    QList<routing::RoomEntry> own;
    for (const routing::RoomEntry &entry : entries)
        if (entry.expertId == m_session.account.expertId)
            own << entry;
    return own;
}

std::optional<routing::RoomEntry> CallingPage::now() const
{
    if (m_current.isEmpty())
        return std::nullopt;
    return m_current.constLast();
}

void CallingPage::refresh()
{
    if (!m_services.calls)
        return;
    const QString room = roomId();
    m_current = mine(m_services.calls->current(room));
    const QList<routing::RoomEntry> roomWaiting = m_services.calls->queue(room);
    const QList<routing::RoomEntry> waiting = mine(roomWaiting);
    const QList<routing::RoomEntry> parked = mine(m_services.calls->parked(room));
    const qsizetype others = roomWaiting.size() - waiting.size();
    m_othersWaiting->setText(
        tr("%n more wait here for the room's other experts; they call them.", nullptr, int(others)));
    m_othersWaiting->setVisible(others > 0);
    const QHash<QString, QString> laneNames = [this] {
        QHash<QString, QString> names;
        for (const core::Lane &lane : m_services.directory.lanes())
            names.insert(lane.key, RosterModel::laneTitle(lane)); // the built-in lanes translated
        return names;
    }();

    if (const auto entry = now()) {
        m_nowTicket->setText(entry->ticketLabel);
        m_nowDetails->setText((entry->state == core::AssignmentState::InExam
                                   ? tr("%1 · %2 · in examination")
                                   : tr("%1 · %2 · called %n time(s)", nullptr, entry->calls))
                                  .arg(maskedNameOf(entry->acceptanceNo), examName(entry->role)));
    } else {
        m_nowTicket->setText(QStringLiteral("—"));
        m_nowDetails->setText(tr("Nobody called yet."));
    }
    m_queue->setRowCount(int(waiting.size()));
    for (int row = 0; row < waiting.size(); ++row) {
        const routing::RoomEntry &entry = waiting.at(row);
        const QStringList cells{entry.ticketLabel, laneNames.value(entry.lane, entry.lane),
                                maskedNameOf(entry.acceptanceNo), examName(entry.role)};
        for (int column = 0; column < cells.size(); ++column)
            m_queue->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_parked->clear();
    for (const routing::RoomEntry &entry : parked) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1  %2").arg(entry.ticketLabel, maskedNameOf(entry.acceptanceNo)), m_parked);
        item->setData(Qt::UserRole, entry.ticketId);
    }
    const QString pause = m_services.directory.roomPause(room);
    m_pauseBanner->setText(pause.isEmpty() ? QString() : tr("Paused: %1").arg(pause));
    m_pauseBanner->setProperty("problem", !pause.isEmpty());
    repolish(m_pauseBanner);
    m_pause->setText(pause.isEmpty() ? tr("Pause room (F9)") : tr("Resume room (F9)"));

    const auto entry = now();
    const bool called = entry && entry->state == core::AssignmentState::Called;
    m_callNext->setEnabled(!waiting.isEmpty() && pause.isEmpty());
    m_recall->setEnabled(called);
    m_noShow->setEnabled(called);
    m_start->setEnabled(called);
    m_finish->setEnabled(entry && entry->state == core::AssignmentState::InExam);
    m_transfer->setEnabled(called);
    m_requeue->setEnabled(!parked.isEmpty());
}

void CallingPage::showError(const QString &message)
{
    setMessage(m_message, message, true);
    m_message->show();
}

void CallingPage::report(const core::Result<routing::CallEvent> &outcome, const QString &done)
{
    if (!outcome) {
        showError(outcome.error());
    } else {
        setMessage(m_message, done.arg(outcome->ticketLabel), false);
        m_message->show();
    }
    refresh();
}

void CallingPage::callNext()
{
    if (m_services.calls)
        report(m_services.calls->callNext(m_session, roomId()), tr("Called %1."));
}

void CallingPage::recall()
{
    if (const auto entry = now(); entry && m_services.calls)
        report(m_services.calls->recall(m_session, roomId(), entry->ticketId), tr("Called %1 again."));
}

void CallingPage::noShow()
{
    if (const auto entry = now(); entry && m_services.calls)
        report(m_services.calls->noShow(m_session, roomId(), entry->ticketId),
               tr("%1 is on the list of people who were not there."));
}

void CallingPage::startExam()
{
    const auto entry = now();
    if (!entry || !m_services.calls)
        return;
    const auto started = m_services.calls->startExam(m_session, roomId(), entry->ticketId);
    report(started, tr("Examining %1."));
    if (started && entry->expertId == m_session.account.expertId)
        emit examStarted(entry->acceptanceNo);
}

void CallingPage::finishExam()
{
    if (const auto entry = now(); entry && m_services.calls)
        report(m_services.calls->finishExam(m_session, roomId(), entry->ticketId), tr("%1 finished here."));
}

void CallingPage::callTicket()
{
    if (!m_services.calls)
        return;
    const auto label = askText(this, QStringLiteral("callNumberPrompt"), tr("Call a number"),
                               tr("Queue number (e.g. A012):"));
    if (label && !label->trimmed().isEmpty())
        report(m_services.calls->callTicket(m_session, roomId(), *label), tr("Called %1."));
}

void CallingPage::transfer()
{
    const auto entry = now();
    if (!entry || !m_services.calls)
        return;
    QStringList choices;
    for (const core::Expert &expert : m_services.directory.experts())
        if (expert.onDuty && !expert.roomId.isEmpty() && expert.id != entry->expertId)
            choices << tr("%1 %2 (%3)",
                          "expert id, name (room); the id comes first and ends at the first space")
                           .arg(expert.id, expert.name, expert.roomId);
    const auto choice = askChoice(this, QStringLiteral("transferExpertPrompt"), tr("Transfer"),
                                  tr("To which expert?"), choices);
    if (!choice)
        return;
    const auto reason = askText(this, QStringLiteral("transferReasonPrompt"), tr("Transfer"), tr("Why?"));
    if (!reason)
        return;
    report(m_services.calls->transfer(m_session, roomId(), entry->ticketId,
                                      choice->section(QLatin1Char(' '), 0, 0), *reason),
           tr("%1 transferred."));
}

void CallingPage::togglePause()
{
    if (!m_services.calls)
        return;
    if (!m_services.directory.roomPause(roomId()).isEmpty()) {
        report(m_services.calls->resume(m_session, roomId()), tr("The room calls again."));
        return;
    }
    const auto reason =
        askText(this, QStringLiteral("pauseReasonPrompt"), tr("Pause room"), tr("Why is the room pausing?"));
    if (reason)
        report(m_services.calls->pause(m_session, roomId(), *reason), tr("The room is paused."));
}

void CallingPage::overrideRoom()
{
    if (!m_services.calls)
        return;
    const auto reason = askText(this, QStringLiteral("overrideReasonPrompt"),
                                tr("Call for room %1").arg(m_room->currentText()),
                                tr("Why do you call for this room (audited)?"));
    if (!reason)
        return;
    const auto overridden = m_services.calls->overrideRoom(m_session, roomId(), *reason);
    if (!overridden) {
        showError(overridden.error());
        return;
    }
    m_message->setProperty("problem", false);
    m_message->setText(
        tr("You may call for %1 until the end of the day; each call is audited.").arg(m_room->currentText()));
    repolish(m_message);
    m_message->show();
    refresh();
}

void CallingPage::requeueSelected()
{
    QListWidgetItem *item = m_parked->currentItem();
    if (!item && m_parked->count() > 0)
        item = m_parked->item(0);
    if (item && m_services.calls)
        report(m_services.calls->requeue(m_session, item->data(Qt::UserRole).toString()),
               tr("%1 waits again with the same number."));
}

} // namespace ui
