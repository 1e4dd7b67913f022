#include "crypto/keystore.h"

#include <QTest>
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
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
