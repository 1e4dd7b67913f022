#pragma once

#include "printerlink.h"

#include <QObject>

#include <memory>

class QThread;

namespace printing {

// What the desk shows about a printer.
enum class PrinterState { Ready, Offline, PaperOut };

class PrintWorker;

// The one owner of a printer: jobs go out one at a time, in order, on a thread of their own so a
// printer that does not answer never blocks the desk. A job that could not be delivered stays at the
// head of the queue and is retried with growing pauses (1 s, 2 s, 4 s … at most 30 s by default)
// until it goes through; the desk can also retry at once, e.g. after loading paper.
class PrintQueue : public QObject
{
    Q_OBJECT
public:
    explicit PrintQueue(PrinterTarget target, QObject *parent = nullptr);
    ~PrintQueue() override;

    // Queues a job and returns its number (never 0). "description" names it in messages.
    quint64 enqueue(const QByteArray &job, const QString &description);
    void retryNow();
    void setRetryDelays(int firstMs, int maxMs);

    QString address() const { return m_target.address; }
    PrinterState state() const { return m_state; }
    QString problem() const { return m_problem; } // empty when ready
    int pending() const { return m_pending; }

signals:
    void jobPrinted(quint64 job, const QString &summary);
    // The job could not be delivered this time; it stays queued and is retried.
    void jobWaiting(quint64 job, const QString &problem);
    void stateChanged(printing::PrinterState state, const QString &problem);
    void pendingChanged(int pending);

private:
    void onPrinted(quint64 job, const QString &summary, bool paperLow);
    void onWaiting(quint64 job, const QString &problem, bool paperOut);
    void setState(PrinterState state, const QString &problem);

    PrinterTarget m_target;
    QThread *m_thread = nullptr;
    PrintWorker *m_worker = nullptr;
    quint64 m_nextJob = 1;
    int m_pending = 0;
    PrinterState m_state = PrinterState::Ready;
    QString m_problem;
};

} // namespace printing
