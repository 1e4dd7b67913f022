#include "settingsdialog.h"

#include "adminwidgets.h"
#include "screenfit.h"
#include "settingsfield.h"
#include "settingstests.h"

#include "centralsync/syncstatus.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ui {

namespace s = store::settings;

bool needsRestart(const store::SettingSpec &spec)
{
    static const QList<const store::SettingSpec *> atStart{
        &s::CardReaderPort,   &s::PrinterTicket,  &s::PrinterProfile,      &s::PrinterReceipt,
        &s::AnnounceClipPack, &s::AnnounceVolume, &s::SyncIntervalMinutes, &s::BackupIntervalMinutes,
        &s::FormsExamDir,     &s::IdleLockMinutes};
    return atStart.contains(&spec);
}

SettingsDialog::SettingsDialog(const Services &services, const accounts::Session &session, QWidget *parent)
    : QDialog(parent), m_services(services), m_session(session)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Station settings"));
    auto *layout = new QVBoxLayout(this);
    auto *body = new QHBoxLayout;
    m_pages = new QListWidget(this);
    m_pages->setObjectName(QStringLiteral("settingsPages"));
    m_pages->setFixedWidth(170);
    m_stack = new QStackedWidget(this);
    body->addWidget(m_pages);
    body->addWidget(m_stack, 1);
    layout->addLayout(body, 1);
    addPage(QStringLiteral("settingsDevices"), tr("Devices"),
            {&s::CardReaderPort, &s::PrinterTicket, &s::PrinterProfile, &s::PrinterReceipt}, deviceTests());
    addPage(QStringLiteral("settingsHall"), tr("Hall"),
            {&s::AnnounceTemplate, &s::AnnounceVolume, &s::AnnounceRepeat, &s::AnnounceClipPack},
            hallTests());
    addPage(QStringLiteral("settingsSync"), tr("Sync"),
            {&s::SyncServer, &s::SyncCa, &s::SyncIntervalMinutes, &s::SyncStationId}, syncExtras());
    addPage(QStringLiteral("settingsLan"), tr("Venue LAN"), {}, lanExtras());
    addPage(QStringLiteral("settingsSecurity"), tr("Security"),
            {&s::IdleLockMinutes, &s::LockoutMaxFailures, &s::LockoutMinutes});
    addPage(QStringLiteral("settingsTimeLimits"), tr("Time limits"),
            {&s::DeadlineWarnDaysConclusion, &s::DeadlineWarnDaysDelivery, &s::DeliveryDefaultProvince});
    addPage(QStringLiteral("settingsQueue"), tr("Queue and draw"),
            {&s::QueueResetTime, &s::CallMaxCalls, &s::CallRecallIntervalSeconds, &s::DrawPanelSize,
             &s::DrawReviewerFlagOnly, &s::DrawRecusalDays});
    addPage(QStringLiteral("settingsStorage"), tr("Files and backups"),
            {&s::FormsExamDir, &s::MaterialsMaxMb, &s::BackupIntervalMinutes, &s::BackupKeep});
    // The buttons after the pages, so that Tab goes from the list of pages into the page's fields
    // and only then to Save (seen at the walk: Tab went from the list straight to Save).
    // What the last save did, beside the buttons: a line of its own under the pages stood empty
    // most of the time, height the pages need on a 911×512 screen.
    auto *bottom = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setWordWrap(true);
    bottom->addWidget(m_status, 1);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    box->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("settingsSaveButton"));
    bottom->addWidget(box, 0, Qt::AlignBottom);
    layout->addLayout(bottom);
    connect(box, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pages, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_pages->setCurrentRow(0);
    // 980×640 where there is room; never more than the screen (1366×768 at 150 % is 911×512): the
    // pages scroll, the buttons stay.
    fitToScreen(*this, QSize(980, 640));
}

QWidget *SettingsDialog::addPage(const QString &objectName, const QString &title,
                                 const QList<const store::SettingSpec *> &specs, QWidget *extra)
{
    auto *scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Tab goes into the page's first field, not to the scroll area around it (a stop where keys
    // did nothing; seen at the walk).
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *page = new QWidget(scroll);
    page->setObjectName(objectName);
    auto *layout = new QVBoxLayout(page);
    auto *heading = new QLabel(title, page);
    heading->setObjectName(QStringLiteral("planHeading"));
    layout->addWidget(heading);
    const bool compact = isCompactScreen(*this);
    if (compact) {
        // 911×512: the highlighted page in the list names it; its line goes to the settings.
        heading->hide();
        layout->setContentsMargins(6, 0, 6, 0);
    }
    // Each description above its field, across the page's whole width: a form layout gave the
    // wrapped labels only their narrow size hint, so a Chinese description ran to five lines.
    // A number, a choice or a switch is short: it stands before its description on one line, so
    // that a page of them (queue and draw) needs no scrolling on a small screen.
    auto *form = new QVBoxLayout;
    form->setSpacing(compact ? 2 : 4);
    for (const store::SettingSpec *spec : specs) {
        auto *field = new SettingField(*spec, m_services.settings.value(*spec), page);
        m_fields << field;
        QString label = store::SettingsRegistry::description(*spec);
        if (needsRestart(*spec))
            label += QLatin1Char(' ') + tr("(applies after a restart)");
        auto *words = new QLabel(label, page);
        words->setWordWrap(true);
        words->setBuddy(field->editor());
        words->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        if (!form->isEmpty())
            form->addSpacing(compact ? 4 : 8);
        const bool shortValue = spec->type == store::SettingType::Integer ||
                                spec->type == store::SettingType::Boolean ||
                                spec->type == store::SettingType::Choice;
        if (shortValue) {
            auto *row = new QHBoxLayout;
            row->setSpacing(12);
            field->setMinimumWidth(110);
            row->addWidget(field, 0, Qt::AlignVCenter);
            row->addWidget(words, 1, Qt::AlignVCenter);
            form->addLayout(row);
        } else {
            form->addWidget(words);
            form->addWidget(field);
        }
    }
    layout->addLayout(form);
    if (extra) {
        extra->setParent(page);
        layout->addWidget(extra);
    }
    layout->addStretch(1);
    scroll->setWidget(page);
    m_stack->addWidget(scroll);
    m_pages->addItem(title);
    return page;
}

SettingField *SettingsDialog::field(const store::SettingSpec &spec) const
{
    for (SettingField *field : m_fields)
        if (&field->spec() == &spec)
            return field;
    return nullptr;
}

bool SettingsDialog::save()
{
    QStringList changed;
    bool restart = false;
    for (SettingField *field : std::as_const(m_fields)) {
        const QString value = field->value();
        if (value == m_services.settings.value(field->spec()))
            continue;
        if (const core::Status set =
                m_services.settings.change(field->spec(), value, m_session.account.username);
            !set) {
            m_status->setText(set.error());
            m_status->setProperty("problem", true);
            m_status->style()->unpolish(m_status);
            m_status->style()->polish(m_status);
            m_pages->setCurrentRow(m_stack->indexOf(field->parentWidget()->parentWidget()->parentWidget()));
            field->editor()->setFocus();
            return false;
        }
        changed << field->spec().name();
        restart = restart || needsRestart(field->spec());
    }
    if (m_syncToken && !m_syncToken->text().trimmed().isEmpty()) {
        const core::Status saved = m_services.syncAdministration.saveToken(m_syncToken->text().trimmed());
        m_syncToken->clear();
        if (!saved) {
            m_status->setText(saved.error());
            m_status->setProperty("problem", true);
            return false;
        }
        changed << tr("sync token");
    }
    // What the running station can take up at once.
    if (m_services.announcements) {
        m_services.announcements->setRepeat(m_services.settings.number(s::AnnounceRepeat));
        if (const QString words = m_services.settings.value(s::AnnounceTemplate); !words.isEmpty())
            m_services.announcements->setTemplate(words);
    }
    m_status->setProperty("problem", false);
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
    if (changed.isEmpty())
        m_status->setText(tr("Nothing changed."));
    else
        m_status->setText(restart ? tr("Saved: %1. Some of these apply after the station is restarted.")
                                        .arg(changed.join(QStringLiteral(", ")))
                                  : tr("Saved: %1.").arg(changed.join(QStringLiteral(", "))));
    return true;
}

QWidget *SettingsDialog::deviceTests()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 8, 0, 0);
    auto *row = new QHBoxLayout;
    auto *read = addActionButton(row, QStringLiteral("testCardReadButton"), tr("Test read"), box);
    auto *print = addActionButton(row, QStringLiteral("testPrintButton"), tr("Save and test print"), box);
    row->addStretch(1);
    layout->addLayout(row);
    auto *result = new QLabel(box);
    result->setObjectName(QStringLiteral("deviceTestResult"));
    result->setWordWrap(true);
    layout->addWidget(result);
    connect(read, &QPushButton::clicked, this,
            [this, result] { testCardRead(field(s::CardReaderPort)->value(), m_services.clock, result); });
    connect(print, &QPushButton::clicked, this, [this, result] {
        if (save())
            testPrint(m_services.checkInDocuments, m_services.clock, result);
    });
    return box;
}

QWidget *SettingsDialog::hallTests()
{
    auto *box = new QWidget(this);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 8, 0, 0);
    auto *speak =
        addActionButton(layout, QStringLiteral("testAnnouncementButton"), tr("Test announcement"), box);
    auto *result = new QLabel(box);
    result->setObjectName(QStringLiteral("hallTestResult"));
    result->setWordWrap(true);
    layout->addWidget(result, 1);
    connect(speak, &QPushButton::clicked, this, [this, result] {
        if (save())
            testAnnouncement(m_services.announcements, result);
    });
    return box;
}

QWidget *SettingsDialog::syncExtras()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 8, 0, 0);
    auto *form = new QFormLayout;
    m_syncToken = new QLineEdit(box);
    m_syncToken->setObjectName(QStringLiteral("syncTokenEdit"));
    m_syncToken->setEchoMode(QLineEdit::Password);
    m_syncToken->setPlaceholderText(tr("Kept in the system keychain; leave empty to keep the current one"));
    form->addRow(tr("Station token"), m_syncToken);
    layout->addLayout(form);
    auto *row = new QHBoxLayout;
    auto *test = addActionButton(row, QStringLiteral("testConnectionButton"), tr("Test connection"), box);
    auto *result = new QLabel(box);
    result->setObjectName(QStringLiteral("syncTestResult"));
    result->setWordWrap(true);
    row->addWidget(result, 1);
    layout->addLayout(row);
    connect(test, &QPushButton::clicked, this, [this, result] {
        testConnection(QUrl(field(s::SyncServer)->value()), field(s::SyncCa)->value(), result);
    });
    return box;
}

QWidget *SettingsDialog::lanExtras()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    const QString hub = m_services.settings.value(s::HubUrl);
    auto *state =
        new QLabel(hub.isEmpty() ? tr("This station is not enrolled at a venue hub: it decides queue "
                                      "numbers and calls itself (single PC).")
                                 : tr("Enrolled at %1 as %2 (%3).")
                                       .arg(hub, m_services.settings.value(s::HubStation),
                                            m_services.settings.value(s::HubRole)),
                   box);
    state->setObjectName(QStringLiteral("lanState"));
    state->setWordWrap(true);
    layout->addWidget(state);
    auto *row = new QHBoxLayout;
    auto *enrol = addActionButton(row, QStringLiteral("enrolButton"), tr("Enrol at a hub…"), box);
    row->addStretch(1);
    layout->addLayout(row);
    connect(enrol, &QPushButton::clicked, this, [this, state] {
        const QString done = enrolAtHub(m_services.settings, m_session, this);
        if (!done.isEmpty())
            state->setText(done);
    });
    return box;
}

} // namespace ui
