#include "dashboardpage.h"

#include "dashboardcard.h"
#include "dashboardfill.h"
#include "pagewidgets.h"
#include "screenfit.h"

#include "statistics/statisticsservice.h"

#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace ui {

namespace {

constexpr int kLivePollMs = 2000;        // the hall display reads the same events every 250 ms
constexpr int kCheckInRefreshTicks = 30; // check-ins are not call events: at least once a minute
constexpr int kLeastCardWidth = 440;     // a chart with its title, Table and CSV… readable

QLabel *sectionHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: bold; margin-top: 6px"));
    return label;
}

} // namespace

DashboardPage::DashboardPage(const Services &services, const accounts::Session &session, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
    , m_names(statistics::expertNamesFor(session.account.role))
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(6);
    layout->addWidget(makePageHeader(
        tr("Dashboard"),
        m_names == statistics::ExpertNames::Shown
            ? tr("How the venue runs today and over a range of days; experts by name (venue admin only).")
            : tr("How the venue runs today and over a range of days; read-only, experts anonymised."),
        this));

    // The controls stay in view; only the charts scroll.
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("From"), this));
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("dashboardFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(tr("to"), this));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("dashboardTo"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    controls->addWidget(m_to);
    auto *thisMonth = new QPushButton(tr("This month"), this);
    thisMonth->setObjectName(QStringLiteral("dashboardThisMonth"));
    controls->addWidget(thisMonth);
    auto *lastMonth = new QPushButton(tr("Last month"), this);
    lastMonth->setObjectName(QStringLiteral("dashboardLastMonth"));
    controls->addWidget(lastMonth);
    controls->addStretch(1);
    layout->addLayout(controls);
    // At 911×512 the exports go on a row of their own: the range and the exports were wider.
    QHBoxLayout *exports = controls;
    if (isCompactScreen(*this)) {
        exports = new QHBoxLayout;
        exports->addStretch(1);
        layout->addLayout(exports);
    }
    auto *pdf = new QPushButton(tr("Save as PDF…"), this);
    pdf->setObjectName(QStringLiteral("dashboardExportPdf"));
    exports->addWidget(pdf);
    auto *png = new QPushButton(tr("Save as PNG…"), this);
    png->setObjectName(QStringLiteral("dashboardExportPng"));
    exports->addWidget(png);

    m_liveSummary = new QLabel(this);
    m_liveSummary->setObjectName(QStringLiteral("dashboardLiveSummary"));
    m_liveSummary->setWordWrap(true);
    layout->addWidget(m_liveSummary);
    m_rangeSummary = new QLabel(this);
    m_rangeSummary->setObjectName(QStringLiteral("dashboardRangeSummary"));
    m_rangeSummary->setWordWrap(true);
    layout->addWidget(m_rangeSummary);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dashboardMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("dashboardScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_grid = new QWidget(m_scroll);
    m_grid->setObjectName(QStringLiteral("dashboardGrid"));
    auto *grid = new QGridLayout(m_grid);
    grid->setContentsMargins(0, 0, 4, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(10);
    bool live = true;
    m_gridItems.append({sectionHeading(tr("Today, live"), m_grid), true});
    for (const dashboard::CardSpec &spec : dashboard::cardSpecs()) {
        const QString name = QLatin1String(spec.objectName);
        const bool wide = name == QLatin1String("expertsCard") || name == QLatin1String("casesPerDayCard");
        if (live && !spec.live) {
            live = false;
            m_gridItems.append({sectionHeading(tr("Over the range"), m_grid), true});
        }
        auto *card = new DashboardCard(name, dashboard::cardTitle(name, m_names), m_grid);
        card->setMinimumHeight(wide ? 320 : 270);
        connect(card, &DashboardCard::csvRequested, this, [this](DashboardCard *which) {
            const QString path =
                askSavePath(QStringLiteral("dashboardCsvDialog"), tr("Save the table as CSV"),
                            which->objectName().remove(QStringLiteral("Card")) + QStringLiteral(".csv"),
                            tr("CSV files (*.csv)"));
            if (path.isEmpty())
                return;
            const QString error = exportCsv(*which, path);
            showMessage(error.isEmpty() ? tr("Saved %1.").arg(QDir::toNativeSeparators(path)) : error,
                        !error.isEmpty());
        });
        m_cards << card;
        m_gridItems.append({card, wide});
    }
    layOutCards(2);
    m_scroll->viewport()->installEventFilter(this);
    m_scroll->setWidget(m_grid);
    layout->addWidget(m_scroll, 1);

    const QDate today = m_services.clock.today();
    m_from->setDate(QDate(today.year(), today.month(), 1));
    m_to->setDate(today);
    connect(m_from, &QDateEdit::dateChanged, this, &DashboardPage::refreshRange);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardPage::refreshRange);
    connect(thisMonth, &QPushButton::clicked, this, [this] {
        const QDate day = m_services.clock.today();
        setRange(QDate(day.year(), day.month(), 1), day);
    });
    connect(lastMonth, &QPushButton::clicked, this, [this] {
        const QDate first = m_services.clock.today().addMonths(-1);
        const QDate start(first.year(), first.month(), 1);
        setRange(start, start.addMonths(1).addDays(-1));
    });
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path =
            askSavePath(QStringLiteral("dashboardPdfDialog"), tr("Save the dashboard as PDF"),
                        tr("dashboard-%1-%2.pdf")
                            .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate)),
                        tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        const QString error = exportPdf(path);
        showMessage(error.isEmpty() ? tr("Saved %1.").arg(QDir::toNativeSeparators(path)) : error,
                    !error.isEmpty());
    });
    connect(png, &QPushButton::clicked, this, [this] {
        const QString path =
            askSavePath(QStringLiteral("dashboardPngDialog"), tr("Save the dashboard as PNG"),
                        tr("dashboard-%1-%2.png")
                            .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate)),
                        tr("PNG images (*.png)"));
        if (path.isEmpty())
            return;
        const QString error = exportPng(path);
        showMessage(error.isEmpty() ? tr("Saved %1.").arg(QDir::toNativeSeparators(path)) : error,
                    !error.isEmpty());
    });

    m_liveTimer = new QTimer(this);
    m_liveTimer->setInterval(kLivePollMs);
    connect(m_liveTimer, &QTimer::timeout, this, &DashboardPage::pollCalls);
    refreshRange();
    refreshLive();
}

void DashboardPage::layOutCards(int columns)
{
    if (columns == m_gridColumns)
        return;
    m_gridColumns = columns;
    auto *grid = static_cast<QGridLayout *>(m_grid->layout());
    for (const auto &[widget, wide] : std::as_const(m_gridItems))
        grid->removeWidget(widget);
    int row = 0;
    int column = 0;
    for (const auto &[widget, wide] : std::as_const(m_gridItems)) {
        if (wide || columns == 1) {
            if (column != 0)
                ++row;
            grid->addWidget(widget, row++, 0, 1, columns);
            column = 0;
        } else {
            grid->addWidget(widget, row, column);
            column = (column + 1) % columns;
            if (column == 0)
                ++row;
        }
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, columns == 2 ? 1 : 0);
}

bool DashboardPage::eventFilter(QObject *watched, QEvent *event)
{
    // Two cards side by side where each gets about 440 pixels (1366×768 at 100 % and wider), one
    // under the other on a narrower page (911×512): side by side they scrolled sideways there.
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        layOutCards(m_scroll->viewport()->width() >= 2 * kLeastCardWidth + 10 ? 2 : 1);
    return QWidget::eventFilter(watched, event);
}

DashboardCard *DashboardPage::card(const QString &objectName) const
{
    for (DashboardCard *card : m_cards)
        if (card->objectName() == objectName)
            return card;
    return nullptr;
}

void DashboardPage::setRange(const QDate &from, const QDate &to)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    refreshRange();
}

void DashboardPage::refreshRange()
{
    if (!m_services.statistics)
        return;
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    if (from > to) {
        showMessage(tr("The first day (%1) is after the last (%2): choose an earlier first day.")
                        .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)),
                    true);
        return;
    }
    m_message->hide();
    const statistics::RangeReport report = m_services.statistics->range(from, to, m_names);
    QHash<QString, DashboardCard *> cards;
    for (DashboardCard *card : std::as_const(m_cards))
        cards.insert(card->objectName(), card);
    dashboard::fillRange(cards, report);
    m_rangeSummary->setText(dashboard::rangeSummary(report));
}

void DashboardPage::refreshLive()
{
    if (!m_services.statistics)
        return;
    m_ticksSinceRefresh = 0;
    const statistics::LiveReport live = m_services.statistics->today();
    QHash<QString, DashboardCard *> cards;
    for (DashboardCard *card : std::as_const(m_cards))
        cards.insert(card->objectName(), card);
    dashboard::fillLive(cards, live);
    m_liveSummary->setText(dashboard::liveSummary(live));
}

void DashboardPage::pollCalls()
{
    bool changed = ++m_ticksSinceRefresh >= kCheckInRefreshTicks;
    if (m_services.calls) {
        // The hall display's stream: today's events after the last one seen, page by page.
        for (;;) {
            const auto events = m_services.calls->pollEvents(m_lastSeq, 500);
            if (!events || events->isEmpty())
                break;
            m_lastSeq = events->last().seq;
            changed = true;
            if (events->size() < 500)
                break;
        }
    }
    if (changed)
        refreshLive();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    pollCalls();
    refreshLive();
    m_liveTimer->start();
}

void DashboardPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_liveTimer->stop();
}

QString DashboardPage::askSavePath(const QString &objectName, const QString &caption,
                                   const QString &suggested, const QString &filter)
{
    // A named dialog (not the static helper), so the workflow can be driven and checked in tests.
    QFileDialog dialog(this, caption, QDir::home().filePath(suggested), filter);
    dialog.setObjectName(objectName);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

void DashboardPage::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setProperty("problem", problem);
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
    m_message->show();
}

QString DashboardPage::exportCsv(const DashboardCard &card, const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    // With a byte-order mark, so a spreadsheet opens the Chinese text as UTF-8.
    file.write("\xEF\xBB\xBF");
    file.write(card.csv().toUtf8());
    if (!file.flush())
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

} // namespace ui
