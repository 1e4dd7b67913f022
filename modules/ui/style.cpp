#include "style.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFile>
#include <QFont>
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
    QFile sheet(QStringLiteral(":/ui/station.qss"));
    if (sheet.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(sheet.readAll()));
}

} // namespace ui
