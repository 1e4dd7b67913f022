#include "settingstests.h"

#include "setupjoinpages.h"
#include "setupvenuepages.h"

#include "checkinprint/ticketoutput.h"
#include "identity/cardreader.h"

#include <QFile>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPointer>
#include <QSerialPort>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QWizard>

namespace ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ui", text); // the context lupdate gives this file
}

void say(QLabel *label, const QString &text, bool problem)
{
    showPageProblem(label, QString());
    label->setText(text);
    label->setProperty("problem", problem);
    label->show();
}

} // namespace

void testCardRead(const QString &port, const core::Clock &clock, QLabel *result)
{
    if (port.isEmpty()) {
        say(result, tr("No card reader port is set: choose the port the reader is plugged into."), true);
        return;
    }
    {
        // A port that cannot be opened is said at once: the reader itself would wait quietly for
        // it to be plugged in.
        QSerialPort probe(port);
        if (!probe.open(QIODevice::ReadWrite)) {
            say(result, tr("The reader on %1 does not answer: %2").arg(port, probe.errorString()), true);
            return;
        }
    }
    auto *reader = new identity::CardReader(port, clock, result);
    QPointer<QLabel> label(result);
    say(result, tr("Opening %1… put an ID card on the reader.").arg(port), false);
    QObject::connect(reader, &identity::CardReader::connectionChanged, result,
                     [label, port](bool connected, const QString &message) {
                         if (label)
                             say(label,
                                 connected ? tr("The reader on %1 answers; put an ID card on it.").arg(port)
                                           : tr("The reader on %1 does not answer: %2").arg(port, message),
                                 !connected);
                     });
    QObject::connect(reader, &identity::CardReader::cardRead, result,
                     [label, reader](const identity::CardData &) {
                         // The card's content is not shown here: this screen is not the desk.
                         if (label)
                             say(label, tr("A card was read. The reader works."), false);
                         reader->deleteLater();
                     });
    QObject::connect(reader, &identity::CardReader::readFailed, result, [label](const QString &message) {
        if (label)
            say(label, tr("A card was there but could not be read: %1").arg(message), true);
    });
    QTimer::singleShot(10000, reader, [label, reader, port] {
        if (label)
            say(label,
                tr("No card was read on %1 within 10 seconds: put an ID card on the reader and test again.")
                    .arg(port),
                true);
        reader->deleteLater();
    });
    reader->start();
}

void testPrint(const checkinprint::CheckInDocuments &documents, const core::Clock &clock, QLabel *result)
{
    checkinprint::TicketOutput *printers = documents.newTicketOutput(result);
    checkin::CheckIn sample;
    sample.ticket.label = QStringLiteral("T000");
    sample.ticket.lane = QString::fromLatin1(core::kNormalLane);
    sample.ticket.serviceDay = clock.today();
    sample.ticket.issuedAt = clock.now();
    sample.lane.name = tr("Test");
    const auto job = printers->printTicket(sample, false);
    if (!job) {
        say(result, job.error(), true);
        printers->deleteLater();
        return;
    }
    QPointer<QLabel> label(result);
    say(result, tr("Test ticket sent; waiting for the printer…"), false);
    QObject::connect(printers, &checkinprint::TicketOutput::jobPrinted, result, [label, printers](quint64) {
        if (label)
            say(label, tr("The printer took the test ticket."), false);
        printers->deleteLater();
    });
    QObject::connect(printers, &checkinprint::TicketOutput::jobWaiting, result,
                     [label, printers](quint64, const QString &problem) {
                         if (label)
                             say(label, tr("The printer did not take the test ticket: %1").arg(problem),
                                 true);
                         printers->deleteLater();
                     });
}

void testAnnouncement(announce::AnnouncementQueue *announcements, QLabel *result)
{
    if (!announcements) {
        say(result, tr("This station has no hall voice (screen only)."), true);
        return;
    }
    announce::Announcement call;
    call.ticket = QStringLiteral("A001");
    call.roomName = tr("Test room");
    announcements->enqueue(call);
    say(result, tr("A test call for A001 is spoken through %1.").arg(announcements->engineName()), false);
}

void testConnection(const QUrl &server, const QString &caFile, QLabel *result)
{
    if (!server.isValid() || server.scheme() != QLatin1String("https")) {
        say(result, tr("Type the server address first, starting with https://."), true);
        return;
    }
    auto *network = new QNetworkAccessManager(result);
    network->setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(server.resolved(QUrl(QStringLiteral("/api/v1/health"))));
    request.setTransferTimeout(10000);
    if (!caFile.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(caFile);
        if (cas.isEmpty()) {
            say(result, tr("The CA file %1 holds no certificate.").arg(caFile), true);
            network->deleteLater();
            return;
        }
        tls.addCaCertificates(cas);
        request.setSslConfiguration(tls);
    }
    say(result, tr("Asking %1…").arg(server.toString()), false);
    QNetworkReply *reply = network->get(request);
    QPointer<QLabel> label(result);
    QObject::connect(reply, &QNetworkReply::finished, network, [label, reply, network] {
        if (label) {
            if (reply->error() == QNetworkReply::NoError)
                say(label,
                    tr("The central server answers (HTTP %1).")
                        .arg(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()),
                    false);
            else
                say(label, tr("No answer from the central server: %1").arg(reply->errorString()), true);
        }
        network->deleteLater();
    });
}

QString enrolAtHub(station::StationSettings &settings, const accounts::Session &session, QWidget *parent)
{
    SetupPlan plan;
    QWizard wizard(parent);
    wizard.setObjectName(QStringLiteral("enrolWizard"));
    wizard.setWindowTitle(tr("Enrol at a venue hub"));
    wizard.addPage(new SetupHubPage(plan, &wizard));
    wizard.resize(820, 560);
    if (wizard.exec() != QDialog::Accepted)
        return {};
    const core::Status saved = settings.keepHubEnrolment(plan.enrolment, session.account.username);
    if (!saved)
        return saved.error();
    return tr("Enrolled at %1 as %2. Restart the station to work through the hub.")
        .arg(plan.enrolment.streamUrl.toString(), plan.enrolment.station);
}

} // namespace ui
