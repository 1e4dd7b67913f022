#pragma once

#include "keystore.h"

namespace crypto {

// The data key in a file readable only by its owner, for a service that has no desktop session and
// so no Secret Service: the venue hub run by systemd (APPRAISAL_KEY_FILE, see store::keychainFor).
// The file holds the key's recovery form on one line, so the same text restores it elsewhere.
class FileKeyStore final : public KeyStore
{
    Q_DECLARE_TR_FUNCTIONS(crypto::FileKeyStore)
public:
    explicit FileKeyStore(QString path);
    Lookup load() override;
    QString save(const DataKey &key) override; // written atomically with mode 0600
    QString remove() override;

private:
    QString m_path;
};

} // namespace crypto
