#pragma once

#include <QWidget>

namespace ui {

// A page whose function arrives in a later release: says so plainly, shows no invented data.
class ComingSoonPage : public QWidget
{
    Q_OBJECT
public:
    ComingSoonPage(const QString &objectName, const QString &title, const QString &purpose, const QString &status,
                   QWidget *parent = nullptr);
};

} // namespace ui
