#pragma once

#include "checkin/checkinservice.h"

#include "printing/printqueue.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace checkinprint {

// Where the front desk's tickets and receipt notices go. Printing never blocks the desk: a job is
// accepted at once and its outcome arrives later as jobPrinted, or as jobWaiting while the printer
// is offline or out of paper (the job stays queued and is retried until it prints).
class TicketOutput : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // The job's number, or why it could not even be prepared (unknown profile, no spool folder).
    virtual core::Result<quint64> printTicket(const checkin::CheckIn &checkIn, bool reprint) = 0;
    virtual core::Result<quint64> printReceipt(const checkin::CheckIn &checkIn) = 0;
    // The ticket printer's current problem ("printer offline: …"), empty when it is fine, and the
    // number of jobs still waiting for it.
    virtual QString printerProblem() const { return {}; }
    virtual int waitingJobs() const { return 0; }
    virtual void retryNow() {}

signals:
    void jobPrinted(quint64 job);
    void jobWaiting(quint64 job, const QString &problem);
    void printerChanged(); // problem or waiting count changed
};

// The station's printers as configured in its settings:
//   printer.ticket   "tcp:HOST[:PORT]" (ESC/POS network printer), a device or file path
//                    (/dev/usb/lp0), "system" / "system:NAME" (a system printer, 80 mm page,
//                    through QPrinter) or "pdf" (default: PDF files in <data dir>/spool)
//   printer.profile  ESC/POS profile, default 58mm-gb18030
//   printer.receipt  "pdf" (default: A4 PDFs in <data dir>/spool), "system" (the default system
//                    printer) or "system:NAME" (a named system printer, through QPrinter)
// Each ESC/POS printer has one queue that owns it. The spool holds only masked names and ID numbers,
// like every printout.
class ConfiguredTicketOutput final : public TicketOutput
{
    Q_OBJECT
public:
    ConfiguredTicketOutput(store::Database &database, QString dataDir, QObject *parent = nullptr);
    ~ConfiguredTicketOutput() override;

    core::Result<quint64> printTicket(const checkin::CheckIn &checkIn, bool reprint) override;
    core::Result<quint64> printReceipt(const checkin::CheckIn &checkIn) override;
    QString printerProblem() const override;
    int waitingJobs() const override;
    void retryNow() override;
    QString spoolDir() const;

    // For tests: pauses between retries of undelivered jobs.
    void setRetryDelays(int firstMs, int maxMs);

private:
    printing::PrintQueue &queueFor(const QString &address);
    core::Result<quint64> finishedAtOnce(const core::Status &written);

    store::Database &m_database;
    QString m_dataDir;
    quint64 m_nextJob = 1;
    int m_firstRetryMs = 1000;
    int m_maxRetryMs = 30000;
    QHash<QString, printing::PrintQueue *> m_queues;               // one owner per printer address
    QHash<QPair<printing::PrintQueue *, quint64>, quint64> m_jobs; // queue job -> our job
    printing::PrintQueue *m_ticketQueue = nullptr;                 // the one in use for tickets
};

} // namespace checkinprint
