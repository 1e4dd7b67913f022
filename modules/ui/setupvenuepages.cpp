#include "setupvenuepages.h"

#include "specialtychecks.h"

#include "accounts/accountservice.h"
#include "centralsync/referencedownload.h"
#include "core/types.h"

#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSslCertificate>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ui {

namespace {

QLineEdit *lineEdit(const QString &objectName, QWidget *parent, const QString &placeholder = {})
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("setupProblem"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

// Ids end up in ticket numbers, file names and the central system: keep them plain.
bool plainId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$"));
    return pattern.match(id).hasMatch();
}

} // namespace

QWidget *scrollingBody(QWizardPage &page)
{
    auto *outer = new QVBoxLayout(&page);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(&page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *body = new QWidget(scroll);
    body->setObjectName(page.objectName() + QStringLiteral("Body"));
    scroll->setWidget(body);
    outer->addWidget(scroll);
    return body;
}

void showPageProblem(QLabel *label, const QString &problem)
{
    label->setText(problem);
    label->setProperty("problem", !problem.isEmpty());
    label->style()->unpolish(label);
    label->style()->polish(label);
    label->setVisible(!problem.isEmpty());
}

SetupVenuePage::SetupVenuePage(SetupPlan &plan, QWidget *parent) : QWizardPage(parent), m_plan(plan)
{
    setObjectName(QStringLiteral("setupVenuePage"));
    setTitle(tr("The venue"));
    setSubTitle(tr("As printed on receipts, notices and conclusions."));
    auto *form = new QFormLayout(scrollingBody(*this));
    m_central = new QComboBox(this);
    m_central->setObjectName(QStringLiteral("centralVenueChoice"));
    m_centralLabel = new QLabel(tr("From the central system"), this);
    form->addRow(m_centralLabel, m_central);
    connect(m_central, &QComboBox::activated, this, &SetupVenuePage::fillFrom);
    m_id = lineEdit(QStringLiteral("venueIdEdit"), this, tr("e.g. V3301"));
    m_name =
        lineEdit(QStringLiteral("venueNameEdit"), this, tr("e.g. Hangzhou Labour Capacity Appraisal Centre"));
    m_committee = lineEdit(QStringLiteral("committeeEdit"), this,
                           tr("e.g. Hangzhou Labour Capacity Appraisal Committee"));
    m_address = lineEdit(QStringLiteral("venueAddressEdit"), this);
    m_phone = lineEdit(QStringLiteral("venuePhoneEdit"), this);
    form->addRow(tr("Venue id"), m_id);
    form->addRow(tr("Venue name"), m_name);
    form->addRow(tr("Committee"), m_committee);
    form->addRow(tr("Address"), m_address);
    form->addRow(tr("Enquiry phone"), m_phone);
    m_problem = problemLabel(this);
    form->addRow(m_problem);
}

void SetupVenuePage::initializePage()
{
    const bool central = !m_plan.centralVenues.isEmpty();
    m_central->setVisible(central);
    m_centralLabel->setVisible(central);
    m_central->clear();
    for (const core::Venue &venue : std::as_const(m_plan.centralVenues))
        m_central->addItem(QStringLiteral("%1  %2").arg(venue.id, venue.name), venue.id);
    // The central system's details, still editable; what the person typed already stays.
    if (central && m_id->text().trimmed().isEmpty())
        fillFrom(0);
}

void SetupVenuePage::fillFrom(int centralIndex)
{
    if (centralIndex < 0 || centralIndex >= m_plan.centralVenues.size())
        return;
    const core::Venue &venue = m_plan.centralVenues.at(centralIndex);
    m_central->setCurrentIndex(centralIndex);
    m_id->setText(venue.id);
    m_name->setText(venue.name);
    m_committee->setText(venue.committee);
    m_address->setText(venue.address);
    m_phone->setText(venue.phone);
}

bool SetupVenuePage::validatePage()
{
    const QString id = m_id->text().trimmed();
    QString problem;
    if (!plainId(id))
        problem = tr("The venue id is 1 to 32 letters, digits, dashes or underscores, e.g. V3301.");
    else if (m_name->text().trimmed().isEmpty())
        problem = tr("Type the venue's name as it is printed on notices.");
    showPageProblem(m_problem, problem);
    if (!problem.isEmpty())
        return false;
    m_plan.venue =
        core::Venue{id, m_name->text().trimmed(), m_address->text().trimmed(), m_phone->text().trimmed()};
    m_plan.committee = m_committee->text().trimmed();
    return true;
}

SetupServerPage::SetupServerPage(SetupPlan &plan, QWidget *parent) : QWizardPage(parent), m_plan(plan)
{
    setObjectName(QStringLiteral("setupServerPage"));
    setTitle(tr("Central server (optional)"));
    setSubTitle(tr("When the province's central system serves this venue, its rooms, experts, clauses and "
                   "exam templates are fetched from there at Finish. Leave empty to type them here."));
    auto *form = new QFormLayout(scrollingBody(*this));
    m_url =
        lineEdit(QStringLiteral("serverUrlEdit"), this, QStringLiteral("https://sync.example.gov.cn:8443"));
    m_ca = lineEdit(QStringLiteral("serverCaEdit"), this, tr("CA certificate (PEM), when not a public one"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("serverCaBrowse"));
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(browse);
    m_token = lineEdit(QStringLiteral("serverTokenEdit"), this, tr("Kept in the system keychain"));
    m_token->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Server address"), m_url);
    form->addRow(tr("CA file"), caRow);
    form->addRow(tr("Station token"), m_token);
    m_problem = problemLabel(this);
    form->addRow(m_problem);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA certificate"), QString(),
                                                          tr("Certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_ca->setText(file);
    });
}

bool SetupServerPage::validatePage()
{
    const QString url = m_url->text().trimmed();
    QString problem;
    if (!url.isEmpty()) {
        const QUrl parsed(url);
        if (!parsed.isValid() || parsed.scheme() != QLatin1String("https") || parsed.host().isEmpty())
            problem = tr("The server address starts with https://, e.g. https://sync.example.gov.cn:8443.");
        else if (m_token->text().trimmed().isEmpty())
            problem = tr("Type the station token the central system issued for this venue.");
        else if (!m_ca->text().trimmed().isEmpty() && !QFileInfo::exists(m_ca->text().trimmed()))
            problem = tr("The CA file %1 does not exist.").arg(m_ca->text().trimmed());
    }
    showPageProblem(m_problem, problem);
    if (!problem.isEmpty())
        return false;
    m_plan.serverUrl = url.isEmpty() ? QUrl() : QUrl(url);
    m_plan.serverCaFile = m_ca->text().trimmed();
    m_plan.serverToken = m_token->text().trimmed();
    m_plan.centralVenues.clear();
    m_plan.centralRooms.clear();
    m_plan.centralExperts = m_plan.centralTemplates = 0;
    if (url.isEmpty())
        return true;
    centralsync::ServerLink link;
    link.base = m_plan.serverUrl;
    link.token = m_plan.serverToken;
    if (!m_plan.serverCaFile.isEmpty()) {
        link.trustedCas = QSslCertificate::fromPath(m_plan.serverCaFile);
        if (link.trustedCas.isEmpty()) {
            showPageProblem(m_problem,
                            tr("The CA file %1 holds no certificate (PEM).").arg(m_plan.serverCaFile));
            return false;
        }
    }
    showPageProblem(m_problem, QString());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QHash<QString, QList<QJsonObject>> fetched;
    QString failed;
    for (const QString &kind : {QStringLiteral("venues"), QStringLiteral("rooms"), QStringLiteral("experts"),
                                QStringLiteral("templates")}) {
        const auto items = centralsync::fetchReferenceItems(link, kind);
        if (!items) {
            failed = items.error();
            break;
        }
        fetched.insert(kind, items.value());
    }
    QApplication::restoreOverrideCursor();
    if (!failed.isEmpty()) {
        showPageProblem(m_problem, failed + QLatin1Char(' ') +
                                       tr("Correct the address, CA file or token, or leave the address empty "
                                          "to type the venue here."));
        return false;
    }
    const auto text = [](const QJsonObject &item, const char *field) {
        return item.value(QLatin1String(field)).toString().trimmed();
    };
    for (const QJsonObject &item : fetched.value(QStringLiteral("venues"))) {
        core::Venue venue{text(item, "id"), text(item, "name"), text(item, "address"), text(item, "phone"),
                          text(item, "committee")};
        if (!venue.id.isEmpty() && !venue.name.isEmpty())
            m_plan.centralVenues << venue;
    }
    for (const QJsonObject &item : fetched.value(QStringLiteral("rooms"))) {
        core::Room room{text(item, "id"), text(item, "name"), {}};
        for (const QJsonValue &key : item.value(QStringLiteral("specialties")).toArray())
            if (const auto specialty = core::specialtyFromKey(key.toString()))
                room.specialties << *specialty;
        if (plainId(room.id) && !room.name.isEmpty())
            m_plan.centralRooms << room;
    }
    m_plan.centralExperts = int(fetched.value(QStringLiteral("experts")).size());
    m_plan.centralTemplates = int(fetched.value(QStringLiteral("templates")).size());
    if (m_plan.centralVenues.isEmpty()) {
        showPageProblem(m_problem, tr("The central server answers but lists no venue for this token; ask the "
                                      "central system to publish the venue, or leave the address empty."));
        return false;
    }
    return true;
}

SetupRoomsPage::SetupRoomsPage(SetupPlan &plan, QWidget *parent) : QWizardPage(parent), m_plan(plan)
{
    setObjectName(QStringLiteral("setupRoomsPage"));
    setTitle(tr("Lanes and rooms"));
    setSubTitle(tr("The green channel is always called first. Add at least one exam room; more rooms, "
                   "experts and seats are set on the Administration page later."));
    auto *layout = new QVBoxLayout(scrollingBody(*this));
    m_lanes = new QTableWidget(0, 3, this);
    m_lanes->setObjectName(QStringLiteral("lanesTable"));
    m_lanes->setHorizontalHeaderLabels({tr("Lane"), tr("Ticket prefix"), tr("Name")});
    m_lanes->verticalHeader()->hide();
    m_lanes->horizontalHeader()->setStretchLastSection(true);
    for (const core::Lane &lane : defaultLanes()) {
        const int row = m_lanes->rowCount();
        m_lanes->insertRow(row);
        auto *key = new QTableWidgetItem(lane.key);
        key->setFlags(key->flags() & ~Qt::ItemIsEditable);
        m_lanes->setItem(row, 0, key);
        m_lanes->setItem(row, 1, new QTableWidgetItem(lane.prefix));
        m_lanes->setItem(row, 2, new QTableWidgetItem(lane.name));
    }
    m_lanes->resizeColumnsToContents();
    m_lanes->setColumnWidth(
        1, std::max(m_lanes->columnWidth(1), m_lanes->horizontalHeader()->sectionSizeHint(1)));
    m_lanes->setFixedHeight(m_lanes->horizontalHeader()->sizeHint().height() + 2 * 34 + 4);
    for (int row = 0; row < m_lanes->rowCount(); ++row)
        m_lanes->setRowHeight(row, 34);
    layout->addWidget(m_lanes);

    auto *roomForm = new QFormLayout;
    m_roomId = lineEdit(QStringLiteral("roomIdEdit"), this, tr("e.g. R1"));
    m_roomName = lineEdit(QStringLiteral("roomNameEdit"), this, tr("e.g. Room 1"));
    m_roomSpecialties = new SpecialtyChecks(QStringLiteral("roomSpecialties"), this);
    roomForm->addRow(tr("Room id"), m_roomId);
    roomForm->addRow(tr("Room name"), m_roomName);
    roomForm->addRow(tr("Specialties"), m_roomSpecialties);
    layout->addLayout(roomForm);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add room"), this);
    add->setObjectName(QStringLiteral("addRoomButton"));
    auto *remove = new QPushButton(tr("Remove room"), this);
    remove->setObjectName(QStringLiteral("removeRoomButton"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_rooms = new QListWidget(this);
    m_rooms->setObjectName(QStringLiteral("setupRoomsList"));
    layout->addWidget(m_rooms, 1);
    m_problem = problemLabel(this);
    layout->addWidget(m_problem);
    connect(add, &QPushButton::clicked, this, &SetupRoomsPage::addRoom);
    m_roomId->installEventFilter(this);
    m_roomName->installEventFilter(this);
    // Tab leaves the lanes table instead of walking its cells.
    m_lanes->setTabKeyNavigation(false);
    connect(remove, &QPushButton::clicked, this, &SetupRoomsPage::removeRoom);
}

void SetupRoomsPage::initializePage()
{
    // The central system's rooms, once: the person may remove them or add more.
    if (m_added.isEmpty())
        for (const core::Room &room : std::as_const(m_plan.centralRooms)) {
            m_added << room;
            m_rooms->addItem(
                QStringLiteral("%1  %2  %3").arg(room.id, room.name, specialtyNames(room.specialties)));
        }
    if (!m_plan.serverUrl.isEmpty())
        setSubTitle(tr("The green channel is always called first. The rooms come from the central system "
                       "(change them here if needed); its %1 experts and %2 exam templates are fetched at "
                       "Finish.")
                        .arg(m_plan.centralExperts)
                        .arg(m_plan.centralTemplates));
    // After QWizard has given the focus to the page's first field (the lanes table).
    QTimer::singleShot(0, m_roomId, [this] { m_roomId->setFocus(); });
}

bool SetupRoomsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (watched == m_roomId)
                m_roomName->setFocus();
            else
                addRoom();
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

void SetupRoomsPage::addRoom()
{
    const core::Room room{m_roomId->text().trimmed(), m_roomName->text().trimmed(),
                          m_roomSpecialties->specialties()};
    QString problem;
    if (!plainId(room.id))
        problem = tr("The room id is 1 to 32 letters, digits, dashes or underscores, e.g. R1.");
    else if (room.name.isEmpty())
        problem = tr("Type the room's name as the hall display shows it.");
    for (const core::Room &added : std::as_const(m_added))
        if (added.id == room.id)
            problem = tr("There is already a room %1.").arg(room.id);
    showPageProblem(m_problem, problem);
    if (!problem.isEmpty())
        return;
    m_added << room;
    m_rooms->addItem(QStringLiteral("%1  %2  %3").arg(room.id, room.name, specialtyNames(room.specialties)));
    m_roomId->clear();
    m_roomName->clear();
    m_roomSpecialties->setSpecialties({});
    m_roomId->setFocus();
}

void SetupRoomsPage::removeRoom()
{
    const int row = m_rooms->currentRow();
    if (row < 0)
        return;
    delete m_rooms->takeItem(row);
    m_added.removeAt(row);
}

bool SetupRoomsPage::validatePage()
{
    // A room typed but not added yet is what the person meant.
    if (!m_roomId->text().trimmed().isEmpty()) {
        addRoom();
        if (m_problem->isVisible())
            return false;
    }
    QString problem;
    QList<core::Lane> lanes;
    QStringList prefixes;
    for (int row = 0; row < m_lanes->rowCount(); ++row) {
        // Priority and colour stay as the defaults have them; prefix and name are the venue's.
        core::Lane lane = defaultLanes().value(row);
        lane.prefix = m_lanes->item(row, 1)->text().trimmed().toUpper();
        lane.name = m_lanes->item(row, 2)->text().trimmed();
        static const QRegularExpression prefix(QStringLiteral("^[A-Z]$"));
        if (!prefix.match(lane.prefix).hasMatch())
            problem = tr("A ticket prefix is one letter A to Z (lane %1).").arg(lane.key);
        else if (prefixes.contains(lane.prefix))
            problem = tr("Two lanes have the prefix %1; give each its own letter.").arg(lane.prefix);
        else if (lane.name.isEmpty())
            problem = tr("Name lane %1 as the hall display shows it.").arg(lane.key);
        prefixes << lane.prefix;
        lanes << lane;
    }
    if (problem.isEmpty() && m_added.isEmpty() && m_plan.serverUrl.isEmpty())
        problem = tr("Add at least one exam room: its id and name, then Add room.");
    showPageProblem(m_problem, problem);
    if (!problem.isEmpty())
        return false;
    m_plan.lanes = lanes;
    m_plan.rooms = m_added;
    return true;
}

SetupAdminPage::SetupAdminPage(SetupPlan &plan, QWidget *parent) : QWizardPage(parent), m_plan(plan)
{
    setObjectName(QStringLiteral("setupAdminPage"));
    setTitle(tr("The first venue administrator"));
    setSubTitle(tr("This account creates the other accounts, experts and rooms. The password has at least 8 "
                   "characters with letters and digits, and is not the user name."));
    setFinalPage(true);
    auto *form = new QFormLayout(scrollingBody(*this));
    m_user = lineEdit(QStringLiteral("adminUserEdit"), this, tr("e.g. admin"));
    m_name = lineEdit(QStringLiteral("adminNameEdit"), this);
    m_password = lineEdit(QStringLiteral("adminPasswordEdit"), this);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = lineEdit(QStringLiteral("adminRepeatEdit"), this);
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("User name"), m_user);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("Password again"), m_repeat);
    m_problem = problemLabel(this);
    form->addRow(m_problem);
}

QString SetupAdminPage::problem() const
{
    const QString user = m_user->text().trimmed();
    if (const QString wrong = accounts::AccountService::usernameProblem(user); !wrong.isEmpty())
        return wrong;
    if (m_name->text().trimmed().isEmpty())
        return tr("Type the administrator's name.");
    if (const QString weak = accounts::AccountService::passwordProblem(user, m_password->text());
        !weak.isEmpty())
        return weak;
    if (m_password->text() != m_repeat->text())
        return tr("The two passwords differ; type the same password twice.");
    return {};
}

bool SetupAdminPage::validatePage()
{
    const QString wrong = problem();
    showPageProblem(m_problem, wrong);
    if (!wrong.isEmpty())
        return false;
    m_plan.admin = core::StaffAccount{m_user->text().trimmed(), m_name->text().trimmed(),
                                      core::Role::VenueAdmin, QString(), true};
    m_plan.adminPassword = m_password->text();
    return true;
}

} // namespace ui
