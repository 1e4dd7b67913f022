#pragma once

namespace ui {

enum class EditStep { Undo, Redo };

// Ctrl+Z / Ctrl+Y belong to the text field being typed in (its own undo of what was typed), not
// to the page's document: a page's undo shortcut calls this first and touches its document only
// when this returns false, i.e. when the focus is not in an editable text field. Covers line
// edits, editable combo boxes, spin boxes and (plain) text edits; read-only fields do not count.
bool applyToFocusedTextField(EditStep step);

} // namespace ui
