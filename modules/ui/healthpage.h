#pragma once

#include "services.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ui {

// Venue admin: every health check of this PC with what to do about it, and every PC of the venue
// as the hub last heard of them (this PC alone when it works without a hub).
class HealthPage : public QWidget
{
    Q_OBJECT
public:
    HealthPage(const Services &services, const accounts::Session &session, QWidget *parent = nullptr);
    // Shows a report of this station (the monitor's, or one a test hands in).
    void showReport(const health::Report &report);
    // Asks the hub for the venue's stations (when linked); the answer fills the venue table.
    void refreshVenue();
    void showVenue(const QJsonObject &summary);

protected:
    void showEvent(QShowEvent *event) override;

private:
    const Services &m_services;
    accounts::Session m_session;
    QLabel *m_level = nullptr;
    QTableWidget *m_checks = nullptr;
    QPushButton *m_checkNow = nullptr;
    QLabel *m_venueNote = nullptr;
    QTableWidget *m_venue = nullptr;
    QString m_venueKey; // the hub read under way
    health::Report m_report;
};

} // namespace ui
