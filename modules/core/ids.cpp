#include "ids.h"

#include <QRandomGenerator>
#include <QUuid>

namespace core {

QString timeOrderedId(const QDateTime &now)
{
    const quint64 ms = quint64(now.toMSecsSinceEpoch()) & 0xffffffffffffULL;
    QRandomGenerator *random = QRandomGenerator::system();
    const quint16 randA = quint16(random->generate() & 0x0fff);
    const quint64 randB = random->generate64() & 0x3fffffffffffffffULL;
    const quint32 data1 = quint32(ms >> 16);
    const quint16 data2 = quint16(ms & 0xffff);
    const quint16 data3 = quint16(0x7000 | randA); // version 7
    uchar data4[8];
    const quint64 variantAndRandom = 0x8000000000000000ULL | randB; // RFC 4122 variant
    for (int i = 0; i < 8; ++i)
        data4[i] = uchar(variantAndRandom >> (56 - 8 * i));
    return QUuid(data1, data2, data3, data4[0], data4[1], data4[2], data4[3], data4[4], data4[5], data4[6],
                 data4[7])
        .toString(QUuid::WithoutBraces);
}

} // namespace core
