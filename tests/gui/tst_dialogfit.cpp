#include "guifixture.h"
#include "screenharness.h"

#include "i18n/translations.h"
#include "store/caserepository.h"
#include "ui/adminaccounts.h"
#include "ui/adminexperts.h"
#include "ui/adminrooms.h"
#include "ui/callingpage.h"
#include "ui/clerkdialogs.h"
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
#include <QPushButton>
#include <QScreen>
#include <QTranslator>
#include <QWizard>

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
            return new ui::LoginDialog(*m_station.accounts, ui::loadStationInfo(*m_station.database));
        });
        all.insert(QStringLiteral("settings"),
                   [this] { return new ui::SettingsDialog(*m_station.services, m_admin); });
        all.insert(QStringLiteral("signOut"), [this] {
            return new ui::SignOutDialog(
                *store::CaseRepository(*m_station.database).find(QStringLiteral("JD2026-0001")));
        });
        all.insert(QStringLiteral("passwordChange"),
                   [] { return new ui::PasswordDialog(QStringLiteral("qiantai")); });
        all.insert(QStringLiteral("account"),
                   [this] { return new ui::AccountDialog(*m_station.database, nullptr); });
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

private slots:
    void initTestCase()
    {
        ui::applyStationStyle(*qApp);
        QVERIFY(m_station.setUp());
        const auto credentials = GuiFixture::demoAccounts().value(QStringLiteral("venue_admin"));
        m_admin = m_station.accounts->authenticate(credentials.first, credentials.second).value();
        m_callingPage = std::make_unique<ui::CallingPage>(*m_station.services, m_admin);
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
        const QRect screen = window->screen()->availableGeometry();
        QVERIFY2(window->width() <= screen.width() && window->height() <= screen.height(),
                 qPrintable(QStringLiteral("%1: %2x%3 on a %4x%5 screen (minimum %6x%7)")
                                .arg(dialog)
                                .arg(window->width())
                                .arg(window->height())
                                .arg(screen.width())
                                .arg(screen.height())
                                .arg(window->minimumSizeHint().width())
                                .arg(window->minimumSizeHint().height())));
        // The buttons that finish or drive the dialog: the wizard's own row, or every push button
        // outside a scrolled area (inside one, scrolling to it is the layout's answer).
        QList<QAbstractButton *> drivers;
        if (auto *wizard = qobject_cast<QWizard *>(window.get())) {
            for (QWizard::WizardButton which :
                 {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton})
                drivers << wizard->button(which);
        } else {
            for (QPushButton *button : window->findChildren<QPushButton *>()) {
                bool scrolled = false;
                for (QWidget *up = button->parentWidget(); up && up != window.get(); up = up->parentWidget())
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
            QVERIFY2(
                problem.isEmpty(),
                qPrintable(QStringLiteral("%1, button \"%2\": %3").arg(dialog, button->text(), problem)));
        }
        QVERIFY2(buttons > 0 || dialog == QLatin1String("shortcuts"), qPrintable(dialog));
        const QSize size = screenharness::requestedScreen();
        QString folder = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        if (qEnvironmentVariableIsSet("QT_SCALE_FACTOR"))
            folder += QLatin1Char('@') + qEnvironmentVariable("QT_SCALE_FACTOR");
        const QDir out(QStringLiteral(SCREENSHOT_DIR "/dialogs/") + folder);
        QVERIFY(out.mkpath(QStringLiteral(".")));
        QVERIFY(window->grab().save(out.filePath(QStringLiteral("%1-%2.png").arg(language, dialog))));
    }
};

SCREEN_TEST_MAIN(TestDialogFit)
#include "tst_dialogfit.moc"
