#include "frontdeskpage.h"

#include "checkinpanel.h"
#include "elidinglabel.h"
#include "pagewidgets.h"
#include "rostermodel.h"
#include "screenfit.h"
#include "tablefit.h"

#include "checkin/checkinservice.h"
#include "checkinprint/ticketoutput.h"
#include "identity/photodecoder.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

FrontDeskPage::FrontDeskPage(const Services &services, const accounts::Session &session,
                             const StationInfo &station, QWidget *parent)
    : QWidget(parent), m_services(services), m_station(station)
{
    setObjectName(QStringLiteral("frontDeskPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(8);
    layout->addWidget(makePageHeader(
        tr("Check-in"),
        tr("Batch %1. Read the ID card or scan the notice barcode, then press Enter.").arg(station.batchId),
        this));
    m_panel = new CheckInPanel(services, session, this);
    layout->addWidget(m_panel);
    // A long device message wraps instead of widening the window; at 911×512 it is one line (whole
    // in its tooltip), so that the roster keeps its rows.
    const bool compact = isCompactScreen(*this);
    const auto statusLine = [this, compact](const QString &objectName) {
        QLabel *line = compact ? new ElidingLabel(QString(), this) : new QLabel(this);
        line->setObjectName(objectName);
        line->setWordWrap(!compact);
        return line;
    };
    m_reader = statusLine(QStringLiteral("readerStatus"));
    if (compact)
        layout->setSpacing(4);
    m_reader->setText(services.cardReader
                          ? tr("Card reader: connecting to %1…").arg(services.cardReader->portName())
                          : tr("No card reader set up: type the ID number or scan the barcode."));
    auto *deviceRow = new QHBoxLayout;
    deviceRow->addWidget(m_reader, 1);
    m_printer = statusLine(QStringLiteral("printerStatus"));
    deviceRow->addWidget(m_printer, 1);
    m_retryPrint = new QPushButton(tr("Retry printing now"), this);
    m_retryPrint->setObjectName(QStringLiteral("retryPrintButton"));
    m_retryPrint->hide();
    deviceRow->addWidget(m_retryPrint);
    layout->addLayout(deviceRow);
    if (services.tickets) {
        connect(services.tickets, &checkinprint::TicketOutput::printerChanged, this,
                &FrontDeskPage::showPrinterState);
        connect(m_retryPrint, &QPushButton::clicked, services.tickets, &checkinprint::TicketOutput::retryNow);
    }
    showPrinterState();
    if (services.cardReader) {
        connect(services.cardReader, &identity::CardReader::cardRead, this,
                [this](const identity::CardData &card) {
                    QString photoProblem;
                    const QImage photo = m_photos.decode(card.photo, &photoProblem);
                    m_panel->present({card.idNumber, card.name, photo, photoProblem,
                                      card.expired(m_services.clock.today())});
                });
        connect(services.cardReader, &identity::CardReader::readFailed, this,
                [this](const QString &message) { m_reader->setText(tr("Card reader: %1").arg(message)); });
        connect(
            services.cardReader, &identity::CardReader::connectionChanged, this,
            [this](bool, const QString &message) { m_reader->setText(tr("Card reader: %1").arg(message)); });
    }

    auto *searchRow = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("rosterSearch"));
    m_search->setPlaceholderText(tr("Search name, ID number, acceptance number or ticket"));
    m_search->setClearButtonEnabled(true);
    // One counter per lane: many lanes wrap, they never widen the window (one line at 911×512).
    m_waiting = statusLine(QStringLiteral("laneWaiting"));
    m_summary = statusLine(QStringLiteral("rosterSummary"));
    searchRow->addWidget(m_search, 2);
    if (compact) {
        // 911×512: right-aligned text in lines that take what the search field leaves.
        m_waiting->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_summary->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        searchRow->addWidget(m_waiting, 2);
        searchRow->addSpacing(16);
        searchRow->addWidget(m_summary, 1);
    } else {
        searchRow->addWidget(m_waiting, 2, Qt::AlignRight);
        searchRow->addSpacing(16);
        searchRow->addWidget(m_summary, 1, Qt::AlignRight);
    }
    layout->addLayout(searchRow);

    m_model = new RosterModel(this);
    m_filter = new RosterFilter(this);
    m_filter->setSourceModel(m_model);
    m_view = makeListView(QStringLiteral("rosterView"), m_filter, this);
    layout->addWidget(m_view, 1);
    // Every column on screen, the status above all (in English at 1366 px it lay beyond a sideways
    // scroll). One line per person, so that the desk sees as many as it can: only names may wrap;
    // when the list is too narrow the appraisal type, then the specialty, then the ID number fold
    // into a line under the list for the selected person.
    auto *detail = new QLabel(this);
    detail->setObjectName(QStringLiteral("rosterDetail"));
    layout->addWidget(detail);
    new TableFit(m_view,
                 {{RosterModel::AcceptanceNo, false, 0},
                  {RosterModel::Ticket, false, 0},
                  {RosterModel::Name, true, 0},
                  {RosterModel::IdNumber, false, 3},
                  {RosterModel::Type, false, 1},
                  {RosterModel::Specialty, false, 2},
                  {RosterModel::Lane, false, 0},
                  {RosterModel::Status, false, 0}},
                 detail);

    connect(m_search, &QLineEdit::textChanged, m_filter, &RosterFilter::setSearch);
    connect(m_panel, &CheckInPanel::changed, this, &FrontDeskPage::reload);
    // Rooms and other desks move people along; keep the list current without a click.
    m_refresh = new QTimer(this);
    m_refresh->setInterval(5000);
    connect(m_refresh, &QTimer::timeout, this, &FrontDeskPage::reload);
    m_refresh->start();
    reload();
    setFocusProxy(m_panel->findChild<QLineEdit *>(QStringLiteral("checkInInput")));
}

void FrontDeskPage::showPrinterState()
{
    const QString problem = m_services.tickets ? m_services.tickets->printerProblem() : QString();
    const int waiting = m_services.tickets ? m_services.tickets->waitingJobs() : 0;
    if (!m_services.tickets)
        m_printer->setText(tr("No ticket printer set up."));
    else if (!problem.isEmpty())
        m_printer->setText(
            tr("Ticket printer: %1. %n job(s) waiting; they print by themselves when it is back.", nullptr,
               waiting)
                .arg(problem));
    else if (waiting > 0)
        m_printer->setText(tr("Ticket printer: printing %n job(s)…", nullptr, waiting));
    else
        m_printer->setText(tr("Ticket printer: ready."));
    m_printer->setProperty("problem", !problem.isEmpty());
    m_printer->style()->unpolish(m_printer);
    m_printer->style()->polish(m_printer);
    m_retryPrint->setVisible(!problem.isEmpty());
}

void FrontDeskPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_services.cardReader)
        m_services.cardReader->start();
}

void FrontDeskPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (m_services.cardReader)
        m_services.cardReader->stop();
}

void FrontDeskPage::reload()
{
    const checkin::CheckInService &checkIn = m_services.checkIn;
    const QList<store::CaseRecord> cases = checkIn.roster(m_station.batchId);
    const QHash<QString, store::Ticket> tickets = checkIn.ticketsToday();
    const bool firstLoad = m_model->rowCount() == 0;
    m_model->setCases(cases, tickets);
    int arrived = 0;
    for (const auto &record : cases)
        if (record.state != core::CaseState::Registered)
            ++arrived;
    m_summary->setText(tr("%1 on the roster · %2 arrived").arg(cases.size()).arg(arrived));
    QStringList waiting;
    for (const checkin::LaneWaiting &lane : checkIn.waitingPerLane())
        waiting << tr("%1 %2 waiting").arg(RosterModel::laneTitle(lane.lane)).arg(lane.waiting);
    if (isCompactScreen(*this)) // a lane's counter breaks only between lanes, never inside itself
        for (QString &counter : waiting)
            counter.replace(QLatin1Char(' '), QChar::Nbsp);
    m_waiting->setText(waiting.join(QStringLiteral("  ·  ")));
    if (!isCompactScreen(*this)) {
        // A right-aligned label gets its size hint, not the height its wrapped text needs (the second
        // line was cut off): size it for one line when that fits in 40 % of the screen, else for the
        // lines it wraps to. Never more than that, so the window does not widen.
        m_waiting->ensurePolished(); // the style sheet's bold font, which the width depends on
        const int oneLine = m_waiting->fontMetrics().horizontalAdvance(m_waiting->text()) + 8;
        const int labelWidth = std::min(oneLine, std::max(240, availableArea(*this).width() * 2 / 5));
        m_waiting->setMinimumSize(labelWidth, m_waiting->heightForWidth(labelWidth));
    }
    if (firstLoad) {
        m_view->resizeColumnsToContents();
        const int minimumWidths[] = {130, 70, 90, 170, 120, 200, 90, 90};
        for (int column = 0; column < RosterModel::ColumnCount; ++column)
            m_view->setColumnWidth(column, std::max(m_view->columnWidth(column) + 24, minimumWidths[column]));
    }
}

} // namespace ui
