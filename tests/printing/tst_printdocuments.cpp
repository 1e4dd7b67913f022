#include "printing/escpos.h"
#include "printing/pdfdocuments.h"
#include "printing/ticketpainter.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace printing;

namespace {

QString pdfText(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(30000))
        return {};
    // Without line breaks and spaces: a wrapped address still reads as one.
    return QString::fromUtf8(pdftotext.readAllStandardOutput())
        .remove(QRegularExpression(QStringLiteral("\\s")));
}

void toPng(const QString &pdf, const QString &png)
{
    QProcess::execute(QStringLiteral("pdftoppm"),
                      {QStringLiteral("-r"), QStringLiteral("80"), QStringLiteral("-png"),
                       QStringLiteral("-singlefile"), pdf, png.left(png.size() - 4)});
}

} // namespace

// The documents as a person receives them: text read back from the PDF, pictures for people.
class TestPrintDocuments : public QObject
{
    Q_OBJECT

    QDir m_out{QStringLiteral(SCREENSHOT_DIR)};

private slots:
    void initTestCase() { QVERIFY(m_out.mkpath(QStringLiteral("."))); }

    void receiptNoticeHasTheFactsAndNoFullIdentity()
    {
        ReceiptNotice notice;
        notice.acceptanceNo = QStringLiteral("JD2026-0042");
        notice.maskedName = QStringLiteral("欧*晓明");
        notice.maskedIdNumber = QStringLiteral("4401**********9892");
        notice.appraisalType = QStringLiteral("工伤");
        notice.materials = {QStringLiteral("劳动能力鉴定申请表"), QStringLiteral("工伤认定决定书"),
                            QStringLiteral("影像检查报告")};
        notice.receivedOn = QDate(2026, 11, 22);
        notice.venueName = QStringLiteral("天河鉴定场所");
        notice.venueAddress = QStringLiteral("广州市天河区示例路88号");
        notice.enquiryPhone = QStringLiteral("020-12345678");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("receipt.pdf"));
        QVERIFY(writeReceiptPdf(notice, path).ok());
        const QString text = pdfText(path);
        QVERIFY2(!text.isEmpty(), "pdftotext gave nothing");
        for (const QString &expected :
             {notice.acceptanceNo, notice.maskedName, notice.maskedIdNumber, notice.materials.at(0),
              notice.materials.at(1), notice.materials.at(2), QStringLiteral("2026-11-22"),
              notice.enquiryPhone, notice.venueAddress, QStringLiteral("60"), QStringLiteral("30"),
              QStringLiteral("15")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing in:\n") + text));
        QVERIFY(!text.contains(QStringLiteral("440104196907089892")));
        toPng(path, m_out.filePath(QStringLiteral("receipt.png")));
    }

    void ticketPdfAndRasterImage()
    {
        Ticket ticket;
        ticket.ticketId = QStringLiteral("6f1c2a9e-0000-4000-8000-000000000001");
        ticket.number = QStringLiteral("A017");
        ticket.laneName = QStringLiteral("普通");
        ticket.maskedName = QStringLiteral("张*三");
        ticket.issuedAt = QDateTime(QDate(2026, 11, 22), QTime(9, 5));
        ticket.peopleAhead = 6;
        ticket.venueName = QStringLiteral("广州市劳动能力鉴定中心天河鉴定场所");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ticket.pdf"));
        QVERIFY(writeTicketPdf(ticket, path).ok());
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("A017")) && text.contains(QStringLiteral("张*三")) &&
                     text.contains(QStringLiteral("6")),
                 qPrintable(text));
        toPng(path, m_out.filePath(QStringLiteral("ticket.png")));

        const QImage raster = ticketImage(ticket, 384);
        QCOMPARE(raster.width(), 384);
        QVERIFY(raster.height() > 384);
        QVERIFY(raster.save(m_out.filePath(QStringLiteral("ticket-escpos-raster.png"))));
    }
};

QTEST_MAIN(TestPrintDocuments)
#include "tst_printdocuments.moc"
