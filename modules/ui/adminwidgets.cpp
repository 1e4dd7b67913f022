#include "adminwidgets.h"

#include <QBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>

#include <algorithm>

namespace ui {

QTableWidget *makeAdminTable(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(32);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

void setAdminRow(QTableWidget *table, int row, const QString &key, const QStringList &cells)
{
    if (table->rowCount() <= row)
        table->setRowCount(row + 1);
    for (int column = 0; column < cells.size() && column < table->columnCount(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        if (column == 0)
            item->setData(Qt::UserRole, key);
        table->setItem(row, column, item);
    }
}

void fitLongColumn(QTableWidget *table, int column)
{
    table->resizeColumnToContents(column);
    const int third = std::max(table->width() / 3, table->fontMetrics().averageCharWidth() * 16);
    table->setColumnWidth(column, std::min(table->columnWidth(column), third));
}

QString selectedKey(const QTableWidget *table)
{
    const int row = table->currentRow();
    if (row < 0 || !table->item(row, 0) || !table->selectionModel()->isRowSelected(row, QModelIndex()))
        return {};
    return table->item(row, 0)->data(Qt::UserRole).toString();
}

void selectKey(QTableWidget *table, const QString &key)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0) && table->item(row, 0)->data(Qt::UserRole).toString() == key) {
            table->selectRow(row);
            return;
        }
}

QPushButton *addActionButton(QBoxLayout *layout, const QString &objectName, const QString &text,
                             QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    layout->addWidget(button);
    return button;
}

ActionFeedback::ActionFeedback(const QString &objectName, QWidget *parent) : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
}

bool ActionFeedback::report(const core::Status &status, const QString &done)
{
    setText(status.ok() ? done : status.error());
    setProperty("problem", !status.ok());
    style()->unpolish(this);
    style()->polish(this);
    return status.ok();
}

} // namespace ui
