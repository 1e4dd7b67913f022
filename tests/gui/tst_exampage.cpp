#include "guifixture.h"

#include "checkin/checkinservice.h"
#include "ui/exampage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>
#include <QUndoStack>

// The examination form as an expert fills it: built from the template, saved at every edit,
// undoable, refusing bad values with a reason, then submitted and locked.
class TestExamPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiFixture> m_fixture;
    std::unique_ptr<ui::ExamPage> m_page;
    accounts::Session m_expert;

    template <typename T> T *child(const QString &name) const { return m_page->findChild<T *>(name); }
    void typeInto(const QString &field, const QString &text)
    {
        auto *line = child<QLineEdit>(QStringLiteral("field_") + field);
        QVERIFY(line);
        line->setFocus();
        line->selectAll();
        // QTest types ASCII only; Chinese arrives as an input method would commit it.
        if (text.toLatin1() == text.toUtf8()) {
            QTest::keyClicks(line, text);
        } else {
            line->setText(text);
        }
        QTest::keyClick(line, Qt::Key_Return); // editingFinished
    }
    int savedHeight() const
    {
        return m_fixture->opinions->open(m_expert, QStringLiteral("JD2026-0001"))
            ->findings.value(QStringLiteral("height"))
            .toInt();
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<GuiFixture>();
        QVERIFY(m_fixture->setUp());
        accounts::Session desk;
        desk.account.username = QStringLiteral("qiantai");
        desk.account.role = core::Role::FrontDesk;
        QVERIFY(checkin::CheckInService(*m_fixture->database)
                    .checkInByAcceptanceNo(desk, QStringLiteral("JD2026-0001"))
                    .ok());
        const auto drawn = m_fixture->draws->draw(desk, QStringLiteral("JD2026-0001"));
        QVERIFY(drawn.ok());
        m_expert.account.username = QStringLiteral("zhuanjia");
        m_expert.account.role = core::Role::Expert;
        m_expert.account.expertId = drawn->result.examiners.first();
        m_page = std::make_unique<ui::ExamPage>(*m_fixture->services, m_expert);
        m_page->resize(1400, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        auto *cases = child<QListWidget>(QStringLiteral("myCases"));
        QCOMPARE(cases->count(), 1);
        cases->setCurrentRow(0);
        QVERIFY(m_page->opinion().has_value());
    }

    void cleanup() { m_page.reset(); }

    void editsAreSavedCheckedAndUndoable()
    {
        typeInto(QStringLiteral("height"), QStringLiteral("300")); // outside 50–250 cm
        auto *problem = child<QLabel>(QStringLiteral("problem_height"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("250")), qPrintable(problem->text()));
        QCOMPARE(savedHeight(), 0); // nothing saved
        QVERIFY(child<QLineEdit>(QStringLiteral("field_height"))->text().isEmpty());

        typeInto(QStringLiteral("height"), QStringLiteral("172"));
        QVERIFY(!problem->isVisible());
        QCOMPARE(savedHeight(), 172);
        QVERIFY(child<QLabel>(QStringLiteral("savedAt"))->text().contains(QStringLiteral("08:30")));
        typeInto(QStringLiteral("height"), QStringLiteral("175"));
        QCOMPARE(savedHeight(), 175);

        m_page->undoStack()->undo();
        QCOMPARE(savedHeight(), 172);
        QCOMPARE(child<QLineEdit>(QStringLiteral("field_height"))->text(), QStringLiteral("172"));
        m_page->undoStack()->undo();
        QCOMPARE(savedHeight(), 0);
        m_page->undoStack()->redo();
        QCOMPARE(savedHeight(), 172);
    }

    void fillPickBasisAndSubmit()
    {
        typeInto(QStringLiteral("complaint"), QStringLiteral("右肘疼痛"));
        typeInto(QStringLiteral("history"), QStringLiteral("工作中摔伤"));
        typeInto(QStringLiteral("injury_site"), QStringLiteral("右肘关节"));
        auto *side = child<QComboBox>(QStringLiteral("field_side"));
        side->setCurrentIndex(side->findData(QStringLiteral("right")));
        emit side->activated(side->currentIndex());
        auto *amputation = child<QComboBox>(QStringLiteral("field_amputation"));
        amputation->setCurrentIndex(amputation->findData(QStringLiteral("above_elbow")));
        emit amputation->activated(amputation->currentIndex());
        // The finding suggests its clause; a double-click takes it as the basis.
        auto *suggested = child<QListWidget>(QStringLiteral("suggestedClauses"));
        QCOMPARE(suggested->count(), 1);
        QCOMPARE(suggested->item(0)->data(Qt::UserRole).toString(), QStringLiteral("5.4.2(14)"));
        emit suggested->itemDoubleClicked(suggested->item(0));
        // Search adds another.
        QTest::keyClicks(child<QLineEdit>(QStringLiteral("clauseSearch")), QStringLiteral("5.4.2"));
        auto *found = child<QListWidget>(QStringLiteral("foundClauses"));
        QVERIFY(found->count() >= 1);
        QCOMPARE(child<QListWidget>(QStringLiteral("chosenClauses"))->count(), 1);
        QVERIFY(child<QLabel>(QStringLiteral("gradeResult"))->text().contains(QStringLiteral("4")));

        QDir().mkpath(QStringLiteral(SCREENSHOT_DIR));
        m_page->grab().save(QStringLiteral(SCREENSHOT_DIR "/exam-page.png"));

        // Not signed yet: refused.
        QTest::mouseClick(child<QPushButton>(QStringLiteral("submitOpinion")), Qt::LeftButton);
        QCOMPARE(m_page->opinion()->state, QStringLiteral("draft"));
        // Sign with the mouse: two strokes.
        auto *pad = child<QWidget>(QStringLiteral("signaturePad"));
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
        m_page->grab().save(QStringLiteral(SCREENSHOT_DIR "/exam-page-signed.png"));
        QTest::mouseClick(child<QPushButton>(QStringLiteral("submitOpinion")), Qt::LeftButton);
        QCOMPARE(m_page->opinion()->state, QStringLiteral("submitted"));
        QCOMPARE(m_fixture->opinions->verifySignature(m_page->opinion()->id), signature::Verification::Valid);
        QVERIFY(!child<QScrollArea>(QStringLiteral("examForm"))->isEnabled());
        QVERIFY(!child<QPushButton>(QStringLiteral("submitOpinion"))->isEnabled());
    }
};

QTEST_MAIN(TestExamPage)
#include "tst_exampage.moc"
