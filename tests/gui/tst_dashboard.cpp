#include "statisticsperiod.h"
#include "testkey.h"

#include "accounts/accountservice.h"
#include "station/stationservices.h"
#include "ui/dashboardcard.h"
#include "ui/dashboardpage.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

QString tableText(const QTableWidget *table)
{
    QStringList lines;
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < table->columnCount(); ++column)
            cells << (table->item(row, column) ? table->item(row, column)->text() : QString());
        lines << cells.join(QLatin1Char('|'));
    }
    return lines.join(QLatin1Char('\n'));
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

// The dashboard page driven by objectName on a generated period with known answers (statisticsperiod.h):
// a range, the table behind a chart, CSV and PDF export, the clerk's anonymised view, 1366×768.
class TestDashboard : public QObject
{
    Q_OBJECT

    StatisticsPeriodStation m_period;
    std::unique_ptr<station::StationServices> m_station;
    routing::LocalCallAuthority *m_calls = nullptr;
    std::unique_ptr<ui::Services> m_services;

    // Answers the next save dialog with `path`, as a person types it.
    void answerSaveDialog(const QString &objectName, const QString &path)
    {
        QTimer::singleShot(100, this, [=] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->objectName(), objectName);
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->setText(path);
            static_cast<QDialog *>(dialog)->accept();
        });
    }

    static void chooseRange(ui::DashboardPage &page, const QDate &from, const QDate &to)
    {
        page.findChild<QDateEdit *>(QStringLiteral("dashboardTo"))->setDate(to);
        page.findChild<QDateEdit *>(QStringLiteral("dashboardFrom"))->setDate(from);
    }

private slots:
    void initTestCase()
    {
        const QString error = m_period.build();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The day of the first scenario, in the afternoon.
        m_period.clock.set(QDateTime(StatisticsPeriod::firstDay(), QTime(16, 0)));
        m_station = std::make_unique<station::StationServices>(*m_period.database);
        m_calls = &m_station->localCalls();
        m_services = std::make_unique<ui::Services>(*m_station);
    }

    void theAdminChoosesARangeAndReadsTheTable()
    {
        ui::DashboardPage page(*m_services, testSession(core::Role::VenueAdmin));
        page.resize(1182, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // The default range is this month so far: the first scenario's day only.
        auto *summary = page.findChild<QLabel *>(QStringLiteral("dashboardRangeSummary"));
        QVERIFY(summary->text().contains(QStringLiteral("1 arrived")));
        chooseRange(page, StatisticsPeriod::firstDay(), StatisticsPeriod::firstDay().addDays(27));
        QVERIFY2(summary->text().contains(QStringLiteral("4 arrived, 3 concluded, 1 no-shows")),
                 qPrintable(summary->text()));
        QVERIFY(summary->text().contains(QStringLiteral("p50 35 min / p90 50 min")));

        auto *toggle = page.findChild<QPushButton *>(QStringLiteral("gradesCardToggle"));
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("gradesCardTable"));
        QVERIFY(toggle && table);
        QVERIFY(!table->isVisible());
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(table->isVisible());
        QVERIFY2(tableText(table).contains(QStringLiteral("6|1\n7|2\n8|0")), qPrintable(tableText(table)));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(!table->isVisible());
        QVERIFY(page.findChild<QWidget *>(QStringLiteral("gradesCardChart"))->isVisible());

        // The experts by id and name; an examiner's agreement as it happened.
        const QString experts = tableText(page.findChild<QTableWidget *>(QStringLiteral("expertsCardTable")));
        const ScenarioOutcome same =
            m_period.period->outcomes().value(QStringLiteral("same grade, on time, delivered in time"));
        QVERIFY(experts.contains(same.examiners.first() + QLatin1Char('|')));
        QVERIFY(page.findChild<QTableWidget *>(QStringLiteral("expertsCardTable"))->columnCount() == 10);

        // A range the wrong way round says so and keeps the figures.
        page.findChild<QDateEdit *>(QStringLiteral("dashboardFrom"))
            ->setDate(StatisticsPeriod::firstDay().addDays(40));
        auto *message = page.findChild<QLabel *>(QStringLiteral("dashboardMessage"));
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("after the last")));
        QVERIFY(summary->text().contains(QStringLiteral("4 arrived")));
    }

    void csvAndPdfExports()
    {
        ui::DashboardPage page(*m_services, testSession(core::Role::VenueAdmin));
        page.resize(1182, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        chooseRange(page, StatisticsPeriod::firstDay(), StatisticsPeriod::firstDay().addDays(27));

        const QString csvPath = m_period.dir.filePath(QStringLiteral("limits.csv"));
        answerSaveDialog(QStringLiteral("dashboardCsvDialog"), csvPath);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("timeLimitsCardCsv")), Qt::LeftButton);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray content = csv.readAll();
        QVERIFY(content.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(QString::fromUtf8(content.mid(3)),
                 QStringLiteral("Time limit,Cases\r\nconcluded within 60 days,1\r\nwithin the extension,1\r\n"
                                "overdue,1\r\ndelivered within 15 days,1\r\ndelivered late,1\r\n"));
        // (The undelivered conclusion of the third day is not late yet: "today" is the first day here.)

        const QString pdfPath = m_period.dir.filePath(QStringLiteral("dashboard.pdf"));
        answerSaveDialog(QStringLiteral("dashboardPdfDialog"), pdfPath);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("dashboardExportPdf")),
                          Qt::LeftButton);
        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        const QString info = run(QStringLiteral("pdfinfo"), {pdfPath});
        QVERIFY2(info.contains(QStringLiteral("842 x 595")) || info.contains(QStringLiteral("841.89 x 595.")),
                 qPrintable(info)); // A4 landscape
        const QString text = run(QStringLiteral("pdftotext"), {pdfPath, QStringLiteral("-")});
        QVERIFY2(text.contains(QStringLiteral("Venue dashboard")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("4 arrived")));

        const QString pngPath = m_period.dir.filePath(QStringLiteral("dashboard.png"));
        QCOMPARE(page.exportPng(pngPath), QString());
        QImage png(pngPath);
        QVERIFY(!png.isNull());
        QVERIFY(png.height() > page.findChild<QWidget *>(QStringLiteral("dashboardScroll"))->height());
    }

    void theClerkSeesTheExpertsAnonymised()
    {
        ui::DashboardPage page(*m_services, testSession(core::Role::Clerk));
        page.show();
        chooseRange(page, StatisticsPeriod::firstDay(), StatisticsPeriod::firstDay().addDays(27));
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("expertsCardTable"));
        QCOMPARE(table->columnCount(), 9); // no name column
        const QString text = tableText(table);
        QVERIFY(text.startsWith(QStringLiteral("Expert 1|")));
        for (const char *id : {"E101", "E102", "E104", "E108", "E112"})
            QVERIFY2(!text.contains(QLatin1String(id)), id);
        QVERIFY(!page.findChild<ui::DashboardCard *>(QStringLiteral("expertsCard"))
                     ->csv()
                     .contains(QStringLiteral("E1")));
    }

    void itFitsTheSmallScreen()
    {
        accounts::Session admin = testSession(core::Role::VenueAdmin);
        admin.account.displayName = QStringLiteral("管理员");
        ui::MainWindow window(*m_services, admin);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(QStringLiteral("dashboardPage"));
        auto *page = window.findChild<ui::DashboardPage *>();
        QVERIFY(page && page->isVisible());
        QVERIFY(page->minimumSizeHint().width() <= page->width());
        // The controls stay in view; only the chart grid scrolls.
        for (const char *name :
             {"dashboardFrom", "dashboardTo", "dashboardExportPdf", "dashboardExportPng"}) {
            auto *control = page->findChild<QWidget *>(QLatin1String(name));
            const QRect inPage(control->mapTo(page, QPoint()), control->size());
            QVERIFY2(page->rect().contains(inPage), name);
            QVERIFY2(!page->findChild<QScrollArea *>()->isAncestorOf(control), name);
        }
    }

    void todayFollowsTheCalls()
    {
        ui::DashboardPage page(*m_services, testSession(core::Role::VenueAdmin));
        page.show();
        auto *live = page.findChild<QLabel *>(QStringLiteral("dashboardLiveSummary"));
        QVERIFY(live->text().contains(QStringLiteral("1 arrived")));
        QVERIFY(live->text().contains(QStringLiteral("1 paused")) == false);
        // A room paused at the desk is a call event: the page shows it within its polling interval.
        const auto paused = m_calls->pause(testSession(core::Role::Expert, QStringLiteral("E103")),
                                           QStringLiteral("R3"), QStringLiteral("午休"));
        QVERIFY2(paused.ok(), qPrintable(paused.error()));
        QTRY_VERIFY_WITH_TIMEOUT(live->text().contains(QStringLiteral("1 paused")), 5000);
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
