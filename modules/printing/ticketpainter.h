#pragma once

#include "documents.h"

#include <QImage>

class QPainter;

namespace printing {

// Lays the ticket out in a strip `width` units wide (one unit = one printer dot) and paints it.
// Returns the height used. Shared by the raster ESC/POS mode and the PDF ticket.
int paintTicket(QPainter &painter, const Ticket &ticket, int width);
int ticketHeight(const Ticket &ticket, int width);

// The ticket as a black-and-white image `widthDots` wide, for raster printing.
QImage ticketImage(const Ticket &ticket, int widthDots);

// Fixed wording of tickets (translated; printed documents are Chinese by default).
QString ticketTitle();
QString peopleAheadText(int peopleAhead);
QString ticketFooter();
QString reprintMark();

} // namespace printing
