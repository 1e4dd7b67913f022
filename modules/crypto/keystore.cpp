#include "keystore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>

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

} // namespace

KeychainKeyStore::KeychainKeyStore(QString service, QString account)
    : m_service(std::move(service)), m_account(std::move(account))
{
}

KeyStore::Lookup KeychainKeyStore::load()
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(m_account);
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
    QKeychain::WritePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(m_account);
    job.setBinaryData(key.bytes());
    runToEnd(job);
    if (job.error() != QKeychain::NoError)
        return tr("The data key could not be stored in the system keychain: %1").arg(job.errorString());
    return {};
}

QString KeychainKeyStore::remove()
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(m_account);
    runToEnd(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return tr("The keychain entry could not be removed: %1").arg(job.errorString());
    return {};
}

KeychainSecret::KeychainSecret(QString service, QString account)
    : m_service(std::move(service)), m_account(std::move(account))
{
}

QString KeychainSecret::load(QString *error) const
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(m_account);
    runToEnd(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound && error)
        *error = tr("The system keychain could not be read: %1").arg(job.errorString());
    return job.error() == QKeychain::NoError ? job.textData() : QString();
}

QString KeychainSecret::save(const QString &secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(m_account);
    job.setTextData(secret);
    runToEnd(job);
    if (job.error() != QKeychain::NoError)
        return tr("The secret could not be stored in the system keychain: %1").arg(job.errorString());
    return {};
}

} // namespace crypto
