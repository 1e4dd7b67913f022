#include "strokes.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QtEndian>

namespace signature {

namespace {

constexpr int kMaxStrokes = 512;
constexpr int kMaxPoints = 4096;

QString tr(const char *text)
{
    return QCoreApplication::translate("signature", text);
}

template <typename T> void put(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

quint16 clampTenths(qreal pixels)
{
    return quint16(std::clamp(std::lround(pixels * 10), 0L, 65535L));
}

} // namespace

QByteArray encode(const QList<Stroke> &strokes, QSize pad)
{
    QByteArray out("SIG1");
    put<quint16>(out, quint16(std::clamp(pad.width(), 0, 65535)));
    put<quint16>(out, quint16(std::clamp(pad.height(), 0, 65535)));
    const int count = std::min<int>(int(strokes.size()), kMaxStrokes);
    put<quint16>(out, quint16(count));
    for (int s = 0; s < count; ++s) {
        const Stroke &stroke = strokes.at(s);
        const int points = std::min<int>(int(stroke.size()), kMaxPoints);
        put<quint16>(out, quint16(points));
        for (int p = 0; p < points; ++p) {
            const Point &point = stroke.at(p);
            put<quint16>(out, clampTenths(point.position.x()));
            put<quint16>(out, clampTenths(point.position.y()));
            put<quint32>(out, point.timeMs);
            put<quint16>(out, quint16(std::lround(std::clamp(point.pressure, 0.0, 1.0) * 65535)));
        }
    }
    return out;
}

core::Result<QList<Stroke>> decode(const QByteArray &bytes, QSize *pad)
{
    using R = core::Result<QList<Stroke>>;
    if (!bytes.startsWith("SIG1") || bytes.size() < 10)
        return R::failure(tr("This is not signature stroke data."));
    qsizetype at = 4;
    const auto need = [&](qsizetype n) {
        return at + n <= bytes.size();
    };
    const auto u16 = [&] {
        const quint16 v = qFromLittleEndian<quint16>(bytes.constData() + at);
        at += 2;
        return v;
    };
    const quint16 width = u16();
    const quint16 height = u16();
    const quint16 strokeCount = u16();
    if (strokeCount > kMaxStrokes)
        return R::failure(tr("The signature has too many strokes."));
    QList<Stroke> strokes;
    for (int s = 0; s < strokeCount; ++s) {
        if (!need(2))
            return R::failure(tr("The signature data is cut short."));
        const quint16 points = u16();
        if (points > kMaxPoints)
            return R::failure(tr("A stroke of the signature has too many points."));
        if (!need(qsizetype(points) * 10))
            return R::failure(tr("The signature data is cut short."));
        Stroke stroke;
        stroke.reserve(points);
        for (int p = 0; p < points; ++p) {
            Point point;
            const qreal x = u16() / 10.0;
            const qreal y = u16() / 10.0;
            point.position = QPointF(x, y);
            point.timeMs = qFromLittleEndian<quint32>(bytes.constData() + at);
            at += 4;
            point.pressure = u16() / 65535.0;
            stroke << point;
        }
        strokes << stroke;
    }
    if (at != bytes.size())
        return R::failure(tr("The signature data has bytes after its end."));
    if (pad)
        *pad = QSize(width, height);
    return strokes;
}

QImage render(const QList<Stroke> &strokes, QSize pad, QColor ink)
{
    QImage image(pad.isEmpty() ? QSize(1, 1) : pad, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Stroke &stroke : strokes) {
        if (stroke.isEmpty())
            continue;
        if (stroke.size() == 1) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(ink);
            painter.drawEllipse(stroke.first().position, 1.5, 1.5);
            continue;
        }
        // Quadratic curves through the midpoints: smooth ink without overshoot.
        for (qsizetype i = 1; i < stroke.size(); ++i) {
            const QPointF previous = stroke.at(i - 1).position;
            const QPointF current = stroke.at(i).position;
            const QPointF from = i == 1 ? previous : (stroke.at(i - 2).position + previous) / 2;
            const QPointF to = (previous + current) / 2;
            QPainterPath segment(from);
            segment.quadTo(previous, i == stroke.size() - 1 ? current : to);
            painter.setPen(
                QPen(ink, 1.0 + 2.5 * stroke.at(i).pressure, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(segment);
        }
    }
    return image;
}

} // namespace signature
