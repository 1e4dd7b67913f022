#include "crypto/filekeystore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using crypto::DataKey;
using crypto::FileKeyStore;
using crypto::KeyStore;

class TestFileKeyStore : public QObject
{
    Q_OBJECT

private slots:
    void savedKeyLoadsBackAndIsPrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keys/hub.key"));
        FileKeyStore store(path);
        QCOMPARE(store.load().outcome, KeyStore::Outcome::Missing);
        const DataKey key = DataKey::generate();
        QCOMPARE(store.save(key), QString());
        QCOMPARE(QFile::permissions(path) &
                     ~(QFile::ReadUser | QFile::WriteUser | QFile::ReadOwner | QFile::WriteOwner),
                 QFile::Permissions());
        const KeyStore::Lookup lookup = FileKeyStore(path).load();
        QCOMPARE(lookup.outcome, KeyStore::Outcome::Found);
        QVERIFY(lookup.key);
        QCOMPARE(lookup.key->bytes(), key.bytes());
        QCOMPARE(store.remove(), QString());
        QCOMPARE(store.load().outcome, KeyStore::Outcome::Missing);
    }

    void refusesUnusableFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("groupReadable");
        QTest::addColumn<QString>("complaint");
        // A fixed key, so the altered row is the same on every run.
        const QByteArray valid =
            DataKey::fromBytes(QByteArray(DataKey::kBytes, 'k'))->toRecoveryKey().toLatin1();
        QTest::newRow("readable by the group") << valid << true << QStringLiteral("other users");
        QTest::newRow("not a recovery key") << QByteArray("hello") << false << QStringLiteral("valid");
        QTest::newRow("empty") << QByteArray() << false << QStringLiteral("valid");
        QTest::newRow("a key with one character changed")
            << QByteArray(valid).replace(0, 1, valid.startsWith('A') ? "B" : "A") << false
            << QStringLiteral("valid");
    }

    void refusesUnusableFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, groupReadable);
        QFETCH(QString, complaint);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hub.key"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner;
        if (groupReadable)
            permissions |= QFile::ReadGroup;
        QVERIFY(QFile::setPermissions(path, permissions));
        const KeyStore::Lookup lookup = FileKeyStore(path).load();
        QCOMPARE(lookup.outcome, KeyStore::Outcome::Failed);
        QVERIFY(!lookup.key);
        QVERIFY2(lookup.error.contains(complaint), qPrintable(lookup.error));
    }
};

QTEST_GUILESS_MAIN(TestFileKeyStore)
#include "tst_filekeystore.moc"
