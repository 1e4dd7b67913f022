#include "guifixture.h"

#include "checkin/checkinservice.h"
#include "demo/samplematerials.h"
#include "ui/exampage.h"
#include "ui/materialsviewer.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>
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
        // The papers that came with the case: a three-page PDF and an image.
        QVERIFY(m_fixture->materials
                    ->add(desk, QStringLiteral("JD2026-0001"), QStringLiteral("病历.pdf"),
                          demo::samplePdf(QStringLiteral("JD2026-0001"), QStringLiteral("病历摘要"), 3))
                    .ok());
        QVERIFY(m_fixture->materials
                    ->add(desk, QStringLiteral("JD2026-0001"), QStringLiteral("X线片.png"),
                          demo::samplePng(QStringLiteral("JD2026-0001")))
                    .ok());
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

    void materialsOpenBesideTheForm()
    {
        auto *viewer = child<ui::MaterialsViewer>(QStringLiteral("materialsViewer"));
        QVERIFY(viewer);
        QCOMPARE(viewer->fileCount(), 2);
        QCOMPARE(viewer->pageCount(), 3);
        QCOMPARE(viewer->currentPage(), 0);
        QDir().mkpath(QStringLiteral(SCREENSHOT_DIR));
        QTest::qWait(300); // pages are rendered in the background
        m_page->grab().save(QStringLiteral(SCREENSHOT_DIR "/exam-page-materials.png"));
        auto *next = child<QToolButton>(QStringLiteral("nextPage"));
        auto *previous = child<QToolButton>(QStringLiteral("previousPage"));
        QVERIFY(!previous->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_COMPARE(viewer->currentPage(), 1);
        QVERIFY(child<QLabel>(QStringLiteral("pageLabel"))->text().contains(QLatin1Char('2')));
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_COMPARE(viewer->currentPage(), 2);
        QVERIFY(!next->isEnabled()); // the last page
        const double before = viewer->zoom();
        QTest::mouseClick(child<QToolButton>(QStringLiteral("zoomIn")), Qt::LeftButton);
        QVERIFY(viewer->zoom() > before);
        // The image: shown, zoomable, no pages.
        child<QListWidget>(QStringLiteral("materialFiles"))->setCurrentRow(1);
        auto *image = child<QLabel>(QStringLiteral("materialImage"));
        QVERIFY(image->isVisible());
        QVERIFY(!image->pixmap().isNull());
        QCOMPARE(viewer->pageCount(), 0);
        const int width = image->pixmap().width();
        QTest::mouseClick(child<QToolButton>(QStringLiteral("zoomIn")), Qt::LeftButton);
        QVERIFY(image->pixmap().width() > width);
    }

    void aChangedGradeNeedsAReason()
    {
        for (const auto &[field, value] :
             QList<QPair<QString, QJsonValue>>{{QStringLiteral("complaint"), QStringLiteral("pain")},
                                               {QStringLiteral("history"), QStringLiteral("fall")},
                                               {QStringLiteral("injury_site"), QStringLiteral("elbow")},
                                               {QStringLiteral("side"), QStringLiteral("right")}})
            QCOMPARE(m_page->applyFinding(field, value), QString());
        QVERIFY(
            m_fixture->opinions->setClauses(m_expert, m_page->opinion()->id, {QStringLiteral("5.7.2(36)")})
                .ok());
        child<QListWidget>(QStringLiteral("myCases"))->setCurrentRow(-1);
        child<QListWidget>(QStringLiteral("myCases"))->setCurrentRow(0); // reopen: the basis shows
        auto *grade = child<QSpinBox>(QStringLiteral("overrideGrade"));
        auto *reason = child<QLineEdit>(QStringLiteral("overrideReason"));
        auto *apply = child<QPushButton>(QStringLiteral("applyOverride"));
        grade->setValue(6);
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(child<QLabel>(QStringLiteral("checkInMessage"))->property("problem").toBool());
        QCOMPARE(m_fixture->opinions->open(m_expert, QStringLiteral("JD2026-0001"))->overrideGrade, 0);
        reason->setText(QStringLiteral("功能障碍重于条款所述"));
        QTest::mouseClick(apply, Qt::LeftButton);
        const auto stored = m_fixture->opinions->open(m_expert, QStringLiteral("JD2026-0001"));
        QCOMPARE(stored->overrideGrade, 6);
        QCOMPARE(stored->overrideReason, QStringLiteral("功能障碍重于条款所述"));
        QCOMPARE(stored->effectiveGrade(), 6);
        QVERIFY(child<QLabel>(QStringLiteral("gradeResult"))
                    ->text()
                    .contains(QStringLiteral("功能障碍重于条款所述")));
        // Back to the computed grade.
        grade->setValue(0);
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(m_fixture->opinions->open(m_expert, QStringLiteral("JD2026-0001"))->effectiveGrade(), 7);
    }

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

    // Ctrl+Z / Ctrl+Y in a text field undo and redo the typing there; the form's own undo (the
    // saved entries, clauses, grade) answers them only when the focus is not in a text field.
    void undoKeysInATextFieldBelongToTheField()
    {
        typeInto(QStringLiteral("height"), QStringLiteral("172"));
        QCOMPARE(savedHeight(), 172);
        const int saved = m_page->undoStack()->index();
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        for (const QString &name : {QStringLiteral("clauseSearch"), QStringLiteral("field_complaint")}) {
            auto *line = child<QLineEdit>(name);
            QVERIFY2(line, qPrintable(name));
            line->setFocus();
            QTRY_VERIFY(line->hasFocus());
            line->clear();
            QTest::keyClicks(line, QStringLiteral("5.7"));
            QTest::keyClick(line, Qt::Key_Z, Qt::ControlModifier);
            QCOMPARE(line->text(), QString());
            QTest::keyClick(line, Qt::Key_Y, Qt::ControlModifier);
            QCOMPARE(line->text(), QStringLiteral("5.7"));
            QCOMPARE(m_page->undoStack()->index(), saved); // the form's entries untouched
            QCOMPARE(savedHeight(), 172);
            line->clear();
        }
        // The grade spin box types into its own line too.
        auto *grade = child<QSpinBox>(QStringLiteral("overrideGrade"));
        grade->setFocus();
        QTRY_VERIFY(grade->hasFocus());
        QTest::keyClick(grade, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(m_page->undoStack()->index(), saved);
        // Outside a text field the keys reach the form: the saved height is undone and redone.
        auto *cases = child<QListWidget>(QStringLiteral("myCases"));
        cases->setFocus();
        QTRY_VERIFY(cases->hasFocus());
        QTest::keyClick(cases, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(savedHeight(), 0);
        QTest::keyClick(cases, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(savedHeight(), 172);
    }

    // Closing the page (logout, the window shut) while a field is being typed in: the field reports
    // its edit as it loses the focus, which must reach a whole page and be saved (found by UBSan:
    // the report used to arrive in QWidget's destructor, after the page's own members were gone).
    void anEditInProgressIsSavedWhenThePageCloses()
    {
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        auto *height = child<QLineEdit>(QStringLiteral("field_height"));
        height->setFocus();
        QTRY_VERIFY(height->hasFocus());
        QTest::keyClicks(height, QStringLiteral("168")); // no Enter
        QCOMPARE(savedHeight(), 0);
        m_page.reset();
        QCOMPARE(savedHeight(), 168);
    }

    // A draft with nothing saved yet said "Self-care:" and nothing after it (seen at the walk).
    void aFreshDraftSaysSelfCareIsNotAssessedYet()
    {
        const QString result = child<QLabel>(QStringLiteral("gradeResult"))->text();
        QVERIFY2(result.contains(QStringLiteral("not assessed yet")), qPrintable(result));
        QVERIFY2(!result.trimmed().endsWith(QLatin1Char(':')), qPrintable(result));
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
        // Search adds another; Ctrl+F from anywhere in the window goes to the search.
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        QTest::keyClick(child<QWidget>(QStringLiteral("field_complaint")), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(QStringLiteral("clauseSearch")));
        QTest::keyClicks(child<QLineEdit>(QStringLiteral("clauseSearch")), QStringLiteral("5.4.2"));
        auto *found = child<QListWidget>(QStringLiteral("foundClauses"));
        QVERIFY(found->count() >= 2);
        // Each clause whole within the list's width, wrapped, with no sideways scrolling, however
        // narrow the panel (the results ran past it at 150 %): here half the longest line.
        int longest = 0;
        for (int row = 0; row < found->count(); ++row)
            longest = std::max(longest, found->fontMetrics().horizontalAdvance(found->item(row)->text()));
        const int wideAs = found->width();
        found->setFixedWidth(longest / 2);
        QApplication::processEvents();
        QCOMPARE(found->horizontalScrollBar()->maximum(), 0);
        for (int row = 0; row < found->count(); ++row) {
            const QRect shown = found->visualItemRect(found->item(row));
            QVERIFY2(shown.right() <= found->viewport()->width(), qPrintable(found->item(row)->text()));
            QVERIFY(shown.height() > found->fontMetrics().lineSpacing()); // on two lines or more
        }
        found->setMinimumWidth(0);
        found->setMaximumWidth(QWIDGETSIZE_MAX);
        found->resize(wideAs, found->height());
        auto *chosen = child<QListWidget>(QStringLiteral("chosenClauses"));
        QCOMPARE(chosen->count(), 1);
        // From the keyboard: ↓ from the search into the results, Enter takes a clause; Enter in
        // the basis removes it again.
        QTest::keyClick(child<QLineEdit>(QStringLiteral("clauseSearch")), Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), found);
        if (found->currentItem()->data(Qt::UserRole).toString() == QLatin1String("5.4.2(14)"))
            QTest::keyClick(found, Qt::Key_Down);
        const QString taken = found->currentItem()->data(Qt::UserRole).toString();
        QTest::keyClick(found, Qt::Key_Return);
        QCOMPARE(chosen->count(), 2);
        for (int row = 0; row < chosen->count(); ++row)
            if (chosen->item(row)->data(Qt::UserRole).toString() == taken)
                chosen->setCurrentRow(row);
        QCOMPARE(chosen->currentItem()->data(Qt::UserRole).toString(), taken);
        QTest::keyClick(chosen, Qt::Key_Return);
        QCOMPARE(chosen->count(), 1);
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
        // Submitted from the keyboard (Ctrl+Return), from a field being typed in.
        QTest::keyClick(child<QWidget>(QStringLiteral("field_complaint")), Qt::Key_Return,
                        Qt::ControlModifier);
        QCOMPARE(m_page->opinion()->state, QStringLiteral("submitted"));
        QCOMPARE(m_fixture->opinions->verifySignature(m_page->opinion()->id), signature::Verification::Valid);
        QVERIFY(!child<QScrollArea>(QStringLiteral("examForm"))->isEnabled());
        QVERIFY(!child<QPushButton>(QStringLiteral("submitOpinion"))->isEnabled());
    }
};

QTEST_MAIN(TestExamPage)
#include "tst_exampage.moc"
