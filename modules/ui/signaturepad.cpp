#include "signaturepad.h"

#include <QMouseEvent>
#include <QPainter>
#include <QTabletEvent>
#include <QTouchEvent>

namespace ui {

SignaturePad::SignaturePad(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("signaturePad"));
    setAttribute(Qt::WA_AcceptTouchEvents);
    setMinimumHeight(120);
    setCursor(Qt::CrossCursor);
    setToolTip(tr("Sign here with the pen, the mouse or a finger."));
}

void SignaturePad::clear()
{
    m_strokes.clear();
    m_clock.invalidate();
    update();
    emit changed();
}

void SignaturePad::undoStroke()
{
    if (!m_strokes.isEmpty())
        m_strokes.removeLast();
    update();
    emit changed();
}

void SignaturePad::begin(const QPointF &at, qreal pressure)
{
    if (!m_clock.isValid())
        m_clock.start();
    m_drawing = true;
    m_strokes.append(signature::Stroke{{at, quint32(m_clock.elapsed()), pressure}});
    update();
}

void SignaturePad::extend(const QPointF &at, qreal pressure)
{
    if (!m_drawing || m_strokes.isEmpty())
        return;
    m_strokes.last().append({at, quint32(m_clock.elapsed()), pressure});
    update();
}

void SignaturePad::end()
{
    if (!m_drawing)
        return;
    m_drawing = false;
    emit changed();
}

void SignaturePad::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    painter.setPen(QPen(QColor(0xcb, 0xd5, 0xe1), 1, Qt::DashLine));
    painter.drawLine(QPointF(12, height() * 0.75), QPointF(width() - 12, height() * 0.75));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
    painter.drawImage(0, 0, signature::render(m_strokes, size(), QColor(0x0b, 0x1f, 0x3a)));
}

void SignaturePad::mousePressEvent(QMouseEvent *event)
{
    begin(event->position(), 1.0);
}

void SignaturePad::mouseMoveEvent(QMouseEvent *event)
{
    extend(event->position(), 1.0);
}

void SignaturePad::mouseReleaseEvent(QMouseEvent *)
{
    end();
}

void SignaturePad::tabletEvent(QTabletEvent *event)
{
    switch (event->type()) {
    case QEvent::TabletPress:
        begin(event->position(), event->pressure());
        break;
    case QEvent::TabletMove:
        extend(event->position(), event->pressure());
        break;
    case QEvent::TabletRelease:
        end();
        break;
    default:
        break;
    }
    event->accept(); // no synthesized mouse events on top
}

bool SignaturePad::event(QEvent *event)
{
    if (event->type() == QEvent::TouchBegin || event->type() == QEvent::TouchUpdate ||
        event->type() == QEvent::TouchEnd) {
        const auto *touch = static_cast<QTouchEvent *>(event);
        if (touch->points().isEmpty())
            return true;
        const QEventPoint &point = touch->points().first();
        const qreal pressure = point.pressure() > 0 ? point.pressure() : 1.0;
        if (event->type() == QEvent::TouchBegin)
            begin(point.position(), pressure);
        else if (event->type() == QEvent::TouchUpdate)
            extend(point.position(), pressure);
        else
            end();
        return true;
    }
    return QWidget::event(event);
}

} // namespace ui
