#include "stationstatusbar.h"

#include "elidinglabel.h"

#include "health/rules.h"

#include <QEvent>
#include <QLabel>
#include <QStyle>

#include <algorithm>

namespace ui {

namespace {
void setAlarm(QLabel *label, bool alarm)
{
    label->setProperty("alarm", alarm);
    // Re-apply the style sheet so the alarm colour follows the property.
    label->style()->unpolish(label);
    label->style()->polish(label);
}

ElidingLabel *addItem(QStatusBar *bar, const QString &objectName, const QString &text,
                      const QString &shortText)
{
    auto *label = new ElidingLabel(text, bar);
    label->setObjectName(objectName);
    label->setProperty("statusItem", true);
    // On a narrow screen an item gives up width down to its short form, whole in its tooltip,
    // rather than making the window wider than the screen.
    label->setShortText(shortText);
    label->setToolTip(text);
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
    // Who is logged in is the one thing a person checks before working: the name stays whole.
    addItem(this, QStringLiteral("statusUser"),
            tr("%1 · %2").arg(session.account.displayName, core::displayName(session.account.role)),
            session.account.displayName);
    // The venue is also in the window title: its item gives way first.
    addItem(this, QStringLiteral("statusVenue"), tr("%1 · batch %2").arg(station.venueName, station.batchId),
            tr("batch %1").arg(station.batchId))
        ->setModest(true);
    m_database =
        addItem(this, QStringLiteral("statusDatabase"), tr("Checking the database…"), tr("Database…"));
    m_network = addItem(this, QStringLiteral("statusNetwork"), QString(), QString());
    m_hub = addItem(this, QStringLiteral("statusHub"), QString(), QString());
    m_hub->hide();
    m_health = addItem(this, QStringLiteral("statusStationHealth"), tr("Health: checking…"), tr("Health…"));
    m_health->setProperty("healthLevel", QStringLiteral("ok"));
    m_health->setCursor(Qt::PointingHandCursor);
    m_health->installEventFilter(this);
}

bool StationStatusBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_health && event->type() == QEvent::MouseButtonRelease)
        emit healthClicked();
    return QStatusBar::eventFilter(watched, event);
}

void StationStatusBar::showStationHealth(const health::Report &report)
{
    const health::Level level = report.level();
    int problems = 0;
    QStringList lines;
    // The problems first, the worst on top; then what is fine.
    QList<health::Check> checks = report.checks;
    std::stable_sort(checks.begin(), checks.end(),
                     [](const health::Check &a, const health::Check &b) { return a.level > b.level; });
    for (const health::Check &check : checks) {
        // ✔ / ▲ / ✖ keep the levels apart without colour (colour-blind admins, black-and-white RDP).
        const QString mark = check.level == health::Level::Ok        ? QStringLiteral("✔")
                             : check.level == health::Level::Warning ? QStringLiteral("▲")
                                                                     : QStringLiteral("✖");
        if (check.level != health::Level::Ok)
            ++problems;
        lines << tr("%1 %2: %3").arg(mark, health::Rules::title(check.name), check.value);
        if (check.level != health::Level::Ok && !check.advice.isEmpty())
            lines << QStringLiteral("    → ") + check.advice;
    }
    const QString mark = level == health::Level::Ok        ? QStringLiteral("●")
                         : level == health::Level::Warning ? QStringLiteral("▲")
                                                           : QStringLiteral("✖");
    m_health->setText(problems == 0
                          ? tr("%1 Health: OK").arg(mark)
                          : tr("%1 Health: %2 (%n)", nullptr, problems).arg(mark, health::levelName(level)));
    // Short: the mark and the level, e.g. "✖ Critical (2)".
    m_health->setShortText(problems == 0
                               ? tr("%1 OK").arg(mark)
                               : tr("%1 %2 (%3)").arg(mark, health::levelName(level)).arg(problems));
    m_health->setToolTip(lines.join(QLatin1Char('\n')));
    m_health->setProperty("healthLevel", health::levelKey(level));
    m_health->style()->unpolish(m_health);
    m_health->style()->polish(m_health);
    // Measured again in its bold style: the short form is the item's minimum width.
    m_health->updateGeometry();
}

void StationStatusBar::showHub(venue::HubClient::State state, int waitingCommands, const QString &lastError)
{
    using State = venue::HubClient::State;
    QString text;
    QString shortText;
    QString advice;
    switch (state) {
    case State::Online:
        text = tr("Venue hub: connected");
        shortText = tr("Hub OK");
        break;
    case State::Connecting:
        text = tr("Venue hub: connecting…");
        shortText = tr("Hub…");
        break;
    case State::Offline:
        text = tr("Venue hub NOT REACHABLE");
        shortText = tr("NO HUB");
        advice = tr("Work goes on at this station; what waits is sent when the hub is back.");
        break;
    case State::Refused:
        text = tr("Venue hub REFUSED this station");
        shortText = tr("HUB REFUSED");
        advice = tr("Enrol this station again with a code from the hub (appraisal-admin venue enrol).");
        break;
    }
    if (waitingCommands > 0) {
        text += tr(" · %n command(s) waiting", nullptr, waitingCommands);
        shortText += tr(" · %1 waiting").arg(waitingCommands);
    }
    m_hub->setText(text);
    m_hub->setShortText(shortText);
    m_hub->setToolTip(lastError.isEmpty() ? advice : advice + QLatin1Char('\n') + lastError);
    m_hub->show();
    setAlarm(m_hub, state == State::Offline || state == State::Refused);
}

void StationStatusBar::showSync(const QString &text, const QString &shortText, bool problem)
{
    m_network->setText(text);
    m_network->setShortText(shortText);
    m_network->setToolTip(text);
    setAlarm(m_network, problem);
}

void StationStatusBar::showHealth(const store::HealthReport &health)
{
    m_alarm = !health.healthy();
    if (m_alarm) {
        m_database->setText(tr("DATABASE DAMAGED: call the venue admin"));
        m_database->setShortText(tr("DATABASE DAMAGED"));
        m_database->setToolTip(health.quickCheck);
    } else {
        m_database->setText(tr("Database OK (schema %1)").arg(health.schemaVersion));
        m_database->setShortText(tr("Database OK"));
        m_database->setToolTip(QString());
    }
    setAlarm(m_database, m_alarm);
}

} // namespace ui
