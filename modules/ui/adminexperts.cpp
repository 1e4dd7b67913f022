#include "adminexperts.h"

#include "adminwidgets.h"
#include "specialtychecks.h"
#include "tablefit.h"

#include "administration/expertadministration.h"
#include "administration/venueadministration.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

AdminExpertsTab::AdminExpertsTab(administration::ExpertAdministration &experts,
                                 const administration::VenueAdministration &venue,
                                 const accounts::Session &session, QWidget *parent)
    : QWidget(parent), m_experts(experts), m_venue(venue), m_session(session)
{
    setObjectName(QStringLiteral("adminExpertsTab"));
    auto *layout = new QVBoxLayout(this);
    m_table = makeAdminTable(QStringLiteral("expertsView"),
                             {tr("Expert"), tr("Name"), tr("Title"), tr("Specialties"),
                              tr("Employer or hospital"), tr("Duty"), tr("Reviews"), tr("Room today")},
                             this);
    layout->addWidget(m_table, 1);
    // Eight columns were wider than a 911-pixel screen: names, titles, specialties and employers
    // wrap; on a narrow screen the employer, title and reviews fold into a line under the list.
    auto *detail = new QLabel(this);
    detail->setObjectName(QStringLiteral("expertsDetail"));
    layout->addWidget(detail);
    m_fit = new TableFit(m_table,
                         {{0, false, 0},
                          {1, true, 0},
                          {2, true, 2},
                          {3, true, 0},
                          {4, true, 1},
                          {5, true, 0},
                          {6, true, 3},
                          {7, false, 0}},
                         detail);
    auto *buttons = new QHBoxLayout;
    connect(addActionButton(buttons, QStringLiteral("newExpertButton"), tr("New expert…"), this),
            &QPushButton::clicked, this, &AdminExpertsTab::create);
    connect(addActionButton(buttons, QStringLiteral("editExpertButton"), tr("Edit…"), this),
            &QPushButton::clicked, this, &AdminExpertsTab::edit);
    connect(addActionButton(buttons, QStringLiteral("conflictsButton"), tr("Conflicts of interest…"), this),
            &QPushButton::clicked, this, &AdminExpertsTab::conflicts);
    buttons->addStretch(1);
    buttons->addWidget(new QLabel(tr("Seat in"), this));
    m_room = new QComboBox(this);
    m_room->setObjectName(QStringLiteral("seatRoomCombo"));
    buttons->addWidget(m_room);
    connect(addActionButton(buttons, QStringLiteral("seatExpertButton"), tr("Seat"), this),
            &QPushButton::clicked, this, &AdminExpertsTab::seat);
    layout->addLayout(buttons);
    m_feedback = new ActionFeedback(QStringLiteral("expertsFeedback"), this);
    layout->addWidget(m_feedback);
    refresh();
}

void AdminExpertsTab::refresh()
{
    const QString selected = selectedKey(m_table);
    m_table->setRowCount(0);
    int row = 0;
    for (const core::Expert &expert : m_experts.experts()) {
        const QString specialties = specialtyNames(expert.specialties);
        setAdminRow(m_table, row++, expert.id,
                    {expert.id, expert.name, expert.title, specialties, expert.employer,
                     expert.onDuty ? tr("On duty") : tr("Off duty"), expert.mayReview ? tr("Yes") : tr("No"),
                     expert.roomId});
    }
    m_fit->refit();
    selectKey(m_table, selected);
    const QString room = m_room->currentData().toString();
    m_room->clear();
    m_room->addItem(tr("(stand down)"), QString());
    for (const administration::RoomStatus &status : m_venue.rooms())
        if (!status.retired)
            m_room->addItem(QStringLiteral("%1  %2").arg(status.room.id, status.room.name), status.room.id);
    m_room->setCurrentIndex(std::max(0, m_room->findData(room)));
}

void AdminExpertsTab::create()
{
    ExpertDialog dialog(nullptr, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const core::Expert expert = dialog.expert();
    if (m_feedback->report(m_experts.save(m_session, expert), tr("Expert %1 saved.").arg(expert.id))) {
        refresh();
        selectKey(m_table, expert.id);
    }
}

void AdminExpertsTab::edit()
{
    const QString id = selectedKey(m_table);
    for (const core::Expert &expert : m_experts.experts()) {
        if (expert.id != id)
            continue;
        ExpertDialog dialog(&expert, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        if (m_feedback->report(m_experts.save(m_session, dialog.expert()), tr("Expert %1 saved.").arg(id)))
            refresh();
        return;
    }
    m_feedback->report(core::Status::failure(tr("Select an expert first.")), QString());
}

void AdminExpertsTab::seat()
{
    const QString id = selectedKey(m_table);
    if (id.isEmpty()) {
        m_feedback->report(core::Status::failure(tr("Select an expert first.")), QString());
        return;
    }
    const QString room = m_room->currentData().toString();
    if (m_feedback->report(m_experts.seat(m_session, id, room),
                           room.isEmpty() ? tr("Expert %1 stood down.").arg(id)
                                          : tr("Expert %1 seated in %2.").arg(id, room)))
        refresh();
}

void AdminExpertsTab::conflicts()
{
    const QString id = selectedKey(m_table);
    if (id.isEmpty()) {
        m_feedback->report(core::Status::failure(tr("Select an expert first.")), QString());
        return;
    }
    ConflictsDialog(m_experts, m_session, id, this).exec();
}

ExpertDialog::ExpertDialog(const core::Expert *existing, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("expertDialog"));
    setWindowTitle(existing ? tr("Edit expert") : tr("New expert"));
    setMinimumWidth(560);
    if (existing)
        m_base = *existing;
    auto *form = new QFormLayout(this);
    m_id = new QLineEdit(m_base.id, this);
    m_id->setObjectName(QStringLiteral("expertIdEdit"));
    m_id->setReadOnly(existing != nullptr);
    m_name = new QLineEdit(m_base.name, this);
    m_name->setObjectName(QStringLiteral("expertNameEdit"));
    m_title = new QLineEdit(m_base.title, this);
    m_title->setObjectName(QStringLiteral("expertTitleEdit"));
    m_employer = new QLineEdit(m_base.employer, this);
    m_employer->setObjectName(QStringLiteral("expertEmployerEdit"));
    m_specialties = new SpecialtyChecks(QStringLiteral("expertSpecialties"), this);
    m_specialties->setSpecialties(m_base.specialties);
    m_onDuty = new QCheckBox(tr("On duty today"), this);
    m_onDuty->setObjectName(QStringLiteral("expertOnDuty"));
    m_onDuty->setChecked(existing ? m_base.onDuty : true);
    m_mayReview = new QCheckBox(tr("May review other experts' opinions"), this);
    m_mayReview->setObjectName(QStringLiteral("expertMayReview"));
    m_mayReview->setChecked(m_base.mayReview);
    form->addRow(tr("Expert id"), m_id);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Employer or hospital"), m_employer);
    form->addRow(tr("Specialties"), m_specialties);
    form->addRow(QString(), m_onDuty);
    form->addRow(QString(), m_mayReview);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    box->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("expertOkButton"));
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

core::Expert ExpertDialog::expert() const
{
    core::Expert expert = m_base;
    expert.id = m_id->text().trimmed();
    expert.name = m_name->text().trimmed();
    expert.title = m_title->text().trimmed();
    expert.employer = m_employer->text().trimmed();
    expert.specialties = m_specialties->specialties();
    expert.onDuty = m_onDuty->isChecked();
    expert.mayReview = m_mayReview->isChecked();
    return expert;
}

ConflictsDialog::ConflictsDialog(administration::ExpertAdministration &experts,
                                 const accounts::Session &session, const QString &expertId, QWidget *parent)
    : QDialog(parent), m_experts(experts), m_session(session), m_expertId(expertId)
{
    setObjectName(QStringLiteral("conflictsDialog"));
    setWindowTitle(tr("Conflicts of interest of %1").arg(expertId));
    resize(720, 460);
    auto *layout = new QVBoxLayout(this);
    auto *words = new QLabel(tr("The expert is never drawn for a case of a declared employer or person. A "
                                "person is kept only as a blind index of the ID number."),
                             this);
    words->setWordWrap(true);
    layout->addWidget(words);
    m_table = makeAdminTable(QStringLiteral("conflictsView"),
                             {tr("Kind"), tr("Employer or person"), tr("Note")}, this);
    layout->addWidget(m_table, 1);
    auto *row = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("conflictKindCombo"));
    m_kind->addItem(tr("Employer"), true);
    m_kind->addItem(tr("Person (ID number)"), false);
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("conflictSubjectEdit"));
    m_subject->setPlaceholderText(tr("Employer's name or ID number"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("conflictNoteEdit"));
    m_note->setPlaceholderText(tr("Why (e.g. works there, relative)"));
    row->addWidget(m_kind);
    row->addWidget(m_subject, 2);
    row->addWidget(m_note, 2);
    connect(addActionButton(row, QStringLiteral("declareConflictButton"), tr("Declare"), this),
            &QPushButton::clicked, this, &ConflictsDialog::declare);
    layout->addLayout(row);
    auto *bottom = new QHBoxLayout;
    connect(addActionButton(bottom, QStringLiteral("withdrawConflictButton"), tr("Withdraw selected"), this),
            &QPushButton::clicked, this, &ConflictsDialog::withdraw);
    bottom->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    bottom->addWidget(close);
    layout->addLayout(bottom);
    m_feedback = new ActionFeedback(QStringLiteral("conflictsFeedback"), this);
    layout->addWidget(m_feedback);
    refresh();
}

void ConflictsDialog::refresh()
{
    m_table->setRowCount(0);
    int row = 0;
    for (const administration::ConflictRow &conflict : m_experts.conflicts(m_expertId)) {
        setAdminRow(m_table, row, conflict.key,
                    {conflict.employer ? tr("Employer") : tr("Person"),
                     conflict.employer ? conflict.subject : tr("(a person)"), conflict.note});
        m_table->item(row, 0)->setData(Qt::UserRole + 1, conflict.employer);
        ++row;
    }
    m_table->resizeColumnsToContents();
}

void ConflictsDialog::declare()
{
    administration::ExpertAdministration &experts = m_experts;
    const bool employer = m_kind->currentData().toBool();
    const QString subject = m_subject->text().trimmed();
    const core::Status declared =
        employer ? experts.declareEmployerConflict(m_session, m_expertId, subject, m_note->text().trimmed())
                 : experts.declarePersonConflict(m_session, m_expertId, subject, m_note->text().trimmed());
    if (m_feedback->report(declared, tr("Conflict declared."))) {
        m_subject->clear();
        m_note->clear();
        refresh();
    }
}

void ConflictsDialog::withdraw()
{
    const int row = m_table->currentRow();
    if (row < 0) {
        m_feedback->report(core::Status::failure(tr("Select a conflict first.")), QString());
        return;
    }
    const bool employer = m_table->item(row, 0)->data(Qt::UserRole + 1).toBool();
    if (m_feedback->report(m_experts.withdrawConflict(m_session, m_expertId, employer, selectedKey(m_table)),
                           tr("Conflict withdrawn.")))
        refresh();
}

} // namespace ui
