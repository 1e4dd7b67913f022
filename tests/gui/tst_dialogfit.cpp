#include "guifixture.h"
#include "screenharness.h"

#include "checkin/checkinservice.h"
#include "i18n/translations.h"
#include "store/caserepository.h"
#include "store/expertrepository.h"
#include "ui/adminaccounts.h"
#include "ui/adminexperts.h"
#include "ui/adminrooms.h"
#include "ui/adminwalkins.h"
#include "ui/callingpage.h"
#include "ui/checkinpanel.h"
#include "ui/clerkdialogs.h"
#include "ui/exampage.h"
#include "ui/idlelock.h"
#include "ui/keydialogs.h"
#include "ui/logindialog.h"
#include "ui/settingsdialog.h"
#include "ui/setupwizard.h"
#include "ui/shortcuthelp.h"
#include "ui/signoutdialog.h"
#include "ui/style.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QTranslator>
#include <QWizard>

#include <QPointer>

#include <functional>

// Every dialog of the station on a real screen size, as tst_screenfit does for the pages:
// 1366×768 by default; again at 1920×1080 and at 150 % (QT_SCALE_FACTOR, 1366×768 at 150 % is
// 911×512 logical pixels). The dialog is never larger than the screen's available area, and its
// buttons (OK, Cancel, Next, Finish …) are shown whole inside it. In Chinese and in English.
class TestDialogFit : public QObject
{
    Q_OBJECT

    GuiFixture m_station;
    QString m_language;
    accounts::Session m_admin;
    accounts::Session m_desk;
    QString m_examiner; // first examiner of JD2026-0001, with the person called into the room
    std::unique_ptr<QWidget> m_callingPage;

    void useLanguage(const QString &language)
    {
        if (language == m_language)
            return;
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QVERIFY(i18n::install(*qApp, language));
        m_language = language;
    }

    using Factory = std::function<QDialog *()>;

    QMap<QString, Factory> dialogs()
    {
        QMap<QString, Factory> all;
        all.insert(QStringLiteral("login"), [this] {
            return new ui::LoginDialog(*m_station.accounts, m_station.services->directory.stationInfo());
        });
        all.insert(QStringLiteral("settings"),
                   [this] { return new ui::SettingsDialog(*m_station.services, m_admin); });
        all.insert(QStringLiteral("signOut"), [this] {
            return new ui::SignOutDialog(
                *store::CaseRepository(*m_station.database).find(QStringLiteral("JD2026-0001")));
        });
        all.insert(QStringLiteral("passwordChange"),
                   [] { return new ui::PasswordDialog(QStringLiteral("qiantai")); });
        all.insert(QStringLiteral("account"), [this] {
            return new ui::AccountDialog(m_station.stationServices->expertAdministration(), nullptr);
        });
        all.insert(QStringLiteral("expert"), [] { return new ui::ExpertDialog(nullptr); });
        all.insert(QStringLiteral("room"), [] { return new ui::RoomDialog(nullptr); });
        all.insert(QStringLiteral("lane"), [] { return new ui::LaneDialog(nullptr); });
        all.insert(QStringLiteral("delivery"), [this] {
            return new ui::DeliveryDialog(QStringLiteral("JD2026-0001"), m_station.clock.today(),
                                          m_station.clock.today(),
                                          [](const ui::DeliveryDialog &) { return core::Status(); });
        });
        all.insert(QStringLiteral("extension"), [] {
            return new ui::ExtensionDialog(QStringLiteral("JD2026-0001"),
                                           [](const ui::ExtensionDialog &) { return core::Status(); });
        });
        all.insert(QStringLiteral("unlock"),
                   [this] { return new ui::UnlockDialog(*m_station.accounts, m_admin); });
        all.insert(QStringLiteral("recoveryKey"), [] {
            return new ui::RecoveryKeyDialog(QStringLiteral("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"));
        });
        all.insert(QStringLiteral("keyRecovery"), [] {
            return new ui::KeyRecoveryDialog(
                QStringLiteral("The data key could not be read from the keychain."),
                [](const QString &) { return QString(); });
        });
        // F1 on the calling page: the longest list of window-wide keys.
        all.insert(QStringLiteral("shortcuts"), [this] { return new ui::ShortcutHelp(*m_callingPage); });
        for (const auto &[name, page] :
             QList<QPair<QString, int>>{{QStringLiteral("setupChoice"), ui::SetupWizard::ChoicePage},
                                        {QStringLiteral("setupVenue"), ui::SetupWizard::VenuePage},
                                        {QStringLiteral("setupServer"), ui::SetupWizard::ServerPage},
                                        {QStringLiteral("setupRooms"), ui::SetupWizard::RoomsPage},
                                        {QStringLiteral("setupAdmin"), ui::SetupWizard::AdminPage},
                                        {QStringLiteral("setupHub"), ui::SetupWizard::HubPage},
                                        {QStringLiteral("setupRestore"), ui::SetupWizard::RestorePage},
                                        {QStringLiteral("setupDemo"), ui::SetupWizard::DemoPage}})
            all.insert(name, [page] {
                auto *wizard = new ui::SetupWizard(true, true);
                wizard->setStartId(page);
                wizard->restart();
                return wizard;
            });
        return all;
    }

    // Why a dialog does not fit the screen, or nothing: larger than the screen's available area, or
    // a button that finishes or drives it (the wizard's own row, or every push button outside a
    // scrolled area: inside one, scrolling to it is the layout's answer) not shown whole.
    static QString whyNotFitting(QDialog &window, const QString &dialog)
    {
        const QRect screen = window.screen()->availableGeometry();
        if (window.width() > screen.width() || window.height() > screen.height())
            return QStringLiteral("%1: %2x%3 on a %4x%5 screen (minimum %6x%7)")
                .arg(dialog)
                .arg(window.width())
                .arg(window.height())
                .arg(screen.width())
                .arg(screen.height())
                .arg(window.minimumSizeHint().width())
                .arg(window.minimumSizeHint().height());
        QList<QAbstractButton *> drivers;
        if (auto *wizard = qobject_cast<QWizard *>(&window)) {
            for (QWizard::WizardButton which :
                 {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton})
                drivers << wizard->button(which);
        } else {
            for (QPushButton *button : window.findChildren<QPushButton *>()) {
                bool scrolled = false;
                for (QWidget *up = button->parentWidget(); up && up != &window; up = up->parentWidget())
                    scrolled = scrolled || qobject_cast<QAbstractScrollArea *>(up);
                if (!scrolled)
                    drivers << button;
            }
        }
        int buttons = 0;
        for (const QAbstractButton *button : std::as_const(drivers)) {
            if (!button->isVisible())
                continue;
            ++buttons;
            const QString problem = screenharness::whyNotUsable(button);
            if (!problem.isEmpty())
                return QStringLiteral("%1, button \"%2\": %3").arg(dialog, button->text(), problem);
        }
        if (buttons == 0 && dialog != QLatin1String("shortcuts"))
            return QStringLiteral("%1: no button to finish it").arg(dialog);
        return {};
    }

    // For people to look at: build/screenshots/dialogs/<size>[@scale]/<language>-<dialog>.png.
    static void saveScreenshot(QWidget &window, const QString &language, const QString &dialog)
    {
        const QSize size = screenharness::requestedScreen();
        QString folder = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        if (const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR");
            !scale.isEmpty() && scale != QLatin1String("1"))
            folder += QLatin1Char('@') + scale;
        const QDir out(QStringLiteral(SCREENSHOT_DIR "/dialogs/") + folder);
        QVERIFY(out.mkpath(QStringLiteral(".")));
        QVERIFY(window.grab().save(out.filePath(QStringLiteral("%1-%2.png").arg(language, dialog))));
    }

    // A person's short question (QInputDialog) as a page asks it: `act` presses the page's button;
    // every input dialog it opens is checked and, but for the last, answered; the last is cancelled
    // so that nothing changes. Returns the problems found.
    QStringList answerQuestions(const std::function<void()> &act, int questions, const QString &language)
    {
        QStringList problems;
        int seen = 0;
        QPointer<QInputDialog> last;
        QTimer watcher;
        watcher.setInterval(20);
        connect(&watcher, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog == last || !dialog->isVisible())
                return;
            last = dialog;
            ++seen;
            QTest::qWait(20); // layouts settle
            problems << whyNotFitting(*dialog, dialog->objectName());
            if (dialog->objectName().isEmpty())
                problems << QStringLiteral("an input dialog without an object name");
            saveScreenshot(*dialog, language, dialog->objectName());
            if (seen < questions) {
                if (dialog->comboBoxItems().isEmpty())
                    dialog->setTextValue(QStringLiteral("测试 test"));
                dialog->accept();
            } else {
                dialog->reject();
            }
        });
        watcher.start();
        act();
        watcher.stop();
        problems.removeAll(QString());
        if (seen != questions)
            problems << QStringLiteral("%1 question(s) asked, %2 expected").arg(seen).arg(questions);
        return problems;
    }

    accounts::Session examinerSession() const
    {
        accounts::Session expert;
        expert.account.username = m_examiner;
        expert.account.displayName = QStringLiteral("专家");
        expert.account.role = core::Role::Expert;
        expert.account.expertId = m_examiner;
        return expert;
    }

    QString examinerRoom() const
    {
        return store::ExpertRepository(*m_station.database).find(m_examiner)->roomId;
    }

    static void click(QWidget &page, const QString &button)
    {
        auto *target = page.findChild<QPushButton *>(button);
        QVERIFY2(target, qPrintable(button));
        target->click();
    }

    // Every input dialog of the pages: {name: {how many questions the action asks, the action}}.
    QMap<QString, QPair<int, std::function<void()>>> questions()
    {
        QMap<QString, QPair<int, std::function<void()>>> all;
        const auto onCallingPage = [this](const accounts::Session &session, const QString &button) {
            return [this, session, button] {
                ui::CallingPage page(*m_station.services, session);
                page.show();
                click(page, button);
            };
        };
        all.insert(QStringLiteral("callNumber"),
                   {1, onCallingPage(m_admin, QStringLiteral("callTicketButton"))});
        all.insert(QStringLiteral("pauseReason"), {1, onCallingPage(m_admin, QStringLiteral("pauseButton"))});
        all.insert(QStringLiteral("overrideReason"),
                   {1, onCallingPage(m_admin, QStringLiteral("overrideRoomButton"))});
        // The examiner has the person in the room: to which expert, then why.
        all.insert(QStringLiteral("transfer"),
                   {2, onCallingPage(examinerSession(), QStringLiteral("transferButton"))});
        all.insert(QStringLiteral("newVersionReason"),
                   {1, [this] {
                        ui::ExamPage page(*m_station.services, examinerSession());
                        page.show();
                        QVERIFY(page.showCase(QStringLiteral("JD2026-0001")));
                        click(page, QStringLiteral("newVersion"));
                    }});
        // A walk-in typed by ID number: the name, then why the person is not on the roster.
        all.insert(QStringLiteral("walkIn"),
                   {2, [this] {
                        ui::CheckInPanel panel(*m_station.services, m_desk);
                        panel.show();
                        // Not on the roster: the check-in is refused,
                        // and a walk-in may be recorded.
                        auto *input = panel.findChild<QLineEdit *>(QStringLiteral("checkInInput"));
                        input->setText(QStringLiteral("11010519491231002X"));
                        QTest::keyClick(input, Qt::Key_Return);
                        click(panel, QStringLiteral("walkInButton"));
                    }});
        for (const QString &decision : {QStringLiteral("approveWalkIn"), QStringLiteral("refuseWalkIn")})
            all.insert(decision,
                       {1, [this, decision] {
                            ui::AdminWalkInsTab tab(m_station.stationServices->walkInAdministration(),
                                                    m_admin);
                            tab.show();
                            tab.findChild<QTableWidget *>(QStringLiteral("walkInsView"))->selectRow(0);
                            click(tab, decision + QStringLiteral("Button"));
                        }});
        all.insert(QStringLiteral("pauseRoom"),
                   {1, [this] {
                        ui::AdminRoomsTab tab(m_station.stationServices->venueAdministration(),
                                              *m_station.calls, m_admin);
                        tab.show();
                        tab.findChild<QTableWidget *>(QStringLiteral("roomsView"))->selectRow(0);
                        click(tab, QStringLiteral("pauseRoomButton"));
                    }});
        return all;
    }

private slots:
    void initTestCase()
    {
        ui::applyStationStyle(*qApp);
        QVERIFY(m_station.setUp());
        const auto credentials = GuiFixture::demoAccounts().value(QStringLiteral("venue_admin"));
        m_admin = m_station.accounts->authenticate(credentials.first, credentials.second).value();
        m_callingPage = std::make_unique<ui::CallingPage>(*m_station.services, m_admin);
        // For the questions: a person checked in, drawn, examined by both examiners and called
        // into the first examiner's room; a walk-in waiting for the admin's decision.
        const auto desk = GuiFixture::demoAccounts().value(QStringLiteral("front_desk"));
        m_desk = m_station.accounts->authenticate(desk.first, desk.second).value();
        QVERIFY(checkin::CheckInService(*m_station.database)
                    .checkInByAcceptanceNo(m_desk, QStringLiteral("JD2026-0001"))
                    .ok());
        const auto drawn = m_station.draws->draw(m_desk, QStringLiteral("JD2026-0001"));
        QVERIFY(drawn.ok());
        m_examiner = drawn->result.examiners.at(0);
        const core::Status examined =
            m_station.examineAndSubmit(QStringLiteral("JD2026-0001"), drawn->result.examiners);
        QVERIFY2(examined, qPrintable(examined.error()));
        QVERIFY(m_station.calls->callNext(examinerSession(), examinerRoom()).ok());
        core::Person walkIn;
        walkIn.idNumber = QStringLiteral("110105198001010032");
        walkIn.name = QStringLiteral("王小明");
        QVERIFY(checkin::CheckInService(*m_station.database)
                    .recordWalkIn(m_desk, walkIn, QStringLiteral("补办"))
                    .ok());
    }

    // The short questions the pages ask (QInputDialog: a reason, a number, a name, an expert),
    // asked as a person meets them, by the page's own button.
    void everyQuestionFits_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("question");
        const QStringList names = questions().keys();
        for (const char *language : {"zh_CN", "en"})
            for (const QString &name : names)
                QTest::addRow("%s %s", language, qPrintable(name)) << QString::fromLatin1(language) << name;
    }

    void everyQuestionFits()
    {
        QFETCH(QString, language);
        QFETCH(QString, question);
        useLanguage(language);
        const auto [count, act] = questions().value(question);
        const QStringList problems = answerQuestions(act, count, language);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(question + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
    }

    void everyDialogFits_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("dialog");
        const QStringList names = dialogs().keys();
        for (const char *language : {"zh_CN", "en"})
            for (const QString &name : names)
                QTest::addRow("%s %s", language, qPrintable(name)) << QString::fromLatin1(language) << name;
    }

    void everyDialogFits()
    {
        QFETCH(QString, language);
        QFETCH(QString, dialog);
        useLanguage(language);
        std::unique_ptr<QDialog> window(dialogs().value(dialog)());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QTest::qWait(20); // layouts settle
        const QString problem = whyNotFitting(*window, dialog);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        saveScreenshot(*window, language, dialog);
    }

    // Every page of the station settings, not only the first: the dialog fits the screen, and each
    // page shows all its settings and its test buttons without scrolling (at 911×512 the sync
    // page's "Test connection" and the hall's "Test announcement" were below the fold).
    void everySettingsPageFits_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"zh_CN", "en"})
            QTest::addRow("%s", language) << QString::fromLatin1(language);
    }

    void everySettingsPageFits()
    {
        QFETCH(QString, language);
        useLanguage(language);
        ui::SettingsDialog dialog(*m_station.services, m_admin);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *pages = dialog.findChild<QListWidget *>(QStringLiteral("settingsPages"));
        auto *stack = dialog.findChild<QStackedWidget *>();
        QVERIFY(pages && stack && pages->count() >= 8);
        for (int row = 0; row < pages->count(); ++row) {
            pages->setCurrentRow(row);
            QTest::qWait(20); // layouts settle
            const QString page = pages->item(row)->text();
            QString problem = whyNotFitting(dialog, QStringLiteral("settings ") + page);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            auto *scroll = qobject_cast<QScrollArea *>(stack->currentWidget());
            QVERIFY(scroll && scroll->widget());
            QVERIFY2(scroll->verticalScrollBar()->maximum() == 0,
                     qPrintable(QStringLiteral("settings page \"%1\" scrolls: %2 high in %3")
                                    .arg(page)
                                    .arg(scroll->widget()->minimumSizeHint().height())
                                    .arg(scroll->viewport()->height())));
            QVERIFY2(scroll->horizontalScrollBar()->maximum() == 0,
                     qPrintable(QStringLiteral("settings page \"%1\" scrolls sideways").arg(page)));
            for (const QWidget *control : scroll->widget()->findChildren<QWidget *>()) {
                if (!control->isVisibleTo(scroll->widget()) ||
                    !(qobject_cast<const QAbstractButton *>(control) ||
                      qobject_cast<const QLineEdit *>(control) ||
                      qobject_cast<const QAbstractSpinBox *>(control) ||
                      qobject_cast<const QComboBox *>(control)))
                    continue;
                problem = screenharness::whyNotUsable(control);
                QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("%1 on settings page \"%2\": %3")
                                                           .arg(control->objectName(), page, problem)));
            }
            for (const QLabel *label : scroll->widget()->findChildren<QLabel *>())
                if (label->isVisibleTo(scroll->widget()) && label->wordWrap())
                    QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                             qPrintable(QStringLiteral("\"%1\" on settings page \"%2\" is cut")
                                            .arg(label->text(), page)));
            // Choices in the dialog's language: "on" / "off" showed in English in the Chinese one.
            if (language == QLatin1String("zh_CN"))
                for (const QComboBox *combo : scroll->widget()->findChildren<QComboBox *>())
                    for (int item = 0; !combo->isEditable() && item < combo->count(); ++item)
                        QVERIFY2(combo->itemText(item) != QLatin1String("on") &&
                                     combo->itemText(item) != QLatin1String("off"),
                                 qPrintable(QStringLiteral("\"%1\" on settings page \"%2\"")
                                                .arg(combo->itemText(item), page)));
            saveScreenshot(dialog, language, QStringLiteral("settings-%1").arg(row));
        }
    }
};

SCREEN_TEST_MAIN(TestDialogFit)
#include "tst_dialogfit.moc"
