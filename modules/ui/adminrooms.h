#pragma once

#include "accounts/permissions.h"
#include "administration/venueadministration.h"
#include "routing/callauthority.h"

#include <QDialog>
#include <QWidget>

class QCheckBox;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace ui {

class ActionFeedback;
class SpecialtyChecks;

// Exam rooms (add, edit, pause with a reason, resume, remove or retire) and queue lanes.
class AdminRoomsTab : public QWidget
{
    Q_OBJECT
public:
    // `calls` decides pauses like the calling page does (the hub on a LAN, else this station).
    AdminRoomsTab(administration::VenueAdministration &venue, routing::CallAuthority &calls,
                  const accounts::Session &session, QWidget *parent = nullptr);
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void editRoom(bool create);
    void pauseRoom();
    void resumeRoom();
    void removeRoom();
    void editLane(bool create);
    void removeLane();
    administration::VenueAdministration &m_venue;
    routing::CallAuthority &m_calls;
    const accounts::Session &m_session;
    QTableWidget *m_rooms, *m_lanes;
    ActionFeedback *m_feedback;
};

class RoomDialog : public QDialog
{
    Q_OBJECT
public:
    RoomDialog(const core::Room *existing, QWidget *parent = nullptr);
    core::Room room() const;

private:
    QLineEdit *m_id, *m_name;
    SpecialtyChecks *m_specialties;
};

class LaneDialog : public QDialog
{
    Q_OBJECT
public:
    LaneDialog(const core::Lane *existing, QWidget *parent = nullptr);
    core::Lane lane() const;

private:
    QLineEdit *m_key, *m_prefix, *m_name, *m_colour, *m_resetTime;
    QSpinBox *m_ratio;
    QCheckBox *m_strict;
};

} // namespace ui
