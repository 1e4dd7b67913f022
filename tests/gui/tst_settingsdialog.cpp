// The settings dialog's "test" buttons against real devices and servers on this machine: a card
// reader answering on a pseudo-terminal, a network ticket printer that is a TCP byte sink on
// loopback, and an HTTPS server on loopback with its own CA. Each button's result line is read
// back as the person would read it, for the working device and for one that is not there.
#include "guifixture.h"
#include "httpd/loopbackcertificate.h"

#include "../identity/testcard.h"

#include "httpd/server.h"
#include "httpd/tls.h"
#include "identity/samsimulator.h"
#include "ui/settingsdialog.h"
#include "ui/settingsfield.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

class TestSettingsDialog : public QObject
{
    Q_OBJECT

    GuiFixture m_station;
    accounts::Session m_admin;

    static void setText(ui::SettingField *field, const QString &text)
    {
        if (auto *combo = qobject_cast<QComboBox *>(field->editor()))
            combo->setCurrentText(text);
        else
            qobject_cast<QLineEdit *>(field->editor())->setText(text);
    }

    static QLabel *label(QWidget &dialog, const char *name)
    {
        return dialog.findChild<QLabel *>(QLatin1String(name));
    }

    static void press(QWidget &dialog, const char *name)
    {
        auto *button = dialog.findChild<QPushButton *>(QLatin1String(name));
        QVERIFY(button);
        button->click();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_station.setUp());
        const auto credentials = GuiFixture::demoAccounts().value(QStringLiteral("venue_admin"));
        m_admin = m_station.accounts->authenticate(credentials.first, credentials.second).value();
    }

    void testReadFindsTheCardOnAPtyReader()
    {
        identity::SamSimulator reader;
        const auto port = reader.plug();
        QVERIFY2(port.ok(), qPrintable(port.error()));
        reader.placeCard(testCard());
        ui::SettingsDialog dialog(*m_station.services, m_admin);
        auto *portField = dialog.field(store::settings::CardReaderPort);
        // Ports are listed, and one not plugged in yet can still be typed.
        QVERIFY(qobject_cast<QComboBox *>(portField->editor())->isEditable());
        setText(portField, port.value());
        press(dialog, "testCardReadButton");
        QLabel *result = label(dialog, "deviceTestResult");
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("A card was read")), 10000);
        QVERIFY(!result->property("problem").toBool());
        QVERIFY(!result->text().contains(testCard().name)); // nothing of the card on this screen
        QVERIFY(reader.commandsSeen() > 0);

        reader.unplug();
        setText(portField, QDir::temp().filePath(QStringLiteral("no-such-port")));
        press(dialog, "testCardReadButton");
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("does not answer")), 10000);
        QVERIFY(result->property("problem").toBool());
    }

    void testPrintReachesANetworkPrinter()
    {
        QTcpServer printer; // takes the bytes like a port-9100 printer, reports nothing back
        QVERIFY(printer.listen(QHostAddress::LocalHost, 0));
        QByteArray received;
        connect(&printer, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = printer.nextPendingConnection()) {
                socket->setParent(&printer);
                connect(socket, &QTcpSocket::readyRead, this,
                        [&received, socket] { received += socket->readAll(); });
            }
        });
        ui::SettingsDialog dialog(*m_station.services, m_admin);
        auto *ticket = dialog.field(store::settings::PrinterTicket);
        auto *choices = qobject_cast<QComboBox *>(ticket->editor());
        QVERIFY(choices && choices->isEditable()); // picked from a list, typed when not listed
        QVERIFY(choices->findText(QStringLiteral("pdf")) >= 0);
        QVERIFY(choices->findText(QStringLiteral("system")) >= 0);
        setText(ticket, QStringLiteral("tcp:127.0.0.1:%1").arg(printer.serverPort()));
        press(dialog, "testPrintButton"); // saves first, then prints
        QCOMPARE(m_station.database->setting(store::settings::PrinterTicket),
                 QStringLiteral("tcp:127.0.0.1:%1").arg(printer.serverPort()));
        QLabel *result = label(dialog, "deviceTestResult");
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("The printer took the test ticket")),
                                 15000);
        QVERIFY(received.startsWith("\x1b\x40")); // ESC @: an ESC/POS job began
        QVERIFY(received.contains("T000"));

        // The printer is switched off: the port refuses.
        const quint16 closed = printer.serverPort();
        printer.close();
        setText(ticket, QStringLiteral("tcp:127.0.0.1:%1").arg(closed));
        press(dialog, "testPrintButton");
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("did not take the test ticket")),
                                 15000);
        QVERIFY(result->property("problem").toBool());
        QVERIFY(m_station.database->setSetting(store::settings::PrinterTicket, QStringLiteral("pdf")).ok());
    }

    void testConnectionAsksTheServerWithItsCa()
    {
        QTemporaryDir files;
        const core::Status made = httpd::makeLoopbackCertificate(files.path());
        QVERIFY2(made, qPrintable(made.error()));
        QFile certFile(files.filePath(QStringLiteral("cert.pem")));
        QFile keyFile(files.filePath(QStringLiteral("key.pem")));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        const QSslCertificate certificate(&certFile, QSsl::Pem);
        const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
        httpd::Server server;
        server.setTlsConfiguration(httpd::strictServerConfiguration(certificate, key));
        server.addRoute({"GET", QStringLiteral("/api/v1/health"), false, {}, -1, [](const httpd::Request &) {
                             return httpd::Response::json(QJsonObject{{QStringLiteral("ok"), true}});
                         }});
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        ui::SettingsDialog dialog(*m_station.services, m_admin);
        setText(dialog.field(store::settings::SyncServer),
                QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort()));
        setText(dialog.field(store::settings::SyncCa), files.filePath(QStringLiteral("cert.pem")));
        press(dialog, "testConnectionButton");
        QLabel *result = label(dialog, "syncTestResult");
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("answers (HTTP 200)")), 15000);
        QVERIFY(!result->property("problem").toBool());

        // Without the venue's CA the certificate is not trusted: refused, and said so.
        setText(dialog.field(store::settings::SyncCa), QString());
        press(dialog, "testConnectionButton");
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("No answer from the central server")),
                                 15000);
        QVERIFY(result->property("problem").toBool());
        // Nobody listening.
        const quint16 port = server.serverPort();
        server.close();
        setText(dialog.field(store::settings::SyncCa), files.filePath(QStringLiteral("cert.pem")));
        setText(dialog.field(store::settings::SyncServer), QStringLiteral("https://127.0.0.1:%1").arg(port));
        press(dialog, "testConnectionButton");
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("No answer from the central server")),
                                 15000);
        // Not an https address: said before anything is sent.
        setText(dialog.field(store::settings::SyncServer), QStringLiteral("ftp://example.org"));
        press(dialog, "testConnectionButton");
        QVERIFY(result->text().contains(QStringLiteral("https://")));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
