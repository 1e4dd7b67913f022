#pragma once

#include "setupplan.h"

#include <QWizard>

class QRadioButton;

namespace ui {

// First start of a station with no venue: run the venue here, join a venue hub, restore a backup or
// try the demo venue. Collects a SetupPlan; nothing is written until the station applies it.
class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    // In the order a venue is set up: the central server first, so what it holds fills the venue
    // and its rooms.
    enum PageId { ChoicePage, ServerPage, VenuePage, RoomsPage, AdminPage, HubPage, RestorePage, DemoPage };

    // `demoAvailable`: the station can load the demo venue; `restoreAvailable`: no database is open
    // yet, so a backup can take its place. Choices not available are hidden.
    SetupWizard(bool demoAvailable, bool restoreAvailable, QWidget *parent = nullptr);

    const SetupPlan &plan() const { return m_plan; }

private:
    SetupPlan m_plan;
};

// The first page: what this PC is for.
class SetupChoicePage : public QWizardPage
{
    Q_OBJECT
public:
    SetupChoicePage(SetupPlan &plan, bool demoAvailable, bool restoreAvailable, QWidget *parent = nullptr);
    int nextId() const override;
    bool validatePage() override;

private:
    SetupPlan &m_plan;
    QRadioButton *m_runVenue = nullptr;
    QRadioButton *m_joinHub = nullptr;
    QRadioButton *m_restore = nullptr;
    QRadioButton *m_demo = nullptr;
};

// The demo venue, said plainly to be synthetic.
class SetupDemoPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SetupDemoPage(QWidget *parent = nullptr);
    int nextId() const override { return -1; }
};

} // namespace ui
