#include "keystore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QThread>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>

namespace crypto {

namespace {

// QtKeychain jobs are asynchronous; the station needs the key before anything else can run.
template <typename Job> void runToEnd(Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

// How long another thread waits for the main thread to run its keychain job: longer than a D-Bus
// call's own time-out; a main thread that is itself waiting for that thread (at exit) never answers:
// interrupt it first.
constexpr auto kMainThreadWait = std::chrono::seconds(30);

// QtKeychain is not thread-safe: every job reports to one queue object, on the thread of the first
// job (the main thread: the station reads its key there). A job run on another thread (the health
// monitor's probe) was named in queued calls to that queue after the job had been destroyed: a crash,
// at about one start in two once the login window came up before the key was read and the probe ran
// early. Off the main thread the job runs on the main thread, and the caller waits for its answer.
// `work` must not refer to the caller's objects: after a time-out it may still run.
template <typename Result> std::optional<Result> onMainThread(std::function<Result()> work)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() == app->thread())
        return work();
    struct Answer {
        std::mutex mutex;
        std::condition_variable given;
        std::optional<Result> result;
    };
    auto answer = std::make_shared<Answer>();
    QMetaObject::invokeMethod(
        app,
        [answer, work = std::move(work)] {
            Result result = work();
            const std::lock_guard lock(answer->mutex);
            answer->result = std::move(result);
            answer->given.notify_all();
        },
        Qt::QueuedConnection);
    // In slices, so that a thread asked to stop (the health monitor's probe at exit, while the main
    // thread waits for it and so cannot answer) gives up at once instead of holding the exit.
    const auto deadline = std::chrono::steady_clock::now() + kMainThreadWait;
    std::unique_lock lock(answer->mutex);
    while (!answer->result && std::chrono::steady_clock::now() < deadline &&
           !QThread::currentThread()->isInterruptionRequested())
        answer->given.wait_for(lock, std::chrono::milliseconds(50));
    return std::move(answer->result);
}

} // namespace

KeychainKeyStore::KeychainKeyStore(QString service, QString account)
    : m_service(std::move(service)), m_account(std::move(account))
{
}

KeyStore::Lookup KeychainKeyStore::load()
{
    std::optional<Lookup> answer =
        onMainThread<Lookup>([service = m_service, account = m_account] { return read(service, account); });
    if (answer)
        return std::move(*answer);
    Lookup failed;
    failed.error = tr("The system keychain did not answer.");
    return failed;
}

KeyStore::Lookup KeychainKeyStore::read(const QString &service, const QString &account)
{
    QKeychain::ReadPasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(account);
    runToEnd(job);
    Lookup lookup;
    if (job.error() == QKeychain::EntryNotFound) {
        lookup.outcome = Outcome::Missing;
        return lookup;
    }
    if (job.error() != QKeychain::NoError) {
        lookup.error = tr("The system keychain could not be read: %1").arg(job.errorString());
        return lookup;
    }
    lookup.key = DataKey::fromBytes(job.binaryData());
    if (!lookup.key) {
        lookup.error = tr("The keychain entry of this station is not a valid data key.");
        return lookup;
    }
    lookup.outcome = Outcome::Found;
    return lookup;
}

QString KeychainKeyStore::save(const DataKey &key)
{
    return onMainThread<QString>([service = m_service, account = m_account, bytes = key.bytes()] {
               QKeychain::WritePasswordJob job(service);
               job.setAutoDelete(false);
               job.setKey(account);
               job.setBinaryData(bytes);
               runToEnd(job);
               if (job.error() != QKeychain::NoError)
                   return tr("The data key could not be stored in the system keychain: %1")
                       .arg(job.errorString());
               return QString();
           })
        .value_or(tr("The system keychain did not answer."));
}

QString KeychainKeyStore::remove()
{
    return onMainThread<QString>([service = m_service, account = m_account] {
               QKeychain::DeletePasswordJob job(service);
               job.setAutoDelete(false);
               job.setKey(account);
               runToEnd(job);
               if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
                   return tr("The keychain entry could not be removed: %1").arg(job.errorString());
               return QString();
           })
        .value_or(tr("The system keychain did not answer."));
}

KeychainSecret::KeychainSecret(QString service, QString account)
    : m_service(std::move(service)), m_account(std::move(account))
{
}

QString KeychainSecret::load(QString *error) const
{
    struct Read {
        QString secret;
        QString error;
    };
    const Read read =
        onMainThread<Read>([service = m_service, account = m_account] {
            QKeychain::ReadPasswordJob job(service);
            job.setAutoDelete(false);
            job.setKey(account);
            runToEnd(job);
            if (job.error() == QKeychain::NoError)
                return Read{job.textData(), {}};
            if (job.error() == QKeychain::EntryNotFound)
                return Read{};
            return Read{{}, tr("The system keychain could not be read: %1").arg(job.errorString())};
        }).value_or(Read{{}, tr("The system keychain did not answer.")});
    if (error && !read.error.isEmpty())
        *error = read.error;
    return read.secret;
}

QString KeychainSecret::save(const QString &secret)
{
    return onMainThread<QString>([service = m_service, account = m_account, secret] {
               QKeychain::WritePasswordJob job(service);
               job.setAutoDelete(false);
               job.setKey(account);
               job.setTextData(secret);
               runToEnd(job);
               if (job.error() != QKeychain::NoError)
                   return tr("The secret could not be stored in the system keychain: %1")
                       .arg(job.errorString());
               return QString();
           })
        .value_or(tr("The system keychain did not answer."));
}

} // namespace crypto
