#pragma once

class QApplication;

namespace ui {

// The product's look: CJK-capable font and the station style sheet.
void applyStationStyle(QApplication &app);

} // namespace ui
