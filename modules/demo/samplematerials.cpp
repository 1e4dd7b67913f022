#include "samplematerials.h"

#include "materials/materialstore.h"
#include "store/caserepository.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>

namespace demo {

namespace {

// Content of the samples is Chinese like the real papers; it is data, not interface text.
const QString kSimulated = QStringLiteral("（模拟资料，仅供演示）");

QFont font(int points, bool bold = false)
{
    QFont f(QStringLiteral("WenQuanYi Micro Hei"));
    f.setPointSize(points);
    f.setBold(bold);
    return f;
}

} // namespace

QByteArray samplePdf(const QString &acceptanceNo, const QString &title, int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(150);
    writer.setTitle(title);
    QPainter painter(&writer);
    const QRect page = painter.viewport().adjusted(120, 120, -120, -120);
    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            writer.newPage();
        painter.setFont(font(18, true));
        painter.drawText(page.adjusted(0, 0, 0, -page.height() + 120), Qt::AlignHCenter | Qt::AlignTop,
                         title);
        painter.setFont(font(11));
        const QStringList lines{
            QStringLiteral("受理编号：%1").arg(acceptanceNo),
            QStringLiteral("第 %1 页，共 %2 页").arg(index + 1).arg(pages),
            kSimulated,
            QString(),
            index == 0 ? QStringLiteral("主诉：外伤后肢体疼痛、活动受限。")
                       : QStringLiteral("检查所见：骨折线清晰，对位对线可。"),
            index == 0 ? QStringLiteral("诊断：骨折术后。") : QStringLiteral("印象：骨折愈合期改变。"),
        };
        int y = page.top() + 180;
        for (const QString &line : lines) {
            painter.drawText(page.left(), y, line);
            y += 60;
        }
        painter.drawRect(page.left(), y + 40, page.width(), 600);
        painter.drawText(QRect(page.left(), y + 40, page.width(), 600), Qt::AlignCenter,
                         QStringLiteral("（影像 / 附图位置）"));
    }
    painter.end();
    return bytes;
}

QByteArray samplePng(const QString &acceptanceNo)
{
    QImage image(900, 1100, QImage::Format_RGB32);
    image.fill(QColor(24, 24, 24));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(200, 200, 200));
    painter.drawRoundedRect(380, 120, 140, 420, 60, 60); // a long bone, roughly
    painter.drawRoundedRect(390, 560, 120, 420, 50, 50);
    painter.setPen(QPen(QColor(30, 30, 30), 6));
    painter.drawLine(385, 548, 515, 556); // the fracture line
    painter.setPen(Qt::white);
    painter.setFont(font(20));
    painter.drawText(QRect(0, 20, 900, 60), Qt::AlignCenter, QStringLiteral("X 线片 %1").arg(acceptanceNo));
    painter.drawText(QRect(0, 1020, 900, 60), Qt::AlignCenter, kSimulated);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

core::Result<int> addSampleMaterials(store::Database &database, const accounts::Session &session)
{
    const QStringList cases = store::CaseRepository(database).acceptanceNumbers();
    materials::MaterialStore store(database);
    int added = 0;
    for (const QString &acceptanceNo : std::as_const(cases)) {
        const QList<QPair<QString, QByteArray>> files{
            {QStringLiteral("病历摘要与影像报告.pdf"),
             samplePdf(acceptanceNo, QStringLiteral("病历摘要与影像检查报告"), 2)},
            {QStringLiteral("X线片.png"), samplePng(acceptanceNo)}};
        for (const auto &[name, content] : files) {
            bool duplicate = false;
            const auto stored =
                store.add(session, acceptanceNo, name, content, QStringLiteral("roster"), &duplicate);
            if (!stored)
                return core::Result<int>::failure(stored.error());
            added += duplicate ? 0 : 1;
        }
    }
    return added;
}

} // namespace demo
