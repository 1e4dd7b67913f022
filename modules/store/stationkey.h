#pragma once

#include "database.h"

#include "crypto/keystore.h"

#include <memory>
#include <optional>

namespace store {

// Keychain entry of the station's data key: one per data folder.
inline constexpr auto kKeychainService = "appraisal-workstation";
// With APPRAISAL_KEY_FILE set, the key lives in that file instead (crypto::FileKeyStore); a
// systemd credential named data-key ($CREDENTIALS_DIRECTORY/data-key) comes before both.
inline constexpr auto kKeyFileVariable = "APPRAISAL_KEY_FILE";
inline constexpr auto kKeyCredential = "data-key";
std::unique_ptr<crypto::KeyStore> keychainFor(const QString &dataDir);

enum class KeyProblem {
    None,
    KeyMissing,     // the database is sealed but the keychain has no key for it: recovery needed
    WrongKey,       // the keychain holds a key that does not open this database: recovery needed
    KeystoreFailed, // the keychain itself could not be used; nothing was created or changed
    DatabaseFailed, // the key is fine but the database could not be opened
};

struct StationOpening {
    std::unique_ptr<Database> database;
    std::optional<crypto::DataKey> key;
    KeyProblem problem = KeyProblem::None;
    QString error;          // translated, says what to do
    QString newRecoveryKey; // set only by the call that created the installation's key
    bool needsRecovery() const
    {
        return problem == KeyProblem::KeyMissing || problem == KeyProblem::WrongKey;
    }
};

// Opens the station database of a data folder with the key from the keychain. The first start
// creates the key and returns its recovery form once; a sealed database without its key is never
// given a new one (that would make its data unreadable) but leads to recovery.
class StationKeys
{
    Q_DECLARE_TR_FUNCTIONS(store::StationKeys)
public:
    StationKeys(QString dataDir, crypto::KeyStore &keyStore);

    StationOpening open(const core::Clock &clock);
    // Checks a typed recovery key against the database, puts it back in the keychain and opens.
    StationOpening recover(const QString &recoveryKey, const core::Clock &clock);

private:
    StationOpening openWith(const crypto::DataKey &key, const core::Clock &clock);
    QString m_dataDir;
    crypto::KeyStore &m_keyStore;
};

} // namespace store
