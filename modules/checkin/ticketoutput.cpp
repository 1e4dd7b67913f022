#include "ticketoutput.h"

#include "documents.h"

#include "printing/escpos.h"
#include "printing/pdfdocuments.h"
#include "printing/systemprinter.h"

#include <QDir>
#include <QTimer>

namespace checkin {

ConfiguredTicketOutput::ConfiguredTicketOutput(store::Database &database, QString dataDir, QObject *parent)
    : TicketOutput(parent), m_database(database), m_dataDir(std::move(dataDir))
{
}

ConfiguredTicketOutput::~ConfiguredTicketOutput() = default;

QString ConfiguredTicketOutput::spoolDir() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("spool"));
}

void ConfiguredTicketOutput::setRetryDelays(int firstMs, int maxMs)
{
    m_firstRetryMs = firstMs;
    m_maxRetryMs = maxMs;
    for (printing::PrintQueue *queue : std::as_const(m_queues))
        queue->setRetryDelays(firstMs, maxMs);
}

printing::PrintQueue &ConfiguredTicketOutput::queueFor(const QString &address)
{
    if (printing::PrintQueue *existing = m_queues.value(address))
        return *existing;
    auto *queue = new printing::PrintQueue({address}, this);
    queue->setRetryDelays(m_firstRetryMs, m_maxRetryMs);
    connect(queue, &printing::PrintQueue::jobPrinted, this, [this, queue](quint64 queued) {
        if (const quint64 job = m_jobs.take({queue, queued}))
            emit jobPrinted(job);
    });
    connect(queue, &printing::PrintQueue::jobWaiting, this,
            [this, queue](quint64 queued, const QString &problem) {
                if (const quint64 job = m_jobs.value({queue, queued}))
                    emit jobWaiting(job, problem);
            });
    connect(queue, &printing::PrintQueue::stateChanged, this, &TicketOutput::printerChanged);
    connect(queue, &printing::PrintQueue::pendingChanged, this, &TicketOutput::printerChanged);
    m_queues.insert(address, queue);
    return *queue;
}

QString ConfiguredTicketOutput::printerProblem() const
{
    return m_ticketQueue && m_ticketQueue->state() != printing::PrinterState::Ready ? m_ticketQueue->problem()
                                                                                    : QString();
}

int ConfiguredTicketOutput::waitingJobs() const
{
    int waiting = 0;
    for (const printing::PrintQueue *queue : m_queues)
        waiting += queue->pending();
    return waiting;
}

void ConfiguredTicketOutput::retryNow()
{
    for (printing::PrintQueue *queue : std::as_const(m_queues))
        queue->retryNow();
}

// Files and system printers take a job at once; their outcome is still reported through the
// signals, after the caller has the job's number.
core::Result<quint64> ConfiguredTicketOutput::finishedAtOnce(const core::Status &written)
{
    if (!written)
        return core::Result<quint64>::failure(written.error());
    const quint64 job = m_nextJob++;
    QTimer::singleShot(0, this, [this, job] { emit jobPrinted(job); });
    return job;
}

core::Result<quint64> ConfiguredTicketOutput::printTicket(const CheckIn &checkIn, bool reprint)
{
    const printing::Ticket ticket = ticketDocument(m_database, checkIn, reprint);
    const QString target = m_database.setting(store::settings::PrinterTicket);
    if (target == QLatin1String("pdf")) {
        if (!QDir().mkpath(spoolDir()))
            return core::Result<quint64>::failure(tr("Cannot create the print folder %1.").arg(spoolDir()));
        const QString path =
            QDir(spoolDir())
                .filePath(QStringLiteral("ticket-%1-%2.pdf")
                              .arg(checkIn.ticket.label,
                                   m_database.clock().now().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"))));
        return finishedAtOnce(printing::writeTicketPdf(ticket, path));
    }
    if (target == QLatin1String("system") || target.startsWith(QLatin1String("system:")))
        return finishedAtOnce(
            printing::printTicketOnSystemPrinter(ticket, target.section(QLatin1Char(':'), 1)));
    const QString profileId = m_database.setting(store::settings::PrinterProfile);
    const auto profile = printing::profile(profileId);
    if (!profile)
        return core::Result<quint64>::failure(
            tr("The ticket printer profile \"%1\" is unknown; the venue admin sets printer.profile.")
                .arg(profileId));
    const auto bytes = printing::renderTicket(ticket, *profile);
    if (!bytes)
        return core::Result<quint64>::failure(bytes.error());
    printing::PrintQueue &queue = queueFor(target);
    m_ticketQueue = &queue;
    const quint64 job = m_nextJob++;
    m_jobs.insert({&queue, queue.enqueue(bytes.value(), checkIn.ticket.label)}, job);
    return job;
}

core::Result<quint64> ConfiguredTicketOutput::printReceipt(const CheckIn &checkIn)
{
    const QString target = m_database.setting(store::settings::PrinterReceipt);
    const printing::ReceiptNotice notice = receiptDocument(m_database, checkIn);
    if (target == QLatin1String("system") || target.startsWith(QLatin1String("system:")))
        return finishedAtOnce(
            printing::printReceiptOnSystemPrinter(notice, target.section(QLatin1Char(':'), 1)));
    if (!QDir().mkpath(spoolDir()))
        return core::Result<quint64>::failure(tr("Cannot create the print folder %1.").arg(spoolDir()));
    const QString path =
        QDir(spoolDir())
            .filePath(QStringLiteral("receipt-%1-%2.pdf")
                          .arg(checkIn.record.data.acceptanceNo,
                               m_database.clock().now().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    return finishedAtOnce(printing::writeReceiptPdf(notice, path));
}

} // namespace checkin
