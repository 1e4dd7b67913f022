#pragma once

#include <QCoreApplication>
#include <QString>

namespace crypto {

// A secret (a bearer token) kept in a file instead of the desktop keychain, for a service that has
// no desktop session: the venue hub run by systemd reads its sync token this way
// (APPRAISAL_SYNC_TOKEN_FILE, written by `appraisal-server token set`). The file holds the secret
// on one line. It may be readable by its owner and its group (root:appraisal 0640: root writes it,
// the service's group reads it and cannot change it) but never by others.
class SecretFile
{
    Q_DECLARE_TR_FUNCTIONS(crypto::SecretFile)
public:
    explicit SecretFile(QString path);
    const QString &path() const { return m_path; }
    bool exists() const;
    // The secret; empty with `error` set when the file is missing, readable by others, unreadable,
    // or holds no single token of printable characters.
    QString load(QString *error) const;
    // Writes the secret atomically: mode 0640 with group `group` when given (the caller must be
    // allowed to give the file that group, i.e. root), otherwise 0600. Empty on success.
    QString save(const QString &secret, const QString &group = {});

    // A secret systemd handed to the service (LoadCredential= / LoadCredentialEncrypted=):
    // $CREDENTIALS_DIRECTORY/<name> when that file exists, otherwise empty.
    static QString systemdCredential(const QString &name);
    // Empty when `secret` can be a token: 1 to 4096 printable ASCII characters without spaces.
    static QString invalidSecret(const QString &secret);

private:
    QString m_path;
};

} // namespace crypto
