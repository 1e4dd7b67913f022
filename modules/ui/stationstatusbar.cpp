#include "stationstatusbar.h"

#include <QLabel>
#include <QStyle>

namespace ui {

namespace {
QLabel *addItem(QStatusBar *bar, const QString &objectName, const QString &text)
{
    auto *label = new QLabel(text, bar);
    label->setObjectName(objectName);
    label->setProperty("statusItem", true);
    bar->addPermanentWidget(label);
    return label;
}
} // namespace

StationStatusBar::StationStatusBar(const accounts::Session &session, const StationInfo &station,
                                   QWidget *parent)
    : QStatusBar(parent)
{
    setObjectName(QStringLiteral("statusBar"));
    setSizeGripEnabled(false);
    addItem(this, QStringLiteral("statusUser"),
            tr("%1 · %2").arg(session.account.displayName, core::displayName(session.account.role)));
    addItem(this, QStringLiteral("statusVenue"), tr("%1 · batch %2").arg(station.venueName, station.batchId));
    m_database = addItem(this, QStringLiteral("statusDatabase"), QString());
    m_network = addItem(this, QStringLiteral("statusNetwork"), QString());
}

void StationStatusBar::showSync(const QString &text, bool problem)
{
    m_network->setText(text);
    m_network->setProperty("alarm", problem);
    m_network->style()->unpolish(m_network);
    m_network->style()->polish(m_network);
}

void StationStatusBar::showHealth(const store::HealthReport &health)
{
    m_alarm = !health.healthy();
    if (m_alarm) {
        m_database->setText(tr("DATABASE DAMAGED: call the venue admin"));
        m_database->setToolTip(health.quickCheck);
    } else {
        m_database->setText(tr("Database OK (schema %1)").arg(health.schemaVersion));
        m_database->setToolTip(QString());
    }
    m_database->setProperty("alarm", m_alarm);
    // Re-apply the style sheet so the alarm colour follows the property.
    m_database->style()->unpolish(m_database);
    m_database->style()->polish(m_database);
}

} // namespace ui
