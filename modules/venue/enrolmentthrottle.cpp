#include "enrolmentthrottle.h"

namespace venue {

void EnrolmentThrottle::forget(const QDateTime &now)
{
    const QDateTime horizon = now.addSecs(-m_limits.windowSeconds);
    while (!m_overall.isEmpty() && m_overall.constFirst() <= horizon)
        m_overall.removeFirst();
    for (auto it = m_perAddress.begin(); it != m_perAddress.end();) {
        while (!it->isEmpty() && it->constFirst() <= horizon)
            it->removeFirst();
        it = it->isEmpty() ? m_perAddress.erase(it) : std::next(it);
    }
}

std::optional<int> EnrolmentThrottle::retryAfter(const QString &address, const QDateTime &now)
{
    forget(now);
    std::optional<QDateTime> until;
    const QList<QDateTime> failures = m_perAddress.value(address);
    if (failures.size() >= m_limits.failuresPerAddress)
        until = failures.constFirst().addSecs(m_limits.windowSeconds);
    if (m_overall.size() >= m_limits.failuresOverall) {
        const QDateTime overallUntil = m_overall.constFirst().addSecs(m_limits.windowSeconds);
        if (!until || overallUntil > *until)
            until = overallUntil;
    }
    if (!until)
        return std::nullopt;
    return qMax<qint64>(1, now.secsTo(*until) + 1);
}

bool EnrolmentThrottle::recordFailure(const QString &address, const QDateTime &now)
{
    forget(now);
    QList<QDateTime> &failures = m_perAddress[address];
    if (failures.size() < m_limits.failuresPerAddress)
        failures.append(now);
    if (m_overall.size() < m_limits.failuresOverall)
        m_overall.append(now);
    return failures.size() == m_limits.failuresPerAddress || m_overall.size() == m_limits.failuresOverall;
}

} // namespace venue
