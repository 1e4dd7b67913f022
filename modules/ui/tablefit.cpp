#include "tablefit.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>

#include <algorithm>

namespace ui {

namespace {

// Room each side of a cell's text, as the style sheet's QTableView::item asks.
constexpr int kItemPadding = 8;
// ... and a column title by 10 (QHeaderView::section, bold 600).
constexpr int kTitlePadding = 10;
// A wrapping column that is not the last takes at most this many lines while columns can fold.
constexpr int kMostLines = 3;

} // namespace

TableFit::TableFit(QTableView *view, QList<ColumnRule> rules, QLabel *detail)
    : QObject(view)
    , m_view(view)
    , m_viewport(view->viewport())
    , m_viewObject(view)
    , m_rules(std::move(rules))
    , m_detail(detail)
{
    view->setWordWrap(true);
    // Row heights are set here, for the rows in view: the header's own ResizeToContents asks the delegate for
    // every cell (about a second for the audit trail's 2000 rows) and wraps in a width the style sheet's item
    // padding does not narrow, a line short of what is painted.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setStretchLastSection(true);
    view->installEventFilter(this);
    m_viewport->installEventFilter(this);
    if (QAbstractItemModel *model = view->model()) {
        m_rowLayout = QList<quint32>(model->rowCount(), 0);
        connect(model, &QAbstractItemModel::modelReset, this, &TableFit::rowsReset);
        connect(model, &QAbstractItemModel::layoutChanged, this, &TableFit::rowsReset);
        connect(model, &QAbstractItemModel::rowsMoved, this, &TableFit::rowsReset);
        connect(model, &QAbstractItemModel::columnsInserted, this, &TableFit::rowsReset);
        connect(model, &QAbstractItemModel::columnsRemoved, this, &TableFit::rowsReset);
        connect(model, &QAbstractItemModel::rowsInserted, this, &TableFit::rowsInserted);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &TableFit::rowsRemoved);
        connect(model, &QAbstractItemModel::dataChanged, this, &TableFit::cellsChanged);
        connect(model, &QAbstractItemModel::headerDataChanged, this, &TableFit::scheduleRefit);
    }
    // Rows scrolled into view get their height before they are painted.
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        // Scrolled down: the row that came in at the bottom stays there (moving to a row below
        // placed it by the heights the rows had before they were fitted).
        const bool down = value > m_scrolledTo;
        m_scrolledTo = value;
        fitRowsInView(down);
    });
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

bool TableFit::viewGone() const
{
    // During ~QWidget the object's dynamic type is QWidget: the cast fails from ~QAbstractItemView on.
    return qobject_cast<const QAbstractItemView *>(m_viewObject) == nullptr;
}

bool TableFit::eventFilter(QObject *watched, QEvent *event)
{
    if (viewGone())
        return QObject::eventFilter(watched, event);
    if (watched == m_view) {
        switch (event->type()) {
        case QEvent::Show:
            refit();
            break;
        case QEvent::Resize:
            // A new width: one refit for all the resizes of this pass of the event loop (a drag, a
            // layout settling in steps). A new height only shows other rows.
            if (static_cast<QResizeEvent *>(event)->size().width() !=
                static_cast<QResizeEvent *>(event)->oldSize().width())
                scheduleRefit();
            else
                fitRowsInView();
            break;
        case QEvent::FontChange:
        case QEvent::StyleChange:
            m_measures.invalidate();
            scheduleRefit();
            break;
        default:
            break;
        }
    } else if (watched == m_viewport && event->type() == QEvent::Paint) {
        // Never painted unfitted: a refit still waiting is done now, rows new in view are fitted.
        if (m_scheduled)
            refit();
        else
            fitRowsInView();
    }
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
            if (m_scheduled)
                refit();
        },
        Qt::QueuedConnection);
}

void TableFit::rowsReset()
{
    if (viewGone())
        return;
    m_measures.invalidate();
    m_rowLayout = QList<quint32>(m_view->model()->rowCount(), 0);
    scheduleRefit();
}

void TableFit::rowsInserted(const QModelIndex &parent, int first, int last)
{
    if (viewGone())
        return;
    if (parent.isValid())
        return;
    m_measures.rowsInserted(*m_view->model(), first, last);
    if (first <= m_rowLayout.size())
        m_rowLayout.insert(first, last - first + 1, 0);
    scheduleRefit();
}

void TableFit::rowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (viewGone())
        return;
    if (parent.isValid())
        return;
    m_measures.invalidate(); // a widest text may have gone
    if (last < m_rowLayout.size())
        m_rowLayout.remove(first, last - first + 1);
    scheduleRefit();
}

void TableFit::cellsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (viewGone())
        return;
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    m_measures.cellsChanged(*m_view->model(), topLeft.row(), bottomRight.row(), topLeft.column(),
                            bottomRight.column());
    for (int row = topLeft.row(); row <= bottomRight.row() && row < m_rowLayout.size(); ++row)
        m_rowLayout[row] = 0;
    scheduleRefit();
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
    if (viewGone())
        return;
    const QAbstractItemModel *model = m_view->model();
    if (!model || m_refitting)
        return;
    m_scheduled = false;
    m_refitting = true;
    const QFontMetrics metrics(m_view->font());
    const int margins = 2 * (cellTextMargin(*m_view) + kItemPadding) + 1;
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
    for (const ColumnRule &rule : std::as_const(m_rules))
        if (rule.column >= 0 && rule.column < columns) {
            wraps[rule.column] = rule.wraps;
            foldOrder[rule.column] = rule.foldOrder;
        }
    // What the rows ask: read from every row only after a reset (or a font, rules); kept since.
    if (!m_measures.isValidFor(m_view->font(), wraps))
        m_measures.measureAll(*model, m_view->font(), wraps);
    // A wrapping column is never narrower than about ten characters: one word a line is no read.
    const int leastWrapped = metrics.horizontalAdvance(QStringLiteral("0000000000")) + margins;
    for (int column = 0; column < columns; ++column) {
        const int title = titleWidth(column);
        const int widest = m_measures.column(column).widest;
        const int unbreakable = m_measures.column(column).unbreakable;
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
            const QRect needed = metrics.boundingRect(QRect(0, 0, textRoom, 1 << 20), Qt::TextWordWrap,
                                                      m_measures.column(column).longest);
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
    fitRowsInView();
    m_refitting = false;
    showDetail();
}

void TableFit::fitRowsInView(bool keepBottom)
{
    if (viewGone())
        return;
    const QAbstractItemModel *model = m_view->model();
    if (!model || m_fittingRows)
        return;
    const int rows = model->rowCount();
    if (m_rowLayout.size() != rows) // out of step with the model (not told of a change): all again
        m_rowLayout = QList<quint32>(rows, 0);
    if (rows == 0)
        return;
    m_fittingRows = true;
    // The widths as painted (the last column stretches): new widths, every row's height is stale.
    QList<int> widths;
    for (int column = 0; column < model->columnCount(); ++column)
        widths << (m_view->isColumnHidden(column) ? -1 : m_view->columnWidth(column));
    if (widths != m_layoutWidths) {
        m_layoutWidths = widths;
        ++m_layout;
    }
    const QFontMetrics metrics(m_view->font());
    const WidthBound bound(metrics);
    const int page = std::max(m_view->viewport()->height(), 1);
    int filled = 0;
    if (keepBottom && m_view->verticalScrollMode() == QAbstractItemView::ScrollPerItem) {
        int bottom = m_view->rowAt(page - 1);
        int top = bottom = bottom < 0 ? rows - 1 : bottom;
        for (int row = bottom; row >= 0; --row) {
            fitRow(row, metrics, bound);
            filled += m_view->rowHeight(row);
            if (filled > page)
                break;
            top = row;
        }
        if (QScrollBar *scrollBar = m_view->verticalScrollBar(); top > scrollBar->value()) {
            m_scrolledTo = top;
            scrollBar->setValue(top); // per item: the value is the top row
        }
        filled = 0;
    }
    for (int row = std::max(m_view->rowAt(0), 0); row < rows && filled < 2 * page; ++row) {
        fitRow(row, metrics, bound);
        filled += m_view->rowHeight(row);
    }
    filled = 0;
    for (int row = rows - 1; row >= 0 && filled < page; --row) {
        fitRow(row, metrics, bound);
        filled += m_view->rowHeight(row);
    }
    m_fittingRows = false;
}

void TableFit::fitRow(int row, const QFontMetrics &metrics, const WidthBound &bound)
{
    // As high as its tallest wrapped cell in the width the text is painted in, never lower than the
    // list's usual row. A text that fits its width is one line: measured, not laid out.
    if (m_rowLayout.at(row) == m_layout)
        return;
    m_rowLayout[row] = m_layout;
    QHeaderView *rows = m_view->verticalHeader();
    int height = rows->defaultSectionSize();
    const int margin = 2 * cellTextMargin(*m_view);
    for (int column = 0; column < m_layoutWidths.size(); ++column) {
        if (m_layoutWidths.at(column) < 0)
            continue;
        const QString text = cellText(row, column);
        const int room = std::max(1, m_layoutWidths.at(column) - margin);
        // Strictly narrower: a whole-pixel advance may be half a pixel short of the laid-out
        // line, which then wraps and is cut to "…" in a one-line row.
        if (text.isEmpty() || bound.of(text) < room || metrics.horizontalAdvance(text) < room)
            continue;
        const QRect needed = metrics.boundingRect(QRect(0, 0, room, 1 << 20), Qt::TextWordWrap, text);
        height = std::max(height, needed.height() + 6);
    }
    if (rows->sectionSize(row) != height)
        rows->resizeSection(row, height);
}

void TableFit::showDetail()
{
    if (viewGone())
        return;
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
