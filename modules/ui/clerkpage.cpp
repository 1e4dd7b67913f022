#include "clerkpage.h"

#include "clerkdialogs.h"
#include "pagewidgets.h"
#include "screenfit.h"
#include "shortcuthelp.h"
#include "tablefit.h"

#include "deadlines/deliverylist.h"
#include "exam/reviewservice.h"
#include "printing/paperdocument.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui {

namespace {

enum Filter { NeedsAttention, AllOpen, Everything };

deadlines::DeadlineService::Scope scopeOf(Filter filter)
{
    switch (filter) {
    case NeedsAttention:
        return deadlines::DeadlineService::Scope::NeedsAttention;
    case AllOpen:
        return deadlines::DeadlineService::Scope::Open;
    case Everything:
        return deadlines::DeadlineService::Scope::Everything;
    }
    return deadlines::DeadlineService::Scope::Open;
}

QColor rowColour(deadlines::Urgency urgency)
{
    switch (urgency) {
    case deadlines::Urgency::Overdue:
        return {0xfd, 0xe2, 0xe1};
    case deadlines::Urgency::DueSoon:
        return {0xfe, 0xf3, 0xc7};
    default:
        return {};
    }
}

QString dayText(const QDate &day)
{
    return day.isValid() ? day.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

} // namespace

ClerkPage::ClerkPage(const Services &services, const accounts::Session &session, QWidget *parent)
    : QWidget(parent), m_services(services), m_session(session), m_deadlines(services.deadlines)
{
    setObjectName(QStringLiteral("printCentrePage"));
    m_shownRows = deadlines::kListPageRows;
    const bool prints = bool(accounts::Authorizer::require(session, accounts::Permission::PrintDocuments));
    const bool extends = bool(accounts::Authorizer::require(session, accounts::Permission::ManageVenue));
    auto *layout = new QVBoxLayout(this);
    // 911×512: a narrower margin lets the four actions' row fit beside the sidebar.
    layout->setContentsMargins(isCompactScreen(*this) ? QMargins(8, 8, 8, 6) : QMargins(16, 12, 16, 8));
    layout->setSpacing(8);
    layout->addWidget(makePageHeader(
        tr("Print centre"),
        tr("Every case against its legal time limit: 60 days from acceptance to the conclusion (+30 when "
           "extended), 15 days from the conclusion to delivery. Print, export the EMS list, record "
           "deliveries."),
        this));

    auto *filterRow = new QHBoxLayout;
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("deadlineFilter"));
    m_filter->addItem(tr("Needs attention (overdue or due soon)"), NeedsAttention);
    m_filter->addItem(tr("All open cases"), AllOpen);
    m_filter->addItem(tr("All cases, delivered ones too"), Everything);
    m_filter->setCurrentIndex(AllOpen);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_shownRows = deadlines::kListPageRows;
        reload();
    });
    filterRow->addWidget(m_filter);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("deadlineSummary"));
    filterRow->addWidget(m_summary, 1);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshDeadlines"));
    connect(refresh, &QPushButton::clicked, this, &ClerkPage::reload);
    refresh->setToolTip(QKeySequence(Qt::Key_F5).toString(QKeySequence::NativeText));
    connect(addWindowKey(this, QKeySequence(Qt::Key_F5), tr("Refresh")), &QShortcut::activated, this,
            &ClerkPage::reload);
    filterRow->addWidget(refresh);
    layout->addLayout(filterRow);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("deadlineTable"));
    m_table->setHorizontalHeaderLabels({tr("Acceptance no."), tr("Name"), tr("Waiting for"),
                                        tr("Accepted on"), tr("Due"), tr("Days left"), tr("Concluded on"),
                                        tr("Delivery")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    // At 911×512 eight columns were wider than the page: the dates and the delivery fold into a
    // line under the list for the selected case, names and stages wrap instead of ending in "…".
    auto *detail = new QLabel(this);
    detail->setObjectName(QStringLiteral("deadlineDetail"));
    layout->addWidget(detail);
    m_fit = new TableFit(m_table,
                         {{AcceptanceNo, false, 0},
                          {Name, true, 0},
                          {Stage, true, 0},
                          {AcceptedOn, false, 1},
                          {Due, true, 0},
                          {DaysLeft, true, 0},
                          {ConcludedOn, false, 2},
                          {Delivery, true, 3}},
                         detail);

    auto *moreRow = new QHBoxLayout;
    m_shownNote = new QLabel(this);
    m_shownNote->setObjectName(QStringLiteral("deadlineShown"));
    moreRow->addWidget(m_shownNote, 1);
    m_showMore = new QPushButton(tr("Show more"), this);
    m_showMore->setObjectName(QStringLiteral("showMoreDeadlines"));
    connect(m_showMore, &QPushButton::clicked, this, [this] {
        m_shownRows += deadlines::kListPageRows;
        reload();
    });
    moreRow->addWidget(m_showMore);
    layout->addLayout(moreRow);

    auto *actions = new QHBoxLayout;
    // Each action also has a key that works wherever the focus is on the page (listed in F1, named
    // in the button's tooltip): the clerk's day, row after row, from the keyboard.
    const auto addButton = [&](const QString &name, const QString &text, void (ClerkPage::*slot)(),
                               bool enabled, const QKeySequence &key, const QString &description = {}) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setEnabled(enabled);
        connect(button, &QPushButton::clicked, this, slot);
        actions->addWidget(button);
        if (!enabled) {
            button->setToolTip(tr("Your role may not do this."));
            return button;
        }
        button->setToolTip(key.toString(QKeySequence::NativeText));
        connect(addWindowKey(this, key, description.isEmpty() ? text : description), &QShortcut::activated,
                button, [button] {
                    if (button->isVisible() && button->isEnabled())
                        button->click();
                });
        return button;
    };
    addButton(QStringLiteral("previewPrint"), tr("Preview and print…"), &ClerkPage::previewAndPrint, prints,
              QKeySequence(Qt::CTRL | Qt::Key_P));
    addButton(QStringLiteral("savePdf"), tr("Save as PDF…"), &ClerkPage::saveAsPdf, prints,
              QKeySequence(Qt::CTRL | Qt::Key_S));
    addButton(QStringLiteral("recordDelivery"), tr("Record delivery…"), &ClerkPage::recordDelivery, prints,
              QKeySequence(Qt::CTRL | Qt::Key_D));
    if (extends)
        addButton(QStringLiteral("extendLimit"), tr("Extend limit…"), &ClerkPage::extendLimit, true,
                  QKeySequence(Qt::CTRL | Qt::Key_T));
    actions->addStretch(1);
    layout->addLayout(actions);
    // The EMS export on a row of its own: one row of everything was wider than a 150 % screen.
    actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(new QLabel(tr("EMS list of the conclusions of"), this));
    m_emsDay = new QDateEdit(services.clock.now().date(), this);
    m_emsDay->setObjectName(QStringLiteral("emsDay"));
    m_emsDay->setCalendarPopup(true);
    m_emsDay->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    actions->addWidget(m_emsDay);
    addButton(QStringLiteral("exportEms"), tr("Export…"), &ClerkPage::exportDeliveryList, prints,
              QKeySequence(Qt::CTRL | Qt::Key_E), tr("Export the EMS delivery list…"));
    layout->addLayout(actions);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("clerkMessage"));
    m_message->setWordWrap(true);
    // Its two lines are always reserved: a message appearing does not move the buttons.
    m_message->setMinimumHeight(2 * m_message->fontMetrics().lineSpacing());
    layout->addWidget(m_message);
    // The page opens with the keyboard in the list: ↑↓ choose the case, the keys above act on it.
    setFocusProxy(m_table);
    reload();
}

void ClerkPage::reload()
{
    const auto filter = Filter(m_filter->currentData().toInt());
    const deadlines::DeadlineService::Page page = m_deadlines.page(scopeOf(filter), m_shownRows);
    m_rows = page.rows;
    m_summary->setText(tr("%1 overdue · %2 due soon · %3 awaiting delivery")
                           .arg(page.overdue)
                           .arg(page.dueSoon)
                           .arg(page.awaitingDelivery));
    const bool partial = page.total > m_rows.size();
    m_shownNote->setText(
        partial ? tr("The %1 most urgent of %2 cases are shown.").arg(m_rows.size()).arg(page.total)
                : QString());
    m_shownNote->setVisible(partial);
    m_showMore->setVisible(partial);
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const deadlines::CaseDeadline &row = m_rows.at(r);
        QString delivery;
        if (row.standing.stage == deadlines::Stage::Done)
            delivery = row.deliveryMethod == QLatin1String("ems")
                           ? tr("EMS %1, %2").arg(row.trackingNo, dayText(row.dates.deliveredOn))
                           : tr("in person, %1").arg(dayText(row.dates.deliveredOn));
        QString due = dayText(row.standing.due);
        if (row.dates.extensionDays > 0 && row.standing.stage == deadlines::Stage::Conclusion)
            due = tr("%1 (extended: %2)").arg(due, row.extensionReason);
        const QStringList cells{row.acceptanceNo,
                                row.name,
                                deadlines::displayName(row.standing.stage),
                                dayText(row.dates.acceptedOn),
                                due,
                                deadlines::daysLeftText(row.standing),
                                dayText(row.dates.concludedOn),
                                delivery};
        const QColor colour = rowColour(row.standing.urgency);
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (colour.isValid())
                item->setBackground(colour);
            if (column == DaysLeft && row.standing.urgency == deadlines::Urgency::Overdue)
                item->setForeground(QColor(0xb9, 0x1c, 0x1c));
            m_table->setItem(r, column, item);
        }
    }
    m_fit->refit();
}

QStringList ClerkPage::selectedCases() const
{
    QStringList cases;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        cases << m_rows.at(index.row()).acceptanceNo;
    std::sort(cases.begin(), cases.end());
    return cases;
}

QStringList ClerkPage::selectedConcluded()
{
    QStringList concluded;
    QStringList notConcluded;
    for (const QString &acceptanceNo : selectedCases()) {
        const auto row = m_deadlines.of(acceptanceNo);
        if (row && row->dates.concludedOn.isValid())
            concluded << acceptanceNo;
        else
            notConcluded << acceptanceNo;
    }
    if (concluded.isEmpty())
        showMessage(tr("Select one or more concluded cases in the list first."), true);
    else if (!notConcluded.isEmpty())
        showMessage(tr("Not concluded, left out: %1.").arg(notConcluded.join(QStringLiteral(", "))), true);
    return concluded;
}

std::optional<administration::CaseFileRun> ClerkPage::caseFiles(const QStringList &cases)
{
    const auto run = m_services.caseFiles->documents(m_session, cases, exam::ReviewService::WholeFile);
    if (!run) {
        showMessage(run.error(), true);
        return std::nullopt;
    }
    return run.value();
}

void ClerkPage::previewAndPrint()
{
    const QStringList cases = selectedConcluded();
    if (cases.isEmpty() || !m_services.caseFiles)
        return;
    const auto run = caseFiles(cases);
    if (!run)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(tr("Conclusions and opinion sheets: %1").arg(cases.join(QStringLiteral(", "))));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("batchPreview"));
    // A page one can read (Qt's default is a small window): as tall as the screen allows.
    fitToScreen(dialog, QSize(1100, 1000));
    dialog.setWindowTitle(printer.docName());
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
        if (const core::Status printed = printing::printDocuments(run->documents, *target); !printed)
            showMessage(printed.error(), true);
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The pages are already on the printer: a print record that cannot be written is said, so the
    // clerk can report it, rather than left out of the audit trail silently.
    QString unrecorded;
    if (const core::Status audited =
            m_services.caseFiles->recordPrinted(m_session, *run, exam::ReviewService::WholeFile, &unrecorded);
        !audited) {
        showMessage(
            tr("Printed, but the print of %1 could not be recorded: %2").arg(unrecorded, audited.error()),
            true);
        return;
    }
    showMessage(tr("%n document(s) sent to %1.", nullptr, int(run->documents.size()))
                    .arg(printer.printerName().isEmpty() ? printer.outputFileName() : printer.printerName()),
                false);
}

void ClerkPage::saveAsPdf()
{
    const QStringList cases = selectedConcluded();
    if (cases.isEmpty() || !m_services.caseFiles)
        return;
    const QString path =
        askSavePath(QStringLiteral("savePdfDialog"), tr("Save the documents as PDF"),
                    cases.size() == 1 ? cases.constFirst() + QStringLiteral(".pdf")
                                      : tr("conclusions-%1.pdf").arg(dayText(m_services.clock.now().date())),
                    tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const auto run = caseFiles(cases);
    if (!run)
        return;
    // A copy of a case file that the audit trail does not know of must not stay on disk: the
    // service removes the PDF again when its record cannot be written.
    if (const core::Status written =
            m_services.caseFiles->writePdf(m_session, *run, exam::ReviewService::WholeFile, path);
        !written) {
        showMessage(written.error(), true);
        return;
    }
    showMessage(tr("%n document(s) saved to %1.", nullptr, int(run->documents.size()))
                    .arg(QDir::toNativeSeparators(path)),
                false);
}

void ClerkPage::exportDeliveryList()
{
    const QDate day = m_emsDay->date();
    const QString path = askSavePath(QStringLiteral("exportEmsDialog"), tr("Export the EMS delivery list"),
                                     tr("ems-%1.csv").arg(dayText(day)), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const auto rows = m_services.deadlines.writeDeliveryList(m_session, day, path);
    if (!rows) {
        showMessage(rows.error(), true);
        return;
    }
    showMessage(tr("EMS list of %1: %n letter(s), saved to %2.", nullptr, rows.value())
                    .arg(dayText(day), QDir::toNativeSeparators(path)),
                rows.value() == 0);
}

void ClerkPage::recordDelivery()
{
    const QStringList cases = selectedConcluded();
    if (cases.size() != 1) {
        if (cases.size() > 1)
            showMessage(tr("Record deliveries one case at a time."), true);
        return;
    }
    const auto row = m_deadlines.of(cases.constFirst());
    DeliveryDialog dialog(
        cases.constFirst(), row->dates.concludedOn, m_services.clock.now().date(),
        [this, acceptanceNo = cases.constFirst()](const DeliveryDialog &answer) {
            return m_deadlines.recordDelivery(m_session, acceptanceNo, answer.deliveredOn(), answer.method(),
                                              answer.trackingNo());
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showMessage(tr("Delivery of %1 recorded.").arg(cases.constFirst()), false);
    reload();
}

void ClerkPage::extendLimit()
{
    const QStringList cases = selectedCases();
    if (cases.size() != 1) {
        showMessage(tr("Select the one case whose limit is to be extended."), true);
        return;
    }
    ExtensionDialog dialog(
        cases.constFirst(),
        [this, acceptanceNo = cases.constFirst()](const ExtensionDialog &answer) {
            return m_deadlines.extend(m_session, acceptanceNo, answer.days(), answer.reason());
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showMessage(tr("The limit of %1 was extended.").arg(cases.constFirst()), false);
    reload();
}

QString ClerkPage::askSavePath(const QString &objectName, const QString &caption, const QString &suggested,
                               const QString &filter)
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

void ClerkPage::showMessage(const QString &text, bool problem)
{
    setMessage(m_message, text, problem);
}

} // namespace ui
