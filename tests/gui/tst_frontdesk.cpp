#include "guifixture.h"

#include "checkinprint/ticketoutput.h"
#include "identity/samsimulator.h"
#include "store/caserepository.h"
#include "ui/checkinpanel.h"
#include "ui/frontdeskpage.h"
#include "ui/rostermodel.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace {

// Records what the desk sent to its printer; the real outputs are tested in tests/checkin and
// tests/printing. Jobs report back later, like the real queues do.
struct RecordingOutput : checkinprint::TicketOutput {
    QStringList jobs;
    QString failWith; // refuse jobs at once
    QString offline;  // accept jobs but hold them, as an offline printer's queue does
    QList<quint64> held;
    quint64 next = 1;

    core::Result<quint64> printTicket(const checkin::CheckIn &checkIn, bool reprint) override
    {
        if (!failWith.isEmpty())
            return core::Result<quint64>::failure(failWith);
        jobs << (reprint ? QStringLiteral("reprint ") : QStringLiteral("ticket ")) + checkIn.ticket.label;
        return accept();
    }
    core::Result<quint64> printReceipt(const checkin::CheckIn &checkIn) override
    {
        jobs << QStringLiteral("receipt ") + checkIn.record.data.acceptanceNo;
        const quint64 job = next++;
        QTimer::singleShot(0, this, [this, job] { emit jobPrinted(job); });
        return job;
    }
    QString printerProblem() const override { return offline; }
    int waitingJobs() const override { return int(held.size()); }
    void retryNow() override
    {
        offline.clear();
        for (const quint64 job : std::exchange(held, {}))
            emit jobPrinted(job);
        emit printerChanged();
    }

private:
    core::Result<quint64> accept()
    {
        const quint64 job = next++;
        if (!offline.isEmpty()) {
            held << job;
            QTimer::singleShot(0, this, [this, job] {
                emit jobWaiting(job, offline);
                emit printerChanged();
            });
        } else {
            QTimer::singleShot(0, this, [this, job] { emit jobPrinted(job); });
        }
        return job;
    }
};

} // namespace

// The front desk driven from the keyboard, as the staff use it.
class TestFrontDesk : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiFixture> m_fixture; // a fresh station for every test
    RecordingOutput m_output;
    std::unique_ptr<ui::FrontDeskPage> m_page;
    accounts::Session m_session;

    QLineEdit *input() const { return m_page->findChild<QLineEdit *>(QStringLiteral("checkInInput")); }
    QString text(const char *name) const
    {
        return m_page->findChild<QLabel *>(QString::fromLatin1(name))->text();
    }
    void type(const QString &keys)
    {
        input()->clear();
        QTest::keyClicks(input(), keys);
        QTest::keyClick(input(), Qt::Key_Return);
    }
    QString rosterCell(const QString &acceptanceNo, int column) const
    {
        const auto *view = m_page->findChild<QTableView *>(QStringLiteral("rosterView"));
        for (int row = 0; row < view->model()->rowCount(); ++row)
            if (view->model()->index(row, ui::RosterModel::AcceptanceNo).data().toString() == acceptanceNo)
                return view->model()->index(row, column).data().toString();
        return {};
    }

private slots:
    void init()
    {
        m_page.reset();
        m_fixture = std::make_unique<GuiFixture>();
        QVERIFY(m_fixture->setUp());
        m_fixture->services->tickets = &m_output;
        m_output.jobs.clear();
        const auto credentials = GuiFixture::demoAccounts().value(QStringLiteral("front_desk"));
        const auto session = m_fixture->accounts->authenticate(credentials.first, credentials.second);
        QVERIFY(session.ok());
        m_session = session.value();
        m_page = std::make_unique<ui::FrontDeskPage>(
            *m_fixture->services, m_session,
            administration::VenueDirectory(*m_fixture->database).stationInfo());
        m_page->resize(1280, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        input()->setFocus();
    }

    void cleanup() { m_page.reset(); }

    // What the desk reads of each person: where they are, not the case's inner step.
    void statusSaysWhereThePersonIs_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("status");
        using S = core::CaseState;
        const auto row = [](S state, const char *status) {
            QTest::newRow(qPrintable(core::toKey(state))) << int(state) << ui::RosterModel::tr(status);
        };
        row(S::Registered, "Not arrived");
        row(S::CheckedIn, "Waiting");
        row(S::WaitingExam1, "Waiting");
        row(S::Exam1, "In exam");
        row(S::WaitingExam2, "Waiting");
        row(S::Exam2, "In exam");
        row(S::WaitingReview, "Examined, in review");
        row(S::Review, "Examined, in review");
        row(S::Concluded, "Done");
        row(S::SignedOut, "Signed out");
    }

    void statusSaysWhereThePersonIs()
    {
        QFETCH(int, state);
        QFETCH(QString, status);
        QCOMPARE(ui::frontDeskStatus(core::CaseState(state)), status);
    }

    void typedIdNumberChecksInAndPrints()
    {
        QTest::keyClicks(input(), QStringLiteral("44010619861120077"));
        QVERIFY(text("inputHint").contains(QStringLiteral("17")));
        QTest::keyClicks(input(), QStringLiteral("6"));
        QVERIFY2(text("inputHint").startsWith(QStringLiteral("Valid")), qPrintable(text("inputHint")));
        QTest::keyClick(input(), Qt::Key_Return);
        QCOMPARE(text("ticketLabel"), QStringLiteral("A001"));
        QVERIFY(text("personName").contains(QStringLiteral("4401**********0776")));
        QVERIFY(text("caseDetails").contains(QStringLiteral("JD2026-0001")));
        QCOMPARE(m_output.jobs,
                 (QStringList{QStringLiteral("ticket A001"), QStringLiteral("receipt JD2026-0001")}));
        QVERIFY(input()->text().isEmpty()); // ready for the next person
        QCOMPARE(rosterCell(QStringLiteral("JD2026-0001"), ui::RosterModel::Ticket), QStringLiteral("A001"));
        QCOMPARE(rosterCell(QStringLiteral("JD2026-0001"), ui::RosterModel::Status),
                 ui::RosterModel::tr("Waiting"));
        QTRY_VERIFY(text("checkInMessage").contains(QStringLiteral("printed")));
        QCOMPARE(store::TicketRepository(*m_fixture->database)
                     .forCase(m_fixture->clock.today(), QStringLiteral("JD2026-0001"))
                     ->prints,
                 1); // the ticket once; the receipt notice is audited, not counted as a ticket
        QCOMPARE(text("printerStatus"), ui::FrontDeskPage::tr("Ticket printer: ready."));
    }

    // The printer is off: the person is checked in, the desk says so plainly, the page shows the
    // printer's state, and "retry" prints the held ticket, which only then counts as printed.
    void offlinePrinterKeepsTheCheckInAndPrintsLater()
    {
        m_output.offline = QStringLiteral("printer offline: no connection to 10.0.0.9:9100");
        type(QStringLiteral("440106198611200776"));
        QCOMPARE(text("ticketLabel"), QStringLiteral("A001"));
        const auto *message = m_page->findChild<QLabel *>(QStringLiteral("checkInMessage"));
        QTRY_VERIFY(message->text().contains(QStringLiteral("printer offline")));
        QVERIFY(message->property("problem").toBool());
        QVERIFY(message->text().contains(QStringLiteral("A001")));
        const auto *status = m_page->findChild<QLabel *>(QStringLiteral("printerStatus"));
        QTRY_VERIFY(status->property("problem").toBool());
        QVERIFY(status->text().contains(QStringLiteral("10.0.0.9")));
        auto *retry = m_page->findChild<QPushButton *>(QStringLiteral("retryPrintButton"));
        QVERIFY(retry->isVisible());
        const auto ticket = [&] {
            return store::TicketRepository(*m_fixture->database)
                .forCase(m_fixture->clock.today(), QStringLiteral("JD2026-0001"));
        };
        QCOMPARE(ticket()->prints, 0);
        QCOMPARE(store::CaseRepository(*m_fixture->database).find(QStringLiteral("JD2026-0001"))->state,
                 core::CaseState::WaitingExam1);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE(ticket()->prints, 1);
        QVERIFY(!status->property("problem").toBool());
        QVERIFY(!retry->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("printed")));
    }

    // A social-security card reader in keyboard mode types card number, social-security number and
    // name; the desk finds the person by the social-security number.
    void socialSecurityCardDataChecksIn()
    {
        QTest::keyClicks(input(), QStringLiteral("A12345678|440106198611200776|"));
        QVERIFY2(text("inputHint").contains(QStringLiteral("4401**********0776")),
                 qPrintable(text("inputHint")));
        QTest::keyClick(input(), Qt::Key_Return);
        QCOMPARE(text("ticketLabel"), QStringLiteral("A001"));
    }

    void previewsForAnySystemPrinter_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<QString>("dialogName");
        QTest::addColumn<QString>("title");
        QTest::newRow("F6 receipt notice")
            << int(Qt::Key_F6) << int(Qt::NoModifier) << QStringLiteral("receiptPreview")
            << QStringLiteral("JD2026-0001");
        QTest::newRow("Shift+F6 ticket") << int(Qt::Key_F6) << int(Qt::ShiftModifier)
                                         << QStringLiteral("ticketPreview") << QStringLiteral("A001");
    }

    void previewsForAnySystemPrinter()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        QFETCH(QString, dialogName);
        QFETCH(QString, title);
        auto *preview = m_page->findChild<QPushButton *>(QStringLiteral("previewButton"));
        QVERIFY(!preview->isEnabled());
        type(QStringLiteral("440106198611200776"));
        QVERIFY(preview->isEnabled());
        bool shown = false;
        QTimer::singleShot(200, this, [&] {
            auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->objectName(), dialogName);
            QVERIFY(dialog->windowTitle().contains(title));
            auto *pages = dialog->findChild<QPrintPreviewWidget *>();
            QVERIFY(pages);
            QTRY_VERIFY(pages->pageCount() >= 1);
            dialog->resize(900, 1000);
            QDir().mkpath(QStringLiteral(SCREENSHOT_DIR));
            dialog->grab().save(QStringLiteral(SCREENSHOT_DIR "/") + dialogName + QStringLiteral(".png"));
            shown = true;
            dialog->reject();
        });
        QTest::keyClick(input(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        QVERIFY(shown);
    }

    void f8SignsOutWithAReason()
    {
        type(QStringLiteral("440106198611200776"));
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmSignOut")),
                              Qt::LeftButton);
            QVERIFY(dialog->isVisible()); // no ending chosen yet
            dialog->findChild<QRadioButton *>(QStringLiteral("ending_withdrawn"))->setChecked(true);
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("signOutReason"))
                ->setPlainText(QStringLiteral("feels unwell"));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmSignOut")),
                              Qt::LeftButton);
            answered = true;
        });
        QTest::keyClick(input(), Qt::Key_F8);
        QVERIFY(answered);
        QCOMPARE(store::CaseRepository(*m_fixture->database).find(QStringLiteral("JD2026-0001"))->state,
                 core::CaseState::Withdrawn);
        QCOMPARE(rosterCell(QStringLiteral("JD2026-0001"), ui::RosterModel::Status),
                 core::displayName(core::CaseState::Withdrawn));
    }

    // The real read path: simulator on a pty → CardReader → the page; Enter checks in.
    void cardOnTheReaderFillsThePage()
    {
        identity::SamSimulator simulator;
        const auto port = simulator.plug();
        QVERIFY(port.ok());
        identity::CardReader reader(port.value(), m_fixture->clock, {50, 500, 100});
        m_fixture->services->cardReader = &reader;
        qputenv("APPRAISAL_WLT_LIBRARY", FAKE_WLT_LIBRARY);
        m_page = std::make_unique<ui::FrontDeskPage>(
            *m_fixture->services, m_session,
            administration::VenueDirectory(*m_fixture->database).stationInfo());
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QTRY_VERIFY(text("readerStatus").contains(port.value()));
        identity::CardData card;
        card.name = QStringLiteral("孙洋");
        card.idNumber = QStringLiteral("440306197812236050");
        card.birthDate = QDate(1978, 12, 23);
        card.nation = QStringLiteral("汉");
        card.validFrom = QDate(2010, 1, 1);
        card.validTo = QDate(2020, 1, 1); // expired
        simulator.placeCard(card);
        QTRY_COMPARE(input()->text(), card.idNumber);
        QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("checkInMessage"))->property("problem").toBool());
        // The photo went through the (stand-in) vendor decoder and is on screen.
        const QPixmap photo = m_page->findChild<QLabel *>(QStringLiteral("photoLabel"))->pixmap();
        QVERIFY(!photo.isNull());
        QCOMPARE(photo.height(), 126);
        QTest::keyClick(input(), Qt::Key_Return);
        QCOMPARE(text("ticketLabel"), QStringLiteral("A001"));
        m_page->hide(); // polling stops with the page
        QTRY_COMPARE(reader.state(), identity::CardReader::State::Stopped);
        m_page.reset();
        m_fixture->services->cardReader = nullptr;
    }

    void cardReadFillsTheInputAndWarnsOfAnExpiredCard()
    {
        m_page->checkInPanel()->present({QStringLiteral("440106198611200776"), QStringLiteral("罗超"),
                                         QImage(), QStringLiteral("Photo not decodable"), true});
        QCOMPARE(input()->text(), QStringLiteral("440106198611200776"));
        QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("checkInMessage"))->property("problem").toBool());
        QCOMPARE(text("photoLabel"), QStringLiteral("Photo not decodable"));
        QTest::keyClick(input(), Qt::Key_Return);
        QCOMPARE(text("ticketLabel"), QStringLiteral("A001"));
    }
};

QTEST_MAIN(TestFrontDesk)
#include "tst_frontdesk.moc"
