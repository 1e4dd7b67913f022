#include "style.h"

#include <QApplication>
#include <QFile>
#include <QFont>

namespace ui {

void applyStationStyle(QApplication &app)
{
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Microsoft YaHei"),
                      QStringLiteral("PingFang SC"), QStringLiteral("sans-serif")});
    font.setPointSize(11);
    QApplication::setFont(font);
    app.setStyle(QStringLiteral("Fusion"));
    QFile sheet(QStringLiteral(":/ui/station.qss"));
    if (sheet.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(sheet.readAll()));
}

} // namespace ui
