#include "testkey.h"

#include "accounts/accountservice.h"
#include "administration/expertadministration.h"
#include "forms/examtemplate.h"
#include "station/stationservices.h"
#include "store/caserepository.h"
#include "store/expertrepository.h"
#include "ui/adminimports.h"
#include "ui/adminpage.h"
#include "ui/callingpage.h"
#include "ui/clerkpage.h"
#include "ui/exampage.h"
#include "ui/frontdeskpage.h"
#include "ui/reviewpage.h"
#include "ui/setupwizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

// Going live without the demo (issue 18): an empty data folder, the setup assistant, the venue
// admin's pages, a roster import, a check-in at the desk, both exams, the review and the printed
// conclusion, each step by the accounts this test created. This suite links no demo library
// (tests/gui/CMakeLists.txt refuses to configure if it did).
class TestGoLive : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    core::ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(8, 0))};
    std::unique_ptr<store::Database> m_database;
    std::unique_ptr<station::StationServices> m_station;
    accounts::AccountService *m_accounts = nullptr;
    routing::DrawService *m_draws = nullptr;
    std::unique_ptr<ui::Services> m_services;

    static inline const QString Acceptance = QStringLiteral("GL-0001");
    static inline const QString IdNumber = QStringLiteral("440106198611200776");

    template <typename T> static T *in(QWidget *parent, const char *name)
    {
        T *found = parent->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }
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
    static void typeLine(QWidget *parent, const char *name, const QString &text)
    {
        auto *edit = in<QLineEdit>(parent, name);
        edit->clear();
        bool latin = true;
        for (QChar c : text)
            latin = latin && c.unicode() < 0x80;
        if (latin)
            QTest::keyClicks(edit, text);
        else
            edit->insert(text); // Chinese arrives as an input method commits it
    }
    static void select(QWidget *parent, const char *table, const QString &key)
    {
        auto *view = in<QTableWidget>(parent, table);
        for (int row = 0; row < view->rowCount(); ++row)
            if (view->item(row, 0)->data(Qt::UserRole).toString() == key)
                view->selectRow(row);
    }
    // Two strokes with the mouse, as a person signs on the pad.
    static void sign(QWidget *pad)
    {
        for (int stroke = 0; stroke < 2; ++stroke) {
            QTest::mousePress(pad, Qt::LeftButton, {}, QPoint(20, 40 + stroke * 30));
            for (int x = 20; x < 220; x += 10) {
                QMouseEvent move(QEvent::MouseMove, QPointF(x, 40 + stroke * 30 + (x % 20)),
                                 pad->mapToGlobal(QPointF(x, 40)), Qt::NoButton, Qt::LeftButton,
                                 Qt::NoModifier);
                QApplication::sendEvent(pad, &move);
            }
            QTest::mouseRelease(pad, Qt::LeftButton, {}, QPoint(220, 40 + stroke * 30));
        }
    }
    accounts::Session login(const QString &user, const QString &password)
    {
        const auto session = m_accounts->authenticate(user, password);
        if (!session.ok())
            qWarning("%s cannot log in: %s", qPrintable(user), qPrintable(session.error()));
        return session.ok() ? session.value() : accounts::Session{};
    }
    static QString userOf(const QString &expertId) { return expertId.toLower(); }
    static QString passwordOf(const QString &expertId) { return expertId + QStringLiteral("-Pass2026"); }

    void createAccount(ui::AdminPage &page, const QString &user, const QString &name, core::Role role,
                       const QString &expertId, const QString &password)
    {
        onModal([=](QDialog *dialog) {
            in<QLineEdit>(dialog, "accountUserEdit")->setText(user);
            in<QLineEdit>(dialog, "accountNameEdit")->setText(name);
            auto *roles = in<QComboBox>(dialog, "accountRoleCombo");
            roles->setCurrentIndex(roles->findData(int(role)));
            if (!expertId.isEmpty()) {
                auto *expert = in<QComboBox>(dialog, "accountExpertCombo");
                expert->setCurrentIndex(expert->findData(expertId));
            }
            in<QLineEdit>(dialog, "accountPasswordEdit")->setText(password);
            in<QLineEdit>(dialog, "accountRepeatEdit")->setText(password);
            auto *ok = in<QPushButton>(dialog, "accountOkButton");
            QVERIFY2(ok->isEnabled(), qPrintable(in<QLabel>(dialog, "accountProblem")->text()));
            ok->click();
        });
        in<QPushButton>(&page, "newAccountButton")->click();
    }

    // One examination as the drawn expert does it in the station: call and start in the calling
    // page, the form filled, a clause taken, signed and submitted in the exam page, then finished.
    void examine(const QString &expertId)
    {
        const accounts::Session expert = login(userOf(expertId), passwordOf(expertId));
        QCOMPARE(expert.account.expertId, expertId);
        ui::CallingPage calling(*m_services, expert);
        calling.resize(1280, 760);
        calling.show();
        QVERIFY(QTest::qWaitForWindowExposed(&calling));
        QTest::mouseClick(in<QPushButton>(&calling, "callNextButton"), Qt::LeftButton);
        QVERIFY2(!in<QLabel>(&calling, "checkInMessage")->property("problem").toBool(),
                 qPrintable(in<QLabel>(&calling, "checkInMessage")->text()));
        m_clock.advanceSeconds(60); // the person walks in
        QTest::mouseClick(in<QPushButton>(&calling, "startButton"), Qt::LeftButton);
        QVERIFY2(!in<QLabel>(&calling, "checkInMessage")->property("problem").toBool(),
                 qPrintable(in<QLabel>(&calling, "checkInMessage")->text()));

        {
            ui::ExamPage page(*m_services, expert);
            page.resize(1400, 900);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            auto *cases = in<QListWidget>(&page, "myCases");
            QCOMPARE(cases->count(), 1);
            cases->setCurrentRow(0);
            QVERIFY(page.opinion().has_value());
            for (const auto &[field, text] :
                 QList<QPair<const char *, QString>>{{"field_complaint", QStringLiteral("右肘疼痛")},
                                                     {"field_history", QStringLiteral("工作中摔伤")},
                                                     {"field_injury_site", QStringLiteral("右肘关节")}}) {
                auto *line = in<QLineEdit>(&page, field);
                line->setFocus();
                line->setText(text);
                QTest::keyClick(line, Qt::Key_Return); // editingFinished: saved
            }
            auto *side = in<QComboBox>(&page, "field_side");
            side->setCurrentIndex(side->findData(QStringLiteral("right")));
            Q_EMIT side->activated(side->currentIndex());
            auto *amputation = in<QComboBox>(&page, "field_amputation");
            amputation->setCurrentIndex(amputation->findData(QStringLiteral("above_elbow")));
            Q_EMIT amputation->activated(amputation->currentIndex());
            auto *suggested = in<QListWidget>(&page, "suggestedClauses");
            QCOMPARE(suggested->count(), 1);
            Q_EMIT suggested->itemDoubleClicked(suggested->item(0));
            QCOMPARE(in<QListWidget>(&page, "chosenClauses")->count(), 1);
            sign(in<QWidget>(&page, "signaturePad"));
            QTest::mouseClick(in<QPushButton>(&page, "submitOpinion"), Qt::LeftButton);
            QCOMPARE(page.opinion()->state, QStringLiteral("submitted"));
        }

        QTest::mouseClick(in<QPushButton>(&calling, "finishButton"), Qt::LeftButton);
        QVERIFY2(!in<QLabel>(&calling, "checkInMessage")->property("problem").toBool(),
                 qPrintable(in<QLabel>(&calling, "checkInMessage")->text()));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fromEmptyFolderToPrintedConclusion()
    {
        // 1. The setup assistant on an empty data folder: a venue, two rooms, the first admin.
        const QString dataDir = m_dir.filePath(QStringLiteral("station"));
        QVERIFY(!QFileInfo::exists(dataDir));
        ui::SetupWizard wizard(/*demoAvailable=*/false, /*restoreAvailable=*/true);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        in<QRadioButton>(&wizard, "choiceRunVenue")->setChecked(true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::SetupWizard::ServerPage)); // no central server here
        wizard.next();
        typeLine(&wizard, "venueIdEdit", QStringLiteral("V5101"));
        typeLine(&wizard, "venueNameEdit", QStringLiteral("上线市劳动能力鉴定中心"));
        typeLine(&wizard, "committeeEdit", QStringLiteral("上线市劳动能力鉴定委员会"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::SetupWizard::RoomsPage));
        for (const auto &[id, name] :
             QList<QPair<QString, QString>>{{QStringLiteral("R1"), QStringLiteral("一诊室")},
                                            {QStringLiteral("R2"), QStringLiteral("二诊室")}}) {
            typeLine(&wizard, "roomIdEdit", id);
            typeLine(&wizard, "roomNameEdit", name);
            in<QCheckBox>(&wizard, "roomSpecialties_orthopaedics")->setChecked(true);
            QTest::mouseClick(in<QPushButton>(&wizard, "addRoomButton"), Qt::LeftButton);
        }
        QCOMPARE(in<QListWidget>(&wizard, "setupRoomsList")->count(), 2);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::SetupWizard::AdminPage));
        typeLine(&wizard, "adminUserEdit", QStringLiteral("chief"));
        typeLine(&wizard, "adminNameEdit", QStringLiteral("王主任"));
        typeLine(&wizard, "adminPasswordEdit", QStringLiteral("Chief2026x"));
        typeLine(&wizard, "adminRepeatEdit", QStringLiteral("Chief2026x"));
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));

        m_database = store::Database::open(store::databasePath(dataDir), m_clock, testDataKey()).database;
        QVERIFY(m_database);
        const core::Status applied = ui::SetupApplier::apply(wizard.plan(), *m_database, dataDir, {});
        QVERIFY2(applied.ok(), qPrintable(applied.error()));

        // The station's services, as app/ wires them for one PC.
        m_station = std::make_unique<station::StationServices>(*m_database);
        QVERIFY2(m_station->opinions(), qPrintable(m_station->templatesProblem()));
        m_accounts = &m_station->accounts();
        m_draws = &m_station->draws();
        m_services = std::make_unique<ui::Services>(*m_station);

        // 2. The administration pages, as the admin the assistant made.
        const QStringList experts{QStringLiteral("E1"), QStringLiteral("E2"), QStringLiteral("E3")};
        {
            const accounts::Session admin = login(QStringLiteral("chief"), QStringLiteral("Chief2026x"));
            QCOMPARE(admin.account.role, core::Role::VenueAdmin);
            ui::AdminPage page(*m_services, admin, administration::VenueDirectory(*m_database).stationInfo());
            page.resize(1100, 700);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            const QStringList names{QStringLiteral("陈专家"), QStringLiteral("李专家"),
                                    QStringLiteral("张专家")};
            const QStringList rooms{QStringLiteral("R1"), QStringLiteral("R2"), QStringLiteral("R2")};
            for (int i = 0; i < experts.size(); ++i) {
                const QString id = experts.at(i);
                const QString name = names.at(i);
                onModal([=](QDialog *dialog) {
                    in<QLineEdit>(dialog, "expertIdEdit")->setText(id);
                    in<QLineEdit>(dialog, "expertNameEdit")->setText(name);
                    in<QLineEdit>(dialog, "expertEmployerEdit")
                        ->setText(QStringLiteral("第%1医院").arg(i + 1));
                    in<QCheckBox>(dialog, "expertSpecialties_orthopaedics")->setChecked(true);
                    in<QPushButton>(dialog, "expertOkButton")->click();
                });
                in<QPushButton>(&page, "newExpertButton")->click();
                select(&page, "expertsView", id);
                auto *room = in<QComboBox>(&page, "seatRoomCombo");
                room->setCurrentIndex(room->findData(rooms.at(i)));
                in<QPushButton>(&page, "seatExpertButton")->click();
                createAccount(page, userOf(id), name, core::Role::Expert, id, passwordOf(id));
            }
            createAccount(page, QStringLiteral("desk1"), QStringLiteral("赵前台"), core::Role::FrontDesk, {},
                          QStringLiteral("Desk-2026x"));
            createAccount(page, QStringLiteral("clerk1"), QStringLiteral("钱文书"), core::Role::Clerk, {},
                          QStringLiteral("Clerk-2026x"));
            QCOMPARE(in<QTableWidget>(&page, "accountsView")->rowCount(), 6);
            const auto seated = administration::ExpertAdministration(*m_database).experts();
            QCOMPARE(seated.size(), 3);
            for (const core::Expert &expert : seated)
                QVERIFY2(!expert.roomId.isEmpty(), qPrintable(expert.id));

            // 3. The roster through the imports tab and its result dialog.
            QFile roster(m_dir.filePath(QStringLiteral("roster.csv")));
            QVERIFY(roster.open(QIODevice::WriteOnly));
            roster.write("acceptance_no,name,id_number,gender,birth_date,employer,appraisal_type,specialty,"
                         "priority,phone,address,materials,accepted_on\n");
            roster.write((Acceptance + QStringLiteral(",罗超,") + IdNumber +
                          QStringLiteral(",male,1986-11-20,某公司,work_injury,orthopaedics,normal,"
                                         "13758619528,某地,申请表,2026-11-02\n"))
                             .toUtf8());
            roster.close();
            QString summary;
            onModal([&summary](QDialog *dialog) {
                summary = in<QLabel>(dialog, "importSummary")->text();
                dialog->accept();
            });
            in<ui::AdminImportsTab>(&page, "adminImportsTab")->importRoster(roster.fileName());
            QVERIFY2(summary.contains(QLatin1Char('1')), qPrintable(summary));
            QCOMPARE(store::CaseRepository(*m_database).stateOf(Acceptance), core::CaseState::Registered);

            // The clause catalog the experts pick from: the one shipped with the station.
            QString clauses;
            onModal([&clauses](QDialog *dialog) {
                clauses = in<QLabel>(dialog, "importSummary")->text();
                dialog->accept();
            });
            in<ui::AdminImportsTab>(&page, "adminImportsTab")
                ->importCatalog(QStringLiteral(":/catalog/sample-clauses.json"));
            QVERIFY2(!clauses.isEmpty() && !clauses.startsWith(QLatin1Char('0')), qPrintable(clauses));
        }

        // 4. The front desk checks the person in by the ID number; the station draws the panel.
        {
            const accounts::Session desk = login(QStringLiteral("desk1"), QStringLiteral("Desk-2026x"));
            QCOMPARE(desk.account.role, core::Role::FrontDesk);
            ui::FrontDeskPage page(*m_services, desk,
                                   administration::VenueDirectory(*m_database).stationInfo());
            page.resize(1280, 800);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            auto *input = in<QLineEdit>(&page, "checkInInput");
            input->setFocus();
            QTest::keyClicks(input, IdNumber);
            QTest::keyClick(input, Qt::Key_Return);
            QVERIFY2(in<QLabel>(&page, "caseDetails")->text().contains(Acceptance),
                     qPrintable(in<QLabel>(&page, "checkInMessage")->text()));
            QCOMPARE(in<QLabel>(&page, "ticketLabel")->text(), QStringLiteral("A001"));
        }
        // The draw is random: which of the created experts examine and which reviews is read back.
        const auto drawn = m_draws->current(Acceptance);
        QVERIFY(drawn.has_value());
        QCOMPARE(drawn->result.examiners.size(), 2);
        QVERIFY(experts.contains(drawn->result.reviewer));
        QCOMPARE(store::CaseRepository(*m_database).stateOf(Acceptance), core::CaseState::WaitingExam1);

        // 5. Both examinations by the drawn experts' own accounts.
        for (const QString &examiner : drawn->result.examiners) {
            examine(examiner);
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(store::CaseRepository(*m_database).stateOf(Acceptance), core::CaseState::WaitingReview);

        // 6. The review by the drawn reviewer's account: agree with the first opinion, signed.
        {
            const QString reviewerId = drawn->result.reviewer;
            const accounts::Session reviewer = login(userOf(reviewerId), passwordOf(reviewerId));
            ui::ReviewPage page(*m_services, reviewer);
            page.resize(1300, 800);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            auto *cases = in<QListWidget>(&page, "reviewCases");
            QCOMPARE(cases->count(), 1);
            cases->setCurrentRow(0);
            sign(in<QWidget>(&page, "signaturePad"));
            QTest::mouseClick(in<QPushButton>(&page, "agree_1"), Qt::LeftButton);
            QCOMPARE(store::CaseRepository(*m_database).stateOf(Acceptance), core::CaseState::Concluded);
        }

        // 7. The clerk saves the conclusion as a PDF through the save dialog.
        {
            const accounts::Session clerk = login(QStringLiteral("clerk1"), QStringLiteral("Clerk-2026x"));
            ui::ClerkPage page(*m_services, clerk);
            page.resize(1280, 760);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            auto *table = in<QTableWidget>(&page, "deadlineTable");
            for (int row = 0; row < table->rowCount(); ++row)
                if (table->item(row, ui::ClerkPage::AcceptanceNo)->text() == Acceptance)
                    table->selectRow(row);
            QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
            const QString pdf = m_dir.filePath(QStringLiteral("conclusion.pdf"));
            bool answered = false;
            QTimer::singleShot(100, this, [&] {
                auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                QCOMPARE(dialog->objectName(), QStringLiteral("savePdfDialog"));
                in<QLineEdit>(dialog, "fileNameEdit")->setText(pdf);
                static_cast<QDialog *>(dialog)->accept();
                answered = true;
            });
            QTest::mouseClick(in<QPushButton>(&page, "savePdf"), Qt::LeftButton);
            QVERIFY(answered);
            auto *message = in<QLabel>(&page, "clerkMessage");
            QVERIFY2(!message->property("problem").toBool(), qPrintable(message->text()));
            QFile printed(pdf);
            QVERIFY2(printed.open(QIODevice::ReadOnly), qPrintable(message->text()));
            QVERIFY(printed.size() > 1000);
            QVERIFY(printed.read(5) == "%PDF-");
            QProcess text; // the conclusion names its case
            text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
            QVERIFY(text.waitForFinished(30000));
            QVERIFY(QString::fromUtf8(text.readAllStandardOutput()).contains(Acceptance));
        }
    }

    void cleanupTestCase()
    {
        m_services.reset();
        m_station.reset();
        m_database.reset();
    }
};

QTEST_MAIN(TestGoLive)
#include "tst_golive.moc"
