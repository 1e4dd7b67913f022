#pragma once

#include <QDialog>
#include <QKeySequence>

class QShortcut;
class QWidget;

namespace ui {

// A function key that works wherever the focus is in the window, as long as its page is shown
// (Qt matches a window shortcut only while its parent widget is visible). `description` is what
// the F1 overlay lists for it.
QShortcut *addWindowKey(QWidget *page, const QKeySequence &key, const QString &description);

// The F1 overlay: every key of the page on show, with what it does, then the window's own keys
// (`windowKeys`: pages, log out). Esc or F1 closes it.
class ShortcutHelp : public QDialog
{
    Q_OBJECT
public:
    ShortcutHelp(const QWidget &page, const QList<QPair<QString, QString>> &windowKeys = {},
                 QWidget *parent = nullptr);
    // The keys listed, in the page's order, as "F2" → "Call the next person".
    QList<QPair<QString, QString>> keys() const { return m_keys; }

private:
    QList<QPair<QString, QString>> m_keys;
};

} // namespace ui
