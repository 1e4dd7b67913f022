#include "deskcard.h"

#include "elidinglabel.h"
#include "rostermodel.h"
#include "screenfit.h"

#include "checkin/checkinservice.h"
#include "core/idnumber.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ui {

namespace {

QLabel *wrapped(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

} // namespace

DeskCard::DeskCard(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("resultCard"));
    const bool compact = isCompactScreen(*this);
    // The style sheet sizes the ticket number down on a compact screen.
    setProperty("compact", compact);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(compact ? QMargins(8, 6, 8, 6) : QMargins(16, 12, 16, 12));
    layout->setVerticalSpacing(compact ? 2 : 6);
    m_ticket = wrapped(QStringLiteral("ticketLabel"), this);
    m_ticket->setWordWrap(false);
    m_ticket->setText(QStringLiteral("—"));
    m_lane = wrapped(QStringLiteral("ticketLane"), this);
    m_ahead = wrapped(QStringLiteral("peopleAhead"), this);
    m_person = wrapped(QStringLiteral("personName"), this);
    if (compact) {
        // The name and the masked ID number on two lines of their own: a wrapped line's height,
        // known only once laid out, squeezed the ticket number.
        m_person->setWordWrap(false);
        m_lane->setWordWrap(false);
        m_ahead->setWordWrap(false);
        m_ticket->ensurePolished(); // the style sheet's smaller number: its line is all it needs
        m_ticket->setMinimumHeight(m_ticket->sizeHint().height());
        // One line each, however long the list of materials: the card's height does not depend
        // on the case, so the roster below keeps its rows.
        m_details = new ElidingLabel(QString(), this);
        m_details->setObjectName(QStringLiteral("caseDetails"));
        m_materials = new ElidingLabel(QString(), this);
        m_materials->setObjectName(QStringLiteral("materialsList"));
    } else {
        m_details = wrapped(QStringLiteral("caseDetails"), this);
        m_materials = wrapped(QStringLiteral("materialsList"), this);
    }
    m_photo = wrapped(QStringLiteral("photoLabel"), this);
    // The ID card photo's proportions (102×126); two thirds of it on a compact screen.
    // The slot has a one-pixel border around the photo.
    m_photo->setFixedSize(compact ? QSize(70, 86) : QSize(104, 128));
    m_photo->setAlignment(Qt::AlignCenter);
    showNoPhoto(QString());
    layout->addWidget(m_photo, 0, 0, 4, 1, Qt::AlignTop);
    layout->addWidget(m_person, 0, 1);
    layout->addWidget(m_details, 1, 1);
    layout->addWidget(m_materials, 2, 1);
    auto *ticketBox = new QVBoxLayout;
    ticketBox->setSpacing(compact ? 0 : 6);
    ticketBox->addWidget(m_ticket, 0, Qt::AlignRight);
    ticketBox->addWidget(m_lane, 0, Qt::AlignRight);
    ticketBox->addWidget(m_ahead, 0, Qt::AlignRight);
    ticketBox->addStretch(1);
    layout->addLayout(ticketBox, 0, 2, 4, 1);
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(3, 1);
}

void DeskCard::showPresented(const QString &name, const QImage &photo, const QString &photoStatus)
{
    m_person->setText(name);
    if (photo.isNull()) {
        showNoPhoto(photoStatus);
        return;
    }
    m_photo->setToolTip(QString());
    // Inside the style sheet's border (the contents rectangle), never enlarged: the card's photo
    // is 102×126, the slot's size on a wide screen.
    m_photo->ensurePolished();
    const QSize room = m_photo->contentsRect().size();
    QPixmap shown = QPixmap::fromImage(photo);
    if (shown.width() > room.width() || shown.height() > room.height())
        shown = shown.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    m_photo->setPixmap(shown);
}

void DeskCard::showCheckIn(const checkin::CheckIn &done, bool keepPhoto)
{
    const core::Case &c = done.record.data;
    m_ticket->setText(done.ticket.label);
    m_lane->setText(RosterModel::laneTitle(done.lane));
    m_ahead->setText(tr("%n people ahead", nullptr, done.peopleAhead));
    const QString separator = m_person->wordWrap() ? QStringLiteral("  ·  ") : QStringLiteral("\n");
    m_person->setText(c.person.name + separator + core::maskIdNumber(c.person.idNumber));
    m_details->setText(QStringLiteral("%1  ·  %2  ·  %3")
                           .arg(c.acceptanceNo, core::displayName(c.type), core::displayName(c.specialty)));
    m_materials->setText(tr("Materials: %1").arg(c.materials.join(QStringLiteral("、"))));
    if (!keepPhoto)
        showNoPhoto(QString());
}

void DeskCard::showNoPhoto(const QString &why)
{
    // A placeholder that says so, whole in the slot: "No photo", or why the card's photo could
    // not be shown (its whole text also in the tooltip, for the small compact slot).
    const QString text = why.isEmpty() ? tr("No photo") : why;
    m_photo->setPixmap(QPixmap());
    m_photo->setText(text);
    m_photo->setToolTip(text);
}

} // namespace ui
