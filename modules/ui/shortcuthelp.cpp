#include "shortcuthelp.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace ui {

QShortcut *addWindowKey(QWidget *page, const QKeySequence &key, const QString &description)
{
    auto *shortcut = new QShortcut(key, page);
    shortcut->setContext(Qt::WindowShortcut);
    shortcut->setWhatsThis(description);
    return shortcut;
}

ShortcutHelp::ShortcutHelp(const QWidget &page, const QList<QPair<QString, QString>> &windowKeys,
                           QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutHelp"));
    setWindowTitle(tr("Keys on this page"));
    auto *layout = new QVBoxLayout(this);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(8);
    m_keys << qMakePair(QStringLiteral("F1"), tr("This list of keys"));
    for (const QShortcut *shortcut : page.findChildren<QShortcut *>()) {
        if (shortcut->whatsThis().isEmpty() || !shortcut->isEnabled())
            continue;
        m_keys << qMakePair(shortcut->key().toString(QKeySequence::NativeText), shortcut->whatsThis());
    }
    m_keys << windowKeys;
    for (int row = 0; row < m_keys.size(); ++row) {
        auto *key = new QLabel(m_keys.at(row).first, this);
        key->setObjectName(QStringLiteral("shortcutKey"));
        auto *what = new QLabel(m_keys.at(row).second, this);
        what->setWordWrap(true);
        grid->addWidget(key, row, 0);
        grid->addWidget(what, row, 1);
    }
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeShortcutHelp"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    auto *again = new QShortcut(QKeySequence(Qt::Key_F1), this);
    connect(again, &QShortcut::activated, this, &QDialog::reject);
    setMinimumWidth(420);
}

} // namespace ui
