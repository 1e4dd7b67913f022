// crypto::SecretFile: the sync token of a service kept in a file (issue 22), and the systemd
// credential that comes before it.
#include "crypto/secretfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using crypto::SecretFile;

class TestSecretFile : public QObject
{
    Q_OBJECT

private slots:
    void savedPrivateAndReadBack()
    {
        QTemporaryDir dir;
        SecretFile file(dir.filePath(QStringLiteral("keys/hub.sync-token")));
        QVERIFY(!file.exists());
        QCOMPARE(file.save(QStringLiteral("abc-123_XYZ")), QString());
        QCOMPARE(QFile(file.path()).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions());
        QString error;
        QCOMPARE(file.load(&error), QStringLiteral("abc-123_XYZ"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void whoMayReadIt_data()
    {
        QTest::addColumn<int>("permissions");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("owner only (0600)") << int(QFile::ReadOwner | QFile::WriteOwner) << true;
        QTest::newRow("service group (0640)")
            << int(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup) << true;
        QTest::newRow("every user (0644)")
            << int(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther) << false;
        QTest::newRow("writable by all (0602)")
            << int(QFile::ReadOwner | QFile::WriteOwner | QFile::WriteOther) << false;
    }

    void whoMayReadIt()
    {
        QFETCH(int, permissions);
        QFETCH(bool, accepted);
        QTemporaryDir dir;
        QFile raw(dir.filePath(QStringLiteral("token")));
        QVERIFY(raw.open(QIODevice::WriteOnly));
        raw.write("tok\n");
        raw.close();
        QVERIFY(raw.setPermissions(QFile::Permissions(permissions)));
        QString error;
        const QString token = SecretFile(raw.fileName()).load(&error);
        QCOMPARE(token == QLatin1String("tok"), accepted);
        QCOMPARE(error.isEmpty(), accepted);
        if (!accepted)
            QVERIFY2(error.contains(QLatin1String("chmod 640")), qPrintable(error));
    }

    void notAToken_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("blank line") << QByteArray("  \n");
        QTest::newRow("two words") << QByteArray("two words\n");
        QTest::newRow("not ASCII") << QByteArray("t\xc3\xa9st\n");
        QTest::newRow("too long") << QByteArray(5000, 'a');
    }

    void notAToken()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        QFile raw(dir.filePath(QStringLiteral("token")));
        QVERIFY(raw.open(QIODevice::WriteOnly));
        raw.write(content);
        raw.close();
        QVERIFY(raw.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        QString error;
        QVERIFY(SecretFile(raw.fileName()).load(&error).isEmpty());
        QVERIFY(!error.isEmpty());
        // And nothing of the kind is written either.
        QVERIFY(!SecretFile(dir.filePath(QStringLiteral("other")))
                     .save(QString::fromLatin1(content.trimmed()))
                     .isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("other"))));
    }

    void systemdCredentialComesFromItsFolder()
    {
        QTemporaryDir dir;
        qunsetenv("CREDENTIALS_DIRECTORY");
        QVERIFY(SecretFile::systemdCredential(QStringLiteral("sync-token")).isEmpty());
        qputenv("CREDENTIALS_DIRECTORY", dir.path().toLocal8Bit());
        QVERIFY(SecretFile::systemdCredential(QStringLiteral("sync-token")).isEmpty()); // not handed over
        QFile credential(dir.filePath(QStringLiteral("sync-token")));
        QVERIFY(credential.open(QIODevice::WriteOnly));
        credential.close();
        QCOMPARE(SecretFile::systemdCredential(QStringLiteral("sync-token")), credential.fileName());
        qunsetenv("CREDENTIALS_DIRECTORY");
    }
};

QTEST_GUILESS_MAIN(TestSecretFile)
#include "tst_secretfile.moc"
