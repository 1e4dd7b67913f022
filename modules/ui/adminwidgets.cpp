#include "adminwidgets.h"

#include <QBoxLayout>
#include <QFontMetrics>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollBar>
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

void fitColumnsToWidth(QTableWidget *table, const QList<int> &shrinkable)
{
    QHeaderView *header = table->horizontalHeader();
    // The last column fills what is left, sized here: a stretched last section kept the width a
    // wider table gave it, and the columns then overflowed once the vertical scroll bar came.
    header->setStretchLastSection(false);
    table->resizeColumnsToContents();
    // The width the rows get once the list is long enough to scroll: the vertical scroll bar
    // appears after the columns are sized, and a sideways one would then cover a row.
    const int room =
        table->width() - 2 * table->frameWidth() - table->verticalScrollBar()->sizeHint().width();
    int excess = header->length() - room;
    const int last = table->columnCount() - 1;
    if (excess <= 0) {
        if (last >= 0)
            table->setColumnWidth(last, table->columnWidth(last) - excess);
        return;
    }
    // Titles are bold with the style sheet's padding: a column never gets narrower than its title.
    QFont bold = header->font();
    bold.setWeight(QFont::DemiBold);
    const QFontMetrics metrics(bold);
    for (const int column : shrinkable) {
        if (excess <= 0)
            break;
        const QString title =
            table->horizontalHeaderItem(column) ? table->horizontalHeaderItem(column)->text() : QString();
        const int least = metrics.horizontalAdvance(title) + 28;
        const int give = std::min(excess, std::max(0, table->columnWidth(column) - least));
        table->setColumnWidth(column, table->columnWidth(column) - give);
        excess -= give;
        for (int row = 0; row < table->rowCount(); ++row)
            if (QTableWidgetItem *item = table->item(row, column))
                item->setToolTip(item->text());
    }
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

void ActionFeedback::setHiddenWhileEmpty(bool hidden)
{
    m_hiddenWhileEmpty = hidden;
    setVisible(!hidden || !text().isEmpty());
}

bool ActionFeedback::report(const core::Status &status, const QString &done)
{
    setText(status.ok() ? done : status.error());
    if (m_hiddenWhileEmpty)
        setVisible(!text().isEmpty());
    setProperty("problem", !status.ok());
    style()->unpolish(this);
    style()->polish(this);
    return status.ok();
}

} // namespace ui
