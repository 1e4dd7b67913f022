#include "ticketpainter.h"

#include "documenttext.h"
#include "qrcode.h"

#include <QFont>
#include <QLocale>
#include <QPainter>

namespace printing {

namespace {

QFont fontOf(int pixelSize, bool bold)
{
    QFont font(QStringLiteral("WenQuanYi Micro Hei"));
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    return font;
}

struct Line {
    QString text;
    QFont font;
    int height;
};

QList<Line> linesOf(const Ticket &ticket, int width)
{
    const int unit = width / 24; // 16 units on a 384-dot ticket
    QList<Line> lines;
    lines << Line{ticket.venueName, fontOf(unit * 5 / 4, true), unit * 4}
          << Line{ticketTitle(), fontOf(unit * 3 / 2, false), unit * 3}
          << Line{ticket.number, fontOf(unit * 6, true), unit * 8}
          << Line{ticket.laneName, fontOf(unit * 2, true), unit * 3}
          << Line{ticket.maskedName, fontOf(unit * 2, false), unit * 3}
          << Line{peopleAheadText(ticket.peopleAhead), fontOf(unit * 3 / 2, false), unit * 5 / 2}
          << Line{QLocale().toString(ticket.issuedAt, QStringLiteral("yyyy-MM-dd HH:mm")),
                  fontOf(unit * 3 / 2, false), unit * 5 / 2};
    if (ticket.reprint)
        lines << Line{reprintMark(), fontOf(unit * 3 / 2, true), unit * 5 / 2};
    return lines;
}

int qrSize(int width)
{
    return width / 2;
}

} // namespace

QString ticketTitle()
{
    return tr("Queue ticket");
}

QString peopleAheadText(int peopleAhead)
{
    return tr("People ahead: %1").arg(peopleAhead);
}

QString ticketFooter()
{
    return tr("Please wait in the hall for your number to be called.");
}

QString reprintMark()
{
    return tr("(reprint)");
}

int ticketHeight(const Ticket &ticket, int width)
{
    int height = width / 24;
    for (const Line &line : linesOf(ticket, width))
        height += line.height;
    return height + qrSize(width) + width / 24 * 6;
}

int paintTicket(QPainter &painter, const Ticket &ticket, int width)
{
    const int unit = width / 24;
    int y = unit;
    painter.setPen(Qt::black);
    for (const Line &line : linesOf(ticket, width)) {
        painter.setFont(line.font);
        painter.drawText(QRect(unit / 2, y, width - unit, line.height), Qt::AlignCenter | Qt::TextWordWrap,
                         line.text);
        y += line.height;
    }
    const QImage qr = qrImage(ticket.ticketId, 1);
    if (!qr.isNull()) {
        const int size = qrSize(width);
        painter.drawImage(QRect((width - size) / 2, y, size, size), qr);
        y += size;
    }
    painter.setFont(fontOf(unit * 5 / 4, false));
    painter.drawText(QRect(0, y, width, unit * 6), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                     ticketFooter());
    return y + unit * 6;
}

QImage ticketImage(const Ticket &ticket, int widthDots)
{
    QImage canvas(widthDots, ticketHeight(ticket, widthDots), QImage::Format_RGB32);
    canvas.fill(Qt::white);
    {
        QPainter painter(&canvas);
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setRenderHint(QPainter::TextAntialiasing, true);
        paintTicket(painter, ticket, widthDots);
    }
    // Thermal heads print dots, not greys: threshold rather than dither keeps the text crisp.
    QImage mono(canvas.size(), QImage::Format_Mono);
    mono.setColor(0, qRgb(255, 255, 255));
    mono.setColor(1, qRgb(0, 0, 0));
    mono.fill(0);
    for (int y = 0; y < canvas.height(); ++y) {
        const auto *row = reinterpret_cast<const QRgb *>(canvas.constScanLine(y));
        for (int x = 0; x < canvas.width(); ++x)
            if (qGray(row[x]) < 128)
                mono.setPixel(x, y, 1);
    }
    return mono;
}

} // namespace printing
