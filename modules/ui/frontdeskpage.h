#pragma once

#include "services.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace ui {

class RosterModel;
class RosterFilter;

// Front desk home: today's roster with live status and search.
class FrontDeskPage : public QWidget
{
    Q_OBJECT
public:
    FrontDeskPage(store::Database &database, const StationInfo &station, QWidget *parent = nullptr);
    void reload();

private:
    store::Database &m_database;
    StationInfo m_station;
    RosterModel *m_model = nullptr;
    RosterFilter *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace ui
