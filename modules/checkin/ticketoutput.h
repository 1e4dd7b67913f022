#pragma once

#include "checkinservice.h"

#include <QCoreApplication>

namespace checkin {

// Where the front desk's tickets and receipt notices go. Returns an empty string when the job was
// accepted, otherwise what went wrong, for the desk to show.
class TicketOutput
{
public:
    virtual ~TicketOutput() = default;
    virtual QString printTicket(const CheckIn &checkIn, bool reprint) = 0;
    virtual QString printReceipt(const CheckIn &checkIn) = 0;
};

// The station's printers as configured in its settings:
//   printer.ticket   "tcp:HOST[:PORT]" (ESC/POS network printer), a device or file path
//                    (/dev/usb/lp0), or "pdf" (default: PDF files in <data dir>/spool)
//   printer.profile  ESC/POS profile, default 58mm-gb18030
//   printer.receipt  "pdf" (default: A4 PDFs in <data dir>/spool)
// The spool holds only masked names and ID numbers, like every printout.
class ConfiguredTicketOutput final : public TicketOutput
{
    Q_DECLARE_TR_FUNCTIONS(checkin::ConfiguredTicketOutput)
public:
    ConfiguredTicketOutput(store::Database &database, QString dataDir);
    QString printTicket(const CheckIn &checkIn, bool reprint) override;
    QString printReceipt(const CheckIn &checkIn) override;
    QString spoolDir() const;

private:
    store::Database &m_database;
    QString m_dataDir;
};

} // namespace checkin
