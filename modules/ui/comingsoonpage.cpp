#include "comingsoonpage.h"

#include "pagewidgets.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ui {

ComingSoonPage::ComingSoonPage(const QString &objectName, const Content &content, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(objectName);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(12);
    layout->addWidget(makePageHeader(content.title, content.purpose, this));
    layout->addWidget(new InfoBanner(content.status, this));

    auto *card = new QWidget(this);
    card->setObjectName(QStringLiteral("planCard"));
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 20, 24, 20);
    cardLayout->setSpacing(10);
    auto *heading = new QLabel(tr("What this page will do"), card);
    heading->setObjectName(QStringLiteral("planHeading"));
    cardLayout->addWidget(heading);
    for (const QString &feature : content.features) {
        auto *line = new QLabel(QStringLiteral("•  ") + feature, card);
        line->setObjectName(QStringLiteral("planItem"));
        line->setWordWrap(true);
        cardLayout->addWidget(line);
    }
    layout->addWidget(card);
    layout->addStretch(1);
}

} // namespace ui
