#pragma once

#include <QJsonObject>

namespace bench {

// The wide lists' fitting (ui::TableFit) on the audit trail's longest page: `rows` entries (the
// page shows at most 2000) of audit-like text — time, person, translated action, subject and
// readable details — in a list 700 pixels wide (911×512: columns fold, details wrap) and 1600
// pixels wide (1920×1080). Each figure is the median of five refits, column widths and row heights
// included, as on every resize of the page.
QJsonObject runTableFitBench(int rows);

} // namespace bench
