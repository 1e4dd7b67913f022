#include "crypto/fieldcipher.h"

#include <QTest>

class TestCrypto : public QObject
{
    Q_OBJECT

private slots:
    void sealOpenRoundTrip()
    {
        const crypto::FieldCipher cipher(crypto::DataKey::generate());
        const QByteArray name = QStringLiteral("欧阳晓明").toUtf8();
        const QByteArray sealed = cipher.seal(name, "JD2026-0008");
        QVERIFY(!sealed.contains(name));
        QCOMPARE(cipher.open(sealed, "JD2026-0008"), std::optional<QByteArray>(name));
        // A fresh nonce every time: equal names do not give equal ciphertexts.
        QVERIFY(cipher.seal(name, "JD2026-0008") != sealed);
        QCOMPARE(cipher.open(cipher.seal(QByteArray(), "r"), "r"), std::optional<QByteArray>(QByteArray()));
    }

    void refusesWhatWasNotSealedForThisRecord()
    {
        const crypto::DataKey key = crypto::DataKey::generate();
        const crypto::FieldCipher cipher(key);
        const QByteArray sealed = cipher.seal("440524188001010014", "JD-1");
        QVERIFY(!cipher.open(sealed, "JD-2")); // moved to another record
        QByteArray tampered = sealed;
        tampered[tampered.size() - 1] = char(tampered.at(tampered.size() - 1) ^ 1);
        QVERIFY(!cipher.open(tampered, "JD-1"));
        QVERIFY(!cipher.open(sealed.left(10), "JD-1"));
        QVERIFY(!crypto::FieldCipher(crypto::DataKey::generate()).open(sealed, "JD-1")); // another key
    }

    void blindIndexIsKeyedAndStable()
    {
        const crypto::DataKey key = crypto::DataKey::generate();
        const crypto::BlindIndex index(key);
        const QString id = QStringLiteral("11010519491231002X");
        QCOMPARE(index.of(id), crypto::BlindIndex(key).of(id));
        QCOMPARE(index.of(id).size(), 64);
        QVERIFY(index.of(id) != index.of(QStringLiteral("440524188001010014")));
        QVERIFY(index.of(id) != crypto::BlindIndex(crypto::DataKey::generate()).of(id));
        QVERIFY(!index.of(id).contains(QStringLiteral("1949")));
    }

    void recoveryKeyRoundTrip()
    {
        const crypto::DataKey key = crypto::DataKey::generate();
        const QString recovery = key.toRecoveryKey();
        QVERIFY(recovery.contains(QLatin1Char('-')));
        QCOMPARE(crypto::DataKey::fromRecoveryKey(recovery)->bytes(), key.bytes());
        // Typed loosely: lowercase, spaces instead of dashes.
        QString loose = recovery.toLower();
        loose.replace(QLatin1Char('-'), QLatin1Char(' '));
        QCOMPARE(crypto::DataKey::fromRecoveryKey(loose)->bytes(), key.bytes());
    }

    void recoveryKeyTyposAreCaught()
    {
        // A fixed key keeps the test deterministic: every substitution below is checked once and for all.
        QByteArray bytes;
        for (int i = 0; i < crypto::DataKey::kBytes; ++i)
            bytes += char(i * 37 + 11);
        const QString recovery = crypto::DataKey::fromBytes(bytes)->toRecoveryKey();
        for (int position = 0; position < recovery.size(); ++position) {
            if (recovery.at(position) == QLatin1Char('-'))
                continue;
            QString typo = recovery;
            typo[position] = recovery.at(position) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
            QVERIFY2(!crypto::DataKey::fromRecoveryKey(typo), qPrintable(typo));
        }
        QVERIFY(!crypto::DataKey::fromRecoveryKey(recovery.left(recovery.size() - 5)));
        QVERIFY(!crypto::DataKey::fromRecoveryKey(QStringLiteral("密钥") + recovery));
        QVERIFY(!crypto::DataKey::fromBytes(QByteArray(31, 'x')));
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
