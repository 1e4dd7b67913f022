#include "textfieldundo.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace ui {

namespace {

// The line edit that takes the typing when `focused` has the focus, if it is editable.
QLineEdit *editableLine(QWidget *focused)
{
    if (auto *line = qobject_cast<QLineEdit *>(focused))
        return line->isReadOnly() ? nullptr : line;
    if (auto *combo = qobject_cast<QComboBox *>(focused))
        return combo->isEditable() ? combo->lineEdit() : nullptr;
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(focused))
        // A spin box keeps the focus itself and types into its own line edit.
        return spin->isReadOnly() ? nullptr : spin->findChild<QLineEdit *>();
    return nullptr;
}

} // namespace

bool applyToFocusedTextField(EditStep step)
{
    QWidget *focused = QApplication::focusWidget();
    if (!focused)
        return false;
    if (QLineEdit *line = editableLine(focused)) {
        step == EditStep::Undo ? line->undo() : line->redo();
        return true;
    }
    if (auto *text = qobject_cast<QTextEdit *>(focused); text && !text->isReadOnly()) {
        step == EditStep::Undo ? text->undo() : text->redo();
        return true;
    }
    if (auto *plain = qobject_cast<QPlainTextEdit *>(focused); plain && !plain->isReadOnly()) {
        step == EditStep::Undo ? plain->undo() : plain->redo();
        return true;
    }
    return false;
}

} // namespace ui
