#include "elidinglabel.h"

#include <QHelpEvent>
#include <QPainter>
#include <QStyle>
#include <QToolTip>

#include <algorithm>

namespace ui {

ElidingLabel::ElidingLabel(const QString &text, QWidget *parent) : QLabel(text, parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
}

void ElidingLabel::setShortText(const QString &shortText)
{
    if (shortText == m_shortText)
        return;
    m_shortText = shortText;
    updateGeometry();
    update();
}

QString ElidingLabel::shownText() const
{
    const int width = contentsRect().width();
    if (fontMetrics().horizontalAdvance(text()) <= width)
        return text();
    const QString &fallback = m_shortText.isEmpty() ? text() : m_shortText;
    return fontMetrics().elidedText(fallback, Qt::ElideRight, width);
}

bool ElidingLabel::isElided() const
{
    const QString shown = shownText();
    return shown != text() && shown != m_shortText;
}

QSize ElidingLabel::minimumSizeHint() const
{
    QSize size = QLabel::minimumSizeHint();
    const int cut = fontMetrics().horizontalAdvance(QStringLiteral("MMM…"));
    if (m_shortText.isEmpty()) {
        size.setWidth(std::min(size.width(), cut));
        return size;
    }
    // The short form whole: the margins and the style sheet's padding around it as around the text.
    const int around = size.width() - fontMetrics().horizontalAdvance(text());
    size.setWidth(std::min(size.width(), std::max(0, around) + fontMetrics().horizontalAdvance(m_shortText)));
    return size;
}

void ElidingLabel::setModest(bool modest)
{
    m_modest = modest;
    // Width to spare goes to it, up to its whole text.
    setSizePolicy(modest ? QSizePolicy::Expanding : QSizePolicy::Preferred, sizePolicy().verticalPolicy());
    updateGeometry();
}

QSize ElidingLabel::sizeHint() const
{
    return m_modest ? minimumSizeHint() : QLabel::sizeHint();
}

void ElidingLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    drawFrame(&painter); // the style sheet's border
    style()->drawItemText(&painter, contentsRect(), int(alignment()) | Qt::TextSingleLine, palette(),
                          isEnabled(), shownText(), foregroundRole());
}

bool ElidingLabel::event(QEvent *event)
{
    // A cut or shortened text shows whole in the tooltip, above what the item says about itself
    // (the hub's advice, the health checks).
    if (event->type() == QEvent::ToolTip && shownText() != text()) {
        const QString own = toolTip();
        const QString tip = own.isEmpty() || own == text() ? text() : text() + QLatin1Char('\n') + own;
        QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), tip, this);
        return true;
    }
    return QLabel::event(event);
}

} // namespace ui
