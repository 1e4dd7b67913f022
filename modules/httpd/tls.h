#pragma once

#include "core/result.h"

#include <QSslConfiguration>

namespace httpd {

// The server's TLS settings: TLS 1.2 only with ECDHE key exchange and AEAD ciphers (AES-GCM,
// ChaCha20-Poly1305) — forward secrecy, no CBC — and TLS 1.3 with OpenSSL's suites as they are.
QSslConfiguration strictServerConfiguration(const QSslCertificate &certificate, const QSslKey &key);
// Whether a suite belongs in strictServerConfiguration (by its OpenSSL name).
bool isStrictCipher(const QSslCipher &cipher);

// Reads a PEM certificate and its RSA or EC private key; the error says which file is wrong.
core::Result<QSslConfiguration> loadServerConfiguration(const QString &certificateFile,
                                                        const QString &keyFile);

} // namespace httpd
