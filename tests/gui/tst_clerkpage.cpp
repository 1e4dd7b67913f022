#include "guifixture.h"

#include "core/csv.h"
#include "deadlines/deliverylist.h"
#include "demo/daysimulation.h"
#include "i18n/translations.h"
#include "store/caserepository.h"
#include "ui/clerkpage.h"
#include "ui/shortcuthelp.h"
#include "ui/style.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

// The clerk's print centre: deadlines flagged, batch PDF of conclusions and opinion sheets, the EMS
// list, deliveries; the admin extends a limit. In Chinese, as the venue sees it.
class TestClerkPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiFixture> m_fixture;
    QStringList m_concluded;

    static accounts::Session person(core::Role role)
    {
        accounts::Session session;
        session.account.username = core::toKey(role);
        session.account.role = role;
        return session;
    }

    int rowOf(QTableWidget *table, const QString &acceptanceNo)
    {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, ui::ClerkPage::AcceptanceNo)->text() == acceptanceNo)
                return row;
        return -1;
    }

    void select(QTableWidget *table, const QStringList &cases)
    {
        table->clearSelection();
        for (const QString &acceptanceNo : cases) {
            const int row = rowOf(table, acceptanceNo);
            QVERIFY2(row >= 0, qPrintable(acceptanceNo));
            table->selectionModel()->select(table->model()->index(row, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    // Answers the next save dialog with `path`.
    void answerSaveDialog(const QString &objectName, const QString &path, bool *answered)
    {
        QTimer::singleShot(100, this, [=] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->objectName(), objectName);
            // As a person does: type the full path into the file name box.
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->setText(path);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, as the Save button does
            *answered = true;
        });
    }

    QString pdfText(const QString &pdf)
    {
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        text.waitForFinished(30000);
        return QString::fromUtf8(text.readAllStandardOutput());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(i18n::install(*QCoreApplication::instance(), i18n::defaultLanguage()));
        ui::applyStationStyle(*qApp);
        m_fixture = std::make_unique<GuiFixture>();
        QVERIFY(m_fixture->setUp());
        const auto day = demo::simulateDay(*m_fixture->database, 3);
        QVERIFY2(day.ok(), qPrintable(day.error()));
        m_concluded = day->concluded;
        QCOMPARE(m_concluded.size(), 3);
    }

    void overdueAndDueSoonAreFlagged()
    {
        ui::ClerkPage page(*m_fixture->services, person(core::Role::Clerk));
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("deadlineTable"));
        QCOMPARE(table->rowCount(), 32);
        // Overdue first, marked.
        QCOMPARE(table->item(0, ui::ClerkPage::AcceptanceNo)->text(), QStringLiteral("JD2026-0006"));
        QVERIFY(table->item(0, ui::ClerkPage::DaysLeft)->text().contains(QLatin1Char('2')));
        QVERIFY(table->item(0, ui::ClerkPage::Name)->background() != QBrush());
        const int concluded = rowOf(table, m_concluded.constFirst());
        QCOMPARE(table->item(concluded, ui::ClerkPage::ConcludedOn)->text(), QStringLiteral("2026-11-23"));
        QCOMPARE(table->item(concluded, ui::ClerkPage::Due)->text(), QStringLiteral("2026-12-08"));
        auto *summary = page.findChild<QLabel *>(QStringLiteral("deadlineSummary"));
        // Overdue, due soon, awaiting delivery: JD2026-0006; four within 7 days; the three concluded.
        QStringList counts;
        for (const auto &match : QRegularExpression(QStringLiteral("\\d+")).globalMatch(summary->text()))
            counts << match.captured();
        QCOMPARE(counts, (QStringList{QStringLiteral("1"), QStringLiteral("4"), QStringLiteral("3")}));
        // "Needs attention" keeps only what is overdue or due soon.
        page.findChild<QComboBox *>(QStringLiteral("deadlineFilter"))->setCurrentIndex(0);
        QVERIFY(table->rowCount() >= 1 && table->rowCount() < 32);
        for (int row = 0; row < table->rowCount(); ++row)
            QVERIFY(table->item(row, ui::ClerkPage::Name)->background() != QBrush());
        // Only the admin extends limits.
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("extendLimit")));
    }

    void batchPdfHoldsConclusionsAndOpinionSheets()
    {
        ui::ClerkPage page(*m_fixture->services, person(core::Role::Clerk));
        page.resize(1280, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("deadlineTable"));
        auto *save = page.findChild<QPushButton *>(QStringLiteral("savePdf"));
        auto *message = page.findChild<QLabel *>(QStringLiteral("clerkMessage"));
        select(table, {QStringLiteral("JD2026-0006")}); // not concluded
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(message->property("problem").toBool());

        select(table, m_concluded);
        QDir().mkpath(QStringLiteral(SCREENSHOT_DIR));
        page.grab().save(QStringLiteral(SCREENSHOT_DIR "/clerk-page.png"));
        const QString pdf = m_fixture->dir.filePath(QStringLiteral("batch.pdf"));
        bool answered = false;
        answerSaveDialog(QStringLiteral("savePdfDialog"), pdf, &answered);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(answered);
        QVERIFY2(!message->property("problem").toBool(), qPrintable(message->text()));
        QVERIFY2(QFile::exists(pdf), qPrintable(message->text()));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY(info.waitForFinished(30000));
        // Per case: the conclusion and the two experts' opinion sheets, each on its own page.
        QVERIFY2(QString::fromUtf8(info.readAllStandardOutput())
                     .contains(QRegularExpression(QStringLiteral("Pages:\\s+9\\b"))),
                 "expected 9 pages");
        const QString content = pdfText(pdf);
        for (const QString &acceptanceNo : std::as_const(m_concluded))
            QCOMPARE(content.count(acceptanceNo), 3);
        QCOMPARE(content.count(QStringLiteral("劳动能力鉴定结论书")), 3);
        QCOMPARE(content.count(QStringLiteral("专家鉴定意见表")), 6);
        QVERIFY(!content.contains(store::CaseRepository(*m_fixture->database)
                                      .find(m_concluded.constFirst())
                                      ->data.person.idNumber));
        QProcess::execute(QStringLiteral("pdftoppm"),
                          {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                           QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                           QStringLiteral("2"), pdf, QStringLiteral(SCREENSHOT_DIR "/batch")});
    }

    void previewShowsEveryPageBeforePrinting()
    {
        ui::ClerkPage page(*m_fixture->services, person(core::Role::Clerk));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        select(page.findChild<QTableWidget *>(QStringLiteral("deadlineTable")), {m_concluded.constFirst()});
        bool shown = false;
        QTimer::singleShot(200, this, [&] {
            auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->objectName(), QStringLiteral("batchPreview"));
            QVERIFY(dialog->windowTitle().contains(m_concluded.constFirst()));
            auto *pages = dialog->findChild<QPrintPreviewWidget *>();
            QVERIFY(pages);
            QTRY_COMPARE(pages->pageCount(), 3); // the conclusion and two opinion sheets
            shown = true;
            dialog->reject();
        });
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("previewPrint")), Qt::LeftButton);
        QVERIFY(shown);
    }

    // From the keyboard, as the clerk's day goes: the page opens in the list, Ctrl+E exports the
    // EMS list, ↓ and Ctrl+D record a delivery (F1 lists the keys).
    void emsListAndDelivery()
    {
        ui::ClerkPage page(*m_fixture->services, person(core::Role::Clerk));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.setFocus();
        auto *list = page.findChild<QTableWidget *>(QStringLiteral("deadlineTable"));
        QCOMPARE(QApplication::focusWidget(), list);
        QStringList listed;
        for (const auto &[key, what] : ui::ShortcutHelp(page).keys())
            listed << key;
        for (const QKeySequence &key :
             {QKeySequence(Qt::CTRL | Qt::Key_P), QKeySequence(Qt::CTRL | Qt::Key_S),
              QKeySequence(Qt::CTRL | Qt::Key_D), QKeySequence(Qt::CTRL | Qt::Key_E),
              QKeySequence(Qt::Key_F5)})
            QVERIFY2(listed.contains(key.toString(QKeySequence::NativeText)),
                     qPrintable(listed.join(QLatin1Char(' '))));
        QVERIFY(!listed.contains(QKeySequence(Qt::CTRL | Qt::Key_T).toString(QKeySequence::NativeText)));

        const QString csv = m_fixture->dir.filePath(QStringLiteral("ems.csv"));
        bool answered = false;
        answerSaveDialog(QStringLiteral("exportEmsDialog"), csv, &answered);
        QTest::keyClick(list, Qt::Key_E, Qt::ControlModifier);
        QVERIFY(answered);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const core::CsvTable table = core::parseCsv(QString::fromUtf8(file.readAll()));
        QCOMPARE(table.header, deadlines::deliveryListColumns());
        QCOMPARE(table.rows.size(), 3);
        QCOMPARE(table.rows.constFirst().fields.at(8), QStringLiteral("劳动能力鉴定结论书"));

        const QString number = m_concluded.constFirst();
        page.activateWindow(); // after the file dialog
        QVERIFY(QTest::qWaitForWindowActive(&page));
        list->setFocus();
        list->setCurrentCell(rowOf(list, number) - 1, 0);
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(list->currentRow(), rowOf(list, number));
        bool recorded = false;
        QTimer::singleShot(100, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->objectName(), QStringLiteral("deliveryDialog"));
            auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmDelivery"));
            QTest::mouseClick(confirm, Qt::LeftButton); // EMS without a tracking number
            QVERIFY(dialog->isVisible());
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("dialogProblem"))->isVisible());
            dialog->findChild<QLineEdit *>(QStringLiteral("trackingNumber"))
                ->setText(QStringLiteral("EA123456789CN"));
            QTest::mouseClick(confirm, Qt::LeftButton);
            recorded = !dialog->isVisible();
        });
        QTest::keyClick(list, Qt::Key_D, Qt::ControlModifier);
        QVERIFY(recorded);
        QCOMPARE(rowOf(list, number), -1); // delivered: no longer open
        page.findChild<QComboBox *>(QStringLiteral("deadlineFilter"))->setCurrentIndex(2);
        QVERIFY(list->item(rowOf(list, number), ui::ClerkPage::Delivery)
                    ->text()
                    .contains(QStringLiteral("EA123456789CN")));
        QCOMPARE(deadlines::DeadlineService(*m_fixture->database).of(number)->dates.deliveredOn,
                 QDate(2026, 11, 23));
    }

    void theAdminExtendsALimitWithAReason()
    {
        ui::ClerkPage page(*m_fixture->services, person(core::Role::VenueAdmin));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("savePdf"))->isEnabled());
        auto *list = page.findChild<QTableWidget *>(QStringLiteral("deadlineTable"));
        select(list, {QStringLiteral("JD2026-0006")});
        bool extended = false;
        QTimer::singleShot(100, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->objectName(), QStringLiteral("extensionDialog"));
            auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmExtension"));
            QTest::mouseClick(confirm, Qt::LeftButton); // no reason
            QVERIFY(dialog->isVisible());
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("extensionReason"))
                ->setPlainText(QStringLiteral("需神经内科与骨科共同查体"));
            QTest::mouseClick(confirm, Qt::LeftButton);
            extended = !dialog->isVisible();
        });
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("extendLimit")), Qt::LeftButton);
        QVERIFY(extended);
        const int row = rowOf(list, QStringLiteral("JD2026-0006"));
        QVERIFY(list->item(row, ui::ClerkPage::Due)->text().startsWith(QStringLiteral("2026-12-21")));
        QVERIFY(
            list->item(row, ui::ClerkPage::Due)->text().contains(QStringLiteral("需神经内科与骨科共同查体")));
        QCOMPARE(list->item(row, ui::ClerkPage::Name)->background(), QBrush()); // on time again
    }

    // A venue with more open cases than one page: the most urgent page first, with the counts of
    // all of them, and "Show more" for the rest (the names are unsealed for the rows shown only).
    void aLongListShowsTheMostUrgentPageThenMore()
    {
        store::Database &db = *m_fixture->database;
        auto model = store::CaseRepository(db).find(QStringLiteral("JD2026-0001"));
        QVERIFY(model);
        QVERIFY(db.transaction([&]() -> core::Status {
                      for (int i = 0; i < deadlines::kListPageRows; ++i) {
                          core::Case extra = model->data;
                          extra.acceptanceNo = QStringLiteral("JD2026-8%1").arg(i, 3, 10, QLatin1Char('0'));
                          extra.acceptedOn = m_fixture->clock.today(); // 60 days left: the least urgent
                          if (core::Status saved = store::CaseRepository(db).save(extra); !saved)
                              return saved;
                      }
                      return {};
                  }).ok());
        const auto all = m_fixture->services->deadlines.overview();
        const int open = int(all.size());
        QVERIFY(open > deadlines::kListPageRows);
        ui::ClerkPage page(*m_fixture->services, person(core::Role::Clerk));
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("deadlineTable"));
        auto *more = page.findChild<QPushButton *>(QStringLiteral("showMoreDeadlines"));
        auto *shown = page.findChild<QLabel *>(QStringLiteral("deadlineShown"));
        QCOMPARE(table->rowCount(), deadlines::kListPageRows);
        for (int row = 0; row < table->rowCount(); ++row)
            QCOMPARE(table->item(row, ui::ClerkPage::AcceptanceNo)->text(), all.at(row).acceptanceNo);
        QVERIFY(!table->item(0, ui::ClerkPage::Name)->text().isEmpty());
        QVERIFY(!more->isHidden());
        QVERIFY(shown->text().contains(QString::number(open)));
        // The counts cover every open case, the page's rows or not: all the new ones are on time.
        auto *summary = page.findChild<QLabel *>(QStringLiteral("deadlineSummary"));
        const QString before = summary->text();
        QTest::mouseClick(more, Qt::LeftButton);
        QCOMPARE(table->rowCount(), open);
        QCOMPARE(summary->text(), before);
        QVERIFY(more->isHidden());
        QVERIFY(shown->isHidden());
        for (int row = 0; row < table->rowCount(); ++row)
            QVERIFY(!table->item(row, ui::ClerkPage::Name)->text().isEmpty());
    }
};

QTEST_MAIN(TestClerkPage)
#include "tst_clerkpage.moc"
