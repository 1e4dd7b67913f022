#include "photodecoder.h"

#include <QCoreApplication>
#include <QLibrary>

namespace identity {

PhotoDecoder::PhotoDecoder()
{
    const QString configured = qEnvironmentVariable("APPRAISAL_WLT_LIBRARY");
    QLibrary library(configured.isEmpty() ? QStringLiteral("wlt2bmp") : configured);
    if (library.load())
        m_decode = reinterpret_cast<DecodeFunction>(library.resolve("unpack"));
}

QImage PhotoDecoder::decode(const QByteArray &wlt, QString *problem) const
{
    const QString notDecodable = QCoreApplication::translate("identity", "Photo not decodable");
    if (!m_decode || wlt.size() < 1024) {
        if (problem)
            *problem = notDecodable;
        return {};
    }
    QByteArray bmp(38862, '\0'); // 102×126 at 24 bits with BMP header and row padding
    if (m_decode(wlt.constData(), bmp.data(), int(bmp.size())) <= 0) {
        if (problem)
            *problem = notDecodable;
        return {};
    }
    QImage image = QImage::fromData(bmp, "BMP");
    if (image.isNull() && problem)
        *problem = notDecodable;
    return image;
}

} // namespace identity
