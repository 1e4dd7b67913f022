#include "guifixture.h"
#include "screenharness.h"
#include "syntheticsignature.h"

#include "checkin/checkinservice.h"
#include "exam/reviewservice.h"
#include "i18n/translations.h"
#include "store/expertrepository.h"
#include "store/venuerepository.h"
#include "ui/callingpage.h"
#include "ui/examcaselist.h"
#include "ui/exampage.h"
#include "ui/halldisplay.h"
#include "ui/mainwindow.h"
#include "ui/materialsviewer.h"
#include "ui/reviewpage.h"
#include "ui/shortcuthelp.h"
#include "ui/style.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>

// Keyboard-first after login, and an expert workspace that follows the call: real windows driven
// by keys and objectNames on a 1366×768 screen.
class TestWorkspace : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiFixture> m_station;
    QStringList m_cases{QStringLiteral("JD2026-0001"), QStringLiteral("JD2026-0005")};
    QStringList m_firstExaminers;
    QString m_reviewer;

    static accounts::Session as(core::Role role, const QString &expertId = QString())
    {
        accounts::Session session;
        session.account.username = expertId.isEmpty() ? core::toKey(role) : expertId;
        session.account.displayName = session.account.username;
        session.account.role = role;
        session.account.expertId = expertId;
        return session;
    }

    // Called, examined, recorded, signed and finished, as in the room.
    void examine(const QString &expertId, const QString &acceptanceNo)
    {
        const accounts::Session expert = as(core::Role::Expert, expertId);
        const QString room = seatOf(expertId);
        QString ticket;
        for (const routing::RoomEntry &entry : m_station->calls->queue(room))
            if (entry.acceptanceNo == acceptanceNo)
                ticket = entry.ticketLabel;
        QVERIFY2(!ticket.isEmpty(), qPrintable(acceptanceNo));
        const auto called = m_station->calls->callTicket(expert, room, ticket);
        QVERIFY2(called.ok(), qPrintable(called.error()));
        QVERIFY(m_station->calls->startExam(expert, room, called->ticketId).ok());
        submitOpinion(expertId, acceptanceNo);
        QVERIFY(m_station->calls->finishExam(expert, room, called->ticketId).ok());
    }

    void submitOpinion(const QString &expertId, const QString &acceptanceNo)
    {
        const accounts::Session expert = as(core::Role::Expert, expertId);
        const auto draft = m_station->opinions->open(expert, acceptanceNo);
        QVERIFY2(draft.ok(), qPrintable(draft.error()));
        for (const auto &[field, value] :
             QList<QPair<QString, QJsonValue>>{{QStringLiteral("complaint"), QStringLiteral("右肘疼痛")},
                                               {QStringLiteral("history"), QStringLiteral("摔伤")},
                                               {QStringLiteral("injury_site"), QStringLiteral("右肘")},
                                               {QStringLiteral("side"), QStringLiteral("right")}})
            QVERIFY(m_station->opinions->setFinding(expert, draft->id, field, value).ok());
        QVERIFY(m_station->opinions->setClauses(expert, draft->id, {QStringLiteral("5.7.2(36)")}).ok());
        QVERIFY(m_station->opinions->submit(expert, draft->id, syntheticSignature()).ok());
    }

    QString seatOf(const QString &expertId) const
    {
        return store::ExpertRepository(*m_station->database).find(expertId)->roomId;
    }

    // Answers the next input dialog with `text` (or cancels it when text is null).
    void answerNextDialog(const QString &text)
    {
        QTimer::singleShot(50, this, [text] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            if (text.isNull()) {
                dialog->reject();
                return;
            }
            dialog->setTextValue(text);
            dialog->accept();
        });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(i18n::install(*QCoreApplication::instance(), i18n::defaultLanguage()));
        ui::applyStationStyle(*qApp);
    }

    void init()
    {
        m_station = std::make_unique<GuiFixture>();
        QVERIFY(m_station->setUp());
        m_firstExaminers.clear();
        const accounts::Session desk = as(core::Role::FrontDesk);
        for (const QString &acceptanceNo : m_cases) {
            QVERIFY(
                checkin::CheckInService(*m_station->database).checkInByAcceptanceNo(desk, acceptanceNo).ok());
            const auto drawn = m_station->draws->draw(desk, acceptanceNo);
            QVERIFY2(drawn.ok(), qPrintable(drawn.error()));
            m_firstExaminers << drawn->result.examiners.first();
            if (m_reviewer.isEmpty() || acceptanceNo == m_cases.first())
                m_reviewer = drawn->result.reviewer;
        }
        // One reviewer for both cases, as a small venue has it.
        QSqlQuery same(m_station->database->connection());
        same.prepare(QStringLiteral("UPDATE assignments SET expert_id = ? WHERE role = 'review'"));
        same.addBindValue(m_reviewer);
        QVERIFY(same.exec());
    }

    void cleanup() { m_station.reset(); }

    void typingRightAfterLoginLandsInTheDeskField()
    {
        const auto credentials = GuiFixture::demoAccounts().value(QStringLiteral("front_desk"));
        const auto session = m_station->accounts->authenticate(credentials.first, credentials.second);
        QVERIFY(session.ok());
        ui::MainWindow window(*m_station->services, session.value());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *input = window.findChild<QLineEdit *>(QStringLiteral("checkInInput"));
        QTRY_COMPARE(QApplication::focusWidget(), input);
        // A scanner types into whatever has the keyboard: here, the window itself.
        QTest::keyClicks(&window, QStringLiteral("JD2026"));
        QCOMPARE(input->text(), QStringLiteral("JD2026"));
        // Even after a click on the sidebar took the focus away.
        window.findChild<QWidget *>(QStringLiteral("navigation"))->setFocus();
        input->clear();
        QTest::keyClicks(&window, QStringLiteral("-0001"));
        QCOMPARE(input->text(), QStringLiteral("-0001"));
    }

    void functionKeysWorkWindowWideAndAreListed()
    {
        const QString expertId = m_firstExaminers.first();
        ui::MainWindow window(*m_station->services, as(core::Role::Expert, expertId));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *calling = window.findChild<ui::CallingPage *>();
        QCOMPARE(calling->roomId(), seatOf(expertId));
        auto *queue = window.findChild<QTableWidget *>(QStringLiteral("roomQueue"));
        QVERIFY(queue->rowCount() >= 1);
        const QString first = queue->item(0, 0)->text();
        // No click anywhere: F2 on the window calls the next person.
        QTest::keyClick(&window, Qt::Key_F2);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("ticketLabel"))->text(), first);

        QStringList listed;
        QTimer::singleShot(50, this, [&listed] {
            auto *help = qobject_cast<ui::ShortcutHelp *>(QApplication::activeModalWidget());
            QVERIFY(help);
            for (const auto &[key, what] : help->keys())
                listed << key;
            help->reject();
        });
        QTest::keyClick(&window, Qt::Key_F1);
        for (const char *key : {"F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9"})
            QVERIFY2(listed.contains(QString::fromLatin1(key)), key);
        // The window's own keys follow the page's: its pages and logging out.
        QVERIFY2(listed.contains(
                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L).toString(QKeySequence::NativeText)),
                 qPrintable(listed.join(QLatin1Char(' '))));
        QVERIFY2(listed.contains(QStringLiteral("Ctrl+1 … Ctrl+3")),
                 qPrintable(listed.join(QLatin1Char(' '))));
    }

    // The whole day from the keyboard: the sidebar takes no focus, so Ctrl+1 … open its pages and
    // Ctrl+Shift+L logs out, with the focus in the page's input.
    void pagesAndLogOutAreOnTheKeyboard()
    {
        ui::MainWindow window(*m_station->services, as(core::Role::Expert, m_firstExaminers.first()));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        QCOMPARE(pages->currentIndex(), 0);
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("examPage"));
        QVERIFY(pages->currentWidget()->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(pages->currentIndex(), 0);
        QSignalSpy logout(&window, &ui::MainWindow::logoutRequested);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(logout.count(), 1);
    }

    void startingTheExamOpensThatPersonsForm()
    {
        const QString expertId = m_firstExaminers.first();
        const accounts::Session me = as(core::Role::Expert, expertId);
        // The person of this expert (a room may seat two experts, so not simply the first waiting).
        QString acceptanceNo, label;
        for (const routing::RoomEntry &entry : m_station->calls->queue(seatOf(expertId)))
            if (entry.expertId == expertId && acceptanceNo.isEmpty()) {
                acceptanceNo = entry.acceptanceNo;
                label = entry.ticketLabel;
            }
        QVERIFY(!acceptanceNo.isEmpty());
        ui::MainWindow window(*m_station->services, me);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(m_station->calls->callTicket(me, seatOf(expertId), label).ok());
        window.findChild<ui::CallingPage *>()->refresh();
        QTest::keyClick(&window, Qt::Key_F5); // start the exam: no click
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("examPage"));
        auto *exam = window.findChild<ui::ExamPage *>();
        QCOMPARE(exam->currentCase(), acceptanceNo);
        QVERIFY(exam->opinion().has_value());
        // The keyboard is in the form's first field: the findings are typed at once.
        QWidget *focused = QApplication::focusWidget();
        QVERIFY(focused);
        QCOMPARE(focused->objectName(), QStringLiteral("field_complaint"));
        auto *cases = window.findChild<QListWidget *>(QStringLiteral("myCases"));
        QVERIFY2(cases->currentItem()->text().contains(ui::ExamCaseList::tr("in examination")),
                 qPrintable(cases->currentItem()->text()));
    }

    void anExpertCallsOnlyForTheirRoom()
    {
        const QString expertId = m_firstExaminers.first();
        ui::CallingPage page(*m_station->services, as(core::Role::Expert, expertId));
        QVERIFY(!page.findChild<QComboBox *>(QStringLiteral("roomChoice"))->isEnabled());
        QString otherRoom;
        for (const core::Room &room : store::VenueRepository(*m_station->database).rooms())
            if (room.id != seatOf(expertId))
                otherRoom = room.id;
        QVERIFY(!otherRoom.isEmpty());
        const auto refused = m_station->calls->callNext(as(core::Role::Expert, expertId), otherRoom);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(seatOf(expertId)));
        // Their own room they call as before.
        const auto own = m_station->calls->callNext(as(core::Role::Expert, expertId), seatOf(expertId));
        QVERIFY2(own.ok(), qPrintable(own.error()));
    }

    void aNewVersionNeedsAReasonAndOpensAnEditableCopy()
    {
        const QString expertId = m_firstExaminers.first();
        submitOpinion(expertId, m_cases.first());
        ui::ExamPage page(*m_station->services, as(core::Role::Expert, expertId));
        page.resize(1180, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.showCase(m_cases.first()));
        QCOMPARE(page.opinion()->state, QStringLiteral("submitted"));
        auto *newVersion = page.findChild<QPushButton *>(QStringLiteral("newVersion"));
        QVERIFY(newVersion->isVisible());
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("submitOpinion"))->isEnabled());
        // Locked: nothing that would change it is open; the basis can still be read.
        const char *const editors[] = {"clauseSearch",  "foundClauses",   "suggestedClauses",
                                       "overrideGrade", "overrideReason", "applyOverride",
                                       "signaturePad",  "clearSignature", "undoStroke"};
        for (const char *name : editors)
            QVERIFY2(!page.findChild<QWidget *>(QLatin1String(name))->isEnabled(), name);
        QVERIFY(page.findChild<QWidget *>(QStringLiteral("chosenClauses"))->isEnabled());

        answerNextDialog(QStringLiteral("   "));
        QTest::mouseClick(newVersion, Qt::LeftButton);
        QCOMPARE(page.opinion()->version, 1); // no reason, no new version
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("checkInMessage"))->property("problem").toBool());

        answerNextDialog(QStringLiteral("复查发现右肘活动度记录有误"));
        QTest::mouseClick(newVersion, Qt::LeftButton);
        QCOMPARE(page.opinion()->version, 2);
        QCOMPARE(page.opinion()->state, QStringLiteral("draft"));
        QCOMPARE(page.opinion()->changeReason, QStringLiteral("复查发现右肘活动度记录有误"));
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("submitOpinion"))->isEnabled());
        QVERIFY(!newVersion->isVisible());
        for (const char *name : editors)
            QVERIFY2(page.findChild<QWidget *>(QLatin1String(name))->isEnabled(), name);
    }

    void materialsDetachAndComeBackWithoutSqueezingTheForm()
    {
        const QString expertId = m_firstExaminers.first();
        ui::ExamPage page(*m_station->services, as(core::Role::Expert, expertId));
        page.resize(1180, 640);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.showCase(m_cases.first()));
        auto *detach = page.findChild<QPushButton *>(QStringLiteral("detachMaterials"));
        QTest::mouseClick(detach, Qt::LeftButton);
        auto *window = page.findChild<QWidget *>(QStringLiteral("materialsWindow"));
        QVERIFY(window && window->isVisible());
        QVERIFY(window->isAncestorOf(page.findChild<ui::MaterialsViewer *>()));
        window->close();
        QTRY_VERIFY(!page.findChild<QWidget *>(QStringLiteral("materialsWindow")));
        QVERIFY(!detach->isChecked());
        auto *workspace = page.findChild<QSplitter *>(QStringLiteral("examWorkspace"));
        QVERIFY(workspace->isAncestorOf(page.findChild<ui::MaterialsViewer *>()));
        QTest::qWait(20);
        for (const char *name : {"submitOpinion", "clearSignature", "undoStroke", "field_complaint"}) {
            const QString problem =
                screenharness::whyNotUsable(page.findChild<QWidget *>(QLatin1String(name)));
            QVERIFY2(problem.isEmpty(), qPrintable(QLatin1String(name) + QLatin1String(": ") + problem));
        }
    }

    void undoCoversClausesAndTheGradeChange()
    {
        const QString expertId = m_firstExaminers.first();
        ui::ExamPage page(*m_station->services, as(core::Role::Expert, expertId));
        page.resize(1180, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.showCase(m_cases.first()));
        page.findChild<QLineEdit *>(QStringLiteral("clauseSearch"))->setText(QStringLiteral("5.7.2"));
        auto *found = page.findChild<QListWidget *>(QStringLiteral("foundClauses"));
        QVERIFY(found->count() > 0);
        emit found->itemDoubleClicked(found->item(0));
        QCOMPARE(page.opinion()->clauses.size(), 1);
        auto *grade = page.findChild<QSpinBox *>(QStringLiteral("overrideGrade"));
        grade->setValue(8);
        page.findChild<QLineEdit *>(QStringLiteral("overrideReason"))
            ->setText(QStringLiteral("功能障碍更重"));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("applyOverride")), Qt::LeftButton);
        QCOMPARE(page.opinion()->overrideGrade, 8);

        page.undoStack()->undo();
        QCOMPARE(page.opinion()->overrideGrade, 0);
        QCOMPARE(grade->value(), 0);
        page.undoStack()->undo();
        QVERIFY(page.opinion()->clauses.isEmpty());
        QCOMPARE(page.findChild<QListWidget *>(QStringLiteral("chosenClauses"))->count(), 0);
        page.undoStack()->redo();
        page.undoStack()->redo();
        QCOMPARE(page.opinion()->clauses.size(), 1);
        QCOMPARE(page.opinion()->overrideGrade, 8);
        // What the page shows is what is stored.
        const auto stored = m_station->opinions->open(as(core::Role::Expert, expertId), m_cases.first());
        QCOMPARE(stored->overrideGrade, 8);
    }

    void hallDisplayHighlightsOnlyNewCallsAndStaffCloseIt()
    {
        const QString expertId = m_firstExaminers.first();
        QVERIFY(m_station->calls->callNext(as(core::Role::Expert, expertId), seatOf(expertId)).ok());
        ui::HallDisplay display(*m_station->services,
                                administration::VenueDirectory(*m_station->database).stationInfo());
        display.setClosable(true);
        display.resize(1000, 600);
        display.show();
        QVERIFY(QTest::qWaitForWindowActive(&display));
        display.pollNow();
        QVERIFY(display.board().newest().has_value());
        QVERIFY(!display.highlighting()); // made before the display opened: not new
        m_station->clock.advanceSeconds(40);
        QVERIFY(m_station->calls
                    ->recall(as(core::Role::Expert, expertId), seatOf(expertId),
                             m_station->calls->current(seatOf(expertId)).first().ticketId)
                    .ok());
        display.pollNow();
        QVERIFY(display.highlighting());
        QVERIFY(display.findChild<QPushButton *>(QStringLiteral("closeHallDisplay"))->isVisible());
        QTest::keyClick(&display, Qt::Key_Escape);
        QVERIFY(!display.isVisible());
        // The kiosk has no way out on the screen.
        ui::HallDisplay kiosk(*m_station->services,
                              administration::VenueDirectory(*m_station->database).stationInfo());
        QVERIFY(!kiosk.findChild<QPushButton *>(QStringLiteral("closeHallDisplay")));
    }

    void reviewShowsOnlyTheSelectedCaseAndAConcludedOneReadOnly()
    {
        // Case 1: every opinion in. Case 2: none yet.
        QSqlQuery examiners(m_station->database->connection());
        QVERIFY(examiners.exec(QStringLiteral("SELECT expert_id FROM assignments WHERE acceptance_no = "
                                              "'JD2026-0001' AND role != 'review' ORDER BY role")));
        QStringList panel;
        while (examiners.next())
            panel << examiners.value(0).toString();
        for (const QString &expertId : std::as_const(panel))
            examine(expertId, m_cases.first());
        ui::ReviewPage page(*m_station->services, as(core::Role::Reviewer, m_reviewer));
        page.resize(1180, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *cases = page.findChild<QListWidget *>(QStringLiteral("reviewCases"));
        QCOMPARE(cases->count(), 2);
        auto *differences = page.findChild<QLabel *>(QStringLiteral("differences"));
        cases->setCurrentRow(0);
        QVERIFY(!differences->text().isEmpty());
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("agree_0"))->isVisible());
        cases->setCurrentRow(1);
        QVERIFY2(differences->text().isEmpty(), qPrintable(differences->text())); // nothing of case 1
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("agree_0"))->isVisible());

        // Concluded: the conclusion is shown, nothing can conclude it again.
        exam::ReviewService review(*m_station->database, *m_station->opinions);
        const auto comparison = review.compare(as(core::Role::Reviewer, m_reviewer), m_cases.first());
        QVERIFY(comparison.ok());
        QVERIFY(review
                    .agree(as(core::Role::Reviewer, m_reviewer), m_cases.first(),
                           comparison->opinions.first().id, syntheticSignature())
                    .ok());
        page.reloadCases();
        cases->setCurrentRow(0);
        auto *conclusion = page.findChild<QLabel *>(QStringLiteral("conclusionView"));
        QVERIFY(conclusion->isVisible());
        QVERIFY(!conclusion->text().isEmpty());
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("agree_0"))->isEnabled());
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("concludeOwn"))->isEnabled());
        cases->setCurrentRow(1);
        QVERIFY(!conclusion->isVisible());
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("concludeOwn"))->isEnabled());
    }
};

SCREEN_TEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
