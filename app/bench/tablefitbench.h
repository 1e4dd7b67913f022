#pragma once

#include <QJsonObject>

namespace bench {

// The wide lists' fitting (ui::TableFit) on the audit trail as the page shows it: the real
// ui::AuditModel with `rows` entries (the page shows at most 2000) of the kinds a venue writes
// (case steps, calls, draws, prints, logins, materials), the page's column rules, the station's
// style sheet, shown (offscreen). Each step is timed from the resize (or scroll) until the event
// loop has nothing left to do and the page is painted: what a person dragging the window or a
// splitter waits for.
//   reset_ms       the page's reload: new entries in the model and the refit (median of 5)
//   narrow_ms/max  a drag of the list around 700 pixels (its width on 1366×768 at 150 %, 911×512):
//                  columns fold, details wrap (median and worst of 12 steps of a few pixels)
//   narrow_folded  columns folded into the detail line at 700 pixels
//   wide_ms/max    the same drag around 1600 pixels (1920×1080)
//   scroll_ms      a page down at 700 pixels (rows that come into view are fitted; median of 12)
QJsonObject runTableFitBench(int rows);

} // namespace bench
