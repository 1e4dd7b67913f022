#include "infobanner.h"

#include <QVBoxLayout>

namespace ui {

InfoBanner::InfoBanner(const QString &text, QWidget *parent) : QLabel(text, parent)
{
    setObjectName(QStringLiteral("infoBanner"));
    setWordWrap(true);
}

QWidget *makePageHeader(const QString &title, const QString &subtitle, QWidget *parent)
{
    auto *header = new QWidget(parent);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->setSpacing(4);
    auto *titleLabel = new QLabel(title, header);
    titleLabel->setObjectName(QStringLiteral("pageTitle"));
    auto *subtitleLabel = new QLabel(subtitle, header);
    subtitleLabel->setObjectName(QStringLiteral("pageSubtitle"));
    subtitleLabel->setWordWrap(true);
    layout->addWidget(titleLabel);
    layout->addWidget(subtitleLabel);
    return header;
}

} // namespace ui
