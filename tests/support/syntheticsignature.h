#pragma once

#include "signature/strokes.h"

#include <cmath>

// A made-up signature: two strokes of a wave, with time and pressure, as a pad would record them.
inline QList<signature::Stroke> syntheticStrokes()
{
    QList<signature::Stroke> strokes;
    quint32 t = 0;
    for (int s = 0; s < 2; ++s) {
        signature::Stroke stroke;
        for (int i = 0; i < 40; ++i) {
            signature::Point point;
            point.position = QPointF(20 + i * 8 + s * 30, 60 + 25 * std::sin(i / 4.0 + s));
            point.timeMs = t += 12;
            point.pressure = 0.4 + 0.5 * std::sin(i / 13.0);
            stroke << point;
        }
        strokes << stroke;
    }
    return strokes;
}

inline QByteArray syntheticSignature()
{
    return signature::encode(syntheticStrokes(), QSize(400, 150));
}
