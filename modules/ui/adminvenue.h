#pragma once

#include "accounts/permissions.h"
#include "administration/venueadministration.h"

#include <QWidget>

class QLineEdit;

class QHBoxLayout;
class QPushButton;

namespace ui {

class ActionFeedback;

// The venue's details as printed on notices and conclusions.
class AdminVenueTab : public QWidget
{
    Q_OBJECT
public:
    AdminVenueTab(administration::VenueAdministration &venue, const accounts::Session &session,
                  QWidget *parent = nullptr);
    // A station-wide action (the station settings) under the venue's details: on a small screen the
    // administration page has no header line to carry it.
    void addStationAction(QPushButton *button);

Q_SIGNALS:
    void venueChanged();

private:
    void save();
    administration::VenueAdministration &m_venue;
    const accounts::Session &m_session;
    QLineEdit *m_id, *m_name, *m_committee, *m_address, *m_phone;
    ActionFeedback *m_feedback;
    QHBoxLayout *m_stationActions;
};

} // namespace ui
