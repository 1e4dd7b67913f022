#include "adminvenue.h"

#include "adminwidgets.h"

#include "administration/venueadministration.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

AdminVenueTab::AdminVenueTab(administration::VenueAdministration &venueAdministration,
                             const accounts::Session &session, QWidget *parent)
    : QWidget(parent), m_venue(venueAdministration), m_session(session)
{
    setObjectName(QStringLiteral("adminVenueTab"));
    const auto venue = m_venue.venue();
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    const auto edit = [this](const QString &name, const QString &text) {
        auto *line = new QLineEdit(text, this);
        line->setObjectName(name);
        line->setMaximumWidth(640);
        return line;
    };
    m_id = edit(QStringLiteral("venueIdField"), venue ? venue->id : QString());
    m_name = edit(QStringLiteral("venueNameField"), venue ? venue->name : QString());
    m_committee = edit(QStringLiteral("venueCommitteeField"), venue ? venue->committee : QString());
    m_address = edit(QStringLiteral("venueAddressField"), venue ? venue->address : QString());
    m_phone = edit(QStringLiteral("venuePhoneField"), venue ? venue->phone : QString());
    form->addRow(tr("Venue id"), m_id);
    form->addRow(tr("Venue name"), m_name);
    form->addRow(tr("Committee"), m_committee);
    form->addRow(tr("Address"), m_address);
    form->addRow(tr("Enquiry phone"), m_phone);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    connect(addActionButton(buttons, QStringLiteral("saveVenueButton"), tr("Save venue details"), this),
            &QPushButton::clicked, this, &AdminVenueTab::save);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_feedback = new ActionFeedback(QStringLiteral("venueFeedback"), this);
    layout->addWidget(m_feedback);
    m_stationActions = new QHBoxLayout;
    layout->addLayout(m_stationActions);
    layout->addStretch(1);
}

void AdminVenueTab::addStationAction(QPushButton *button)
{
    button->setParent(this);
    m_stationActions->addWidget(button);
    m_stationActions->addStretch(1);
}

void AdminVenueTab::save()
{
    const administration::VenueDetails details{m_id->text().trimmed(), m_name->text().trimmed(),
                                               m_committee->text().trimmed(), m_address->text().trimmed(),
                                               m_phone->text().trimmed()};
    if (m_feedback->report(m_venue.setupVenue(m_session, details),
                           tr("Venue details saved; receipts and conclusions print them from now on.")))
        Q_EMIT venueChanged();
}

} // namespace ui
