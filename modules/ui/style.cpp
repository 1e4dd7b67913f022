#include "style.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFile>
#include <QFont>
#include <QPalette>
#include <QProxyStyle>
#include <QStyleFactory>

namespace ui {

namespace {

// Fusion, plus the behaviour every page's widgets share.
class StationStyle : public QProxyStyle
{
public:
    StationStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

    void polish(QWidget *widget) override
    {
        QProxyStyle::polish(widget);
        // A table that cannot be edited takes one Tab stop, not one per cell: otherwise Tab walks
        // every cell of the review page's opinions before it reaches the conclusion's fields (the
        // arrow keys still move between the cells).
        if (auto *view = qobject_cast<QAbstractItemView *>(widget);
            view && view->editTriggers() == QAbstractItemView::NoEditTriggers)
            view->setTabKeyNavigation(false);
    }
    using QProxyStyle::polish;
};

} // namespace

void applyStationStyle(QApplication &app)
{
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Microsoft YaHei"),
                      QStringLiteral("PingFang SC"), QStringLiteral("sans-serif")});
    font.setPointSize(11);
    QApplication::setFont(font);
    QApplication::setStyle(new StationStyle);
    // The hint in an empty field (a unit, "cm") is lighter than a value in every state: in a
    // submitted opinion the hints were darker than the values, and "cm" read like an answer.
    QPalette palette = QApplication::palette();
    palette.setColor(QPalette::Active, QPalette::PlaceholderText, QColor(0x8a, 0x96, 0xa6));
    palette.setColor(QPalette::Inactive, QPalette::PlaceholderText, QColor(0x8a, 0x96, 0xa6));
    palette.setColor(QPalette::Disabled, QPalette::PlaceholderText, QColor(0xb0, 0xb9, 0xc4));
    QApplication::setPalette(palette);
    QFile sheet(QStringLiteral(":/ui/station.qss"));
    if (sheet.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(sheet.readAll()));
}

} // namespace ui
