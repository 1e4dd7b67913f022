#pragma once

#include <QFont>
#include <QList>
#include <QString>

class QAbstractItemModel;
class QFontMetrics;

namespace ui {

// Upper bounds of text widths without laying text out (a list of 2000 rows is measured in
// milliseconds, not in a second): every character as wide as the widest Latin letter, or, past
// Latin, as a Chinese character, whichever is wider.
class WidthBound
{
public:
    explicit WidthBound(const QFontMetrics &metrics);
    int of(QChar c) const { return c.unicode() < 0x80 ? m_latin : m_wide; }
    int of(const QString &text) const;
    // Of the widest piece between chances to break: at spaces and between two Chinese characters
    // (the real breaks are at least these; punctuation keeps to its character).
    int ofLongestPiece(const QString &text) const;

private:
    int m_latin = 0;
    int m_wide = 0;
};

// The widest piece of `text` that cannot be broken onto another line.
int widestUnbreakable(const QFontMetrics &metrics, const QString &text);

// What a list's texts ask of its columns, kept while rows come and change, so that fitting the
// list to a new width reads none of its rows (a resize of the audit trail's 2000 rows read every
// cell twice: up to 0.8 s per step of a drag). Per column: the widest text on one line and, for a
// wrapping column, the widest piece that cannot go onto another line. Inserted and changed rows
// are measured alone; removed rows, a reset, a change to a row holding a widest text, a new font
// or new rules make the next fit read every row once.
class ColumnMeasures
{
public:
    struct Column {
        int widest = 0;  // pixels of the widest text on one line
        QString longest; // that text
        int unbreakable = 0;
        int widestRow = -1; // the rows holding them: a change there may make them smaller
        int unbreakableRow = -1;
    };

    bool isValidFor(const QFont &font, const QList<bool> &wraps) const
    {
        return m_valid && m_font == font && m_wraps == wraps;
    }
    void invalidate() { m_valid = false; }
    void measureAll(const QAbstractItemModel &model, const QFont &font, const QList<bool> &wraps);
    // After the model inserted rows first…last (top-level).
    void rowsInserted(const QAbstractItemModel &model, int first, int last);
    // After the model changed the cells of rows first…last, columns firstColumn…lastColumn.
    void cellsChanged(const QAbstractItemModel &model, int first, int last, int firstColumn, int lastColumn);
    const Column &column(int column) const { return m_columns.at(column); }

private:
    void measureCell(Column &column, int row, const QString &text, const QFontMetrics &metrics,
                     const WidthBound &bound, bool wraps) const;

    bool m_valid = false;
    QFont m_font;
    QList<bool> m_wraps;
    QList<Column> m_columns;
};

} // namespace ui
