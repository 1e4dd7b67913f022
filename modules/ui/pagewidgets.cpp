#include "pagewidgets.h"

#include "screenfit.h"

#include <QHeaderView>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

InfoBanner::InfoBanner(const QString &text, QWidget *parent) : QLabel(text, parent)
{
    setObjectName(QStringLiteral("infoBanner"));
    setWordWrap(true);
}

void repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

void setMessage(QLabel *label, const QString &text, bool problem)
{
    label->setText(text);
    label->setProperty("empty", text.isEmpty());
    label->setProperty("problem", problem);
    repolish(label);
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
    if (isCompactScreen(*header)) {
        // 911×512: the two lines of explanation would push the page's actions off the screen.
        subtitleLabel->hide();
        titleLabel->setToolTip(subtitle);
        // The highlighted sidebar item names the page: the title's line goes to the page's work.
        header->hide();
        layout->setContentsMargins(0, 0, 0, 2);
    }
    return header;
}

QTableView *makeListView(const QString &objectName, QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(34);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

} // namespace ui
