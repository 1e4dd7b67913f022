#pragma once

#include "signature/strokes.h"

#include <QElapsedTimer>
#include <QWidget>

namespace ui {

// Where the expert signs: pen (QTabletEvent, with pressure), mouse or touch. Keeps each point's
// position, time and pressure, draws smooth ink, and can clear or take back the last stroke.
class SignaturePad : public QWidget
{
    Q_OBJECT
public:
    explicit SignaturePad(QWidget *parent = nullptr);
    const QList<signature::Stroke> &strokes() const { return m_strokes; }
    QByteArray encoded() const { return signature::encode(m_strokes, size()); }
    bool isEmpty() const { return m_strokes.isEmpty(); }
    void clear();
    void undoStroke();
    QSize sizeHint() const override { return {420, 140}; }

signals:
    void changed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void tabletEvent(QTabletEvent *event) override;
    bool event(QEvent *event) override; // touch

private:
    void begin(const QPointF &at, qreal pressure);
    void extend(const QPointF &at, qreal pressure);
    void end();

    QList<signature::Stroke> m_strokes;
    QElapsedTimer m_clock; // times run from the first touch of the signature
    bool m_drawing = false;
};

} // namespace ui
