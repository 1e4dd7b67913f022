#pragma once

#include <QLabel>

class QAbstractItemModel;
class QTableView;

namespace ui {

// Building blocks shared by the pages.

// A quiet, styled notice: what this screen does not do yet, or what to know before using it.
class InfoBanner : public QLabel
{
    Q_OBJECT
public:
    explicit InfoBanner(const QString &text, QWidget *parent = nullptr);
};

// Page title with a one-line explanation underneath.
QWidget *makePageHeader(const QString &title, const QString &subtitle, QWidget *parent);

// Applies the style sheet again after a dynamic property it selects on ("problem", "empty") changed.
void repolish(QWidget *widget);

// A page's message line: `text` styled as a problem or as a plain notice; an empty text marks the
// line "empty" so the style sheet can hide its box.
void setMessage(QLabel *label, const QString &text, bool problem);

// The product's read-only list: whole-row selection, striped rows, no row numbers.
QTableView *makeListView(const QString &objectName, QAbstractItemModel *model, QWidget *parent);

} // namespace ui
