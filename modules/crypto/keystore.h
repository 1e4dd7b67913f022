#pragma once

#include "datakey.h"

#include <QCoreApplication>
#include <QString>

namespace crypto {

// Where the installation's data key lives. Lookup results distinguish "no key stored" from "the
// key store itself failed", because the first starts a recovery and the second must not.
class KeyStore
{
public:
    enum class Outcome { Found, Missing, Failed };
    struct Lookup {
        Outcome outcome = Outcome::Failed;
        std::optional<DataKey> key;
        QString error;
    };
    virtual ~KeyStore() = default;
    virtual Lookup load() = 0;
    virtual QString save(const DataKey &key) = 0; // empty on success, otherwise the reason
    virtual QString remove() = 0;
};

// The OS keychain through QtKeychain: Secret Service on Linux, Credential Manager on Windows.
class KeychainKeyStore final : public KeyStore
{
    Q_DECLARE_TR_FUNCTIONS(crypto::KeychainKeyStore)
public:
    // One entry per installation: `service` names the product, `account` the station's data folder.
    KeychainKeyStore(QString service, QString account);
    Lookup load() override;
    QString save(const DataKey &key) override;
    QString remove() override;

private:
    static Lookup read(const QString &service, const QString &account);

    QString m_service;
    QString m_account;
};

// Another secret of the station in the OS keychain, e.g. its sync token.
class KeychainSecret
{
    Q_DECLARE_TR_FUNCTIONS(crypto::KeychainSecret)
public:
    KeychainSecret(QString service, QString account);
    // The secret, empty when there is none; `error` says when the keychain could not be read.
    QString load(QString *error = nullptr) const;
    QString save(const QString &secret); // empty on success, otherwise the reason

private:
    QString m_service;
    QString m_account;
};

} // namespace crypto
