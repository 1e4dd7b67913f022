#pragma once

#include "core/result.h"

#include <QLabel>

class QBoxLayout;
class QPushButton;
class QTableWidget;

namespace ui {

// Building blocks of the administration tabs.

// A read-only list whose rows carry their key in the first column's Qt::UserRole.
QTableWidget *makeAdminTable(const QString &objectName, const QStringList &headers, QWidget *parent);
void setAdminRow(QTableWidget *table, int row, const QString &key, const QStringList &cells);
// The key of the selected row; empty when none is selected.
QString selectedKey(const QTableWidget *table);
// A column of long lists (specialties) as wide as its contents but at most a third of the table,
// so that the columns after it stay on a narrow screen; its cells carry the whole text as tooltip.
void fitLongColumn(QTableWidget *table, int column);
// Columns as wide as their contents; when together they are wider than the table, the `shrinkable`
// ones (long lists, names) give up the excess, each down to its title, so that no sideways scroll
// bar takes a row's height on a small screen. Their cells carry the whole text as tooltip.
void fitColumnsToWidth(QTableWidget *table, const QList<int> &shrinkable);
// Selects the row of that key again after a refresh.
void selectKey(QTableWidget *table, const QString &key);

QPushButton *addActionButton(QBoxLayout *layout, const QString &objectName, const QString &text,
                             QWidget *parent);

// One line under a tab saying what the last action did, or what is wrong with it.
class ActionFeedback : public QLabel
{
    Q_OBJECT
public:
    explicit ActionFeedback(const QString &objectName, QWidget *parent = nullptr);
    // Shows `done` when the status is ok, otherwise its error in the problem colour; returns ok().
    bool report(const core::Status &status, const QString &done);
    // Takes no line while it has nothing to say (under lists that share the height, on a small
    // screen); what shows it takes the room from the lists, never moves their buttons.
    void setHiddenWhileEmpty(bool hidden);

private:
    bool m_hiddenWhileEmpty = false;
};

} // namespace ui
