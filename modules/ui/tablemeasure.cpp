#include "tablemeasure.h"

#include <QAbstractItemModel>
#include <QFontMetrics>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <functional>

namespace ui {

namespace {

bool isIdeograph(QChar c)
{
    return c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF;
}

QString cellText(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data(Qt::DisplayRole).toString();
}

} // namespace

WidthBound::WidthBound(const QFontMetrics &metrics)
{
    // A pixel more than each whole-pixel advance: still a bound when advances have fractions.
    for (const QChar c : QStringLiteral("WMmw@%"))
        m_latin = std::max(m_latin, metrics.horizontalAdvance(c) + 1);
    m_wide = std::max(m_latin, metrics.horizontalAdvance(QChar(0x4E2D)) + 1);
}

int WidthBound::of(const QString &text) const
{
    int sum = 0;
    for (const QChar c : text)
        sum += of(c);
    return sum;
}

int WidthBound::ofLongestPiece(const QString &text) const
{
    int widest = 0;
    int run = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace() || (i > 0 && isIdeograph(c) && isIdeograph(text.at(i - 1))))
            run = 0;
        if (!c.isSpace())
            run += of(c);
        widest = std::max(widest, run);
    }
    return widest;
}

int widestUnbreakable(const QFontMetrics &metrics, const QString &text)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, text);
    int widest = 0;
    qsizetype start = 0;
    for (qsizetype end = finder.toNextBoundary(); end != -1; end = finder.toNextBoundary()) {
        if (end > start)
            widest = std::max(widest, metrics.horizontalAdvance(text.mid(start, end - start).trimmed()));
        start = end;
    }
    return widest;
}

void ColumnMeasures::measureAll(const QAbstractItemModel &model, const QFont &font, const QList<bool> &wraps)
{
    m_font = font;
    m_wraps = wraps;
    m_valid = true;
    const QFontMetrics metrics(font);
    const WidthBound bound(metrics);
    const int rows = model.rowCount();
    const int columns = model.columnCount();
    m_columns = QList<Column>(columns);
    QStringList texts;
    texts.reserve(rows);
    QList<std::pair<int, int>> byBound; // (bound, row)
    QList<std::pair<int, int>> byPiece;
    for (int column = 0; column < columns; ++column) {
        Column &measured = m_columns[column];
        const bool wrapping = column < wraps.size() && wraps.at(column);
        texts.clear();
        byBound.clear();
        byPiece.clear();
        for (int row = 0; row < rows; ++row) {
            texts << cellText(model, row, column);
            byBound.append({bound.of(texts.constLast()), row});
            if (wrapping)
                byPiece.append({bound.ofLongestPiece(texts.constLast()), row});
        }
        // Measured exactly only while a text's bound can beat the widest so far, largest bound first.
        std::sort(byBound.begin(), byBound.end(), std::greater<>());
        std::sort(byPiece.begin(), byPiece.end(), std::greater<>());
        for (const auto &[most, row] : std::as_const(byBound)) {
            if (most <= measured.widest)
                break;
            if (const int width = metrics.horizontalAdvance(texts.at(row)); width > measured.widest) {
                measured.widest = width;
                measured.longest = texts.at(row);
                measured.widestRow = row;
            }
        }
        for (const auto &[most, row] : std::as_const(byPiece)) {
            if (most <= measured.unbreakable)
                break;
            if (const int width = widestUnbreakable(metrics, texts.at(row)); width > measured.unbreakable) {
                measured.unbreakable = width;
                measured.unbreakableRow = row;
            }
        }
    }
}

void ColumnMeasures::measureCell(Column &column, int row, const QString &text, const QFontMetrics &metrics,
                                 const WidthBound &bound, bool wraps) const
{
    if (bound.of(text) > column.widest)
        if (const int width = metrics.horizontalAdvance(text); width > column.widest) {
            column.widest = width;
            column.longest = text;
            column.widestRow = row;
        }
    if (wraps && bound.ofLongestPiece(text) > column.unbreakable)
        if (const int width = widestUnbreakable(metrics, text); width > column.unbreakable) {
            column.unbreakable = width;
            column.unbreakableRow = row;
        }
}

void ColumnMeasures::rowsInserted(const QAbstractItemModel &model, int first, int last)
{
    if (!m_valid)
        return;
    const int count = last - first + 1;
    for (Column &column : m_columns) {
        if (column.widestRow >= first)
            column.widestRow += count;
        if (column.unbreakableRow >= first)
            column.unbreakableRow += count;
    }
    cellsChanged(model, first, last, 0, int(m_columns.size()) - 1);
}

void ColumnMeasures::cellsChanged(const QAbstractItemModel &model, int first, int last, int firstColumn,
                                  int lastColumn)
{
    if (!m_valid)
        return;
    if (model.columnCount() != m_columns.size()) {
        m_valid = false;
        return;
    }
    firstColumn = std::max(firstColumn, 0);
    lastColumn = std::min(lastColumn, int(m_columns.size()) - 1);
    // A row that held a column's widest text may now hold a narrower one: every row again.
    for (int column = firstColumn; column <= lastColumn; ++column) {
        const Column &measured = m_columns.at(column);
        if ((measured.widestRow >= first && measured.widestRow <= last) ||
            (measured.unbreakableRow >= first && measured.unbreakableRow <= last)) {
            m_valid = false;
            return;
        }
    }
    const QFontMetrics metrics(m_font);
    const WidthBound bound(metrics);
    for (int column = firstColumn; column <= lastColumn; ++column) {
        const bool wrapping = column < m_wraps.size() && m_wraps.at(column);
        for (int row = first; row <= last; ++row)
            measureCell(m_columns[column], row, cellText(model, row, column), metrics, bound, wrapping);
    }
}

} // namespace ui
