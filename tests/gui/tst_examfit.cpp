#include "guifixture.h"
#include "screenharness.h"

#include "checkin/checkinservice.h"
#include "i18n/translations.h"
#include "ui/elidinglabel.h"
#include "ui/exampage.h"
#include "ui/mainwindow.h"
#include "ui/style.h"

#include <QApplication>
#include <QFontMetrics>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMouseEvent>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QTranslator>

// The expert's exam page in the real window on every screen the station is made for (1366×768 and
// 1920×1080, at 100 % and at 150 %: 911×512 logical pixels), in Chinese and in English: the actions
// of every case (sign and submit, new version, the pad's buttons) show their whole labels, the
// clause tabs and the grade lines are not cut with "…", the page's messages show whole (wrapped,
// not elided), and a refused submission names the missing field in the language of the screen.
class TestExamFit : public QObject
{
    Q_OBJECT

    GuiFixture m_station;
    accounts::Session m_expert;
    QString m_language;
    const QString m_case = QStringLiteral("JD2026-0001");

    void useLanguage(const QString &language)
    {
        if (language == m_language)
            return;
        QVERIFY(screenharness::useLanguage(language));
        m_language = language;
    }

    static void settle()
    {
        // Layouts settle through posted requests, nested ones one level at a time.
        for (int pass = 0; pass < 4; ++pass)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QTest::qWait(20);
    }

    // A button's label is whole: its text and its icon with the style sheet's padding (7px 18px and
    // a 1 px border) fit in the button's width, and the button is inside the window, unclipped.
    static QString whyNotWhole(const QPushButton &button)
    {
        if (const QString problem = screenharness::whyNotUsable(&button); !problem.isEmpty())
            return problem;
        int needed = 2 * 18 + 2;
        if (!button.text().isEmpty())
            needed += button.fontMetrics().horizontalAdvance(button.text());
        if (!button.icon().isNull())
            needed += button.iconSize().width() + (button.text().isEmpty() ? 0 : 4);
        if (button.width() < needed)
            return QStringLiteral("\"%1\" is %2 wide, its label needs %3")
                .arg(button.text())
                .arg(button.width())
                .arg(needed);
        return {};
    }

    // Every button shown under the clause lists and the pad: whole.
    static void verifyActionsWhole(ui::ExamPage &page, const QString &when)
    {
        auto *basis = page.findChild<QWidget *>(QStringLiteral("basisPanel"));
        QVERIFY(basis);
        int shown = 0;
        for (const QPushButton *button : basis->findChildren<QPushButton *>()) {
            if (!button->isVisible())
                continue;
            ++shown;
            const QString problem = whyNotWhole(*button);
            QVERIFY2(problem.isEmpty(),
                     qPrintable(QStringLiteral("%1 %2: %3").arg(button->objectName(), when, problem)));
        }
        QVERIFY(shown >= 3);
    }

    // The clause tabs (screens under 900 pixels high) each show their whole name, whichever is
    // selected (the selected one is bold).
    static void verifyTabsWhole(ui::ExamPage &page)
    {
        auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("clauseTabs"));
        if (!tabs)
            return; // a high screen: the lists are under each other, with their labels
        QTabBar *bar = tabs->tabBar();
        const int shown = bar->currentIndex();
        for (int selected = 0; selected < bar->count(); ++selected) {
            bar->setCurrentIndex(selected);
            settle();
            for (int index = 0; index < bar->count(); ++index) {
                const QRect tab = bar->tabRect(index);
                QVERIFY2(
                    bar->rect().contains(tab),
                    qPrintable(QStringLiteral("tab \"%1\" is outside its bar").arg(bar->tabText(index))));
                // The tab bar cuts a tab's name with "…" when it gives it less than the name and
                // the style sheet's padding (20 px each side, 10 on compact screens), border and
                // margin need.
                QFont font = bar->font();
                if (index == selected)
                    font.setWeight(QFont::DemiBold);
                const int padding = bar->property("compact").toBool() ? 10 : 20;
                const int needed =
                    QFontMetrics(font).horizontalAdvance(bar->tabText(index)) + 2 * padding + 2 + 2;
                QVERIFY2(tab.width() >= needed,
                         qPrintable(QStringLiteral("tab \"%1\" is %2 wide, its name needs %3")
                                        .arg(bar->tabText(index))
                                        .arg(tab.width())
                                        .arg(needed)));
            }
        }
        bar->setCurrentIndex(shown);
    }

    // The grade and the self-care level: whole (or their short form), never cut with "…".
    static void verifyGradeWhole(ui::ExamPage &page, const QString &when)
    {
        for (const char *name : {"gradeResult", "selfCareResult"}) {
            auto *line = page.findChild<QLabel *>(QLatin1String(name));
            if (!line)
                continue; // selfCareResult exists on compact screens only
            QCOMPARE(screenharness::whyNotUsable(line), QString());
            if (const auto *eliding = qobject_cast<const ui::ElidingLabel *>(line))
                QVERIFY2(!eliding->isElided(),
                         qPrintable(QStringLiteral("%1 %2 shows \"%3\" in %4 pixels")
                                        .arg(QLatin1String(name), when, eliding->shownText())
                                        .arg(eliding->contentsRect().width())));
            else if (line->wordWrap())
                QVERIFY(line->height() >= line->heightForWidth(line->width()));
        }
    }

    // The page's message (the case opened, a new version open, a refusal) is a sentence the expert
    // must read: whole, wrapped if need be, never cut with "…" (a tooltip is not enough).
    static void verifyMessageWhole(ui::ExamPage &page, const QString &when)
    {
        auto *message = page.findChild<QLabel *>(QStringLiteral("checkInMessage"));
        QVERIFY(message);
        QVERIFY2(!message->text().isEmpty(), qPrintable(when));
        QCOMPARE(screenharness::whyNotUsable(message), QString());
        const QString problem = QStringLiteral("%1: \"%2\" in %3x%4")
                                    .arg(when, message->text())
                                    .arg(message->width())
                                    .arg(message->height());
        if (const auto *eliding = qobject_cast<const ui::ElidingLabel *>(message))
            QVERIFY2(!eliding->isElided(),
                     qPrintable(problem + QStringLiteral(" shows ") + eliding->shownText()));
        else if (message->wordWrap())
            QVERIFY2(message->height() >= message->heightForWidth(message->width()), qPrintable(problem));
        else
            QVERIFY2(message->fontMetrics().horizontalAdvance(message->text()) <=
                         message->contentsRect().width(),
                     qPrintable(problem));
    }

    static void sign(QWidget *pad)
    {
        QTest::mousePress(pad, Qt::LeftButton, {}, QPoint(20, 30));
        for (int x = 20; x < 120; x += 10) {
            QMouseEvent move(QEvent::MouseMove, QPointF(x, 30 + (x % 20)), pad->mapToGlobal(QPointF(x, 30)),
                             Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(pad, &move);
        }
        QTest::mouseRelease(pad, Qt::LeftButton, {}, QPoint(120, 30));
    }

    static QString opinionIdOf(ui::ExamPage &page) { return page.opinion() ? page.opinion()->id : QString(); }

private slots:
    void initTestCase()
    {
        ui::applyStationStyle(*qApp);
        QVERIFY(m_station.setUp());
        // One person checked in, drawn and examined by both experts: the first one's opinion is
        // submitted, as the page shows it after "Sign and submit".
        accounts::Session desk;
        desk.account.username = QStringLiteral("qiantai");
        desk.account.role = core::Role::FrontDesk;
        QVERIFY(checkin::CheckInService(*m_station.database).checkInByAcceptanceNo(desk, m_case).ok());
        const auto drawn = m_station.draws->draw(desk, m_case);
        QVERIFY(drawn.ok());
        const core::Status examined = m_station.examineAndSubmit(m_case, drawn->result.examiners);
        QVERIFY2(examined, qPrintable(examined.error()));
        m_expert.account.username = QStringLiteral("zhuanjia");
        m_expert.account.displayName = QStringLiteral("专家");
        m_expert.account.role = core::Role::Expert;
        m_expert.account.expertId = drawn->result.examiners.at(0);
    }

    void everyCaseShowsWholeActions_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("sideLabel");
        QTest::addColumn<QString>("otherLabel");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("侧别") << QStringLiteral("Side");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Side") << QStringLiteral("侧别");
    }

    void everyCaseShowsWholeActions()
    {
        QFETCH(QString, language);
        QFETCH(QString, sideLabel);
        QFETCH(QString, otherLabel);
        useLanguage(language);
        // The row before left a draft (a new version): submit it, as the expert would.
        if (const auto current = m_station.opinions->open(m_expert, m_case);
            current.ok() && current->state == QLatin1String("draft"))
            QVERIFY(m_station.opinions->submit(m_expert, current->id, syntheticSignature()).ok());

        ui::MainWindow window(*m_station.services, m_expert);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        auto *page = window.findChild<ui::ExamPage *>();
        QVERIFY(navigation && pages && page);
        for (int row = 0; row < navigation->count() && pages->currentWidget() != page; ++row)
            navigation->setCurrentRow(row);
        QCOMPARE(pages->currentWidget(), page);
        QVERIFY(page->showCase(m_case));
        settle();
        verifyMessageWhole(*page, QStringLiteral("on opening"));

        // Submitted: "New version…" whole where "Sign and submit" was.
        QCOMPARE(page->opinion()->state, QStringLiteral("submitted"));
        auto *newVersion = page->findChild<QPushButton *>(QStringLiteral("newVersion"));
        auto *submit = page->findChild<QPushButton *>(QStringLiteral("submitOpinion"));
        QVERIFY(newVersion && submit);
        QVERIFY(newVersion->isVisible());
        verifyActionsWhole(*page, QStringLiteral("after submitting"));
        verifyTabsWhole(*page);
        verifyGradeWhole(*page, QStringLiteral("after submitting"));

        // A new version, asked for as the expert does (the button, the reason): a draft again, the
        // message saying so whole, "Sign and submit" whole beside the pad's buttons.
        QTimer::singleShot(50, this, [] {
            auto *prompt = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(prompt);
            QCOMPARE(prompt->objectName(), QStringLiteral("newVersionReasonPrompt"));
            prompt->setTextValue(QStringLiteral("复查后补充"));
            prompt->accept();
        });
        QTest::mouseClick(newVersion, Qt::LeftButton);
        settle();
        verifyMessageWhole(*page, QStringLiteral("after a new version"));
        QCOMPARE(page->opinion()->state, QStringLiteral("draft"));
        QVERIFY(submit->isVisible() && submit->isEnabled());
        QVERIFY(!newVersion->isVisible());
        verifyActionsWhole(*page, QStringLiteral("on a draft"));
        verifyTabsWhole(*page);
        verifyGradeWhole(*page, QStringLiteral("on a draft"));

        // No clause chosen: "No grade yet" whole too.
        const QString draftId = opinionIdOf(*page);
        QVERIFY(m_station.opinions->setClauses(m_expert, draftId, {}).ok());
        QVERIFY(page->showCase(m_case));
        settle();
        QCOMPARE(page->opinion()->clauses.size(), 0);
        verifyGradeWhole(*page, QStringLiteral("without clauses"));
        verifyTabsWhole(*page);
        QVERIFY(m_station.opinions->setClauses(m_expert, draftId, {QStringLiteral("5.7.2(36)")}).ok());
        QVERIFY(page->showCase(m_case));

        // The side left empty: the refusal names it by its label in the screen's language.
        QCOMPARE(page->applyFinding(QStringLiteral("side"), QJsonValue()), QString());
        sign(page->findChild<QWidget *>(QStringLiteral("signaturePad")));
        QTest::mouseClick(submit, Qt::LeftButton);
        QCOMPARE(page->opinion()->state, QStringLiteral("draft"));
        const QString message = page->findChild<QLabel *>(QStringLiteral("checkInMessage"))->text();
        QVERIFY2(message.contains(sideLabel) && !message.contains(otherLabel), qPrintable(message));
        verifyMessageWhole(*page, QStringLiteral("on a refused submission"));
        // One language in the whole message: no Chinese in English, no English words in Chinese.
        for (const QChar c : message) {
            if (language == QLatin1String("en"))
                QVERIFY2(c.unicode() < 0x2E80, qPrintable(QStringLiteral("Chinese in \"%1\"").arg(message)));
            else
                QVERIFY2(!(c.isLetter() && c.unicode() < 0x80),
                         qPrintable(QStringLiteral("English in \"%1\"").arg(message)));
        }
        QCOMPARE(page->applyFinding(QStringLiteral("side"), QStringLiteral("right")), QString());
    }
};

SCREEN_TEST_MAIN(TestExamFit)
#include "tst_examfit.moc"
