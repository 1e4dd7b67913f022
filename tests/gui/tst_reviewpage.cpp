#include "drawncase.h"
#include "guifixture.h"
#include "syntheticsignature.h"

#include "checkin/checkinservice.h"
#include "grading/grading.h"
#include "i18n/translations.h"
#include "store/caserepository.h"
#include "store/expertrepository.h"
#include "ui/reviewpage.h"
#include "ui/shortcuthelp.h"
#include "ui/style.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QVBoxLayout>

// The reviewer compares the two opinions side by side, agrees with one, signs, and concludes.
class TestReviewPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiFixture> m_fixture;
    QString m_reviewer;

    void examine(const QString &expertId, const QString &label, const QStringList &clauses)
    {
        accounts::Session expert;
        expert.account.username = expertId;
        expert.account.role = core::Role::Expert;
        expert.account.expertId = expertId;
        const QString room = store::ExpertRepository(*m_fixture->database).find(expertId)->roomId;
        const auto called = m_fixture->calls->callTicket(expert, room, label);
        QVERIFY2(called.ok(), qPrintable(called.error()));
        QVERIFY(m_fixture->calls->startExam(expert, room, called->ticketId).ok());
        const auto draft = m_fixture->opinions->open(expert, QStringLiteral("JD2026-0001"));
        QVERIFY(draft.ok());
        for (const auto &[field, value] :
             QList<QPair<QString, QJsonValue>>{{QStringLiteral("complaint"), QStringLiteral("右肘疼痛")},
                                               {QStringLiteral("history"), QStringLiteral("摔伤")},
                                               {QStringLiteral("injury_site"), QStringLiteral("右肘")},
                                               {QStringLiteral("side"), QStringLiteral("right")}})
            QVERIFY(m_fixture->opinions->setFinding(expert, draft->id, field, value).ok());
        QVERIFY(m_fixture->opinions->setClauses(expert, draft->id, clauses).ok());
        QVERIFY(m_fixture->opinions->submit(expert, draft->id, syntheticSignature()).ok());
        QVERIFY(m_fixture->calls->finishExam(expert, room, called->ticketId).ok());
    }

    // One stroke across the page's signature pad, as a mouse draws it.
    static void signOnThePad(QWidget &page)
    {
        auto *pad = page.findChild<QWidget *>(QStringLiteral("signaturePad"));
        QTest::mousePress(pad, Qt::LeftButton, {}, QPoint(20, 50));
        for (int x = 20; x < 240; x += 10) {
            QMouseEvent move(QEvent::MouseMove, QPointF(x, 50 + (x % 30)), pad->mapToGlobal(QPointF(x, 50)),
                             Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(pad, &move);
        }
        QTest::mouseRelease(pad, Qt::LeftButton, {}, QPoint(240, 50));
    }

    // JD2026-0001 checked in, drawn, and both opinions submitted (grade 7, then 6 from two
    // clauses): the reviewer's session, on a fresh station.
    void reviewSubmitted(accounts::Session &reviewer)
    {
        m_fixture = std::make_unique<GuiFixture>();
        QVERIFY(m_fixture->setUp());
        accounts::Session desk;
        desk.account.username = QStringLiteral("qiantai");
        desk.account.role = core::Role::FrontDesk;
        const auto checkedIn = checkin::CheckInService(*m_fixture->database)
                                   .checkInByAcceptanceNo(desk, QStringLiteral("JD2026-0001"));
        QVERIFY(checkedIn.ok());
        const auto drawn = m_fixture->draws->draw(desk, QStringLiteral("JD2026-0001"));
        QVERIFY(drawn.ok());
        examine(drawn->result.examiners.at(0), checkedIn.checkIn->ticket.label,
                {QStringLiteral("5.7.2(36)")});
        examine(drawn->result.examiners.at(1), checkedIn.checkIn->ticket.label,
                {QStringLiteral("5.7.2(36)"), QStringLiteral("5.7.2(5)")});
        reviewer.account.username = QStringLiteral("fuhe");
        reviewer.account.role = core::Role::Reviewer;
        reviewer.account.expertId = drawn->result.reviewer;
    }

private slots:
    void initTestCase()
    {
        // As the venue sees it: in Chinese, with the station's style (for the screenshot).
        QVERIFY(i18n::install(*QCoreApplication::instance(), i18n::defaultLanguage()));
        ui::applyStationStyle(*qApp);
    }

    void agreeSignAndConclude()
    {
        accounts::Session reviewer;
        reviewSubmitted(reviewer);
        if (QTest::currentTestFailed())
            return;
        ui::ReviewPage page(*m_fixture->services, reviewer);
        page.resize(1300, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *cases = page.findChild<QListWidget *>(QStringLiteral("reviewCases"));
        QCOMPARE(cases->count(), 1);
        cases->setCurrentRow(0);
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("opinionsSideBySide"));
        QCOMPARE(table->columnCount(), 2);
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("7"));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("6"));
        QVERIFY(table->item(1, 0)->background() != QBrush()); // the differing grade is marked
        QVERIFY(!page.findChild<QLabel *>(QStringLiteral("differences"))->text().isEmpty());

        auto *agree = page.findChild<QPushButton *>(QStringLiteral("agree_1"));
        QTest::mouseClick(agree, Qt::LeftButton); // not signed yet
        QCOMPARE(store::CaseRepository(*m_fixture->database).stateOf(QStringLiteral("JD2026-0001")),
                 core::CaseState::WaitingReview);
        signOnThePad(page);
        QDir().mkpath(QStringLiteral(SCREENSHOT_DIR));
        page.grab().save(QStringLiteral(SCREENSHOT_DIR "/review-page.png"));
        // From the keyboard: Alt+1 and Alt+2 for the two opinions shown (F1 lists them, no Alt+3);
        // Alt+2 agrees with the second.
        QStringList listed;
        for (const auto &[key, what] : ui::ShortcutHelp(page).keys())
            listed << key;
        const auto alt = [](int digit) {
            return QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + digit)).toString(QKeySequence::NativeText);
        };
        QVERIFY2(listed.contains(alt(1)) && listed.contains(alt(2)) && !listed.contains(alt(3)),
                 qPrintable(listed.join(QLatin1Char(' '))));
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        // Tab takes the opinions table as one stop (seen in a real window: Tab walked every cell),
        // then the agree buttons, and reaches the reviewer's own grade.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Tab);
        QVERIFY(!table->hasFocus());
        const auto *ownGrade = page.findChild<QWidget *>(QStringLiteral("ownGrade"));
        const auto atOwnGrade = [ownGrade] {
            QWidget *focus = QApplication::focusWidget();
            return focus == ownGrade || ownGrade->isAncestorOf(focus);
        };
        QStringList stops;
        while (!atOwnGrade() && stops.size() < 6) {
            stops << QApplication::focusWidget()->objectName();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        QVERIFY2(stops.size() < 6, qPrintable(stops.join(QLatin1Char(' '))));
        QTest::keyClick(cases, Qt::Key_2, Qt::AltModifier);
        QCOMPARE(store::CaseRepository(*m_fixture->database).stateOf(QStringLiteral("JD2026-0001")),
                 core::CaseState::Concluded);
    }

    // Seen in a real window: the reviewer's own result started at grade 1, the most severe, and
    // had no self-care, so the conclusion read "self-care: ." Now both start from the first
    // opinion; the reviewer changes them, gives the reason, and concludes with Ctrl+Return.
    void anOwnResultStartsFromTheFirstOpinion()
    {
        accounts::Session reviewer;
        reviewSubmitted(reviewer);
        if (QTest::currentTestFailed())
            return;
        // In a window with a button after the page, as the main window's sidebar has "About".
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *pagePointer = new ui::ReviewPage(*m_fixture->services, reviewer, &window);
        ui::ReviewPage &page = *pagePointer;
        layout->addWidget(pagePointer);
        layout->addWidget(new QPushButton(QStringLiteral("About"), &window));
        window.resize(1300, 850);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        page.findChild<QListWidget *>(QStringLiteral("reviewCases"))->setCurrentRow(0);
        auto *grade = page.findChild<QSpinBox *>(QStringLiteral("ownGrade"));
        auto *selfCare = page.findChild<QComboBox *>(QStringLiteral("ownSelfCare"));
        QCOMPARE(grade->value(), 7);
        QCOMPARE(selfCare->currentData().toString(), QStringLiteral("none"));
        QCOMPARE(selfCare->count(), 4);

        signOnThePad(page);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        grade->setFocus();
        QTest::keyClick(grade, Qt::Key_Down); // 7 → 6
        QTest::keyClick(grade, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), selfCare);
        selfCare->setCurrentIndex(selfCare->findData(QStringLiteral("partial")));
        auto *reason = page.findChild<QLineEdit *>(QStringLiteral("ownReason"));
        reason->setFocus();
        reason->insert(QStringLiteral("复查活动度较差")); // keyClicks types ASCII only
        QTest::keyClick(reason, Qt::Key_Return, Qt::ControlModifier);

        const auto conclusion = m_fixture->services->review->conclusionOf(QStringLiteral("JD2026-0001"));
        QVERIFY(conclusion.has_value());
        QCOMPARE(conclusion->grade, 6);
        QCOMPARE(conclusion->selfCare, QStringLiteral("partial"));
        QCOMPARE(conclusion->basedOn, QStringLiteral("own"));
        const QString shown = page.findChild<QLabel *>(QStringLiteral("conclusionView"))->text();
        QVERIFY2(shown.contains(grading::selfCareDisplayName(QStringLiteral("partial"))), qPrintable(shown));
        // The keyboard is back in the case list, not on whatever came next (it was "About").
        QCOMPARE(QApplication::focusWidget(), page.findChild<QWidget *>(QStringLiteral("reviewCases")));
    }

    // Seen at 1366×768 in a real window: a case still waiting for its examinations said so in a box
    // three lines high that cut the third line ("…全部提交后才能复" and no more). Whatever the
    // width, the message is whole in its place.
    void aLongMessageIsWholeInItsPlace_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("1366") << 1182; // the page beside the sidebar on a 1366 px screen
        QTest::newRow("narrow") << 900;
    }

    void aLongMessageIsWholeInItsPlace()
    {
        QFETCH(int, width);
        m_fixture = std::make_unique<GuiFixture>();
        QVERIFY(m_fixture->setUp());
        const auto drawn = checkInAndDraw(*m_fixture->database, QStringLiteral("JD2026-0001"));
        QVERIFY(drawn);
        accounts::Session reviewer;
        reviewer.account.username = QStringLiteral("fuhe");
        reviewer.account.role = core::Role::Reviewer;
        reviewer.account.expertId = drawn->reviewer;
        ui::ReviewPage page(*m_fixture->services, reviewer);
        page.resize(width, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.findChild<QListWidget *>(QStringLiteral("reviewCases"))->setCurrentRow(0);
        QApplication::processEvents();
        auto *message = page.findChild<QLabel *>(QStringLiteral("checkInMessage"));
        QVERIFY(message->text().contains(QStringLiteral("JD2026-0001")));
        // The label's own measure of the text at its width, box model included.
        QVERIFY2(message->heightForWidth(message->width()) <= message->height(),
                 qPrintable(QStringLiteral("%1 px needed, %2 px given: %3")
                                .arg(message->heightForWidth(message->width()))
                                .arg(message->height())
                                .arg(message->text())));
    }
};

QTEST_MAIN(TestReviewPage)
#include "tst_reviewpage.moc"
