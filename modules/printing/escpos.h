#pragma once

#include "documents.h"

#include "core/result.h"

#include <QImage>

#include <optional>

namespace printing {

enum class TextEncoding { Gb18030, Gbk, Utf8 };

// How one thermal printer wants its bytes.
struct PrinterProfile {
    QString id;
    int widthDots = 384; // 384 = 58 mm, 576 = 80 mm
    TextEncoding encoding = TextEncoding::Gb18030;
    bool chineseModeCommand = false; // send FS & before Chinese text and FS . after
    bool rasterMode = false;         // paint the whole ticket and send it as an image (GS v 0)
    bool nativeQr = true;            // GS ( k; otherwise the QR code is sent as an image
};

// Built-in profiles: 58mm-gb18030, 80mm-gb18030, 58mm-gbk, 80mm-utf8, 58mm-raster, 80mm-raster.
QList<PrinterProfile> builtinProfiles();
std::optional<PrinterProfile> profile(const QString &id);

// Text in the profile's encoding; fails naming the first character the encoding cannot hold.
core::Result<QByteArray> encodeText(const QString &text, TextEncoding encoding);

// ESC/POS building blocks, public for tests and for other documents.
namespace escpos {
QByteArray initialize();                         // ESC @
QByteArray align(int mode);                      // ESC a n (0 left, 1 centre)
QByteArray characterSize(int width, int height); // GS ! n, 1..8 each
QByteArray feedLines(int lines);                 // ESC d n
QByteArray cut();                                // GS V 66 0: feed to the cutter and cut
QByteArray nativeQr(const QByteArray &data, int moduleSize);
QByteArray rasterImage(const QImage &mono); // GS v 0 in bands of at most 256 rows
} // namespace escpos

core::Result<QByteArray> renderTicket(const Ticket &ticket, const PrinterProfile &profile);

} // namespace printing
