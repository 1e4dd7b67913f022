#include "masking.h"

#include <QList>

namespace core {

QString maskName(const QString &name)
{
    // Work on code points so a rare character outside the BMP is never cut in half.
    const QList<uint> points = name.trimmed().toUcs4();
    if (points.isEmpty())
        return {};
    if (points.size() == 1)
        return QStringLiteral("*");
    QString masked = QString::fromUcs4(reinterpret_cast<const char32_t *>(&points.first()), 1);
    if (points.size() == 2)
        return masked + QLatin1Char('*');
    masked += QString(points.size() - 2, QLatin1Char('*'));
    masked += QString::fromUcs4(reinterpret_cast<const char32_t *>(&points.last()), 1);
    return masked;
}

QString maskPhone(const QString &phone)
{
    const QString digits = phone.trimmed();
    if (digits.size() == 11)
        return digits.left(3) + QStringLiteral("****") + digits.right(4);
    if (digits.size() <= 4)
        return QString(digits.size(), QLatin1Char('*'));
    return QString(digits.size() - 4, QLatin1Char('*')) + digits.right(4);
}

} // namespace core
