#pragma once

#include <QImage>
#include <QString>

namespace printing {

// A QR code (libqrencode, error correction M) as a 1-bit image, `scale` pixels per module, with
// the quiet zone the standard asks for. Null image when the text cannot be encoded.
QImage qrImage(const QString &text, int scale);

} // namespace printing
