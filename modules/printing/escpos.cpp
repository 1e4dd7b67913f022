#include "escpos.h"

#include "qrcode.h"
#include "ticketpainter.h"

#include <QCoreApplication>
#include <QLocale>

#include <iconv.h>

namespace printing {

namespace {

const char *iconvName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Gb18030:
        return "GB18030";
    case TextEncoding::Gbk:
        return "GBK";
    case TextEncoding::Utf8:
        return "UTF-8";
    }
    return "UTF-8";
}

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    for (int value : values)
        out.append(char(value & 0xff));
    return out;
}

} // namespace

QList<PrinterProfile> builtinProfiles()
{
    return {
        {QStringLiteral("58mm-gb18030"), 384, TextEncoding::Gb18030, false, false, true},
        {QStringLiteral("80mm-gb18030"), 576, TextEncoding::Gb18030, false, false, true},
        {QStringLiteral("58mm-gbk"), 384, TextEncoding::Gbk, true, false, false},
        {QStringLiteral("80mm-utf8"), 576, TextEncoding::Utf8, false, false, true},
        {QStringLiteral("58mm-raster"), 384, TextEncoding::Gb18030, false, true, false},
        {QStringLiteral("80mm-raster"), 576, TextEncoding::Gb18030, false, true, false},
    };
}

std::optional<PrinterProfile> profile(const QString &id)
{
    for (const PrinterProfile &candidate : builtinProfiles())
        if (candidate.id == id)
            return candidate;
    return std::nullopt;
}

core::Result<QByteArray> encodeText(const QString &text, TextEncoding encoding)
{
    if (encoding == TextEncoding::Utf8)
        return text.toUtf8();
    iconv_t converter = iconv_open(iconvName(encoding), "UTF-8");
    if (converter == iconv_t(-1))
        return core::Status::failure(
            QCoreApplication::translate("printing", "This system cannot convert text to %1.")
                .arg(QString::fromLatin1(iconvName(encoding))));
    QByteArray in = text.toUtf8();
    QByteArray out(in.size() * 2 + 16, '\0');
    char *inPtr = in.data();
    char *outPtr = out.data();
    size_t inLeft = size_t(in.size());
    size_t outLeft = size_t(out.size());
    const size_t done = iconv(converter, &inPtr, &inLeft, &outPtr, &outLeft);
    iconv_close(converter);
    if (done == size_t(-1)) {
        const QString rest = QString::fromUtf8(inPtr, qsizetype(inLeft));
        return core::Status::failure(QCoreApplication::translate("printing",
                                                                 "The character \"%1\" cannot be printed "
                                                                 "in %2; choose a printer profile with "
                                                                 "another encoding or raster mode.")
                                         .arg(rest.left(1), QString::fromLatin1(iconvName(encoding))));
    }
    out.resize(out.size() - qsizetype(outLeft));
    return out;
}

namespace escpos {

QByteArray initialize()
{
    return bytes({0x1b, 0x40});
}

QByteArray align(int mode)
{
    return bytes({0x1b, 0x61, mode});
}

QByteArray characterSize(int width, int height)
{
    return bytes({0x1d, 0x21, ((qBound(1, width, 8) - 1) << 4) | (qBound(1, height, 8) - 1)});
}

QByteArray feedLines(int lines)
{
    return bytes({0x1b, 0x64, qBound(0, lines, 255)});
}

QByteArray cut()
{
    return bytes({0x1d, 0x56, 66, 0});
}

QByteArray nativeQr(const QByteArray &data, int moduleSize)
{
    QByteArray out;
    out += bytes({0x1d, 0x28, 0x6b, 4, 0, 49, 65, 50, 0});                     // model 2
    out += bytes({0x1d, 0x28, 0x6b, 3, 0, 49, 67, qBound(1, moduleSize, 16)}); // module size
    out += bytes({0x1d, 0x28, 0x6b, 3, 0, 49, 69, 49});                        // error correction M
    const int length = int(data.size()) + 3;
    out += bytes({0x1d, 0x28, 0x6b, length & 0xff, (length >> 8) & 0xff, 49, 80, 48}) + data; // store
    out += bytes({0x1d, 0x28, 0x6b, 3, 0, 49, 81, 48});                                       // print
    return out;
}

QByteArray rasterImage(const QImage &image)
{
    const QImage mono =
        image.format() == QImage::Format_Mono ? image : image.convertToFormat(QImage::Format_Mono);
    // In Format_Mono colour index 1 is black only when the colour table says so.
    const bool oneIsBlack = mono.colorCount() > 1 && qGray(mono.color(1)) < qGray(mono.color(0));
    const int widthBytes = (mono.width() + 7) / 8;
    QByteArray out;
    for (int top = 0; top < mono.height(); top += 256) {
        const int rows = qMin(256, mono.height() - top);
        out += bytes({0x1d, 0x76, 0x30, 0, widthBytes & 0xff, widthBytes >> 8, rows & 0xff, rows >> 8});
        for (int y = top; y < top + rows; ++y) {
            const uchar *line = mono.constScanLine(y);
            for (int b = 0; b < widthBytes; ++b)
                out.append(char(oneIsBlack ? line[b] : uchar(~line[b])));
        }
    }
    return out;
}

} // namespace escpos

core::Result<QByteArray> renderTicket(const Ticket &ticket, const PrinterProfile &profile)
{
    QByteArray out = escpos::initialize();
    if (profile.rasterMode) {
        out += escpos::rasterImage(ticketImage(ticket, profile.widthDots));
        out += escpos::feedLines(3) + escpos::cut();
        return out;
    }
    const auto line = [&](const QString &value) -> core::Status {
        const auto encoded = encodeText(value, profile.encoding);
        if (!encoded)
            return encoded.status();
        out += encoded.value() + '\n';
        return {};
    };
    out += escpos::align(1);
    if (profile.chineseModeCommand)
        out += bytes({0x1c, 0x26});
    const QList<std::pair<QByteArray, QString>> lines{
        {escpos::characterSize(1, 1), ticket.venueName},
        {escpos::characterSize(1, 1), ticketTitle()},
        {escpos::characterSize(4, 4), ticket.number},
        {escpos::characterSize(2, 2), ticket.laneName},
        {escpos::characterSize(1, 1), ticket.maskedName},
        {escpos::characterSize(1, 1), peopleAheadText(ticket.peopleAhead)},
        {escpos::characterSize(1, 1),
         QLocale().toString(ticket.issuedAt, QStringLiteral("yyyy-MM-dd HH:mm"))},
    };
    for (const auto &[size, value] : lines) {
        out += size;
        if (core::Status written = line(value); !written)
            return written;
    }
    if (ticket.reprint)
        if (core::Status written = line(reprintMark()); !written)
            return written;
    const QByteArray id = ticket.ticketId.toUtf8();
    if (profile.nativeQr)
        out += escpos::nativeQr(id, profile.widthDots >= 576 ? 8 : 6);
    else
        out += escpos::rasterImage(qrImage(ticket.ticketId, profile.widthDots >= 576 ? 8 : 6));
    out += '\n';
    if (core::Status written = line(ticketFooter()); !written)
        return written;
    if (profile.chineseModeCommand)
        out += bytes({0x1c, 0x2e});
    out += escpos::feedLines(4) + escpos::cut();
    return out;
}

} // namespace printing
