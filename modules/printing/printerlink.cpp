#include "printerlink.h"

#include <QCoreApplication>
#include <QFile>
#include <QTcpSocket>

namespace printing {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("printing", text);
}

} // namespace

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

core::Result<PrinterStatus> sendToPrinter(const PrinterTarget &target, const QByteArray &job)
{
    if (!target.address.startsWith(QLatin1String("tcp:"))) {
        QFile device(target.address);
        // A device is written as it is; a file is replaced by the new job.
        const bool isDevice = target.address.startsWith(QLatin1String("/dev/"));
        if (!device.open(isDevice ? QIODevice::WriteOnly : (QIODevice::WriteOnly | QIODevice::Truncate)))
            return core::Status::failure(
                tr("Cannot open the printer %1: %2").arg(target.address, device.errorString()));
        if (device.write(job) != job.size() || !device.flush())
            return core::Status::failure(
                tr("Writing to the printer %1 failed: %2").arg(target.address, device.errorString()));
        return PrinterStatus{};
    }
    const QString hostPort = target.address.mid(4);
    const int colon = hostPort.lastIndexOf(QLatin1Char(':'));
    const QString host = colon > 0 ? hostPort.left(colon) : hostPort;
    bool ok = true;
    const int port = colon > 0 ? hostPort.mid(colon + 1).toInt(&ok) : 9100;
    if (!ok || port <= 0 || port > 65535 || host.isEmpty())
        return core::Status::failure(
            tr("\"%1\" is not a printer address; use tcp:HOST or tcp:HOST:PORT.").arg(target.address));

    QTcpSocket socket;
    socket.connectToHost(host, quint16(port));
    if (!socket.waitForConnected(target.connectTimeoutMs))
        return core::Status::failure(
            tr("printer offline: no connection to %1:%2 (%3)").arg(host).arg(port).arg(socket.errorString()));
    socket.write(job);
    while (socket.bytesToWrite() > 0)
        if (!socket.waitForBytesWritten(target.connectTimeoutMs))
            return core::Status::failure(tr("printer offline: the job to %1:%2 was not accepted (%3)")
                                             .arg(host)
                                             .arg(port)
                                             .arg(socket.errorString()));
    // DLE EOT 1 and DLE EOT 4: printers that support it answer one byte each.
    socket.write(QByteArray::fromHex("100401100404"));
    socket.waitForBytesWritten(target.statusTimeoutMs);
    QByteArray answer;
    while (answer.size() < 2 && socket.waitForReadyRead(target.statusTimeoutMs))
        answer += socket.readAll();
    socket.disconnectFromHost();
    if (answer.size() < 2)
        return PrinterStatus{};
    const PrinterStatus status = parseStatus(answer.at(0), answer.at(1));
    if (status.offline || status.paperOut)
        return core::Status::failure(status.summary());
    return status;
}

} // namespace printing
