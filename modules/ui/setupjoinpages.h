#pragma once

#include "setupplan.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace venue {
class Enrolment;
}

namespace ui {

// Join a venue hub: its address and the one-time code shown there (the enrolment), then the
// certificate fingerprint for the person to compare with the one the hub shows.
class SetupHubPage : public QWizardPage
{
    Q_OBJECT
public:
    SetupHubPage(SetupPlan &plan, QWidget *parent = nullptr);
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override { return -1; }

private:
    void connectToHub();
    void answered(const venue::EnrolmentResult &result);
    SetupPlan &m_plan;
    QLineEdit *m_hub, *m_code, *m_station;
    QComboBox *m_role;
    QPushButton *m_connect;
    QLabel *m_state, *m_pin;
    QCheckBox *m_pinMatches;
    venue::Enrolment *m_enrolment = nullptr;
};

// Restore from a backup file, checked as soon as it is chosen.
class SetupRestorePage : public QWizardPage
{
    Q_OBJECT
public:
    SetupRestorePage(SetupPlan &plan, QWidget *parent = nullptr);
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override { return -1; }

private:
    void check();
    SetupPlan &m_plan;
    QLineEdit *m_file;
    QLabel *m_state;
    QString m_checkedFile;
};

} // namespace ui
