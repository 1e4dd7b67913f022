#pragma once

#include <QImage>
#include <QString>

namespace identity {

// Decodes the card's WLT photo through the vendor's licensed library, loaded at run time
// (libwlt2bmp.so, or the path in APPRAISAL_WLT_LIBRARY). Without it the photo is "not decodable";
// nothing fails or blocks.
class PhotoDecoder
{
public:
    PhotoDecoder();
    bool available() const { return m_decode != nullptr; }
    // A 102×126 image, or a null image with the reason in `problem`.
    QImage decode(const QByteArray &wlt, QString *problem) const;

private:
    using DecodeFunction = int (*)(const char *wlt, char *bmp, int bmpSize);
    DecodeFunction m_decode = nullptr;
};

} // namespace identity
