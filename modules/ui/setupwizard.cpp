#include "setupwizard.h"

#include "screenfit.h"
#include "setupjoinpages.h"
#include "setupvenuepages.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ui {

namespace {

// A choice with a line that says what it leads to, under it.
QRadioButton *addChoice(QVBoxLayout *layout, const QString &objectName, const QString &title,
                        const QString &explanation, QWidget *parent)
{
    auto *choice = new QRadioButton(title, parent);
    choice->setObjectName(objectName);
    auto *words = new QLabel(explanation, parent);
    words->setObjectName(QStringLiteral("inputHint"));
    words->setWordWrap(true);
    words->setContentsMargins(26, 0, 0, 8);
    layout->addWidget(choice);
    layout->addWidget(words);
    return choice;
}

} // namespace

SetupWizard::SetupWizard(bool demoAvailable, bool restoreAvailable, QWidget *parent) : QWizard(parent)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Set up this station"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setPage(ChoicePage, new SetupChoicePage(m_plan, demoAvailable, restoreAvailable, this));
    setPage(VenuePage, new SetupVenuePage(m_plan, this));
    setPage(ServerPage, new SetupServerPage(m_plan, this));
    setPage(RoomsPage, new SetupRoomsPage(m_plan, this));
    setPage(AdminPage, new SetupAdminPage(m_plan, this));
    setPage(HubPage, new SetupHubPage(m_plan, this));
    setPage(RestorePage, new SetupRestorePage(m_plan, this));
    setPage(DemoPage, new SetupDemoPage(this));
    setStartId(ChoicePage);
    // 900×620 where there is room, never more than the screen; the pages scroll on a small one.
    fitToScreen(*this, QSize(900, 620));
}

SetupChoicePage::SetupChoicePage(SetupPlan &plan, bool demoAvailable, bool restoreAvailable, QWidget *parent)
    : QWizardPage(parent), m_plan(plan)
{
    setObjectName(QStringLiteral("setupChoicePage"));
    setTitle(tr("Welcome"));
    setSubTitle(tr("This station has no venue yet. Choose what this PC is for; nothing is saved until you "
                   "press Finish on the last page."));
    auto *layout = new QVBoxLayout(scrollingBody(*this));
    layout->setSpacing(4);
    m_runVenue = addChoice(layout, QStringLiteral("choiceRunVenue"), tr("This PC runs the venue"),
                           tr("A single PC, or the PC that runs the venue hub: name the venue, its lanes and "
                              "rooms, and the first venue administrator."),
                           this);
    m_joinHub = addChoice(layout, QStringLiteral("choiceJoinHub"), tr("Join a venue hub"),
                          tr("A front desk, exam room or hall display PC at a venue that already runs a hub: "
                             "the hub's address and the one-time code shown there."),
                          this);
    m_restore =
        addChoice(layout, QStringLiteral("choiceRestore"), tr("Restore from a backup"),
                  tr("This PC replaces one whose backup file you have; the file is checked first."), this);
    m_demo = addChoice(layout, QStringLiteral("choiceDemo"), tr("Try the demo venue"),
                       tr("Synthetic people, experts and accounts for training and trying the station. "
                          "Not for a real appraisal day."),
                       this);
    for (auto [choice, available] :
         {std::pair{m_restore, restoreAvailable}, std::pair{m_demo, demoAvailable}}) {
        choice->setVisible(available);
        // The explanation right under it goes with it.
        layout->itemAt(layout->indexOf(choice) + 1)->widget()->setVisible(available);
    }
    layout->addStretch(1);
    m_runVenue->setChecked(true);
}

bool SetupChoicePage::validatePage()
{
    if (m_joinHub->isChecked())
        m_plan.mode = SetupPlan::Mode::JoinHub;
    else if (m_restore->isChecked())
        m_plan.mode = SetupPlan::Mode::Restore;
    else if (m_demo->isChecked())
        m_plan.mode = SetupPlan::Mode::Demo;
    else
        m_plan.mode = SetupPlan::Mode::RunVenue;
    return true;
}

int SetupChoicePage::nextId() const
{
    if (m_joinHub->isChecked())
        return SetupWizard::HubPage;
    if (m_restore->isChecked())
        return SetupWizard::RestorePage;
    if (m_demo->isChecked())
        return SetupWizard::DemoPage;
    return SetupWizard::ServerPage;
}

SetupDemoPage::SetupDemoPage(QWidget *parent) : QWizardPage(parent)
{
    setObjectName(QStringLiteral("setupDemoPage"));
    setTitle(tr("Try the demo venue"));
    setSubTitle(tr("Synthetic data only."));
    auto *layout = new QVBoxLayout(scrollingBody(*this));
    auto *words = new QLabel(
        tr("The demo venue has invented people, ID numbers, experts, rooms and staff accounts with the "
           "passwords listed in the README. Use it to learn the station; do not enter real people into it. "
           "To set up a real venue later, start with an empty data folder."),
        this);
    words->setWordWrap(true);
    layout->addWidget(words);
    layout->addStretch(1);
}

} // namespace ui
