#include "fontwarmup.h"

#include <QFontDatabase>
#include <QStringList>

#include <fontconfig/fontconfig.h>

FontWarmUp::FontWarmUp() : m_thread([this] { run(); }) {}

FontWarmUp::~FontWarmUp()
{
    {
        const std::lock_guard lock(m_mutex);
        m_cancelled = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void FontWarmUp::applicationReady()
{
    {
        const std::lock_guard lock(m_mutex);
        m_applicationReady = true;
    }
    m_changed.notify_all();
}

void FontWarmUp::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

void FontWarmUp::run()
{
    // What Qt's font database does first; Qt's own FcInit() then finds the configuration loaded.
    FcInit();
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_applicationReady || m_cancelled; });
    if (m_cancelled)
        return;
    lock.unlock();
    // Lists every installed font into Qt's database, shared by all threads (behind Qt's own lock).
    static_cast<void>(QFontDatabase::families());
}
