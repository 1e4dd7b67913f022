#pragma once

#include <QWidget>

namespace ui {

// A page whose function arrives in a later release: says so plainly, lists what it will do,
// shows no invented data.
class ComingSoonPage : public QWidget
{
    Q_OBJECT
public:
    struct Content {
        QString title;
        QString purpose;
        QStringList features;
        QString status;
    };
    ComingSoonPage(const QString &objectName, const Content &content, QWidget *parent = nullptr);
};

} // namespace ui
