#include "tablefit.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <functional>

namespace ui {

namespace {

// Room each side of a cell's text, as the style sheet's QTableView::item asks.
constexpr int kItemPadding = 8;
// ... and a column title by 10 (QHeaderView::section, bold 600).
constexpr int kTitlePadding = 10;
// A wrapping column that is not the last takes at most this many lines while columns can fold.
constexpr int kMostLines = 3;

// The widest piece of `text` that cannot be broken onto another line.
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

bool isIdeograph(QChar c)
{
    return c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF;
}

// Upper bounds of widths without laying text out (a list of 2000 rows is measured in milliseconds,
// not in a second): every character as wide as the widest Latin letter, or, past Latin, as a
// Chinese character, whichever is wider.
class WidthBound
{
public:
    explicit WidthBound(const QFontMetrics &metrics)
    {
        for (const QChar c : QStringLiteral("WMmw@%"))
            m_latin = std::max(m_latin, metrics.horizontalAdvance(c));
        m_wide = std::max(m_latin, metrics.horizontalAdvance(QChar(0x4E2D)));
    }
    int of(QChar c) const { return c.unicode() < 0x80 ? m_latin : m_wide; }
    int of(const QString &text) const
    {
        int sum = 0;
        for (const QChar c : text)
            sum += of(c);
        return sum;
    }
    // Of the widest piece between chances to break: at spaces and between two Chinese characters
    // (the real breaks are at least these; punctuation keeps to its character).
    int ofLongestPiece(const QString &text) const
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

private:
    int m_latin = 0;
    int m_wide = 0;
};

} // namespace

TableFit::TableFit(QTableView *view, QList<ColumnRule> rules, QLabel *detail)
    : QObject(view), m_view(view), m_rules(std::move(rules)), m_detail(detail)
{
    view->setWordWrap(true);
    // Row heights are set by refit(): the header's own ResizeToContents asks the delegate for every
    // cell (about a second for the audit trail's 2000 rows) and wraps in a width the style sheet's
    // item padding does not narrow, a line short of what is painted.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setStretchLastSection(true);
    view->installEventFilter(this);
    if (QAbstractItemModel *model = view->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &TableFit::scheduleRefit);
        connect(model, &QAbstractItemModel::rowsInserted, this, &TableFit::scheduleRefit);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &TableFit::scheduleRefit);
        connect(model, &QAbstractItemModel::dataChanged, this, &TableFit::scheduleRefit);
        connect(model, &QAbstractItemModel::layoutChanged, this, &TableFit::scheduleRefit);
        connect(model, &QAbstractItemModel::headerDataChanged, this, &TableFit::scheduleRefit);
    }
    if (QItemSelectionModel *selection = view->selectionModel()) {
        connect(selection, &QItemSelectionModel::currentRowChanged, this, &TableFit::showDetail);
        connect(selection, &QItemSelectionModel::selectionChanged, this, &TableFit::showDetail);
    }
    if (m_detail) {
        m_detail->setWordWrap(true);
        m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_detail->hide();
    }
    refit();
}

void TableFit::setRules(QList<ColumnRule> rules)
{
    m_rules = std::move(rules);
    refit();
}

int TableFit::cellTextMargin(const QTableView &view)
{
    // As the style paints an item's text: the focus frame's margin and one pixel clear on each side.
    // (The style sheet's item padding does not reach the painting; the columns get room for it
    // all the same, so the text does not touch the lines.)
    return view.style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &view) + 1;
}

bool TableFit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        refit();
    return QObject::eventFilter(watched, event);
}

void TableFit::scheduleRefit()
{
    // A table widget filled cell by cell changes its data once per cell: one refit afterwards.
    if (m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_scheduled = false;
            refit();
        },
        Qt::QueuedConnection);
}

int TableFit::titleWidth(int column) const
{
    QFont bold = m_view->horizontalHeader()->font();
    bold.setWeight(QFont::DemiBold);
    const QFontMetrics metrics(bold);
    int widest = 0;
    const QString title = m_view->model()->headerData(column, Qt::Horizontal).toString();
    for (const QString &line : title.split(QLatin1Char('\n'))) // a title may have two lines
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest + 2 * kTitlePadding + 2;
}

QString TableFit::cellText(int row, int column) const
{
    return m_view->model()->index(row, column).data(Qt::DisplayRole).toString();
}

void TableFit::refit()
{
    const QAbstractItemModel *model = m_view->model();
    if (!model || m_refitting)
        return;
    m_refitting = true;
    const QFontMetrics metrics(m_view->font());
    const int margins = 2 * (cellTextMargin(*m_view) + kItemPadding) + 1;
    const int rows = model->rowCount();
    const int columns = model->columnCount();
    // Room for the columns: the vertical scroll bar's width is always kept free, so that rows
    // growing (or shrinking) past the list's height do not change the room and refit again.
    // Two pixels spare: the style sheet's scroll bar may be a pixel wider than its size hint.
    const QScrollBar *scrollBar = m_view->verticalScrollBar();
    const int room = m_view->contentsRect().width() -
                     (scrollBar->isVisible() ? scrollBar->width() : scrollBar->sizeHint().width()) - 2;

    QList<int> natural(columns, 0);
    QList<int> least(columns, 0);
    QList<bool> wraps(columns, false);
    QList<int> foldOrder(columns, 0);
    QStringList longest(columns);
    for (const ColumnRule &rule : std::as_const(m_rules))
        if (rule.column >= 0 && rule.column < columns) {
            wraps[rule.column] = rule.wraps;
            foldOrder[rule.column] = rule.foldOrder;
        }
    // A wrapping column is never narrower than about ten characters: one word a line is no read.
    const WidthBound bound(metrics);
    const int leastWrapped = metrics.horizontalAdvance(QStringLiteral("0000000000")) + margins;
    for (int column = 0; column < columns; ++column) {
        const int title = titleWidth(column);
        // Measured exactly only while a text's bound can beat the widest so far, largest bound first.
        QList<std::pair<int, int>> byBound; // (bound, row)
        QList<std::pair<int, int>> byPiece;
        byBound.reserve(rows);
        for (int row = 0; row < rows; ++row) {
            const QString text = cellText(row, column);
            byBound.append({bound.of(text), row});
            if (wraps[column])
                byPiece.append({bound.ofLongestPiece(text), row});
        }
        std::sort(byBound.begin(), byBound.end(), std::greater<>());
        std::sort(byPiece.begin(), byPiece.end(), std::greater<>());
        int widest = 0;
        for (const auto &[most, row] : std::as_const(byBound)) {
            if (most <= widest)
                break;
            const QString text = cellText(row, column);
            if (const int width = metrics.horizontalAdvance(text); width > widest) {
                widest = width;
                longest[column] = text;
            }
        }
        int unbreakable = 0;
        for (const auto &[most, row] : std::as_const(byPiece)) {
            if (most <= unbreakable)
                break;
            unbreakable = std::max(unbreakable, widestUnbreakable(metrics, cellText(row, column)));
        }
        natural[column] = std::max(title, widest + margins);
        least[column] =
            wraps[column] ? std::max({title, unbreakable + margins, std::min(leastWrapped, natural[column])})
                          : natural[column];
    }

    // Fold the least needed columns until the rest fit.
    QList<int> shown;
    for (int column = 0; column < columns; ++column)
        shown << column;
    const auto sumOf = [&](const QList<int> &widths) {
        int sum = 0;
        for (const int column : std::as_const(shown))
            sum += widths.at(column);
        return sum;
    };
    m_folded.clear();
    const auto foldNext = [&] {
        int fold = -1;
        for (const int column : std::as_const(shown))
            if (foldOrder.at(column) > 0 && (fold < 0 || foldOrder.at(column) < foldOrder.at(fold)))
                fold = column;
        if (fold < 0)
            return false; // nothing left to fold: the table scrolls, which the screen tests report
        shown.removeOne(fold);
        m_folded << fold;
        return true;
    };
    while (sumOf(least) > room && foldNext()) {
    }

    QList<int> widths;
    for (;;) {
        // The rest of the room to the wrapping columns, the least lacking first and the rest in
        // equal shares: an action name goes on one line before the details get the remainder.
        widths = least;
        int spare = room - sumOf(least);
        QList<int> lacking;
        for (const int column : std::as_const(shown))
            if (natural.at(column) > least.at(column))
                lacking << column;
        std::sort(lacking.begin(), lacking.end(),
                  [&](int a, int b) { return natural.at(a) - least.at(a) < natural.at(b) - least.at(b); });
        for (qsizetype i = 0; i < lacking.size() && spare > 0; ++i) {
            const int column = lacking.at(i);
            const int share = spare / int(lacking.size() - i);
            const int given = std::min(natural.at(column) - least.at(column), share);
            widths[column] += given;
            spare -= given;
        }
        // A column in the middle wrapped onto more than three lines makes every row a screen of
        // its own (an expert's specialties): a folded column gives it room first. The last column
        // (the audit's details) may take the lines it needs.
        bool tooTall = false;
        for (const int column : std::as_const(shown)) {
            if (!wraps.at(column) || column == shown.constLast())
                continue;
            const int textRoom = std::max(1, widths.at(column) - margins);
            const QRect needed =
                metrics.boundingRect(QRect(0, 0, textRoom, 1 << 20), Qt::TextWordWrap, longest.at(column));
            tooTall = tooTall || needed.height() > kMostLines * metrics.lineSpacing();
        }
        if (!tooTall || !foldNext())
            break;
    }
    std::sort(m_folded.begin(), m_folded.end());

    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < columns; ++column) {
        const bool folded = m_folded.contains(column);
        m_view->setColumnHidden(column, folded);
        if (!folded)
            header->resizeSection(column, widths.at(column));
    }
    fitRows(metrics);
    m_refitting = false;
    showDetail();
}

void TableFit::fitRows(const QFontMetrics &metrics)
{
    // Each row as high as its tallest wrapped cell in the width the text is painted in, never lower
    // than the list's usual row. A text that fits its width is one line: measured, not laid out.
    const QAbstractItemModel *model = m_view->model();
    QHeaderView *rows = m_view->verticalHeader();
    const int usual = rows->defaultSectionSize();
    const WidthBound bound(metrics);
    const int margin = 2 * cellTextMargin(*m_view);
    QList<int> shown;
    for (int column = 0; column < model->columnCount(); ++column)
        if (!m_view->isColumnHidden(column))
            shown << column;
    for (int row = 0; row < model->rowCount(); ++row) {
        int height = usual;
        for (const int column : std::as_const(shown)) {
            const QString text = cellText(row, column);
            const int room = std::max(1, m_view->columnWidth(column) - margin);
            if (text.isEmpty() || bound.of(text) <= room || metrics.horizontalAdvance(text) <= room)
                continue;
            const QRect needed = metrics.boundingRect(QRect(0, 0, room, 1 << 20), Qt::TextWordWrap, text);
            height = std::max(height, needed.height() + 6);
        }
        if (rows->sectionSize(row) != height)
            rows->resizeSection(row, height);
    }
}

void TableFit::showDetail()
{
    if (!m_detail)
        return;
    m_detail->setVisible(!m_folded.isEmpty());
    if (m_folded.isEmpty())
        return;
    // Two lines kept whatever it says, so that selecting a row does not move what is below.
    m_detail->setMinimumHeight(2 * m_detail->fontMetrics().lineSpacing());
    const QAbstractItemModel *model = m_view->model();
    QStringList titles;
    for (const int column : std::as_const(m_folded))
        titles << model->headerData(column, Qt::Horizontal)
                      .toString()
                      .replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), QModelIndex())) {
        m_detail->setText(tr("Select a row to see its %1.").arg(titles.join(tr(", "))));
        return;
    }
    QStringList parts;
    for (qsizetype i = 0; i < m_folded.size(); ++i) {
        const QString value = cellText(current.row(), m_folded.at(i));
        parts << tr("%1: %2").arg(titles.at(i), value.isEmpty() ? QStringLiteral("–") : value);
    }
    m_detail->setText(parts.join(QStringLiteral("   ·   ")));
}

} // namespace ui
