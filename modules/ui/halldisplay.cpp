#include "halldisplay.h"

#include <QKeyEvent>
#include <QPushButton>

#include <QGuiApplication>
#include <QPainter>
#include <QScreen>
#include <QTimer>

namespace ui {

namespace {

constexpr qint64 kHighlightMs = 8000;

} // namespace

QColor HallDisplay::readableOnDark(const QColor &colour)
{
    // The board is dark blue: a lane colour chosen for paper (a dark green, say) is lifted to at
    // least 65 % lightness with its hue kept, so the number stays legible from across the hall.
    const QColor hsl = colour.toHsl();
    return QColor::fromHslF(std::max<float>(0, hsl.hslHueF()), hsl.hslSaturationF(),
                            std::max<float>(0.65f, hsl.lightnessF()));
}

QColor HallDisplay::laneColour(const QString &lane) const
{
    const QColor configured = m_laneColours.value(lane);
    if (configured.isValid())
        return readableOnDark(configured);
    return lane == QLatin1String(core::kGreenLane) ? QColor(0x4a, 0xde, 0x80) : QColor(0xff, 0xff, 0xff);
}

HallDisplay::HallDisplay(const Services &services, const StationInfo &station, QWidget *parent)
    : QWidget(parent), m_services(services), m_station(station)
{
    setObjectName(QStringLiteral("hallDisplay"));
    // Made for the public (masked names only): the station's idle lock leaves it showing.
    setProperty("publicScreen", true);
    setWindowTitle(tr("Hall display — %1").arg(station.venueName));
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_poll = new QTimer(this);
    m_poll->setInterval(250);
    connect(m_poll, &QTimer::timeout, this, &HallDisplay::pollNow);
    m_poll->start();
    // The venue's rooms do not change during a day: read once, not at every repaint.
    m_rooms = services.directory.rooms();
    for (const core::Lane &lane : services.directory.lanes())
        if (QColor colour(lane.colour); !lane.colour.isEmpty() && colour.isValid())
            m_laneColours.insert(lane.key, colour);
    if (services.announcements)
        connect(this, &HallDisplay::newCall, this, [&services](const HallBoard::Call &call) {
            services.announcements->enqueue({call.ticket, call.roomName, call.maskedName});
        });
    pollNow();
    resize(1280, 720);
}

bool HallDisplay::pollNow()
{
    if (!m_services.calls)
        return false;
    const qint64 before = m_board.lastSeq();
    QList<HallBoard::Call> calls;
    bool ok = true;
    // Catch up in pages until the stream is exhausted.
    while (true) {
        const auto events = m_services.calls->pollEvents(m_board.lastSeq(), 500);
        if (!events) {
            ok = false;
            break;
        }
        QList<routing::CallEvent> today;
        for (const routing::CallEvent &event : events.value())
            if (event.at.date() == m_services.clock.today() || !m_replaying)
                today << event;
        calls += m_board.apply(today);
        if (!events->isEmpty())
            m_board.skipTo(events->last().seq); // earlier days' calls are not shown
        if (events->size() < 500)
            break;
    }
    if (!ok) {
        if (m_lostSince.isNull())
            m_lostSince = m_services.clock.now();
    } else {
        m_lostSince = QDateTime();
    }
    const auto newest = m_board.newest();
    // Highlighted only when it arrives: a call already on the board when the display opens is
    // shown plainly, not as if it were new.
    if (!m_replaying && m_board.lastSeq() != before && newest && newest->seq > before)
        m_sinceNewest.start();
    // Every call is announced, in order, even several after a gap; today's earlier calls replayed at
    // start are shown but not announced again.
    if (!m_replaying)
        for (const HallBoard::Call &call : std::as_const(calls))
            emit newCall(call);
    m_replaying = false;
    update();
    return ok;
}

void HallDisplay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QRect area = rect();
    const int h = area.height();
    const int w = area.width();
    painter.fillRect(area, QColor(0x0b, 0x1f, 0x3a));
    const auto font = [&](double share, bool bold = false) {
        QFont f = this->font();
        f.setPixelSize(std::max(12, int(h * share)));
        f.setBold(bold);
        return f;
    };

    // Header: venue and time.
    const int header = int(h * 0.1);
    painter.fillRect(QRect(0, 0, w, header), QColor(0x12, 0x33, 0x5c));
    painter.setPen(Qt::white);
    painter.setFont(font(0.045, true));
    painter.drawText(QRect(int(w * 0.02), 0, int(w * 0.7), header), Qt::AlignVCenter | Qt::AlignLeft,
                     m_station.venueName);
    painter.drawText(QRect(int(w * 0.7), 0, int(w * 0.28), header), Qt::AlignVCenter | Qt::AlignRight,
                     m_services.clock.now().toString(QStringLiteral("HH:mm")));

    // The newest call, highlighted for a few seconds.
    const int bannerHeight = sourceLost() ? int(h * 0.08) : 0;
    const QRect hero(0, header, int(w * 0.62), int(h * 0.45));
    const auto newest = m_board.newest();
    const bool highlight = newest && m_sinceNewest.isValid() && m_sinceNewest.elapsed() < kHighlightMs;
    painter.fillRect(hero.adjusted(int(w * 0.02), int(h * 0.03), 0, 0),
                     highlight ? QColor(0xfa, 0xcc, 0x15) : QColor(0x16, 0x3e, 0x6e));
    // The lane's colour as a bar beside the newest number: which queue it came from, at a glance.
    if (newest)
        painter.fillRect(QRect(hero.left() + int(w * 0.02), hero.top() + int(h * 0.03), std::max(6, w / 160),
                               hero.height() - int(h * 0.03)),
                         laneColour(newest->lane));
    painter.setPen(highlight ? QColor(0x0b, 0x1f, 0x3a) : Qt::white);
    if (newest) {
        const QRect inner = hero.adjusted(int(w * 0.04), int(h * 0.05), -int(w * 0.02), -int(h * 0.02));
        painter.setFont(font(0.12, true));
        painter.drawText(inner.adjusted(0, 0, 0, -inner.height() / 2), Qt::AlignCenter,
                         tr("Number %1").arg(newest->ticket));
        painter.setFont(font(0.075, true));
        painter.drawText(inner.adjusted(0, inner.height() / 2, 0, -inner.height() / 5), Qt::AlignCenter,
                         tr("please go to %1").arg(newest->roomName));
        painter.setFont(font(0.045));
        painter.drawText(inner.adjusted(0, inner.height() * 4 / 5, 0, 0), Qt::AlignCenter,
                         newest->recall ? tr("%1 · called again").arg(newest->maskedName)
                                        : newest->maskedName);
    } else {
        painter.setFont(font(0.06, true));
        painter.drawText(hero, Qt::AlignCenter, tr("Please wait for your number"));
    }

    // The last calls.
    const QRect list(int(w * 0.02), hero.bottom() + int(h * 0.03), int(w * 0.6),
                     h - hero.bottom() - int(h * 0.05) - bannerHeight);
    const int rows = 6;
    const int rowHeight = list.height() / (rows + 1);
    painter.setFont(font(0.035, true));
    painter.setPen(QColor(0x93, 0xc5, 0xfd));
    const QStringList heads{tr("Number"), tr("Name"), tr("Room"), tr("Time")};
    const QList<double> columns{0, 0.25, 0.5, 0.8};
    for (int c = 0; c < heads.size(); ++c)
        painter.drawText(
            QRect(list.left() + int(list.width() * columns.at(c)), list.top(), list.width() / 4, rowHeight),
            Qt::AlignVCenter | Qt::AlignLeft, heads.at(c));
    painter.setFont(font(0.04, true));
    for (int r = 0; r < std::min<int>(rows, int(m_board.recent().size())); ++r) {
        const HallBoard::Call &call = m_board.recent().at(r);
        const int top = list.top() + rowHeight * (r + 1);
        const QStringList cells{call.ticket, call.maskedName, call.roomName,
                                call.at.toString(QStringLiteral("HH:mm"))};
        for (int c = 0; c < cells.size(); ++c) {
            painter.setPen(c == 0 ? laneColour(call.lane) : QColor(Qt::white));
            painter.drawText(
                QRect(list.left() + int(list.width() * columns.at(c)), top, list.width() / 4, rowHeight),
                Qt::AlignVCenter | Qt::AlignLeft, cells.at(c));
        }
    }

    // A column per room: what it is calling now.
    const QRect roomsArea(int(w * 0.66), header + int(h * 0.03), int(w * 0.32),
                          h - header - int(h * 0.05) - bannerHeight);
    const QList<core::Room> &rooms = m_rooms;
    const int count = std::max<int>(1, int(rooms.size()));
    const int cellHeight = roomsArea.height() / count;
    for (int i = 0; i < rooms.size(); ++i) {
        const QRect cell(roomsArea.left(), roomsArea.top() + i * cellHeight, roomsArea.width(),
                         cellHeight - int(h * 0.015));
        painter.fillRect(cell, QColor(0x16, 0x3e, 0x6e));
        const HallBoard::RoomState state = m_board.rooms().value(rooms.at(i).id);
        painter.setPen(QColor(0x93, 0xc5, 0xfd));
        painter.setFont(font(0.04, true));
        painter.drawText(cell.adjusted(int(w * 0.01), 0, 0, -cell.height() / 2),
                         Qt::AlignVCenter | Qt::AlignLeft, rooms.at(i).name);
        painter.setPen(!state.pausedReason.isEmpty() ? QColor(0xfc, 0xa5, 0xa5)
                       : state.ticket.isEmpty()      ? QColor(Qt::white)
                                                     : laneColour(state.lane));
        painter.setFont(font(state.pausedReason.isEmpty() ? 0.065 : 0.04, true));
        painter.drawText(cell.adjusted(int(w * 0.01), cell.height() / 2 - int(h * 0.02), -int(w * 0.01), 0),
                         Qt::AlignVCenter | Qt::AlignLeft,
                         !state.pausedReason.isEmpty() ? tr("Paused")
                         : state.ticket.isEmpty()      ? QStringLiteral("—")
                                                       : state.ticket);
    }

    if (sourceLost()) {
        const QRect banner(0, h - bannerHeight, w, bannerHeight);
        painter.fillRect(banner, QColor(0xb4, 0x23, 0x18));
        painter.setPen(Qt::white);
        painter.setFont(font(0.035, true));
        painter.drawText(banner, Qt::AlignCenter,
                         tr("No connection to the call data since %1 — the calls shown may be out of date.")
                             .arg(m_lostSince.toString(QStringLiteral("HH:mm:ss"))));
    }
}

bool HallDisplay::highlighting() const
{
    return m_board.newest() && m_sinceNewest.isValid() && m_sinceNewest.elapsed() < kHighlightMs;
}

void HallDisplay::setClosable(bool closable)
{
    if (closable && !m_close) {
        m_close = new QPushButton(tr("Close (Esc)"), this);
        m_close->setObjectName(QStringLiteral("closeHallDisplay"));
        m_close->setFocusPolicy(Qt::NoFocus);
        m_close->setStyleSheet(
            QStringLiteral("QPushButton { background: rgba(255,255,255,40); color: white; "
                           "border: 1px solid rgba(255,255,255,90); padding: 6px 14px; }"));
        connect(m_close, &QPushButton::clicked, this, &QWidget::close);
        placeCloseButton();
        m_close->show();
    } else if (!closable && m_close) {
        delete m_close;
        m_close = nullptr;
    }
}

void HallDisplay::placeCloseButton()
{
    if (m_close) {
        m_close->adjustSize();
        // In the middle of the title band: the venue name is on the left, the clock on the right.
        m_close->move((width() - m_close->width()) / 2, 12);
        m_close->raise();
    }
}

void HallDisplay::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeCloseButton();
}

void HallDisplay::keyPressEvent(QKeyEvent *event)
{
    // Staff close the display they opened with Esc; the kiosk (--display) has no way out here.
    if (m_close && event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void showOnScreen(QWidget &display, int index)
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *screen =
        index >= 0 && index < screens.size() ? screens.at(index) : screens.value(screens.size() - 1);
    if (screen) {
        display.setScreen(screen);
        display.setGeometry(screen->geometry());
        display.showFullScreen();
    } else {
        display.show();
    }
}

} // namespace ui
