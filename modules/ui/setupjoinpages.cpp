#include "setupjoinpages.h"

#include "setupvenuepages.h"

#include "store/backup.h"
#include "venue/enrolment.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

namespace {

// "AB12 CD34 …": groups of four are easier to compare aloud.
QString grouped(const QString &hex)
{
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4).toUpper();
    return groups.join(QLatin1Char(' '));
}

} // namespace

SetupHubPage::SetupHubPage(SetupPlan &plan, QWidget *parent) : QWizardPage(parent), m_plan(plan)
{
    setObjectName(QStringLiteral("setupHubPage"));
    setTitle(tr("Join a venue hub"));
    setSubTitle(tr("At the hub PC, create a one-time code for this station; type its address and the code "
                   "here, then compare the fingerprint with the one the hub shows."));
    auto *form = new QFormLayout(scrollingBody(*this));
    m_hub = new QLineEdit(this);
    m_hub->setObjectName(QStringLiteral("hubAddressEdit"));
    m_hub->setPlaceholderText(QStringLiteral("https://192.168.1.10:8444"));
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("hubCodeEdit"));
    m_station = new QLineEdit(this);
    m_station->setObjectName(QStringLiteral("hubStationEdit"));
    m_station->setPlaceholderText(tr("e.g. desk-1 or room-R1"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("hubRoleCombo"));
    m_role->addItem(tr("Front desk"), QStringLiteral("desk"));
    m_role->addItem(tr("Exam room"), QStringLiteral("room"));
    m_role->addItem(tr("Hall display"), QStringLiteral("display"));
    m_connect = new QPushButton(tr("Connect to the hub"), this);
    m_connect->setObjectName(QStringLiteral("hubConnectButton"));
    form->addRow(tr("Hub address"), m_hub);
    form->addRow(tr("One-time code"), m_code);
    form->addRow(tr("This station"), m_station);
    form->addRow(tr("Role"), m_role);
    form->addRow(QString(), m_connect);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("hubState"));
    m_state->setWordWrap(true);
    form->addRow(m_state);
    m_pin = new QLabel(this);
    m_pin->setObjectName(QStringLiteral("hubFingerprint"));
    m_pin->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_pin->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pin->setWordWrap(true);
    form->addRow(tr("Fingerprint"), m_pin);
    m_pinMatches = new QCheckBox(tr("The fingerprint is the same as the one shown at the hub"), this);
    m_pinMatches->setObjectName(QStringLiteral("hubFingerprintMatches"));
    m_pinMatches->setEnabled(false);
    form->addRow(m_pinMatches);
    m_enrolment = new venue::Enrolment(this);
    connect(m_connect, &QPushButton::clicked, this, &SetupHubPage::connectToHub);
    connect(m_enrolment, &venue::Enrolment::finished, this, &SetupHubPage::answered);
    connect(m_pinMatches, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
}

void SetupHubPage::connectToHub()
{
    m_plan.enrolment = venue::EnrolmentResult();
    m_pin->clear();
    m_pinMatches->setChecked(false);
    m_pinMatches->setEnabled(false);
    const QUrl hub(m_hub->text().trimmed());
    const QString role = m_role->currentData().toString();
    if (const QString wrong = venue::Enrolment::problem(hub, m_code->text(), m_station->text(), role);
        !wrong.isEmpty()) {
        showPageProblem(m_state, wrong);
        return;
    }
    showPageProblem(m_state, QString());
    m_state->setText(tr("Asking the hub…"));
    m_state->show();
    m_connect->setEnabled(false);
    m_enrolment->start(hub, m_code->text(), m_station->text(), role);
}

void SetupHubPage::answered(const venue::EnrolmentResult &result)
{
    m_connect->setEnabled(true);
    if (!result.ok()) {
        showPageProblem(m_state, result.error);
        Q_EMIT completeChanged();
        return;
    }
    m_plan.enrolment = result;
    showPageProblem(m_state, QString());
    m_state->setText(tr("The hub accepted %1 as %2. Compare the fingerprint below with the one on the hub's "
                        "screen before you press Finish.")
                         .arg(result.station, m_role->currentText()));
    m_state->show();
    m_pin->setText(grouped(result.certificatePin));
    m_pinMatches->setEnabled(true);
    m_pinMatches->setFocus();
    Q_EMIT completeChanged();
}

bool SetupHubPage::isComplete() const
{
    return m_plan.enrolment.ok() && !m_plan.enrolment.token.isEmpty() && m_pinMatches->isChecked();
}

bool SetupHubPage::validatePage()
{
    return isComplete();
}

SetupRestorePage::SetupRestorePage(SetupPlan &plan, QWidget *parent) : QWizardPage(parent), m_plan(plan)
{
    setObjectName(QStringLiteral("setupRestorePage"));
    setTitle(tr("Restore from a backup"));
    setSubTitle(
        tr("Choose a station backup (station-*.manifest in a copied backups folder, or an older "
           "station-*.db). It is checked before anything is restored; if this PC's keychain lacks the "
           "data key, the station asks for the recovery key next."));
    auto *layout = new QVBoxLayout(scrollingBody(*this));
    auto *row = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("backupFileEdit"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("backupBrowse"));
    row->addWidget(m_file, 1);
    row->addWidget(browse);
    layout->addLayout(row);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("backupState"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    layout->addStretch(1);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Station backup"), QString(), tr("Station backups (*.manifest *.db);;All files (*)"));
        if (!file.isEmpty()) {
            m_file->setText(file);
            check();
        }
    });
    connect(m_file, &QLineEdit::editingFinished, this, &SetupRestorePage::check);
}

void SetupRestorePage::check()
{
    const QString file = m_file->text().trimmed();
    m_checkedFile.clear();
    if (file.isEmpty()) {
        showPageProblem(m_state, QString());
    } else if (!QFileInfo(file).isFile()) {
        showPageProblem(m_state, tr("There is no file %1.").arg(file));
    } else if (const QString result = store::Backups::check(file); result != QLatin1String("ok")) {
        showPageProblem(m_state, tr("This file is not a good station backup: %1").arg(result));
    } else {
        m_checkedFile = file;
        showPageProblem(m_state, QString());
        m_state->setText(tr("The backup passed its check (%1, %2 KB). Press Finish to restore it.")
                             .arg(QLocale().toString(QFileInfo(file).lastModified(), QLocale::ShortFormat))
                             .arg(store::Backups::databaseBytes(file) / 1024));
        m_state->show();
    }
    Q_EMIT completeChanged();
}

bool SetupRestorePage::isComplete() const
{
    return !m_checkedFile.isEmpty() && m_checkedFile == m_file->text().trimmed();
}

bool SetupRestorePage::validatePage()
{
    if (!isComplete())
        return false;
    m_plan.backupFile = m_checkedFile;
    return true;
}

} // namespace ui
