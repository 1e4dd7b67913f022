#pragma once

#include "services.h"

#include <QWidget>

namespace ui {

// Venue admin home: the venue, its accounts, experts and rooms.
class AdminPage : public QWidget
{
    Q_OBJECT
public:
    AdminPage(const Services &services, const accounts::Session &session, const StationInfo &station,
              QWidget *parent = nullptr);
};

} // namespace ui
