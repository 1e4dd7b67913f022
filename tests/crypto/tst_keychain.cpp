#include "crypto/keystore.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QUuid>

// Runs against the real Secret Service: packaging/test.sh starts a session bus and an unlocked
// gnome-keyring for the test run (see the README).
class TestKeychain : public QObject
{
    Q_OBJECT

    const QString m_account = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

private slots:
    void storeLoadRemove()
    {
        crypto::KeychainKeyStore store(QStringLiteral("appraisal-workstation-tests"), m_account);
        const auto missing = store.load();
        QVERIFY2(missing.outcome == crypto::KeyStore::Outcome::Missing, qPrintable(missing.error));

        const crypto::DataKey key = crypto::DataKey::generate();
        const QString saved = store.save(key);
        QVERIFY2(saved.isEmpty(), qPrintable(saved));
        const auto found =
            crypto::KeychainKeyStore(QStringLiteral("appraisal-workstation-tests"), m_account).load();
        QCOMPARE(found.outcome, crypto::KeyStore::Outcome::Found);
        QCOMPARE(found.key->bytes(), key.bytes());

        QVERIFY(store.remove().isEmpty());
        QCOMPARE(store.load().outcome, crypto::KeyStore::Outcome::Missing);
    }

    // The health monitor reads the key on a worker thread while the main thread runs its event loop,
    // and the main thread reads it too. QtKeychain's one job queue lives on the main thread; a job
    // run on the worker was named in queued calls to it after the job was gone (a crash at start).
    void loadFromAnotherThread()
    {
        crypto::KeychainKeyStore store(QStringLiteral("appraisal-workstation-tests"), m_account);
        const crypto::DataKey key = crypto::DataKey::generate();
        QVERIFY(store.save(key).isEmpty());
        for (int round = 0; round < 6; ++round) {
            crypto::KeyStore::Lookup fromWorker;
            std::unique_ptr<QThread> worker(QThread::create([&fromWorker, this] {
                fromWorker =
                    crypto::KeychainKeyStore(QStringLiteral("appraisal-workstation-tests"), m_account).load();
            }));
            QSignalSpy finished(worker.get(), &QThread::finished);
            worker->start();
            QVERIFY(finished.wait(30000) || worker->isFinished());
            worker->wait();
            QCoreApplication::processEvents(); // calls still queued for the job queue
            QVERIFY2(fromWorker.outcome == crypto::KeyStore::Outcome::Found, qPrintable(fromWorker.error));
            QCOMPARE(fromWorker.key->bytes(), key.bytes());
            QCOMPARE(store.load().outcome, crypto::KeyStore::Outcome::Found); // the main thread's turn
        }
        QVERIFY(store.remove().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
