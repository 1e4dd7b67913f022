#pragma once

#include "core/result.h"

#include <QString>

namespace httpd {

// A throw-away self-signed certificate for 127.0.0.1 (subjectAltName IP:127.0.0.1, valid two days),
// made by the openssl program into `folder` as cert.pem and key.pem: for the benchmarks and suites
// that run a real TLS server on loopback. A failure carries openssl's own words.
[[nodiscard]] core::Status makeLoopbackCertificate(const QString &folder);

} // namespace httpd
