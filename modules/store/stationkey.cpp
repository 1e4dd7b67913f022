#include "stationkey.h"

#include "auditlog.h"

#include "crypto/filekeystore.h"
#include "crypto/secretfile.h"

#include <QDebug>
#include <QDir>
#include <QFileInfo>

namespace store {

std::unique_ptr<crypto::KeyStore> keychainFor(const QString &dataDir)
{
    // A service without a desktop session (the venue hub under systemd) has its key in a file:
    // one systemd hands it (LoadCredential=data-key:…) or the file APPRAISAL_KEY_FILE names.
    if (const QString credential = crypto::SecretFile::systemdCredential(QLatin1String(kKeyCredential));
        !credential.isEmpty())
        return std::make_unique<crypto::FileKeyStore>(credential);
    if (const QString keyFile = qEnvironmentVariable(kKeyFileVariable); !keyFile.isEmpty())
        return std::make_unique<crypto::FileKeyStore>(keyFile);
    return std::make_unique<crypto::KeychainKeyStore>(QString::fromLatin1(kKeychainService),
                                                      QFileInfo(dataDir).absoluteFilePath());
}

StationKeys::StationKeys(QString dataDir, crypto::KeyStore &keyStore)
    : m_dataDir(std::move(dataDir)), m_keyStore(keyStore)
{
}

StationOpening StationKeys::openWith(const crypto::DataKey &key, const core::Clock &clock)
{
    StationOpening opening;
    opening.key = key;
    auto opened = Database::open(databasePath(m_dataDir), clock, key);
    if (!opened.database) {
        opening.problem =
            opened.failure == OpenFailure::WrongKey ? KeyProblem::WrongKey : KeyProblem::DatabaseFailed;
        opening.error = opened.error;
        return opening;
    }
    opening.database = std::move(opened.database);
    return opening;
}

StationOpening StationKeys::open(const core::Clock &clock)
{
    const crypto::KeyStore::Lookup lookup = m_keyStore.load();
    if (lookup.outcome == crypto::KeyStore::Outcome::Failed) {
        StationOpening opening;
        opening.problem = KeyProblem::KeystoreFailed;
        opening.error = tr("%1\nNothing was opened or changed. Unlock the system keyring (on Linux: a "
                           "Secret Service such as GNOME Keyring in this session) and start again.")
                            .arg(lookup.error);
        return opening;
    }
    if (lookup.outcome == crypto::KeyStore::Outcome::Found)
        return openWith(*lookup.key, clock);

    if (!Database::storedKeyCheck(databasePath(m_dataDir)).isEmpty()) {
        StationOpening opening;
        opening.problem = KeyProblem::KeyMissing;
        opening.error = tr("The system keychain holds no data key for the station data in %1, so the "
                           "personal data in it cannot be read. Enter the recovery key that was shown "
                           "when the station was set up. Nothing has been changed.")
                            .arg(QDir::toNativeSeparators(m_dataDir));
        return opening;
    }
    // First start of this installation: create the key and keep it before any data is sealed.
    const crypto::DataKey key = crypto::DataKey::generate();
    if (const QString saveError = m_keyStore.save(key); !saveError.isEmpty()) {
        StationOpening opening;
        opening.problem = KeyProblem::KeystoreFailed;
        opening.error =
            tr("%1\nThe station was not set up. Unlock the system keyring and start again.").arg(saveError);
        return opening;
    }
    StationOpening opening = openWith(key, clock);
    if (opening.database) {
        opening.newRecoveryKey = key.toRecoveryKey();
        if (const core::Status audited =
                AuditLog(*opening.database).append(QStringLiteral("system"), QStringLiteral("key.create"));
            !audited)
            // The key is saved and the station open; refusing now would lock it out of its data.
            qWarning().noquote() << audited.error();
    }
    return opening;
}

StationOpening StationKeys::recover(const QString &recoveryKey, const core::Clock &clock)
{
    StationOpening opening;
    const auto key = crypto::DataKey::fromRecoveryKey(recoveryKey);
    if (!key) {
        opening.problem = KeyProblem::KeyMissing;
        opening.error = tr("This is not a valid recovery key. It has 14 groups of letters and digits "
                           "separated by dashes (it never contains I, O, 0 or 1); check each group for "
                           "typing mistakes.");
        return opening;
    }
    const QString stored = Database::storedKeyCheck(databasePath(m_dataDir));
    if (!stored.isEmpty() && stored != Sealer(*key).keyCheck()) {
        opening.problem = KeyProblem::WrongKey;
        opening.error = tr("This recovery key is valid but belongs to another station's data. Find the "
                           "recovery key written down when this station was set up.");
        return opening;
    }
    if (const QString saveError = m_keyStore.save(*key); !saveError.isEmpty()) {
        opening.problem = KeyProblem::KeystoreFailed;
        opening.error = saveError;
        return opening;
    }
    opening = openWith(*key, clock);
    if (opening.database) {
        if (const core::Status audited =
                AuditLog(*opening.database).append(QStringLiteral("system"), QStringLiteral("key.recover"));
            !audited)
            // The key is saved and the station open; refusing now would lock it out of its data.
            qWarning().noquote() << audited.error();
    }
    return opening;
}

} // namespace store
