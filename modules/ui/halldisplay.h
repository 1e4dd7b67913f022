#pragma once

#include "hallboard.h"
#include "services.h"

#include <QElapsedTimer>
#include <QWidget>

class QPushButton;
class QTimer;

namespace ui {

// The hall screen, for a second monitor: the newest call large and highlighted for a few seconds,
// the last calls with their rooms, a column per room with the number it is calling, the time, and a
// red banner when the call data cannot be read. Readable from five metres: type scales with the
// screen, light on dark. It polls the call authority and always continues from the last event it
// saw, so nothing is skipped after an interruption.
class HallDisplay : public QWidget
{
    Q_OBJECT
public:
    HallDisplay(const Services &services, const StationInfo &station, QWidget *parent = nullptr);

    // Reads new events now (the timer does this every 250 ms); returns false when the source failed.
    bool pollNow();
    const HallBoard &board() const { return m_board; }
    bool sourceLost() const { return !m_lostSince.isNull(); }
    // Opened by staff from the sidebar: a close button and Esc close it. The kiosk (--display)
    // stays without them.
    void setClosable(bool closable);
    // Whether the newest call is shown highlighted now (it arrived in the last few seconds).
    bool highlighting() const;
    // The colour a lane's numbers are drawn in: the lane's own colour (core::Lane::colour) made
    // readable on the dark board, else green for the green channel and white for the others.
    QColor laneColour(const QString &lane) const;
    static QColor readableOnDark(const QColor &colour);

signals:
    void newCall(const ui::HallBoard::Call &call); // each call and recall, in order: for the announcer

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void placeCloseButton();

    const Services &m_services;
    StationInfo m_station;
    HallBoard m_board;
    QList<core::Room> m_rooms;
    QHash<QString, QColor> m_laneColours; // lanes with a colour of their own
    QTimer *m_poll = nullptr;
    QElapsedTimer m_sinceNewest; // the highlight lasts a few seconds
    QDateTime m_lostSince;
    QPushButton *m_close = nullptr;
    bool m_replaying = true; // the first poll catches up on today's calls without announcing them
};

// Shows the display full screen on screen `index` (0 = first; out of range or -1 = the last one,
// usually the second monitor).
void showOnScreen(QWidget &display, int index);

} // namespace ui
