#include "deskactions.h"

#include "elidinglabel.h"
#include "screenfit.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

namespace {

// On a screen under 800 logical pixels high (1366×768, 1920×1080 at 150 %) the actions in rows
// beside the card would make the strip taller than the card and leave the roster a row or two.
bool actionsUnderTheCard(const QWidget &widget)
{
    return availableArea(widget).height() < 800;
}

} // namespace

DeskActions::DeskActions(const QList<QPushButton *> &everyCase, const QList<QPushButton *> &occasional,
                         QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("deskActions"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(isCompactScreen(*this) ? 4 : 8);
    grid->setVerticalSpacing(6);
    QList<QPushButton *> shown = everyCase;
    int perRow = 0;
    if (isCompactScreen(*this)) {
        m_more = new QPushButton(tr("More…"), this);
        m_more->setObjectName(QStringLiteral("moreActionsButton"));
        auto *menu = new QMenu(m_more);
        for (QPushButton *button : occasional) {
            const bool available = !button->isHidden();
            button->setParent(this);
            button->hide();
            if (!available)
                continue;
            QAction *action = menu->addAction(button->text(), button, &QPushButton::click);
            // The menu offers what the button would: disabled until there is a person.
            connect(menu, &QMenu::aboutToShow, action,
                    [action, button] { action->setEnabled(button->isEnabled()); });
        }
        m_more->setMenu(menu);
        shown << m_more;
        perRow = int(shown.size()); // one row: a second one would take the roster's height
    } else {
        shown << occasional;
        // As many to a row as there is room for, so the desk never needs a window wider than the
        // screen: beside the card (a tall screen) four on a wide screen, fewer on 1366 pixels; under
        // input and card (a screen under 800 pixels high, see layOut) a row as wide as the page.
        const int screenWidth = availableArea(*this).width();
        if (actionsUnderTheCard(*this))
            perRow = screenWidth >= 1200 ? 4 : 3;
        else
            perRow = screenWidth >= 1600 ? 4 : screenWidth >= 1340 ? 3 : 2;
    }
    int column = 0;
    for (QPushButton *button : std::as_const(shown)) {
        button->setParent(this);
        grid->addWidget(button, column / perRow, column % perRow);
        ++column;
    }
    grid->setColumnStretch(perRow, 1);
}

QLabel *DeskActions::makeHint(QWidget *panel)
{
    QLabel *hint = isCompactScreen(*panel) ? new ElidingLabel(QString(), panel) : new QLabel(panel);
    hint->setObjectName(QStringLiteral("inputHint"));
    hint->setWordWrap(!isCompactScreen(*panel));
    return hint;
}

QLabel *DeskActions::makeMessageLine(QLabel *hint)
{
    if (isCompact())
        return hint;
    auto *message = new QLabel(hint->parentWidget());
    message->setObjectName(QStringLiteral("checkInMessage"));
    message->setWordWrap(true);
    message->hide();
    return message;
}

void DeskActions::layOut(QWidget &panel, QLineEdit *input, QLabel *hint, QLabel *message, QWidget *card)
{
    auto *grid = new QGridLayout(&panel);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(16);
    if (!isCompact()) {
        QFont big = input->font();
        big.setPointSize(big.pointSize() + 4);
        input->setFont(big);
    }
    if (isCompact()) {
        grid->setVerticalSpacing(4);
        grid->addWidget(input, 0, 0);
        grid->addWidget(hint, 1, 0, Qt::AlignTop);
        grid->addWidget(card, 0, 1, 3, 1);
        grid->addWidget(this, 3, 0, 1, 2);
        grid->setRowStretch(2, 1);
    } else if (actionsUnderTheCard(panel)) {
        grid->setVerticalSpacing(8);
        auto *entry = new QVBoxLayout;
        entry->setSpacing(8);
        entry->addWidget(input);
        entry->addWidget(hint);
        entry->addWidget(message);
        entry->addStretch(1);
        grid->addLayout(entry, 0, 0);
        grid->addWidget(card, 0, 1);
        grid->addWidget(this, 1, 0, 1, 2);
    } else {
        grid->setVerticalSpacing(8);
        auto *entry = new QVBoxLayout;
        entry->setSpacing(8);
        entry->addWidget(input);
        entry->addWidget(hint);
        entry->addWidget(this);
        if (message != hint)
            entry->addWidget(message);
        entry->addStretch(1);
        grid->addLayout(entry, 0, 0);
        grid->addWidget(card, 0, 1);
    }
    // The card gets the larger share: its lines are the longer ones.
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 4);
}

} // namespace ui
