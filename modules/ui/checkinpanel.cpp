#include "checkinpanel.h"
#include "deskactions.h"
#include "deskcard.h"
#include "pagewidgets.h"
#include "screenfit.h"
#include "textprompt.h"

#include "checkin/entry.h"
#include "checkinprint/documents.h"
#include "checkinprint/ticketoutput.h"
#include "materialsintake.h"
#include "printing/pdfdocuments.h"
#include "shortcuthelp.h"
#include "signoutdialog.h"

#include "core/idnumber.h"

#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>

namespace ui {

namespace {

using checkin::looksLikeIdNumber;

} // namespace

CheckInPanel::CheckInPanel(const Services &services, const accounts::Session &session, QWidget *parent)
    : QWidget(parent), m_services(services), m_session(session), m_checkIn(services.checkIn)
{
    setObjectName(QStringLiteral("checkInPanel"));
    m_desk = services.desk;
    // A check-in kept while the venue hub was away prints when the hub has made it.
    connect(m_desk, &routing::DeskAuthority::keptCheckInDone, this, [this](const routing::DeskCheckIn &done) {
        if (!done.result.ok()) {
            showError(done.result.error);
            return;
        }
        showDone(done);
        emit changed();
    });
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("checkInInput"));
    m_input->setPlaceholderText(
        tr("Place the ID card on the reader, scan the notice barcode, or type the ID number"));
    m_checkInButton = new QPushButton(tr("Check in and print (Enter)"), this);
    m_checkInButton->setObjectName(QStringLiteral("checkInButton"));
    m_reprintButton = new QPushButton(tr("Reprint (F5)"), this);
    m_reprintButton->setObjectName(QStringLiteral("reprintButton"));
    m_signOutButton = new QPushButton(tr("Sign out (F8)"), this);
    m_signOutButton->setObjectName(QStringLiteral("signOutButton"));
    m_walkInButton = new QPushButton(tr("Walk-in (F9)"), this);
    m_walkInButton->setObjectName(QStringLiteral("walkInButton"));
    m_previewButton = new QPushButton(tr("Receipt preview (F6)"), this);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_ticketPreviewButton = new QPushButton(tr("Ticket preview (Shift+F6)"), this);
    m_ticketPreviewButton->setObjectName(QStringLiteral("ticketPreviewButton"));
    m_addMaterialsButton = new QPushButton(tr("Add materials…"), this);
    m_addMaterialsButton->setObjectName(QStringLiteral("addMaterialsButton"));
    m_addMaterialsButton->setToolTip(tr("Add scanned medical materials (PDF, PNG, JPEG) to this case"));
    m_addMaterialsButton->setVisible(m_services.materials != nullptr);
    // The screen decides the layout (see deskactions.h): the every-case actions always show.
    auto *actions = new DeskActions({m_checkInButton, m_reprintButton, m_signOutButton, m_walkInButton},
                                    {m_previewButton, m_ticketPreviewButton, m_addMaterialsButton}, this);
    m_inputHint = DeskActions::makeHint(this);
    m_message = actions->makeMessageLine(m_inputHint);
    m_card = new DeskCard(this); // the person and their ticket
    actions->layOut(*this, m_input, m_inputHint, m_message, m_card);

    connect(m_input, &QLineEdit::textChanged, this, &CheckInPanel::validateInput);
    connect(m_input, &QLineEdit::returnPressed, this, &CheckInPanel::checkIn);
    connect(m_checkInButton, &QPushButton::clicked, this, &CheckInPanel::checkIn);
    connect(m_reprintButton, &QPushButton::clicked, this, &CheckInPanel::reprint);
    connect(m_signOutButton, &QPushButton::clicked, this, &CheckInPanel::signOut);
    connect(m_walkInButton, &QPushButton::clicked, this, &CheckInPanel::recordWalkIn);
    connect(m_addMaterialsButton, &QPushButton::clicked, this, [this] {
        if (!m_current || !m_services.materials) {
            showError(tr("Check the person in first (or read their card again) to add their materials."));
            return;
        }
        const IntakeResult result = addMaterialsFromFiles(this, *m_services.materials, m_session,
                                                          m_current->record.data.acceptanceNo);
        if (result.problem)
            showError(result.message);
        else if (!result.message.isEmpty())
            showInfo(result.message);
    });
    connect(m_previewButton, &QPushButton::clicked, this, [this] { preview(Document::Receipt); });
    connect(m_ticketPreviewButton, &QPushButton::clicked, this, [this] { preview(Document::Ticket); });
    if (m_services.tickets) {
        connect(m_services.tickets, &checkinprint::TicketOutput::jobPrinted, this,
                &CheckInPanel::onJobPrinted);
        connect(m_services.tickets, &checkinprint::TicketOutput::jobWaiting, this,
                &CheckInPanel::onJobWaiting);
    }
    // Window-wide keys: they work wherever the focus is, while the desk is on show.
    connect(addWindowKey(this, QKeySequence(Qt::Key_F2), tr("Type an ID or social-security number")),
            &QShortcut::activated, this, [this] {
                m_input->setFocus();
                m_input->selectAll();
            });
    connect(addWindowKey(this, QKeySequence(Qt::Key_F5), tr("Reprint the ticket")), &QShortcut::activated,
            this, [this] { reprint(); });
    connect(addWindowKey(this, QKeySequence(Qt::Key_F6), tr("Receipt preview")), &QShortcut::activated, this,
            [this] { preview(Document::Receipt); });
    connect(addWindowKey(this, QKeySequence(Qt::SHIFT | Qt::Key_F6), tr("Ticket preview")),
            &QShortcut::activated, this, [this] { preview(Document::Ticket); });
    connect(addWindowKey(this, QKeySequence(Qt::Key_F8), tr("Sign out")), &QShortcut::activated, this,
            [this] { signOut(); });
    connect(addWindowKey(this, QKeySequence(Qt::Key_F9), tr("Record a walk-in")), &QShortcut::activated, this,
            [this] { recordWalkIn(); });
    setFocusProxy(m_input);
    updateActions();
}

void CheckInPanel::validateInput(const QString &text)
{
    const QString trimmed = text.trimmed();
    // Compact: the line also says what happened; clearing the field after a check-in keeps it.
    if (trimmed.isEmpty() && m_message == m_inputHint)
        return;
    m_inputHint->setProperty("problem", false);
    if (m_presented && trimmed != m_presented->idNumber)
        m_presented.reset(); // typed over a card read
    const checkin::DeskEntry entry = checkin::classifyEntry(trimmed, m_services.clock.today());
    if (trimmed.isEmpty()) {
        m_inputHint->setText(tr("Enter checks in. F2 types an ID or social-security number, F5 reprints, F6 "
                                "previews the receipt, F8 signs out, F9 records a walk-in."));
    } else if (entry.fromSocialSecurity) {
        m_inputHint->setText(tr("Social-security card: number %1.").arg(core::maskIdNumber(entry.value)));
    } else if (looksLikeIdNumber(trimmed) || (trimmed.size() >= 6 && trimmed.front().isDigit())) {
        const core::IdCheck check = core::checkIdNumber(trimmed, m_services.clock.today());
        if (check.valid) {
            m_inputHint->setText(tr("Valid ID number (%1, born %2).")
                                     .arg(core::displayName(check.gender),
                                          QLocale().toString(check.birthDate, QLocale::ShortFormat)));
        } else if (trimmed.size() < 15) {
            m_inputHint->setText(tr("%1 of 18 characters.").arg(trimmed.size()));
        } else {
            m_inputHint->setText(check.error);
            m_inputHint->setProperty("problem", true);
        }
    } else {
        m_inputHint->setText(tr("Acceptance number %1.").arg(trimmed));
    }
    repolish(m_inputHint);
}

void CheckInPanel::present(const PresentedIdentity &identity)
{
    m_presented = identity;
    m_input->setText(identity.idNumber);
    m_input->setFocus();
    m_card->showPresented(identity.name, identity.photo, identity.photoStatus);
    if (identity.cardExpired)
        showError(
            tr("This ID card has expired. Check identity with another valid document before check-in."));
    else
        showInfo(tr("Card read: %1. Press Enter to check in.").arg(identity.name));
}

void CheckInPanel::checkIn()
{
    const QString text = m_input->text().trimmed();
    if (text.isEmpty()) {
        showError(tr("Read the ID card, scan the barcode or type the ID number first."));
        return;
    }
    const checkin::DeskEntry entry = checkin::classifyEntry(text, m_services.clock.today());
    const routing::DeskCheckIn done = m_desk->checkIn(m_session, entry);
    if (done.kept) {
        m_lastProblem.reset();
        showError(tr("The venue hub does not answer. The check-in is kept on this station and is made "
                     "when the hub is back; the ticket prints then. Ask the person to wait."));
        m_input->clear();
        m_presented.reset();
        updateActions();
        return;
    }
    if (!done.result.ok()) {
        m_lastProblem = done.result.problem;
        showError(done.result.error);
        updateActions();
        return;
    }
    showDone(done);
    m_input->clear();
    m_presented.reset();
    updateActions();
    emit changed();
}

void CheckInPanel::showDone(const routing::DeskCheckIn &done)
{
    m_lastProblem.reset();
    m_current = done.result.checkIn;
    showCheckIn(*m_current);
    if (!m_current->alreadyCheckedIn)
        print(*m_current, false);
    else
        showInfo(
            tr("Already checked in with ticket %1. Press F5 to reprint it.").arg(m_current->ticket.label));
    if (!done.drawProblem.isEmpty())
        showError(tr("Checked in with ticket %1, but the experts could not be drawn: %2")
                      .arg(m_current->ticket.label, done.drawProblem));
    updateActions();
}

void CheckInPanel::showCheckIn(const checkin::CheckIn &done)
{
    m_card->showCheckIn(done, m_presented.has_value());
}

void CheckInPanel::print(const checkin::CheckIn &done, bool reprint)
{
    if (!m_services.tickets) {
        showInfo(tr("Checked in: ticket %1. No ticket printer is set up; tell the person the number.")
                     .arg(done.ticket.label));
        return;
    }
    const auto ticketJob = m_services.tickets->printTicket(done, reprint);
    if (!ticketJob) {
        showError(tr("Ticket %1 is saved but was not printed: %2").arg(done.ticket.label, ticketJob.error()));
        return;
    }
    m_pendingPrints.insert(ticketJob.value(),
                           {done.ticket.id, done.ticket.label, QStringLiteral("ticket"), reprint, false});
    if (!reprint) {
        const auto receiptJob = m_services.tickets->printReceipt(done);
        if (!receiptJob) {
            showError(tr("The receipt notice was not printed: %1").arg(receiptJob.error()));
            return;
        }
        m_pendingPrints.insert(receiptJob.value(),
                               {done.ticket.id, done.ticket.label, QStringLiteral("receipt"), false, false});
    }
    showInfo(reprint ? tr("Printing ticket %1 again…").arg(done.ticket.label)
                     : tr("Checked in: ticket %1. The ticket and the receipt notice are printing…")
                           .arg(done.ticket.label));
}

void CheckInPanel::onJobPrinted(quint64 job)
{
    const auto pending = m_pendingPrints.find(job);
    if (pending == m_pendingPrints.end())
        return;
    const PendingPrint done = *pending;
    m_pendingPrints.erase(pending);
    // The audit trail counts what actually came out of a printer; a print it could not count is
    // said at once, so the desk can tell the admin.
    if (const core::Status recorded = m_checkIn.recordPrint(m_session, done.ticketId, done.kind); !recorded) {
        showError(recorded.error());
        return;
    }
    for (const PendingPrint &other : std::as_const(m_pendingPrints))
        if (other.ticketId == done.ticketId)
            return; // the rest of this person's printout is still on its way
    showInfo(done.reprint
                 ? tr("Ticket %1 printed again.").arg(done.ticketLabel)
                 : tr("Checked in: ticket %1 and the receipt notice are printed.").arg(done.ticketLabel));
}

void CheckInPanel::onJobWaiting(quint64 job, const QString &problem)
{
    const auto pending = m_pendingPrints.find(job);
    if (pending == m_pendingPrints.end() || pending->reportedWaiting)
        return;
    pending->reportedWaiting = true;
    showError(pending->kind == QLatin1String("ticket")
                  ? tr("Ticket %1 is saved, but the printer has a problem: %2. Tell the person their number; "
                       "the ticket prints by itself when the printer is back.")
                        .arg(pending->ticketLabel, problem)
                  : tr("The receipt notice for ticket %1 waits for the printer: %2.")
                        .arg(pending->ticketLabel, problem));
}

void CheckInPanel::preview(Document document)
{
    if (!m_current) {
        showError(tr("Check the person in first (or read their card again) to preview their ticket or "
                     "receipt notice."));
        return;
    }
    const bool receipt = document == Document::Receipt;
    const printing::ReceiptNotice notice = m_services.checkInDocuments.receipt(*m_current);
    const printing::Ticket ticket = m_services.checkInDocuments.ticket(*m_current, true);
    QPrinter printer(QPrinter::HighResolution);
    if (receipt)
        printer.setPageSize(QPageSize(QPageSize::A4));
    else
        printing::setTicketPage(ticket, printer);
    const QString title = receipt ? tr("Receipt notice %1").arg(notice.acceptanceNo)
                                  : tr("Queue ticket %1").arg(m_current->ticket.label);
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(receipt ? QStringLiteral("receiptPreview") : QStringLiteral("ticketPreview"));
    // A page one can read (Qt's default is a small window): as tall as the screen allows.
    fitToScreen(dialog, QSize(1100, 1000));
    dialog.setWindowTitle(title);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
        const core::Status printed =
            receipt ? printing::printReceipt(notice, *target) : printing::printTicket(ticket, *target);
        if (!printed)
            showError(printed.error());
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const core::Status recorded = m_checkIn.recordPrint(
            m_session, m_current->ticket.id, receipt ? QStringLiteral("receipt") : QStringLiteral("ticket"));
        !recorded) {
        showError(recorded.error());
        return;
    }
    showInfo(
        tr("%1 was sent to %2.")
            .arg(title, printer.printerName().isEmpty() ? printer.outputFileName() : printer.printerName()));
}

void CheckInPanel::reprint()
{
    if (!m_current) {
        showError(tr("Check the person in first (or read their card again) to reprint their ticket."));
        return;
    }
    print(*m_current, true);
    emit changed();
}

void CheckInPanel::signOut()
{
    if (!m_current) {
        showError(
            tr("Read the card or type the ID number of the person who is leaving, and press Enter first."));
        return;
    }
    const auto record = m_services.checkIn.caseRecord(m_current->record.data.acceptanceNo);
    if (!record)
        return;
    SignOutDialog dialog(*record, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const core::Status done =
        m_checkIn.signOut(m_session, record->data.acceptanceNo, dialog.ending(), dialog.reason());
    if (!done) {
        showError(done.error());
        return;
    }
    showInfo(tr("%1 signed out at %2.")
                 .arg(record->data.acceptanceNo,
                      QLocale().toString(m_services.clock.now().time(), QLocale::ShortFormat)));
    m_current.reset();
    updateActions();
    emit changed();
}

void CheckInPanel::recordWalkIn()
{
    const QString idNumber = m_presented ? m_presented->idNumber : m_input->text().trimmed();
    if (!looksLikeIdNumber(idNumber)) {
        showError(
            tr("Read the card or type the person's ID number first; a walk-in is recorded by ID number."));
        return;
    }
    QString name;
    if (m_presented) {
        name = m_presented->name;
    } else {
        const auto typed =
            askText(this, QStringLiteral("walkInNamePrompt"), tr("Walk-in"), tr("Name of the person:"));
        if (!typed)
            return;
        name = *typed;
    }
    const auto answer = askText(this, QStringLiteral("walkInReasonPrompt"), tr("Walk-in"),
                                tr("Why is the person here without being on the roster?"));
    if (!answer)
        return;
    const QString note = *answer;
    core::Person person;
    person.idNumber = idNumber;
    person.name = name;
    const auto recorded = m_checkIn.recordWalkIn(m_session, person, note);
    if (!recorded) {
        showError(recorded.error());
        return;
    }
    showInfo(tr("Walk-in recorded for the supervisor's approval. The person is not checked in yet."));
    m_input->clear();
    emit changed();
}

void CheckInPanel::showError(const QString &message)
{
    setMessage(m_message, message, true);
    m_message->show();
}

void CheckInPanel::showInfo(const QString &message)
{
    setMessage(m_message, message, false);
    m_message->show();
}

void CheckInPanel::updateActions()
{
    m_reprintButton->setEnabled(m_current.has_value());
    m_signOutButton->setEnabled(m_current.has_value());
    m_walkInButton->setEnabled(m_lastProblem == checkin::Problem::NotOnRoster);
    m_previewButton->setEnabled(m_current.has_value());
    m_ticketPreviewButton->setEnabled(m_current.has_value());
}

} // namespace ui
