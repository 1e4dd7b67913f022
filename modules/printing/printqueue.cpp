#include "printqueue.h"

#include <QThread>
#include <QTimer>

#include <deque>

namespace printing {

// Lives on the queue's thread; everything here runs there.
class PrintWorker : public QObject
{
    Q_OBJECT
public:
    explicit PrintWorker(PrinterTarget target) : m_target(std::move(target)) {}

    void add(quint64 id, const QByteArray &bytes, const QString &description)
    {
        m_jobs.push_back({id, bytes, description});
        if (!m_retry || !m_retry->isActive())
            sendNext();
    }

    void retryNow()
    {
        if (m_retry)
            m_retry->stop();
        sendNext();
    }

    void setRetryDelays(int firstMs, int maxMs)
    {
        m_firstDelayMs = firstMs;
        m_maxDelayMs = maxMs;
    }

signals:
    void printed(quint64 job, const QString &summary, bool paperLow);
    void waiting(quint64 job, const QString &problem, bool paperOut);

private:
    struct Job {
        quint64 id;
        QByteArray bytes;
        QString description;
    };

    void sendNext()
    {
        while (!m_jobs.empty()) {
            const Job &job = m_jobs.front();
            // Once a printer has answered DLE EOT, ask it before each job: one that reports no paper
            // is not sent a job it would drop.
            const Delivery delivery = deliver(m_target, job.bytes, m_answersStatus);
            m_answersStatus = m_answersStatus || delivery.status.answered;
            if (!delivery.delivered) {
                emit waiting(job.id, delivery.error, delivery.status.paperOut);
                scheduleRetry();
                return;
            }
            m_failures = 0;
            emit printed(job.id, delivery.status.summary(), delivery.status.paperNearEnd);
            m_jobs.pop_front();
        }
    }

    void scheduleRetry()
    {
        if (!m_retry) {
            m_retry = new QTimer(this);
            m_retry->setSingleShot(true);
            connect(m_retry, &QTimer::timeout, this, &PrintWorker::sendNext);
        }
        const int shift = std::min(m_failures, 16);
        m_retry->start(int(std::min<qint64>(qint64(m_firstDelayMs) << shift, m_maxDelayMs)));
        ++m_failures;
    }

    PrinterTarget m_target;
    std::deque<Job> m_jobs;
    QTimer *m_retry = nullptr;
    int m_failures = 0;
    int m_firstDelayMs = 1000;
    int m_maxDelayMs = 30000;
    bool m_answersStatus = false;
};

PrintQueue::PrintQueue(PrinterTarget target, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_thread(new QThread(this))
    , m_worker(new PrintWorker(m_target))
{
    m_thread->setObjectName(QStringLiteral("printer ") + m_target.address);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &PrintWorker::printed, this, &PrintQueue::onPrinted);
    connect(m_worker, &PrintWorker::waiting, this, &PrintQueue::onWaiting);
    m_thread->start();
}

PrintQueue::~PrintQueue()
{
    m_thread->quit();
    m_thread->wait();
}

quint64 PrintQueue::enqueue(const QByteArray &job, const QString &description)
{
    const quint64 id = m_nextJob++;
    ++m_pending;
    emit pendingChanged(m_pending);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, job, description] { worker->add(id, job, description); });
    return id;
}

void PrintQueue::retryNow()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->retryNow(); });
}

void PrintQueue::setRetryDelays(int firstMs, int maxMs)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, firstMs, maxMs] { worker->setRetryDelays(firstMs, maxMs); });
}

void PrintQueue::onPrinted(quint64 job, const QString &summary, bool paperLow)
{
    m_pending = std::max(0, m_pending - 1);
    emit pendingChanged(m_pending);
    setState(PrinterState::Ready, paperLow ? summary : QString());
    emit jobPrinted(job, summary);
}

void PrintQueue::onWaiting(quint64 job, const QString &problem, bool paperOut)
{
    setState(paperOut ? PrinterState::PaperOut : PrinterState::Offline, problem);
    emit jobWaiting(job, problem);
}

void PrintQueue::setState(PrinterState state, const QString &problem)
{
    if (state == m_state && problem == m_problem)
        return;
    m_state = state;
    m_problem = problem;
    emit stateChanged(state, problem);
}

} // namespace printing

#include "printqueue.moc"
