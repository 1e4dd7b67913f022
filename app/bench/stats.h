#pragma once

#include <QList>

#include <algorithm>
#include <cmath>

namespace bench {

// Nearest-rank percentile of durations in milliseconds.
inline double percentile(QList<double> values, double fraction)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(fraction * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

inline double rounded(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

} // namespace bench
