#include "syncpage.h"

#include "recordnames.h"

#include "pagewidgets.h"
#include "screenfit.h"

#include "centralsync/syncscheduler.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui {

namespace {

QLabel *addFigure(QGridLayout *grid, int column, const QString &caption, const QString &objectName,
                  QWidget *parent)
{
    auto *card = new QWidget(parent);
    card->setObjectName(QStringLiteral("figureCard"));
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(20, 16, 20, 16);
    auto *value = new QLabel(card);
    value->setObjectName(objectName);
    value->setProperty("figure", true);
    auto *label = new QLabel(caption, card);
    label->setObjectName(QStringLiteral("figureCaption"));
    if (isCompactScreen(*parent)) {
        // 911×512: four cards side by side fit when their captions wrap and their margins shrink.
        label->setWordWrap(true);
        layout->setContentsMargins(12, 8, 12, 8);
    }
    layout->addWidget(value);
    layout->addWidget(label);
    grid->addWidget(card, 0, column);
    return value;
}

QTableWidget *makeTable(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time, QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QStringLiteral("—");
}

} // namespace

QString syncStatusLine(const centralsync::SyncStatus &status, bool syncing, bool *problem)
{
    *problem = false;
    using State = centralsync::SyncStatus::State;
    if (syncing)
        return SyncPage::tr("Syncing · %1 waiting").arg(status.pending);
    switch (status.state) {
    case State::NotConfigured:
        return SyncPage::tr("Single-PC mode · central sync not set up · %1 waiting").arg(status.pending);
    case State::NeverRun:
        return SyncPage::tr("Not synced yet · %1 waiting").arg(status.pending);
    case State::Online:
        return SyncPage::tr("Online · synced %1 · %2 waiting")
            .arg(timeText(status.lastRun))
            .arg(status.pending);
    case State::Offline:
        *problem = true;
        return SyncPage::tr("Offline · last success %1 · %2 waiting")
            .arg(timeText(status.lastSuccess))
            .arg(status.pending);
    case State::Error:
        *problem = true;
        return SyncPage::tr("Sync error · %1 waiting").arg(status.pending);
    }
    return {};
}

QString syncStatusShort(const centralsync::SyncStatus &status, bool syncing)
{
    using State = centralsync::SyncStatus::State;
    if (syncing)
        return SyncPage::tr("Syncing…");
    switch (status.state) {
    case State::NotConfigured:
        return SyncPage::tr("No central sync");
    case State::NeverRun:
        return SyncPage::tr("Not synced · %1").arg(status.pending);
    case State::Online:
        return SyncPage::tr("Synced %1")
            .arg(status.lastRun.isValid() ? QLocale().toString(status.lastRun.time(), QStringLiteral("HH:mm"))
                                          : QStringLiteral("—"));
    case State::Offline:
        return SyncPage::tr("OFFLINE · %1").arg(status.pending);
    case State::Error:
        return SyncPage::tr("SYNC ERROR · %1").arg(status.pending);
    }
    return {};
}

SyncPage::SyncPage(centralsync::SyncAdministration &sync, centralsync::SyncScheduler *scheduler,
                   const core::Clock &clock, const accounts::Session &session, QWidget *parent)
    : QWidget(parent), m_sync(sync), m_clock(clock), m_session(session), m_scheduler(scheduler)
{
    setObjectName(QStringLiteral("syncPage"));
    auto *layout = new QVBoxLayout(this);
    const bool compact = isCompactScreen(*this);
    layout->setContentsMargins(compact ? QMargins(16, 12, 16, 8) : QMargins(28, 24, 28, 24));
    layout->setSpacing(compact ? 6 : 12);
    layout->addWidget(
        makePageHeader(tr("Synchronization"),
                       tr("Every record saved at this station waits in the outbox until the central "
                          "system has confirmed it. Nothing is deleted here when an upload fails."),
                       this));
    auto *grid = new QGridLayout;
    grid->setSpacing(compact ? 8 : 16);
    m_pending = addFigure(grid, 0, tr("waiting for upload"), QStringLiteral("syncPending"), this);
    m_total = addFigure(grid, 1, tr("records saved in total"), QStringLiteral("syncTotal"), this);
    m_quarantined =
        addFigure(grid, 2, tr("set aside with an error"), QStringLiteral("syncQuarantined"), this);
    m_lastSuccess = addFigure(grid, 3, tr("last complete sync"), QStringLiteral("syncLastSuccess"), this);
    layout->addLayout(grid);

    auto *settings = new QGridLayout;
    settings->addWidget(new QLabel(tr("Central server"), this), 0, 0);
    m_server = new QLineEdit(m_sync.server(), this);
    m_server->setObjectName(QStringLiteral("syncServer"));
    m_server->setPlaceholderText(QStringLiteral("https://central.example:8470"));
    settings->addWidget(m_server, 0, 1);
    settings->addWidget(new QLabel(tr("Trusted CA (PEM file, optional)"), this), 0, 2);
    m_ca = new QLineEdit(m_sync.caFile(), this);
    m_ca->setObjectName(QStringLiteral("syncCa"));
    settings->addWidget(m_ca, 0, 3);
    settings->addWidget(new QLabel(tr("Station token"), this), 1, 0);
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("syncToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("paste a new token to replace it; it is kept in the system keychain"));
    settings->addWidget(m_token, 1, 1, 1, 2);
    auto *save = new QPushButton(tr("Save settings"), this);
    save->setObjectName(QStringLiteral("saveSyncSettings"));
    settings->addWidget(save, 1, 3);
    settings->setColumnStretch(1, 2);
    settings->setColumnStretch(3, 1);
    layout->addLayout(settings);

    auto *run = new QHBoxLayout;
    m_syncNow = new QPushButton(tr("Sync now"), this);
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_syncNow->setProperty("primary", true);
    run->addWidget(m_syncNow);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setFormat(tr("%v of %m records"));
    m_progress->hide();
    run->addWidget(m_progress, 1);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("syncState"));
    m_state->setWordWrap(true);
    run->addWidget(m_state, 2);
    layout->addLayout(run);

    auto *tables = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Waiting, by kind of record"), this));
    m_byType = makeTable(QStringLiteral("syncPendingByType"), {tr("Kind"), tr("Waiting")}, this);
    // The kind takes what is left once the count is whole: no sideways scrolling on a narrow screen.
    m_byType->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_byType->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_byType->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    left->addWidget(m_byType);
    tables->addLayout(left, 3);
    auto *right = new QVBoxLayout;
    right->addWidget(
        new QLabel(tr("Set aside: the central system refused them (the rest still goes up)"), this));
    m_quarantineList = makeTable(QStringLiteral("syncQuarantinedList"),
                                 {tr("Kind"), tr("Key"), tr("Record"), tr("Reason")}, this);
    for (int column = 0; column < 3; ++column)
        m_quarantineList->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    right->addWidget(m_quarantineList);
    tables->addLayout(right, 5);
    layout->addLayout(tables, 1);

    connect(save, &QPushButton::clicked, this, &SyncPage::saveSettings);
    connect(m_syncNow, &QPushButton::clicked, this, &SyncPage::syncNow);
    m_syncNow->setEnabled(m_scheduler != nullptr);
    if (m_scheduler) {
        // Runs started here or by the schedule both show: the page follows the scheduler.
        connect(m_scheduler, &centralsync::SyncScheduler::runStarted, this, [this] {
            m_syncNow->setEnabled(false);
            m_progress->setValue(0);
            m_progress->show();
            reload();
            emit statusChanged();
        });
        connect(m_scheduler, &centralsync::SyncScheduler::progress, this, [this](qint64 done, qint64 total) {
            m_pending->setText(QString::number(m_sync.counts().pending));
            m_progress->setMaximum(int(qMax<qint64>(total, 1)));
            m_progress->setValue(int(done));
        });
        connect(m_scheduler, &centralsync::SyncScheduler::runFinished, this, &SyncPage::onFinished);
    }
    reload();
}

SyncPage::~SyncPage() = default;

void SyncPage::reload()
{
    const store::OutboxCounts counts = m_sync.counts();
    m_pending->setText(QString::number(counts.pending));
    m_total->setText(QString::number(counts.total));
    m_quarantined->setText(QString::number(counts.quarantined));
    const centralsync::SyncStatus status = m_sync.status();
    // The card is narrow: the time of day for today, the date for earlier days; all of it in the tooltip.
    const bool today = status.lastSuccess.isValid() && status.lastSuccess.date() == m_clock.now().date();
    m_lastSuccess->setText(!status.lastSuccess.isValid() ? QStringLiteral("—")
                           : today ? QLocale().toString(status.lastSuccess, QStringLiteral("HH:mm"))
                                   : QLocale().toString(status.lastSuccess, QStringLiteral("MM-dd")));
    m_lastSuccess->setToolTip(timeText(status.lastSuccess));
    bool problem = false;
    const bool syncing = m_scheduler && m_scheduler->running();
    QString state = syncStatusLine(status, syncing, &problem);
    if (!status.lastError.isEmpty() && !syncing)
        state += QStringLiteral("\n") + status.lastError;
    m_state->setText(state);
    m_state->setProperty("problem", problem);
    repolish(m_state);
    const auto byType = m_sync.pendingByType();
    m_byType->setRowCount(int(byType.size()));
    for (int row = 0; row < byType.size(); ++row) {
        m_byType->setItem(row, 0, new QTableWidgetItem(RecordNames::outboxKind(byType.at(row).first)));
        m_byType->setItem(row, 1, new QTableWidgetItem(QString::number(byType.at(row).second)));
    }
    // The kinds are words ("Call at a room"): shown whole, the count column takes the rest.
    m_byType->resizeColumnToContents(0);
    const auto quarantined = m_sync.quarantined();
    m_quarantineList->setRowCount(int(quarantined.size()));
    for (int row = 0; row < quarantined.size(); ++row) {
        const auto &q = quarantined.at(row);
        const QStringList cells{RecordNames::outboxKind(q.type), q.entityKey, q.recordId, q.reason};
        for (int column = 0; column < cells.size(); ++column)
            m_quarantineList->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

void SyncPage::saveSettings()
{
    const QUrl url(m_server->text().trimmed());
    if (!m_server->text().trimmed().isEmpty() &&
        (!url.isValid() ||
         (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))) {
        m_state->setText(tr("The server must be an address like https://central.example:8470."));
        m_state->setProperty("problem", true);
        repolish(m_state);
        return;
    }
    if (!m_ca->text().trimmed().isEmpty() && QSslCertificate::fromPath(m_ca->text().trimmed()).isEmpty()) {
        m_state->setText(tr("%1 holds no PEM certificate.").arg(m_ca->text().trimmed()));
        m_state->setProperty("problem", true);
        repolish(m_state);
        return;
    }
    const core::Status saved = m_sync.save(m_session.account.username, m_server->text().trimmed(),
                                           m_ca->text().trimmed(), m_token->text().trimmed());
    m_token->clear();
    if (!saved) {
        m_state->setText(saved.error());
        m_state->setProperty("problem", true);
        repolish(m_state);
        return;
    }
    reload();
    m_state->setText(tr("Settings saved."));
}

void SyncPage::syncNow()
{
    if (!m_scheduler)
        return;
    QString problem;
    if (!m_scheduler->runNow(&problem)) {
        m_state->setText(problem);
        m_state->setProperty("problem", true);
        repolish(m_state);
    }
}

void SyncPage::onFinished(const centralsync::UploadSummary &summary)
{
    m_syncNow->setEnabled(true);
    m_progress->hide();
    reload();
    if (summary.lastError.isEmpty())
        m_state->setText(tr("Uploaded %1, already there %2, set aside %3; %4 waiting.")
                             .arg(summary.uploaded)
                             .arg(summary.duplicates)
                             .arg(summary.rejected)
                             .arg(summary.pending));
    emit statusChanged();
}

} // namespace ui
