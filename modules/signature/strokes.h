#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QPointF>

namespace signature {

// One sample of the pen: position in pad pixels, milliseconds since the first touch, pressure 0–1
// (1 for a mouse).
struct Point {
    QPointF position;
    quint32 timeMs = 0;
    qreal pressure = 1.0;
};
using Stroke = QList<Point>;

// The stroke data as kept with a signature. Compact little-endian binary:
//   "SIG1"            4 bytes magic
//   u16 width, u16 height   the pad's size in pixels
//   u16 strokeCount
//   per stroke: u16 pointCount, then per point:
//     u16 x, u16 y    tenths of a pixel
//     u32 t           milliseconds since the first point of the signature
//     u16 pressure    0–65535
// At most 512 strokes of 4096 points; anything else is refused when read.
QByteArray encode(const QList<Stroke> &strokes, QSize pad);
core::Result<QList<Stroke>> decode(const QByteArray &bytes, QSize *pad = nullptr);

// The ink as an image: smooth curves whose width follows the pressure.
QImage render(const QList<Stroke> &strokes, QSize pad, QColor ink = Qt::black);

} // namespace signature
