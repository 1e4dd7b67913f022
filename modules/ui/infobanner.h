#pragma once

#include <QLabel>

namespace ui {

// A quiet, styled notice: what this screen does not do yet, or what to know before using it.
class InfoBanner : public QLabel
{
    Q_OBJECT
public:
    explicit InfoBanner(const QString &text, QWidget *parent = nullptr);
};

// Page title with a one-line explanation underneath.
QWidget *makePageHeader(const QString &title, const QString &subtitle, QWidget *parent);

} // namespace ui
