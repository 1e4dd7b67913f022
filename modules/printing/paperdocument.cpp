#include "paperdocument.h"

#include <QCoreApplication>
#include <QFile>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace printing {

namespace {

QString styleSheet()
{
    return QStringLiteral(
        "body { font-size: 11pt; } h1 { font-size: 18pt; text-align: center; } "
        "h2 { font-size: 12pt; margin-top: 14px; } td.k { color: #333333; "
        "padding-right: 18px; } table.grid td { border: 1px solid #999999; padding: 3px; }");
}

} // namespace

core::Status printDocuments(const QList<PaperDocument> &documents, QPagedPaintDevice &device)
{
    if (documents.isEmpty())
        return core::Status::failure(QCoreApplication::translate("printing", "Nothing to print."));
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    QTextDocument text;
    QFont font(QStringLiteral("WenQuanYi Micro Hei")); // keeps the PDF text layer readable (see receipt)
    font.setPointSize(11);
    text.setDefaultFont(font);
    QString html = QStringLiteral("<html><head><style>%1</style></head><body>").arg(styleSheet());
    for (int i = 0; i < documents.size(); ++i) {
        // Each document's pictures get their own names, so two signatures never collide.
        QString body = documents.at(i).html;
        for (auto image = documents.at(i).images.cbegin(); image != documents.at(i).images.cend(); ++image) {
            const QString name = QStringLiteral("doc%1-%2").arg(i).arg(image.key());
            body.replace(QStringLiteral("src='%1'").arg(image.key()), QStringLiteral("src='%1'").arg(name));
            text.addResource(QTextDocument::ImageResource, QUrl(name), image.value());
        }
        html += i == 0 ? QStringLiteral("<div>") : QStringLiteral("<div style='page-break-before: always'>");
        html += body + QStringLiteral("</div>");
    }
    html += QStringLiteral("</body></html>");
    text.setHtml(html);
    text.print(&device);
    return {};
}

core::Status writePdf(const QList<PaperDocument> &documents, const QString &path)
{
    {
        QPdfWriter writer(path);
        writer.setTitle(documents.size() == 1 ? documents.constFirst().title
                                              : QCoreApplication::translate("printing", "%n document(s)",
                                                                            nullptr, int(documents.size())));
        writer.setCreator(QStringLiteral("appraisal-workstation"));
        if (const core::Status printed = printDocuments(documents, writer); !printed)
            return printed;
    }
    if (QFile(path).size() == 0)
        return core::Status::failure(
            QCoreApplication::translate("printing", "The PDF %1 could not be written.").arg(path));
    return {};
}

} // namespace printing
