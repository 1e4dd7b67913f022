#pragma once

#include <QString>

namespace core {

// The one masking policy (domain.md §7), used by public displays, tickets, logs and exports.
// Two-character names keep the family name: 张三 → 张*. Longer names keep the first and last
// characters: 张小三 → 张*三, 欧阳小明 → 欧**明.
QString maskName(const QString &name);
// 13812345678 → 138****5678
QString maskPhone(const QString &phone);

} // namespace core
