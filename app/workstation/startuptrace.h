#pragma once

#include <QElapsedTimer>

#include <cstdio>

// With --startup-probe: how long each step of the start took, on standard error, so that what the
// login window waits for can be seen (appraisal-bench reads only the "ready" line of standard output).
class StartupTrace
{
public:
    explicit StartupTrace(bool enabled) : m_enabled(enabled) { m_timer.start(); }
    bool enabled() const { return m_enabled; }
    void mark(const char *step) const
    {
        if (m_enabled)
            std::fprintf(stderr, "startup: %-24s %7.1f ms\n", step, double(m_timer.nsecsElapsed()) / 1e6);
    }
    // The one line appraisal-bench waits for: the first window is up.
    void tellReady() const
    {
        if (!m_enabled)
            return;
        mark("ready");
        std::fputs("ready\n", stdout);
        std::fflush(stdout);
    }

private:
    QElapsedTimer m_timer;
    bool m_enabled = false;
};
