#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace printing {

// What a printer said about itself after a job (ESC/POS DLE EOT), when it answers at all.
struct PrinterStatus {
    bool answered = false;
    bool offline = false;
    bool paperOut = false;
    bool paperNearEnd = false;
    QString summary() const; // translated, for the desk's status line
};

// Where ESC/POS bytes go: "tcp:HOST[:PORT]" (port 9100 by default), or a device or file path
// (/dev/usb/lp0, a spool file). One connection per job, so a printer that serves one client at
// a time is free again at once.
struct PrinterTarget {
    QString address;
    int connectTimeoutMs = 2000;
    int statusTimeoutMs = 500;
};

// The outcome of one attempt to hand a job to a printer.
struct Delivery {
    bool delivered = false; // the printer took the job and did not report a problem
    PrinterStatus status;   // what it said about itself, when it answers
    QString error;          // translated, when not delivered
};

// Sends one job; for a network printer also asks its status after the job, and before it when
// checkFirst is set (a printer known to answer), so a printer that says it is out of paper or
// offline is not sent a job it would drop.
Delivery deliver(const PrinterTarget &target, const QByteArray &job, bool checkFirst = false);

// Sends one job; for a network printer also asks its status. "Sent" is not "printed": a printer
// that reports paper out or offline makes this fail with that message.
core::Result<PrinterStatus> sendToPrinter(const PrinterTarget &target, const QByteArray &job);

// Asks a network printer (tcp:HOST[:PORT]) for its status without sending a job: the station
// health check. Fails when there is no connection; a printer that takes the connection but does
// not answer DLE EOT gives a status with `answered` false.
core::Result<PrinterStatus> queryStatus(const PrinterTarget &target);

// Parses the answers to DLE EOT 1 (printer status) and DLE EOT 4 (paper sensor).
PrinterStatus parseStatus(char printer, char paper);

} // namespace printing
