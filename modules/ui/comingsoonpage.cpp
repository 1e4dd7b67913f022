#include "comingsoonpage.h"

#include "infobanner.h"

#include <QVBoxLayout>

namespace ui {

ComingSoonPage::ComingSoonPage(const QString &objectName, const QString &title, const QString &purpose,
                               const QString &status, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(objectName);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(12);
    layout->addWidget(makePageHeader(title, purpose, this));
    layout->addWidget(new InfoBanner(status, this));
    layout->addStretch(1);
}

} // namespace ui
