// The dashboard as a document: PDF (A4 landscape, two cards by two a page) and PNG (the whole page).
#include "dashboardcard.h"
#include "dashboardpage.h"

#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QPainter>
#include <QPdfWriter>
#include <QTextOption>

namespace ui {

namespace {

// Cards that span the page's width (as on screen).
bool isWide(const DashboardCard *card)
{
    return card->objectName() == QLatin1String("expertsCard") ||
           card->objectName() == QLatin1String("casesPerDayCard");
}

} // namespace

QString DashboardPage::reportHeading() const
{
    return tr("Venue dashboard, %1 to %2 — made %3")
               .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate),
                    m_services.clock.now().toString(QStringLiteral("yyyy-MM-dd HH:mm"))) +
           QLatin1Char('\n') + m_rangeSummary->text() + QLatin1Char('\n') + m_liveSummary->text();
}

QString DashboardPage::exportPdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    writer.setResolution(150);
    writer.setTitle(tr("Venue dashboard"));
    writer.setCreator(QStringLiteral("appraisal-station"));
    QPainter painter;
    if (!painter.begin(&writer))
        return tr("Cannot write %1: check the folder and that the file is not open elsewhere.")
            .arg(QDir::toNativeSeparators(path));
    const QRectF page = writer.pageLayout()
                            .paintRectPixels(writer.resolution())
                            .translated(-writer.pageLayout().paintRectPixels(writer.resolution()).topLeft());
    QFont font = this->font();
    font.setPointSizeF(9);
    painter.setFont(font);
    const double headingHeight = page.height() * 0.11;
    const double gap = page.width() * 0.01;
    const double cellWidth = (page.width() - gap) / 2;
    const double cellHeight = (page.height() - headingHeight - gap) / 2;
    int pageNumber = 1;
    const auto heading = [&] {
        QTextOption option;
        option.setWrapMode(QTextOption::WordWrap);
        painter.drawText(QRectF(0, 0, page.width(), headingHeight - gap),
                         reportHeading() + tr("  (page %1)").arg(pageNumber), option);
    };
    heading();
    int row = 0;
    int column = 0;
    for (DashboardCard *card : std::as_const(m_cards)) {
        const bool wide = isWide(card);
        if (wide && column != 0) {
            ++row;
            column = 0;
        }
        if (row == 2) {
            writer.newPage();
            ++pageNumber;
            heading();
            row = 0;
        }
        const QRectF cell(column * (cellWidth + gap), headingHeight + row * (cellHeight + gap),
                          wide ? page.width() : cellWidth, cellHeight);
        card->print(painter, cell);
        if (wide || column == 1) {
            ++row;
            column = 0;
        } else {
            column = 1;
        }
    }
    if (!painter.end())
        return tr("Cannot write %1: check the folder and that the file is not open elsewhere.")
            .arg(QDir::toNativeSeparators(path));
    return {};
}

QImage DashboardPage::pageImage()
{
    const QPixmap cards = m_grid->grab();
    QLabel heading(reportHeading());
    heading.setFont(font());
    heading.setWordWrap(true);
    heading.setContentsMargins(8, 8, 8, 8);
    heading.setFixedWidth(cards.width());
    heading.adjustSize();
    QImage image(cards.width(), heading.height() + cards.height(), QImage::Format_RGB32);
    image.setDevicePixelRatio(cards.devicePixelRatio());
    image.fill(palette().color(QPalette::Window));
    QPainter painter(&image);
    heading.render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.drawPixmap(QPointF(0, heading.height()), cards);
    painter.end();
    return image;
}

QString DashboardPage::exportPng(const QString &path)
{
    if (!pageImage().save(path, "PNG"))
        return tr("Cannot write %1: check the folder and that the file is not open elsewhere.")
            .arg(QDir::toNativeSeparators(path));
    return {};
}

} // namespace ui
