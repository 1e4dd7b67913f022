#include "textprompt.h"

#include "screenfit.h"

#include <QInputDialog>
#include <QLabel>
#include <QPointer>

#include <algorithm>

namespace ui {

QInputDialog *createTextPrompt(QWidget *parent, const QString &objectName, const QString &title,
                               const QString &question)
{
    auto *dialog = new QInputDialog(parent);
    dialog->setObjectName(objectName);
    dialog->setWindowTitle(title);
    dialog->setLabelText(question);
    dialog->setInputMode(QInputDialog::TextInput);
    // QInputDialog lays its question out on one line: a long sentence (English, or a case number
    // in it) would make the dialog wider than a small screen. Wrapped, it keeps a readable width.
    for (QLabel *label : dialog->findChildren<QLabel *>())
        label->setWordWrap(true);
    const int room = availableArea(parent ? *parent->window() : *dialog).width() - 40;
    dialog->setMinimumWidth(std::min(460, room));
    dialog->setMaximumWidth(std::max(room, 200));
    return dialog;
}

namespace {

std::optional<QString> run(QInputDialog *dialog)
{
    // Guarded: the parent page may go away while the dialog waits (logout, idle lock).
    const QPointer<QInputDialog> guard(dialog);
    const bool accepted = dialog->exec() == QDialog::Accepted;
    if (!guard)
        return std::nullopt;
    const QString answer = dialog->textValue();
    delete dialog;
    if (!accepted)
        return std::nullopt;
    return answer;
}

} // namespace

std::optional<QString> askText(QWidget *parent, const QString &objectName, const QString &title,
                               const QString &question)
{
    return run(createTextPrompt(parent, objectName, title, question));
}

std::optional<QString> askChoice(QWidget *parent, const QString &objectName, const QString &title,
                                 const QString &question, const QStringList &choices)
{
    QInputDialog *dialog = createTextPrompt(parent, objectName, title, question);
    dialog->setComboBoxItems(choices);
    dialog->setComboBoxEditable(false);
    return run(dialog);
}

} // namespace ui
