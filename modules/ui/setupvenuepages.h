#pragma once

#include "setupplan.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace ui {

class SpecialtyChecks;

// Shows what is wrong on a page, in the product's problem colour; empty hides it.
void showPageProblem(QLabel *label, const QString &problem);

// The widget a setup page puts its fields on: inside a frameless scroll area that fills the page, so
// on a small screen (1366×768 at 150 % is 911×512) the page scrolls and the wizard's buttons stay.
QWidget *scrollingBody(QWizardPage &page);

// The venue as printed on notices: id, name, committee, address, enquiry phone.
class SetupVenuePage : public QWizardPage
{
    Q_OBJECT
public:
    SetupVenuePage(SetupPlan &plan, QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;

private:
    void fillFrom(int centralIndex);
    SetupPlan &m_plan;
    QComboBox *m_central; // the central system's venues; hidden without a server
    QLabel *m_centralLabel;
    QLineEdit *m_id, *m_name, *m_committee, *m_address, *m_phone;
    QLabel *m_problem;
};

// Optional: the central server that holds the venue's details, rooms, experts and templates. With an
// address, it is asked right away (venues, rooms, experts, templates) so the next pages are filled;
// an unreachable server or a refused token is said on the page, which stays.
class SetupServerPage : public QWizardPage
{
    Q_OBJECT
public:
    SetupServerPage(SetupPlan &plan, QWidget *parent = nullptr);
    bool validatePage() override;

private:
    SetupPlan &m_plan;
    QLineEdit *m_url, *m_ca, *m_token;
    QLabel *m_problem;
};

// The lanes (normal A, green G by default) and at least one exam room.
class SetupRoomsPage : public QWizardPage
{
    Q_OBJECT
public:
    SetupRoomsPage(SetupPlan &plan, QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;

protected:
    // Enter in the room fields adds the room (and does not leave the page).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addRoom();
    void removeRoom();
    SetupPlan &m_plan;
    QTableWidget *m_lanes;
    QLineEdit *m_roomId, *m_roomName;
    SpecialtyChecks *m_roomSpecialties;
    QListWidget *m_rooms;
    QList<core::Room> m_added;
    QLabel *m_problem;
};

// The first venue administrator, with the station's password rules.
class SetupAdminPage : public QWizardPage
{
    Q_OBJECT
public:
    SetupAdminPage(SetupPlan &plan, QWidget *parent = nullptr);
    bool validatePage() override;
    int nextId() const override { return -1; }

private:
    QString problem() const;
    SetupPlan &m_plan;
    QLineEdit *m_user, *m_name, *m_password, *m_repeat;
    QLabel *m_problem;
};

} // namespace ui
