#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace venue {

// Slows down guessing of enrolment codes (POST /api/v1/venue/enrol): failed codes are counted per
// address and for the whole hub within a window; past either limit the route answers 429 with
// Retry-After until the window of the oldest counted failure has passed. A successful enrolment
// does not clear an address's failures: a guesser cannot reset the count with a code of its own.
class EnrolmentThrottle
{
public:
    struct Limits {
        int failuresPerAddress = 5;
        int failuresOverall = 30;
        int windowSeconds = 600;
    };
    EnrolmentThrottle() = default;
    explicit EnrolmentThrottle(const Limits &limits) : m_limits(limits) {}

    // Seconds to wait before `address` may try again; nothing if it may try now.
    std::optional<int> retryAfter(const QString &address, const QDateTime &now);
    // Counts a wrong, used or expired code; true if this failure reached a limit (audit it apart).
    bool recordFailure(const QString &address, const QDateTime &now);

private:
    void forget(const QDateTime &now);

    Limits m_limits;
    QHash<QString, QList<QDateTime>> m_perAddress; // bounded: an address stops counting at its limit
    QList<QDateTime> m_overall;
};

} // namespace venue
