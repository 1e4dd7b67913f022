#include "adminpage.h"

#include "pagewidgets.h"

#include "store/expertrepository.h"
#include "store/venuerepository.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

namespace {

QTableView *makeTable(const QString &objectName, const QStringList &headers, const QList<QStringList> &rows,
                      QWidget *parent)
{
    auto *model = new QStandardItemModel(int(rows.size()), int(headers.size()), parent);
    model->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < headers.size() && c < rows.at(r).size(); ++c) {
            auto *item = new QStandardItem(rows.at(r).at(c));
            item->setEditable(false);
            model->setItem(r, c, item);
        }
    }
    QTableView *view = makeListView(objectName, model, parent);
    view->resizeColumnsToContents();
    for (int c = 0; c < headers.size(); ++c)
        view->setColumnWidth(c, view->columnWidth(c) + 28);
    return view;
}

QString specialtyNames(const QList<core::Specialty> &specialties)
{
    QStringList names;
    for (core::Specialty specialty : specialties)
        names << core::displayName(specialty);
    return names.join(QStringLiteral("；"));
}

} // namespace

AdminPage::AdminPage(const Services &services, const accounts::Session &session, const StationInfo &station,
                     QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("adminPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(12);
    layout->addWidget(makePageHeader(tr("Venue administration"),
                                     tr("Accounts, experts and rooms of %1.").arg(station.venueName), this));

    store::VenueRepository venues(services.database);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("adminTabs"));

    auto *venueTab = new QWidget(tabs);
    auto *venueForm = new QFormLayout(venueTab);
    venueForm->setContentsMargins(20, 20, 20, 20);
    venueForm->setSpacing(12);
    const auto venue = venues.venue(station.venueId);
    venueForm->addRow(tr("Venue"), new QLabel(venue ? venue->name : QString(), venueTab));
    venueForm->addRow(tr("Address"), new QLabel(venue ? venue->address : QString(), venueTab));
    venueForm->addRow(tr("Enquiry phone"), new QLabel(venue ? venue->phone : QString(), venueTab));
    venueForm->addRow(tr("Today's batch"),
                      new QLabel(station.batchId + QStringLiteral("  ") + station.batchTitle, venueTab));
    tabs->addTab(venueTab, tr("Venue"));

    QList<QStringList> accountRows;
    const auto accountList = services.accounts.accounts(session);
    if (accountList) {
        for (const core::StaffAccount &account : accountList.value())
            accountRows << QStringList{account.username, account.displayName, core::displayName(account.role),
                                       account.expertId, account.active ? tr("Active") : tr("Disabled")};
    }
    tabs->addTab(makeTable(QStringLiteral("accountsView"),
                           {tr("User name"), tr("Name"), tr("Role"), tr("Expert"), tr("State")}, accountRows,
                           tabs),
                 tr("Accounts"));

    QList<QStringList> expertRows;
    for (const core::Expert &expert : store::ExpertRepository(services.database).all())
        expertRows << QStringList{expert.id,       expert.name,
                                  expert.title,    specialtyNames(expert.specialties),
                                  expert.employer, expert.onDuty ? tr("On duty") : tr("Off duty")};
    tabs->addTab(makeTable(QStringLiteral("expertsView"),
                           {tr("Expert"), tr("Name"), tr("Title"), tr("Specialties"),
                            tr("Employer or hospital"), tr("Duty")},
                           expertRows, tabs),
                 tr("Experts"));

    QList<QStringList> roomRows;
    for (const core::Room &room : venues.rooms())
        roomRows << QStringList{room.id, room.name, specialtyNames(room.specialties)};
    tabs->addTab(
        makeTable(QStringLiteral("roomsView"), {tr("Room"), tr("Name"), tr("Specialties")}, roomRows, tabs),
        tr("Rooms"));

    layout->addWidget(tabs, 1);
    auto *voice = new QLabel(
        services.announcements
            ? tr("Hall announcements: %1. Settings announce.clip_pack, announce.template, announce.volume, "
                 "announce.repeat.")
                  .arg(services.announcements->engineName())
            : tr("Hall announcements: off (screen only)."),
        this);
    voice->setObjectName(QStringLiteral("announceEngine"));
    voice->setWordWrap(true);
    layout->addWidget(voice);
    layout->addWidget(
        new InfoBanner(tr("Editing accounts, experts and rooms arrives with a later release."), this));
}

} // namespace ui
