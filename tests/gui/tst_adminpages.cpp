#include "testkey.h"

#include "accounts/accountservice.h"
#include "administration/expertadministration.h"
#include "administration/venueadministration.h"
#include "station/stationservices.h"
#include "store/auditlog.h"
#include "store/caserepository.h"
#include "store/outbox.h"
#include "ui/adminimports.h"
#include "ui/adminpage.h"
#include "ui/settingsdialog.h"
#include "ui/settingsfield.h"
#include "ui/setupplan.h"
#include "ui/shortcuthelp.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

// The venue admin's pages on a venue made by the first-start applier, with no demo library linked:
// experts, accounts, seats and a roster import through the real widgets and dialogs.
class TestAdminPages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    core::ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(8, 0))};
    std::unique_ptr<store::Database> m_database;
    std::unique_ptr<station::StationServices> m_station;
    accounts::AccountService *m_accounts = nullptr;
    std::unique_ptr<ui::Services> m_services;
    accounts::Session m_admin;

    // Runs `fill` on the next modal dialog once it is up (exec() blocks the caller).
    static void onModal(std::function<void(QDialog *)> fill)
    {
        QTimer::singleShot(50, [fill] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                onModal(fill);
                return;
            }
            fill(dialog);
        });
    }
    template <typename T> static T *in(QWidget *parent, const char *name)
    {
        T *found = parent->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }
    static int rows(QWidget *parent, const char *table)
    {
        return in<QTableWidget>(parent, table)->rowCount();
    }
    static void select(QWidget *parent, const char *table, const QString &key)
    {
        auto *view = in<QTableWidget>(parent, table);
        for (int row = 0; row < view->rowCount(); ++row)
            if (view->item(row, 0)->data(Qt::UserRole).toString() == key)
                view->selectRow(row);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_database =
            store::Database::open(store::databasePath(m_dir.path()), m_clock, testDataKey()).database;
        QVERIFY(m_database);
        ui::SetupPlan plan;
        plan.venue = core::Venue{QStringLiteral("V1"), QStringLiteral("测试鉴定中心"), {}, {}, {}};
        plan.lanes = ui::defaultLanes();
        plan.rooms = {
            core::Room{QStringLiteral("R1"), QStringLiteral("一诊室"), {core::Specialty::Orthopaedics}},
            core::Room{QStringLiteral("R2"), QStringLiteral("二诊室"), {core::Specialty::Neurology}}};
        plan.admin = core::StaffAccount{
            QStringLiteral("chief"), QStringLiteral("王主任"), core::Role::VenueAdmin, {}, true};
        plan.adminPassword = QStringLiteral("Chief2026x");
        const core::Status applied = ui::SetupApplier::apply(plan, *m_database, m_dir.path(), {});
        QVERIFY2(applied.ok(), qPrintable(applied.error()));
        m_station = std::make_unique<station::StationServices>(*m_database);
        m_accounts = &m_station->accounts();
        const auto session = m_accounts->authenticate(QStringLiteral("chief"), QStringLiteral("Chief2026x"));
        QVERIFY(session.ok());
        m_admin = session.value();
        m_services = std::make_unique<ui::Services>(*m_station);
    }

    void expertAccountSeatAndRoster()
    {
        ui::AdminPage page(*m_services, m_admin, administration::VenueDirectory(*m_database).stationInfo());
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.findChild<QLabel *>(QStringLiteral("infoBanner")));

        // An expert through the expert dialog.
        onModal([](QDialog *dialog) {
            in<QLineEdit>(dialog, "expertIdEdit")->setText(QStringLiteral("E1"));
            in<QLineEdit>(dialog, "expertNameEdit")->setText(QStringLiteral("陈专家"));
            in<QLineEdit>(dialog, "expertEmployerEdit")->setText(QStringLiteral("第一医院"));
            in<QCheckBox>(dialog, "expertSpecialties_orthopaedics")->setChecked(true);
            in<QPushButton>(dialog, "expertOkButton")->click();
        });
        in<QPushButton>(&page, "newExpertButton")->click();
        QCOMPARE(rows(&page, "expertsView"), 1);

        // Seated in R1 from the experts tab.
        select(&page, "expertsView", QStringLiteral("E1"));
        auto *room = in<QComboBox>(&page, "seatRoomCombo");
        room->setCurrentIndex(room->findData(QStringLiteral("R1")));
        in<QPushButton>(&page, "seatExpertButton")->click();
        QCOMPARE(administration::ExpertAdministration(*m_database).experts().first().roomId,
                 QStringLiteral("R1"));

        // A weak password keeps OK disabled; a good one creates the expert's account.
        onModal([](QDialog *dialog) {
            in<QLineEdit>(dialog, "accountUserEdit")->setText(QStringLiteral("e1"));
            in<QLineEdit>(dialog, "accountNameEdit")->setText(QStringLiteral("陈专家"));
            auto *role = in<QComboBox>(dialog, "accountRoleCombo");
            role->setCurrentIndex(role->findData(int(core::Role::Expert)));
            auto *ok = in<QPushButton>(dialog, "accountOkButton");
            QVERIFY(!ok->isEnabled()); // no expert chosen yet
            auto *expert = in<QComboBox>(dialog, "accountExpertCombo");
            expert->setCurrentIndex(expert->findData(QStringLiteral("E1")));
            in<QLineEdit>(dialog, "accountPasswordEdit")->setText(QStringLiteral("short"));
            in<QLineEdit>(dialog, "accountRepeatEdit")->setText(QStringLiteral("short"));
            QVERIFY(!ok->isEnabled());
            QVERIFY(in<QLabel>(dialog, "accountProblem")->text().contains(QStringLiteral("8")));
            in<QLineEdit>(dialog, "accountPasswordEdit")->setText(QStringLiteral("Expert2026x"));
            in<QLineEdit>(dialog, "accountRepeatEdit")->setText(QStringLiteral("Expert2026x"));
            QVERIFY(ok->isEnabled());
            ok->click();
        });
        in<QPushButton>(&page, "newAccountButton")->click();
        QCOMPARE(rows(&page, "accountsView"), 2);
        const auto expert = m_accounts->authenticate(QStringLiteral("e1"), QStringLiteral("Expert2026x"));
        QVERIFY(expert.ok());
        QCOMPARE(expert.value().account.expertId, QStringLiteral("E1"));

        // The last venue admin cannot be disabled: the tab says why.
        select(&page, "accountsView", QStringLiteral("chief"));
        in<QPushButton>(&page, "toggleAccountButton")->click();
        QVERIFY(in<QLabel>(&page, "accountsFeedback")->property("problem").toBool());
        QVERIFY(m_accounts->authenticate(QStringLiteral("chief"), QStringLiteral("Chief2026x")).ok());

        // A roster with one bad line: the good line is imported, the bad one listed by line number.
        QFile roster(m_dir.filePath(QStringLiteral("roster.csv")));
        QVERIFY(roster.open(QIODevice::WriteOnly));
        roster.write(
            "acceptance_no,name,id_number,gender,birth_date,employer,appraisal_type,specialty,priority,"
            "phone,address,materials,accepted_on\n"
            "JD-1,罗超,440106198611200776,male,1986-11-20,某公司,work_injury,orthopaedics,normal,"
            "13758619528,某地,申请表,2026-11-02\n"
            "JD-2,孙洋,440306197812236051,male,1978-12-23,某公司,work_injury,orthopaedics,normal,"
            "13752503208,某地,申请表,2026-11-02\n");
        roster.close();
        QString summary;
        QString rejections;
        onModal([&](QDialog *dialog) {
            summary = in<QLabel>(dialog, "importSummary")->text();
            rejections = in<QPlainTextEdit>(dialog, "importRejections")->toPlainText();
            QVERIFY(in<QPushButton>(dialog, "saveRejectionsButton")->isEnabled());
            dialog->accept();
        });
        in<ui::AdminImportsTab>(&page, "adminImportsTab")->importRoster(roster.fileName());
        QVERIFY2(summary.contains(QStringLiteral("1")), qPrintable(summary));
        QVERIFY2(rejections.contains(QStringLiteral("3")), qPrintable(rejections)); // line 3: bad check digit
        QVERIFY(store::CaseRepository(*m_database).find(QStringLiteral("JD-1")).has_value());

        // Every change above is in the audit trail.
        QStringList actions;
        for (const auto &entry : store::AuditLog(*m_database).entries())
            actions << entry.action;
        for (const char *action : {"expert.save", "expert.seat", "account.create"})
            QVERIFY2(actions.contains(QLatin1String(action)), action);
    }

    // Seen in a real window: the tabs changed only with Ctrl+Tab from inside them, and F1 did not
    // say how. Ctrl+PgDown and Ctrl+PgUp go through the tabs from anywhere on the page, wrap
    // round, put the keyboard in the tab that opened, and are listed in F1.
    void tabsFromTheKeyboard()
    {
        ui::AdminPage page(*m_services, m_admin, administration::VenueDirectory(*m_database).stationInfo());
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("adminTabs"));
        QCOMPARE(tabs->currentIndex(), 0);
        auto *settings = in<QPushButton>(&page, "openSettingsButton");
        settings->setFocus(); // outside the tabs
        QTest::keyClick(settings, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 1);
        QVERIFY(tabs->currentWidget()->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), tabs->count() - 1); // round to the last
        QStringList listed;
        for (const auto &[key, what] : ui::ShortcutHelp(page).keys())
            listed << key;
        for (const QKeySequence &key :
             {QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::CTRL | Qt::Key_PageUp)})
            QVERIFY2(listed.contains(key.toString(QKeySequence::NativeText)),
                     qPrintable(listed.join(QLatin1Char(' '))));
    }

    // Seen in a real window: Tab from the list of settings pages went straight to Save, past the
    // page's fields. Now Tab goes from the list into the page shown.
    void settingsTabFromTheListIntoThePage()
    {
        ui::SettingsDialog dialog(*m_services, m_admin);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *pages = in<QListWidget>(&dialog, "settingsPages");
        for (int row = 0; row < pages->count(); ++row) {
            pages->setCurrentRow(row);
            pages->setFocus();
            QTest::keyClick(pages, Qt::Key_Tab);
            QWidget *shown = dialog.findChild<QStackedWidget *>()->currentWidget();
            QWidget *focused = QApplication::focusWidget();
            // In a field or a button of the page, where a key does something (not its scroll area).
            const bool input = focused->inherits("QAbstractSpinBox") || focused->inherits("QLineEdit") ||
                               focused->inherits("QComboBox") || focused->inherits("QAbstractButton") ||
                               focused->inherits("QPlainTextEdit");
            QVERIFY2(shown->isAncestorOf(focused) && input,
                     qPrintable(pages->item(row)->text() + QLatin1String(": ") +
                                QString::fromLatin1(focused->metaObject()->className()) + QLatin1Char(' ') +
                                focused->objectName()));
        }
    }

    void settingsAreCheckedByTheRegistry()
    {
        ui::SettingsDialog dialog(*m_services, m_admin);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.width() <= 1366 && dialog.height() <= 740);
        auto *server = dialog.field(store::settings::SyncServer);
        qobject_cast<QLineEdit *>(server->editor())->setText(QStringLiteral("not a url"));
        QVERIFY(!dialog.save());
        QVERIFY(in<QLabel>(&dialog, "settingsStatus")->property("problem").toBool());
        QCOMPARE(m_database->setting(store::settings::SyncServer), QString());
        qobject_cast<QLineEdit *>(server->editor())->clear();
        qobject_cast<QSpinBox *>(dialog.field(store::settings::LockoutMaxFailures)->editor())->setValue(7);
        QVERIFY(dialog.save());
        QCOMPARE(m_database->settingNumber(store::settings::LockoutMaxFailures), 7);
        QVERIFY(!in<QLabel>(&dialog, "settingsStatus")->property("problem").toBool());
    }
};

QTEST_MAIN(TestAdminPages)
#include "tst_adminpages.moc"
