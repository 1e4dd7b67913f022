#pragma once

#include "services.h"

#include "identity/photodecoder.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace ui {

class CheckInPanel;
class RosterModel;
class RosterFilter;

// Front desk home: the check-in strip on top, waiting counts per lane, and today's roster with
// live status and search underneath.
class FrontDeskPage : public QWidget
{
    Q_OBJECT
public:
    FrontDeskPage(const Services &services, const accounts::Session &session, const StationInfo &station,
                  QWidget *parent = nullptr);
    void reload();
    CheckInPanel *checkInPanel() const { return m_panel; }

protected:
    // The card reader polls only while the page is on screen.
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showPrinterState();

    const Services &m_services;
    StationInfo m_station;
    CheckInPanel *m_panel = nullptr;
    RosterModel *m_model = nullptr;
    RosterFilter *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_waiting = nullptr;
    QLabel *m_reader = nullptr;
    QLabel *m_printer = nullptr;
    QPushButton *m_retryPrint = nullptr;
    identity::PhotoDecoder m_photos;
    QTableView *m_view = nullptr;
    QTimer *m_refresh = nullptr;
};

} // namespace ui
