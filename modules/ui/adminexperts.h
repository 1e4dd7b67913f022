#pragma once

#include "accounts/permissions.h"
#include "administration/expertadministration.h"
#include "administration/venueadministration.h"

#include <QDialog>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ui {

class ActionFeedback;
class SpecialtyChecks;
class TableFit;

// The expert pool: add and edit experts, seat them in rooms for the day, their conflicts of interest.
class AdminExpertsTab : public QWidget
{
    Q_OBJECT
public:
    AdminExpertsTab(administration::ExpertAdministration &experts,
                    const administration::VenueAdministration &venue, const accounts::Session &session,
                    QWidget *parent = nullptr);
    void refresh();

private:
    void create();
    void edit();
    void seat();
    void conflicts();
    administration::ExpertAdministration &m_experts;
    const administration::VenueAdministration &m_venue;
    const accounts::Session &m_session;
    QTableWidget *m_table;
    TableFit *m_fit;
    QComboBox *m_room;
    ActionFeedback *m_feedback;
};

// One expert's details.
class ExpertDialog : public QDialog
{
    Q_OBJECT
public:
    ExpertDialog(const core::Expert *existing, QWidget *parent = nullptr);
    core::Expert expert() const;

private:
    core::Expert m_base;
    QLineEdit *m_id, *m_name, *m_title, *m_employer;
    SpecialtyChecks *m_specialties;
    QCheckBox *m_onDuty, *m_mayReview;
};

// An expert's declared conflicts: an employer, or a person by ID number; declare and withdraw.
class ConflictsDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictsDialog(administration::ExpertAdministration &experts, const accounts::Session &session,
                    const QString &expertId, QWidget *parent = nullptr);

private:
    void refresh();
    void declare();
    void withdraw();
    administration::ExpertAdministration &m_experts;
    const accounts::Session &m_session;
    QString m_expertId;
    QTableWidget *m_table;
    QComboBox *m_kind;
    QLineEdit *m_subject, *m_note;
    ActionFeedback *m_feedback;
};

} // namespace ui
