#include "printerlink.h"

#include "documenttext.h"

#include <QCoreApplication>
#include <QFile>
#include <QTcpSocket>

#include <optional>

namespace printing {

QString PrinterStatus::summary() const
{
    if (!answered)
        return QCoreApplication::translate("printing", "sent (the printer does not report its status)");
    if (offline)
        return QCoreApplication::translate("printing", "printer offline");
    if (paperOut)
        return QCoreApplication::translate("printing", "out of paper");
    if (paperNearEnd)
        return QCoreApplication::translate("printing", "printed; paper is running low");
    return QCoreApplication::translate("printing", "printed");
}

PrinterStatus parseStatus(char printer, char paper)
{
    PrinterStatus status;
    status.answered = true;
    status.offline = (uchar(printer) & 0x08) != 0;
    status.paperNearEnd = (uchar(paper) & 0x0c) != 0;
    status.paperOut = (uchar(paper) & 0x60) != 0;
    return status;
}

namespace {

Delivery failed(const QString &error, PrinterStatus status = {})
{
    Delivery delivery;
    delivery.error = error;
    delivery.status = status;
    return delivery;
}

// DLE EOT 1 and DLE EOT 4: printers that support it answer one byte each.
std::optional<PrinterStatus> askStatus(QTcpSocket &socket, int timeoutMs)
{
    socket.write(QByteArray::fromHex("100401100404"));
    socket.waitForBytesWritten(timeoutMs);
    QByteArray answer;
    while (answer.size() < 2 && socket.waitForReadyRead(timeoutMs))
        answer += socket.readAll();
    if (answer.size() < 2)
        return std::nullopt;
    return parseStatus(answer.at(0), answer.at(1));
}

Delivery deliverToFile(const PrinterTarget &target, const QByteArray &job)
{
    QFile device(target.address);
    // A device is written as it is; a file is replaced by the new job.
    const bool isDevice = target.address.startsWith(QLatin1String("/dev/"));
    if (!device.open(isDevice ? QIODevice::WriteOnly : (QIODevice::WriteOnly | QIODevice::Truncate)))
        return failed(tr("printer offline: cannot open %1 (%2)").arg(target.address, device.errorString()));
    if (device.write(job) != job.size() || !device.flush())
        return failed(
            tr("printer offline: writing to %1 failed (%2)").arg(target.address, device.errorString()));
    Delivery delivery;
    delivery.delivered = true;
    return delivery;
}

} // namespace

Delivery deliver(const PrinterTarget &target, const QByteArray &job, bool checkFirst)
{
    if (!target.address.startsWith(QLatin1String("tcp:")))
        return deliverToFile(target, job);
    const QString hostPort = target.address.mid(4);
    const int colon = hostPort.lastIndexOf(QLatin1Char(':'));
    const QString host = colon > 0 ? hostPort.left(colon) : hostPort;
    bool ok = true;
    const int port = colon > 0 ? hostPort.mid(colon + 1).toInt(&ok) : 9100;
    if (!ok || port <= 0 || port > 65535 || host.isEmpty())
        return failed(
            tr("\"%1\" is not a printer address; use tcp:HOST or tcp:HOST:PORT.").arg(target.address));

    QTcpSocket socket;
    socket.connectToHost(host, quint16(port));
    if (!socket.waitForConnected(target.connectTimeoutMs))
        return failed(
            tr("printer offline: no connection to %1:%2 (%3)").arg(host).arg(port).arg(socket.errorString()));
    if (checkFirst) {
        if (const auto before = askStatus(socket, target.statusTimeoutMs);
            before && (before->offline || before->paperOut))
            return failed(before->summary(), *before);
    }
    socket.write(job);
    while (socket.bytesToWrite() > 0)
        if (!socket.waitForBytesWritten(target.connectTimeoutMs))
            return failed(tr("printer offline: the job to %1:%2 was not accepted (%3)")
                              .arg(host)
                              .arg(port)
                              .arg(socket.errorString()));
    const auto after = askStatus(socket, target.statusTimeoutMs);
    socket.disconnectFromHost();
    if (!after) {
        Delivery delivery;
        delivery.delivered = true;
        return delivery;
    }
    // Out of paper or offline right after the job: it cannot have printed whole.
    if (after->offline || after->paperOut)
        return failed(after->summary(), *after);
    Delivery delivery;
    delivery.delivered = true;
    delivery.status = *after;
    return delivery;
}

core::Result<PrinterStatus> queryStatus(const PrinterTarget &target)
{
    const QString hostPort = target.address.mid(4);
    const int colon = hostPort.lastIndexOf(QLatin1Char(':'));
    const QString host = colon > 0 ? hostPort.left(colon) : hostPort;
    bool ok = true;
    const int port = colon > 0 ? hostPort.mid(colon + 1).toInt(&ok) : 9100;
    if (!target.address.startsWith(QLatin1String("tcp:")) || !ok || port <= 0 || port > 65535 ||
        host.isEmpty())
        return core::Status::failure(
            tr("\"%1\" is not a printer address; use tcp:HOST or tcp:HOST:PORT.").arg(target.address));
    QTcpSocket socket;
    socket.connectToHost(host, quint16(port));
    if (!socket.waitForConnected(target.connectTimeoutMs))
        return core::Status::failure(
            tr("printer offline: no connection to %1:%2 (%3)").arg(host).arg(port).arg(socket.errorString()));
    const auto status = askStatus(socket, target.statusTimeoutMs);
    socket.disconnectFromHost();
    return status.value_or(PrinterStatus{}); // connected; a printer that does not report its status
}

core::Result<PrinterStatus> sendToPrinter(const PrinterTarget &target, const QByteArray &job)
{
    const Delivery delivery = deliver(target, job);
    if (!delivery.delivered)
        return core::Status::failure(delivery.error);
    return delivery.status;
}

} // namespace printing
