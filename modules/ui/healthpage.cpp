#include "healthpage.h"

#include "pagewidgets.h"
#include "screenfit.h"

#include "health/rules.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

namespace {

QTableWidget *makeTable(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(true);
    table->verticalHeader()->hide();
    // Rows follow the wrapped advice as the columns get their width (also after the first show).
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QIcon levelIcon(const QWidget *widget, health::Level level)
{
    switch (level) {
    case health::Level::Ok:
        return widget->style()->standardIcon(QStyle::SP_DialogApplyButton);
    case health::Level::Warning:
        return widget->style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case health::Level::Critical:
        return widget->style()->standardIcon(QStyle::SP_MessageBoxCritical);
    }
    return {};
}

QTableWidgetItem *levelItem(const QWidget *widget, health::Level level)
{
    auto *item = new QTableWidgetItem(levelIcon(widget, level), health::levelName(level));
    item->setData(Qt::UserRole, health::levelKey(level));
    return item;
}

} // namespace

HealthPage::HealthPage(const Services &services, const accounts::Session &session, QWidget *parent)
    : QWidget(parent), m_services(services), m_session(session)
{
    setObjectName(QStringLiteral("healthPage"));
    auto *layout = new QVBoxLayout(this);
    // 911×512: the page's margins go to its content.
    const bool compactMargins = isCompactScreen(*this);
    layout->setContentsMargins(compactMargins ? QMargins(16, 8, 16, 6) : QMargins(28, 24, 28, 24));
    layout->setSpacing(compactMargins ? 6 : 12);
    layout->addWidget(makePageHeader(
        tr("Station health"),
        tr("Early warnings for this PC and, with a venue hub, for every PC of the venue: what is "
           "measured, how serious it is and what to do. Checked every minute; thresholds are the "
           "settings health.*."),
        this));

    auto *top = new QHBoxLayout;
    m_level = new QLabel(tr("Checking…"), this);
    m_level->setObjectName(QStringLiteral("healthLevelBanner"));
    m_level->setProperty("healthLevel", QStringLiteral("ok"));
    top->addWidget(m_level, 1);
    m_checkNow = new QPushButton(tr("Check now"), this);
    m_checkNow->setObjectName(QStringLiteral("healthCheckNow"));
    m_checkNow->setEnabled(services.health != nullptr);
    top->addWidget(m_checkNow);
    layout->addLayout(top);

    m_checks = makeTable(QStringLiteral("healthChecks"),
                         {tr("Level"), tr("Check"), tr("Now"), tr("What to do")}, this);
    m_checks->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_checks->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    // What it is now and what to do share the rest, both wrapped: a fixed width for the first left
    // the advice a sliver on a 1366×768 screen at 150 %.
    m_checks->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_checks->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_checks->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_checks, 4);

    auto *venueTitle = new QLabel(tr("PCs of the venue"), this);
    venueTitle->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(venueTitle);
    m_venueNote = new QLabel(this);
    m_venueNote->setObjectName(QStringLiteral("healthVenueNote"));
    m_venueNote->setWordWrap(true);
    layout->addWidget(m_venueNote);
    m_venue = makeTable(QStringLiteral("venueHealth"),
                        {tr("PC"), tr("Role"), tr("Level"), tr("Reported"), tr("Problems")}, this);
    m_venue->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_venue->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_venue->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_venue->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_venue->setMinimumHeight(90);
    layout->addWidget(m_venue, 1);

    if (health::Monitor *monitor = services.health) {
        connect(m_checkNow, &QPushButton::clicked, monitor, &health::Monitor::evaluateNow);
        connect(monitor, &health::Monitor::reportReady, this, [this](const health::Report &report) {
            showReport(report);
            refreshVenue();
        });
        if (monitor->hasReport())
            showReport(monitor->report());
    }
    if (venue::HubClient *hub = services.hub)
        connect(hub, &venue::HubClient::answered, this,
                [this](const QString &key, bool ok, const QJsonObject &result, const QString &error) {
                    if (key != m_venueKey)
                        return;
                    m_venueKey.clear();
                    if (ok)
                        showVenue(result);
                    else
                        m_venueNote->setText(tr("The hub did not list the venue's PCs: %1").arg(error));
                });
    refreshVenue();
}

void HealthPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshVenue();
}

void HealthPage::showReport(const health::Report &report)
{
    m_report = report;
    const health::Level level = report.level();
    int problems = 0;
    // The worst first: at 1366×768 what needs doing is on screen without scrolling.
    QList<health::Check> checks = report.checks;
    std::stable_sort(checks.begin(), checks.end(),
                     [](const health::Check &a, const health::Check &b) { return a.level > b.level; });
    m_checks->setRowCount(int(checks.size()));
    for (int row = 0; row < checks.size(); ++row) {
        const health::Check &check = checks.at(row);
        if (check.level != health::Level::Ok)
            ++problems;
        m_checks->setItem(row, 0, levelItem(this, check.level));
        auto *name = new QTableWidgetItem(health::Rules::title(check.name));
        name->setToolTip(check.name); // the stable name, as `appraisal-admin health` prints it
        name->setData(Qt::UserRole, check.name);
        m_checks->setItem(row, 1, name);
        m_checks->setItem(row, 2, new QTableWidgetItem(check.value));
        m_checks->setItem(row, 3,
                          new QTableWidgetItem(check.advice.isEmpty() ? QStringLiteral("—") : check.advice));
    }
    m_level->setText(problems == 0 ? tr("This PC: everything is OK")
                                   : tr("This PC: %1 — %n check(s) need attention", nullptr, problems)
                                         .arg(health::levelName(level)));
    m_level->setProperty("healthLevel", health::levelKey(level));
    m_level->style()->unpolish(m_level);
    m_level->style()->polish(m_level);
    if (!m_services.hub)
        showVenue({}); // this PC alone
}

void HealthPage::refreshVenue()
{
    venue::HubClient *hub = m_services.hub;
    if (!hub) {
        showVenue({});
        return;
    }
    if (hub->state() != venue::HubClient::State::Online) {
        m_venueNote->setText(tr("The venue hub is not reachable: the list shows what it said last."));
        return;
    }
    if (m_venueKey.isEmpty())
        m_venueKey = hub->send(QStringLiteral("venue_health"), {}, m_session.account.username);
}

void HealthPage::showVenue(const QJsonObject &summary)
{
    struct Row {
        QString station, role;
        health::Level level;
        QString reported;
        QString problems;
    };
    QList<Row> rows;
    if (!m_services.hub) {
        m_venueNote->setText(tr("This station works without a venue hub: it is the only PC shown."));
        QStringList problems;
        for (const health::Check &check : m_report.checks)
            if (check.level != health::Level::Ok)
                problems << tr("%1: %2").arg(health::Rules::title(check.name), check.value);
        rows << Row{tr("this PC"), QString(), m_report.level(), QString(), problems.join(tr("; "))};
    } else {
        const qint64 total = summary.value(QStringLiteral("stations_total")).toInteger();
        m_venueNote->setText(tr("As the venue hub last heard from each PC (%n PC(s) report to it). A PC "
                                "silent for a few minutes counts as a warning.",
                                nullptr, int(total)));
        for (const QJsonValue &entry : summary.value(QStringLiteral("stations")).toArray()) {
            const QJsonObject station = entry.toObject();
            health::Level level = health::levelFromKey(station.value(QStringLiteral("level")).toString())
                                      .value_or(health::Level::Warning);
            QStringList problems;
            if (station.value(QStringLiteral("stale")).toBool())
                problems << tr("no report for several minutes");
            const health::Report report = health::reportFromJson(station);
            for (const health::Check &check : report.checks)
                if (check.level != health::Level::Ok)
                    problems << tr("%1: %2").arg(health::Rules::title(check.name), check.value);
            const QDateTime at =
                QDateTime::fromString(station.value(QStringLiteral("received_at")).toString(), Qt::ISODate);
            rows << Row{station.value(QStringLiteral("station")).toString(),
                        station.value(QStringLiteral("role")).toString(), level,
                        at.isValid() ? at.toString(QStringLiteral("MM-dd HH:mm")) : QString(),
                        problems.join(tr("; "))};
        }
    }
    m_venue->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const Row &line = rows.at(row);
        m_venue->setItem(row, 0, new QTableWidgetItem(line.station));
        m_venue->setItem(row, 1, new QTableWidgetItem(line.role));
        m_venue->setItem(row, 2, levelItem(this, line.level));
        m_venue->setItem(row, 3, new QTableWidgetItem(line.reported));
        m_venue->setItem(row, 4,
                         new QTableWidgetItem(line.problems.isEmpty() ? QStringLiteral("—") : line.problems));
    }
}

} // namespace ui
