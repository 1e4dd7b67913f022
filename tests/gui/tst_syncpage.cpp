#include "guifixture.h"
#include "httpd/loopbackcertificate.h"

#include "demo/daysimulation.h"
#include "i18n/translations.h"
#include "store/outbox.h"
#include "ui/style.h"
#include "ui/syncpage.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

// The admin's sync page against a real appraisal-server over TLS: progress while uploading, the
// refused record set aside with its reason, the state line; in Chinese, as the venue sees it.
class TestSyncPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_serverDir;
    QProcess m_server;
    QString m_url;
    QString m_cert;

    static QString binary(const char *name)
    {
        return qEnvironmentVariable("APPRAISAL_BIN_DIR") + QLatin1Char('/') + QString::fromLatin1(name);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(i18n::install(*QCoreApplication::instance(), i18n::defaultLanguage()));
        ui::applyStationStyle(*qApp);
        m_cert = m_serverDir.filePath(QStringLiteral("cert.pem"));
        const QString key = m_serverDir.filePath(QStringLiteral("key.pem"));
        const core::Status made = httpd::makeLoopbackCertificate(m_serverDir.path());
        QVERIFY2(made, qPrintable(made.error()));
        QProcess token;
        token.start(binary("appraisal-server"),
                    {QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--data-dir"),
                     m_serverDir.path(), QStringLiteral("--station"), QStringLiteral("GZ-TH-01")});
        QVERIFY(token.waitForFinished(10000));
        qputenv("APPRAISAL_SYNC_TOKEN", token.readAllStandardOutput().trimmed());
        m_server.start(binary("appraisal-server"),
                       {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                        QStringLiteral("--data-dir"), m_serverDir.path(), QStringLiteral("--tls-cert"),
                        m_cert, QStringLiteral("--tls-key"), key});
        QVERIFY(m_server.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_server.canReadLine(), 10000);
        const auto match = QRegularExpression(QStringLiteral("(https://\\S+)"))
                               .match(QString::fromUtf8(m_server.readLine()));
        QVERIFY(match.hasMatch());
        m_url = match.captured(1);
    }

    void cleanupTestCase()
    {
        m_server.terminate();
        m_server.waitForFinished(10000);
    }

    void uploadsWithProgressAndSetsTheRefusedAside()
    {
        GuiFixture station;
        QVERIFY(station.setUp());
        QVERIFY(demo::simulateDay(*station.database, 2).ok());
        // One record the server will refuse: a second version that names no predecessor.
        QSqlQuery tamper(station.database->connection());
        QVERIFY(tamper.exec(QStringLiteral("UPDATE outbox SET version = 2, predecessor = NULL WHERE seq = "
                                           "(SELECT min(seq) FROM outbox WHERE type = 'audit')")));
        const qint64 total = store::Outbox(*station.database).counts().total;
        accounts::Session admin;
        admin.account.username = QStringLiteral("guanli");
        admin.account.role = core::Role::VenueAdmin;
        ui::SyncPage page(station.services->syncAdministration, station.sync, station.clock, admin);
        page.resize(1280, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        bool problem = false;
        QVERIFY(ui::syncStatusLine(centralsync::readSyncStatus(*station.database), false, &problem)
                    .contains(QString::number(total)));

        // Not set up yet: the page says so and sends nothing.
        auto *syncNow = page.findChild<QPushButton *>(QStringLiteral("syncNow"));
        QTest::mouseClick(syncNow, Qt::LeftButton);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("syncState"))->property("problem").toBool());
        QCOMPARE(store::Outbox(*station.database).counts().pending, total);

        page.findChild<QLineEdit *>(QStringLiteral("syncServer"))->setText(m_url);
        page.findChild<QLineEdit *>(QStringLiteral("syncCa"))->setText(m_cert);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("saveSyncSettings")), Qt::LeftButton);
        QCOMPARE(station.database->setting(store::settings::SyncServer), m_url);

        auto *progress = page.findChild<QProgressBar *>(QStringLiteral("syncProgress"));
        bool shot = false;
        connect(progress, &QProgressBar::valueChanged, this, [&](int value) {
            if (value > 0 && !shot) {
                shot = true;
                QDir().mkpath(QStringLiteral(SCREENSHOT_DIR));
                page.grab().save(QStringLiteral(SCREENSHOT_DIR "/sync-page-uploading.png"));
            }
        });
        QTest::mouseClick(syncNow, Qt::LeftButton);
        QVERIFY(!syncNow->isEnabled());
        QVERIFY(progress->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(syncNow->isEnabled(), 30000);
        QVERIFY(shot);
        QVERIFY(!progress->isVisible());
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("syncPending"))->text(), QStringLiteral("0"));
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("syncQuarantined"))->text(), QStringLiteral("1"));
        auto *list = page.findChild<QTableWidget *>(QStringLiteral("syncQuarantinedList"));
        QCOMPARE(list->rowCount(), 1);
        QVERIFY(list->item(0, 3)->text().contains(QStringLiteral("predecessor")));
        QCOMPARE(page.findChild<QTableWidget *>(QStringLiteral("syncPendingByType"))->rowCount(), 0);
        QVERIFY(
            page.findChild<QLabel *>(QStringLiteral("syncLastSuccess"))->text().contains(QLatin1Char(':')));
        const QString line =
            ui::syncStatusLine(centralsync::readSyncStatus(*station.database), false, &problem);
        QVERIFY(!problem);
        page.grab().save(QStringLiteral(SCREENSHOT_DIR "/sync-page-done.png"));
    }
};

QTEST_MAIN(TestSyncPage)
#include "tst_syncpage.moc"
