#include "../support/loopbackhub.h"
#include "httpd/loopbackcertificate.h"
#include "testkey.h"

#include "accounts/accountservice.h"
#include "store/backup.h"
#include "store/venuerepository.h"
#include "ui/setupwizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTest>

// The first-start assistant: every path to a plan, the refusals on the way, and what applying a
// plan writes. The station applies nothing until Finish; a cancelled assistant leaves no trace.
class TestSetupWizard : public QObject
{
    Q_OBJECT

    core::ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(8, 0))};

    template <typename T> static T *child(QWizard &wizard, const char *name)
    {
        T *found = wizard.findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }
    static void type(QWizard &wizard, const char *name, const QString &text)
    {
        auto *edit = child<QLineEdit>(wizard, name);
        edit->clear();
        // QTest types Latin-1 only; Chinese arrives as an input method would commit it.
        bool latin = true;
        for (QChar c : text)
            latin = latin && c.unicode() < 0x80;
        if (latin)
            QTest::keyClicks(edit, text);
        else
            edit->insert(text);
    }
    static QString problem(QWizard &wizard)
    {
        for (QLabel *label : wizard.currentPage()->findChildren<QLabel *>(QStringLiteral("setupProblem")))
            if (label->isVisible())
                return label->text();
        return {};
    }
    // Fills the venue pages up to the administrator, two rooms.
    void walkToAdmin(ui::SetupWizard &wizard)
    {
        child<QRadioButton>(wizard, "choiceRunVenue")->setChecked(true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::SetupWizard::ServerPage));
        wizard.next(); // no central server: everything is typed
        QCOMPARE(wizard.currentId(), int(ui::SetupWizard::VenuePage));
        QVERIFY(!child<QComboBox>(wizard, "centralVenueChoice")->isVisible());
        type(wizard, "venueIdEdit", QStringLiteral("V3301"));
        type(wizard, "venueNameEdit", QStringLiteral("测试市劳动能力鉴定中心"));
        type(wizard, "committeeEdit", QStringLiteral("测试市劳动能力鉴定委员会"));
        type(wizard, "venueAddressEdit", QStringLiteral("测试路 1 号"));
        type(wizard, "venuePhoneEdit", QStringLiteral("0571-12345678"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::SetupWizard::RoomsPage));
        wizard.next(); // no room yet
        QCOMPARE(wizard.currentId(), int(ui::SetupWizard::RoomsPage));
        QVERIFY(problem(wizard).contains(QStringLiteral("room")));
        type(wizard, "roomIdEdit", QStringLiteral("R1"));
        type(wizard, "roomNameEdit", QStringLiteral("第一诊室"));
        child<QCheckBox>(wizard, "roomSpecialties_orthopaedics")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(wizard, "addRoomButton"), Qt::LeftButton);
        type(wizard, "roomIdEdit", QStringLiteral("R1"));
        type(wizard, "roomNameEdit", QStringLiteral("重复"));
        QTest::mouseClick(child<QPushButton>(wizard, "addRoomButton"), Qt::LeftButton);
        QVERIFY(problem(wizard).contains(QStringLiteral("R1")));
        type(wizard, "roomIdEdit", QStringLiteral("R2"));
        type(wizard, "roomNameEdit", QStringLiteral("第二诊室"));
        child<QCheckBox>(wizard, "roomSpecialties_neurology")->setChecked(true);
        QTest::keyClick(child<QLineEdit>(wizard, "roomNameEdit"), Qt::Key_Return);
        QCOMPARE(child<QListWidget>(wizard, "setupRoomsList")->count(), 2);
        QCOMPARE(wizard.currentId(), int(ui::SetupWizard::RoomsPage)); // Enter added the room, no more
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::SetupWizard::AdminPage));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void runVenueWithTwoRooms()
    {
        ui::SetupWizard wizard(/*demoAvailable=*/false, /*restoreAvailable=*/true);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(!child<QRadioButton>(wizard, "choiceDemo")->isVisible());
        QVERIFY(wizard.width() <= 1366 && wizard.height() <= 740);
        walkToAdmin(wizard);
        type(wizard, "adminUserEdit", QStringLiteral("admin"));
        type(wizard, "adminNameEdit", QStringLiteral("王管理"));
        type(wizard, "adminPasswordEdit", QStringLiteral("short1"));
        type(wizard, "adminRepeatEdit", QStringLiteral("short1"));
        QVERIFY(!wizard.validateCurrentPage());
        QVERIFY(problem(wizard).contains(QStringLiteral("8 characters")));
        type(wizard, "adminPasswordEdit", QStringLiteral("Venue2026x"));
        type(wizard, "adminRepeatEdit", QStringLiteral("Venue2026y"));
        QVERIFY(!wizard.validateCurrentPage());
        type(wizard, "adminRepeatEdit", QStringLiteral("Venue2026x"));
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));

        const ui::SetupPlan &plan = wizard.plan();
        QCOMPARE(plan.mode, ui::SetupPlan::Mode::RunVenue);
        QCOMPARE(plan.rooms.size(), 2);
        QCOMPARE(plan.lanes.size(), 2);

        QTemporaryDir dir;
        auto database =
            store::Database::open(store::databasePath(dir.path()), m_clock, testDataKey()).database;
        QVERIFY(database);
        QVERIFY(!ui::SetupApplier::configured(*database));
        const core::Status applied = ui::SetupApplier::apply(plan, *database, dir.path(), {});
        QVERIFY2(applied.ok(), qPrintable(applied.error()));
        QVERIFY(ui::SetupApplier::configured(*database));
        store::VenueRepository venues(*database);
        QCOMPARE(venues.venue(QStringLiteral("V3301"))->name, QStringLiteral("测试市劳动能力鉴定中心"));
        QCOMPARE(venues.rooms().size(), 2);
        QStringList prefixes;
        for (const core::Lane &lane : venues.lanes())
            prefixes << lane.prefix;
        QCOMPARE(prefixes, (QStringList{QStringLiteral("G"), QStringLiteral("A")}));
        const auto session = accounts::AccountService(*database).authenticate(QStringLiteral("admin"),
                                                                              QStringLiteral("Venue2026x"));
        QVERIFY(session.ok());
        QCOMPARE(session.value().account.role, core::Role::VenueAdmin);
    }

    // With a central server's address, CA and token the assistant asks it at once: the venue's
    // details and rooms fill the next pages (still editable), experts and templates are counted for
    // Finish. A real appraisal-server over TLS on loopback; a wrong token and a server that is not
    // there are said on the page, which stays.
    void centralServerFillsTheVenue()
    {
        QTemporaryDir serverDir;
        const core::Status made = httpd::makeLoopbackCertificate(serverDir.path());
        QVERIFY2(made, qPrintable(made.error()));
        const QString server =
            qEnvironmentVariable("APPRAISAL_BIN_DIR") + QStringLiteral("/appraisal-server");
        const QStringList storage{QStringLiteral("--data-dir"), serverDir.filePath(QStringLiteral("data"))};
        const auto run = [&](const QStringList &arguments) {
            QProcess process;
            process.start(server, arguments + storage);
            process.waitForFinished(20000);
            return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        };
        const auto publish = [&](const QString &kind, const QJsonArray &items) {
            const QString path = serverDir.filePath(kind + QStringLiteral(".json"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QJsonDocument(QJsonObject{{QStringLiteral("items"), items}}).toJson());
            file.close();
            run({QStringLiteral("reference"), QStringLiteral("import"), QStringLiteral("--kind"), kind,
                 path});
        };
        publish(QStringLiteral("venues"),
                {QJsonObject{{QStringLiteral("key"), QStringLiteral("V4401")},
                             {QStringLiteral("id"), QStringLiteral("V4401")},
                             {QStringLiteral("name"), QStringLiteral("中心市劳动能力鉴定中心")},
                             {QStringLiteral("committee"), QStringLiteral("中心市劳动能力鉴定委员会")},
                             {QStringLiteral("address"), QStringLiteral("中心路 8 号")},
                             {QStringLiteral("phone"), QStringLiteral("020-8888")}}});
        publish(QStringLiteral("rooms"),
                {QJsonObject{{QStringLiteral("key"), QStringLiteral("C1")},
                             {QStringLiteral("id"), QStringLiteral("C1")},
                             {QStringLiteral("name"), QStringLiteral("中心一诊室")},
                             {QStringLiteral("specialties"), QJsonArray{QStringLiteral("orthopaedics")}}},
                 QJsonObject{{QStringLiteral("key"), QStringLiteral("C2")},
                             {QStringLiteral("id"), QStringLiteral("C2")},
                             {QStringLiteral("name"), QStringLiteral("中心二诊室")}}});
        const QString token = run({QStringLiteral("token"), QStringLiteral("create"),
                                   QStringLiteral("--station"), QStringLiteral("setup-1")});
        QVERIFY(!token.isEmpty());
        QProcess central;
        central.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        central.start(
            server, QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                QStringLiteral("--tls-cert"), serverDir.filePath(QStringLiteral("cert.pem")),
                                QStringLiteral("--tls-key"), serverDir.filePath(QStringLiteral("key.pem"))} +
                        storage);
        QVERIFY(central.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(central.canReadLine() || central.state() == QProcess::NotRunning, 10000);
        const QString listening = QString::fromUtf8(central.readLine()).trimmed();
        QVERIFY2(listening.startsWith(QStringLiteral("listening on https://")), qPrintable(listening));
        const QString url = listening.section(QLatin1Char(' '), 2);

        ui::SetupWizard wizard(false, true);
        wizard.show();
        child<QRadioButton>(wizard, "choiceRunVenue")->setChecked(true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::SetupWizard::ServerPage));
        type(wizard, "serverUrlEdit", url);
        type(wizard, "serverCaEdit", serverDir.filePath(QStringLiteral("cert.pem")));
        type(wizard, "serverTokenEdit", QStringLiteral("not-the-token"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::SetupWizard::ServerPage));
        QVERIFY2(problem(wizard).contains(QStringLiteral("refused the station token")),
                 qPrintable(problem(wizard)));
        type(wizard, "serverTokenEdit", token);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::SetupWizard::VenuePage));
        QVERIFY(child<QComboBox>(wizard, "centralVenueChoice")->isVisible());
        QCOMPARE(child<QLineEdit>(wizard, "venueIdEdit")->text(), QStringLiteral("V4401"));
        QCOMPARE(child<QLineEdit>(wizard, "venueNameEdit")->text(), QStringLiteral("中心市劳动能力鉴定中心"));
        QCOMPARE(child<QLineEdit>(wizard, "committeeEdit")->text(),
                 QStringLiteral("中心市劳动能力鉴定委员会"));
        QCOMPARE(child<QLineEdit>(wizard, "venuePhoneEdit")->text(), QStringLiteral("020-8888"));
        type(wizard, "venueAddressEdit", QStringLiteral("中心路 9 号")); // still the person's to change
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::SetupWizard::RoomsPage));
        QCOMPARE(child<QListWidget>(wizard, "setupRoomsList")->count(), 2);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::SetupWizard::AdminPage));
        QCOMPARE(wizard.plan().venue.address, QStringLiteral("中心路 9 号"));
        QCOMPARE(wizard.plan().rooms.size(), 2);
        QCOMPARE(wizard.plan().rooms.first().id, QStringLiteral("C1"));

        // The server goes away: the page says so and stays.
        central.terminate();
        QVERIFY(central.waitForFinished(10000));
        wizard.back();
        wizard.back();
        wizard.back();
        QCOMPARE(wizard.currentId(), int(ui::SetupWizard::ServerPage));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::SetupWizard::ServerPage));
        QVERIFY2(problem(wizard).contains(QStringLiteral("does not answer")), qPrintable(problem(wizard)));
    }

    void badVenueIdIsRefused()
    {
        ui::SetupWizard wizard(false, true);
        wizard.show();
        wizard.next();
        wizard.next(); // past the central server
        type(wizard, "venueIdEdit", QStringLiteral("V 33/01"));
        type(wizard, "venueNameEdit", QStringLiteral("x"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::SetupWizard::VenuePage));
        QVERIFY(problem(wizard).contains(QStringLiteral("venue id")));
        wizard.next(); // still wrong: stays
        QCOMPARE(wizard.currentId(), int(ui::SetupWizard::VenuePage));
    }

    // Nothing is written while the assistant runs: cancelling on the last page leaves the data
    // folder as it was (here: not even created).
    void cancelLeavesNothing()
    {
        QTemporaryDir parent;
        const QString folder = parent.filePath(QStringLiteral("station"));
        ui::SetupWizard wizard(false, true);
        wizard.show();
        walkToAdmin(wizard);
        type(wizard, "adminUserEdit", QStringLiteral("admin"));
        QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
        QCOMPARE(wizard.result(), int(QDialog::Rejected));
        QVERIFY(!QFileInfo::exists(folder));
        QCOMPARE(QDir(parent.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
    }

    void restoreChecksTheFileFirst()
    {
        QTemporaryDir dir;
        const QString junk = dir.filePath(QStringLiteral("junk.db"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        // A real backup of a real station database.
        const QString source = dir.filePath(QStringLiteral("source"));
        QString backupFile;
        {
            auto database =
                store::Database::open(store::databasePath(source), m_clock, testDataKey()).database;
            QVERIFY(database);
            const auto backup = store::Backups(source).create(*database, QStringLiteral("test"));
            QVERIFY2(backup.ok(), qPrintable(backup.error()));
            backupFile = backup.value().path;
        }
        ui::SetupWizard wizard(false, true);
        wizard.show();
        child<QRadioButton>(wizard, "choiceRestore")->setChecked(true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::SetupWizard::RestorePage));
        auto *edit = child<QLineEdit>(wizard, "backupFileEdit");
        edit->setText(junk);
        Q_EMIT edit->editingFinished();
        QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
        QVERIFY(child<QLabel>(wizard, "backupState")->property("problem").toBool());
        edit->setText(backupFile);
        Q_EMIT edit->editingFinished();
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(wizard.plan().mode, ui::SetupPlan::Mode::Restore);
        const QString target = dir.filePath(QStringLiteral("new-station"));
        const core::Status restored = ui::SetupApplier::restoreBackup(wizard.plan(), target, m_clock);
        QVERIFY2(restored.ok(), qPrintable(restored.error()));
        QVERIFY(QFileInfo::exists(store::databasePath(target)));
    }

    // A real hub on loopback: the code is taken, the fingerprint shown, and Finish waits until the
    // person says it matches. The token stays in the plan until Finish (nothing in the keychain).
    void joinHubShowsTheFingerprint()
    {
        QTemporaryDir hubDir;
        auto hubDatabase =
            store::Database::open(store::databasePath(hubDir.path()), m_clock, testDataKey()).database;
        QVERIFY(hubDatabase);
        routing::CryptoRandom random;
        LoopbackHub hub;
        QVERIFY(hub.setUp(*hubDatabase, random));
        const auto code = hub.service->createEnrolmentCode(10);
        QVERIFY(code.ok());

        ui::SetupWizard wizard(false, true);
        wizard.show();
        child<QRadioButton>(wizard, "choiceJoinHub")->setChecked(true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::SetupWizard::HubPage));
        type(wizard, "hubAddressEdit", QStringLiteral("http://127.0.0.1:%1").arg(hub.port));
        type(wizard, "hubCodeEdit", code.value());
        type(wizard, "hubStationEdit", QStringLiteral("desk-1"));
        QTest::mouseClick(child<QPushButton>(wizard, "hubConnectButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(wizard, "hubState")->text().contains(QStringLiteral("https://")));
        type(wizard, "hubCodeEdit", QStringLiteral("WRONG-CODE"));
        type(wizard, "hubAddressEdit", QStringLiteral("https://127.0.0.1:%1").arg(hub.port));
        QTest::mouseClick(child<QPushButton>(wizard, "hubConnectButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(wizard, "hubState")->property("problem").toBool(), 15000);
        QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
        type(wizard, "hubCodeEdit", code.value());
        QTest::mouseClick(child<QPushButton>(wizard, "hubConnectButton"), Qt::LeftButton);
        const QString pin = venue::certificateSha256(hub.certificate);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(wizard, "hubFingerprint")->text().remove(QLatin1Char(' ')),
                                  pin.toUpper(), 15000);
        QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
        child<QCheckBox>(wizard, "hubFingerprintMatches")->setChecked(true);
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(wizard.plan().mode, ui::SetupPlan::Mode::JoinHub);
        QCOMPARE(wizard.plan().enrolment.certificatePin, pin);
        QVERIFY(!wizard.plan().enrolment.token.isEmpty());
        QCOMPARE(wizard.plan().enrolment.streamUrl.scheme(), QStringLiteral("wss"));
    }
};

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
