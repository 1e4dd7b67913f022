#pragma once

#include <condition_variable>
#include <mutex>
#include <thread>

// Loads what the login window's first text needs while the main thread builds the application
// object and reads the login facts. Two parts only, the two that every thread shares:
//  - fontconfig's configuration (FcInit: /etc/fonts and its conf.d parsed, the font caches mapped,
//    10-15 ms), started on the first line of main(), before the application object exists;
//  - Qt's font database (every installed font listed), once the application object exists.
// The faces themselves (FreeType, HarfBuzz) are left to the main thread: Qt keeps its font engines
// and FreeType faces per thread, so a face loaded here would only be loaded a second time there.
class FontWarmUp
{
public:
    FontWarmUp();
    // Joins: the thread may still be parsing the configuration when main() returns early.
    ~FontWarmUp();
    FontWarmUp(const FontWarmUp &) = delete;
    FontWarmUp &operator=(const FontWarmUp &) = delete;

    // The application object exists: the font database may be populated.
    void applicationReady();
    // Blocks until both parts are done (before the first text is measured on the main thread, so
    // that it never loads the configuration a second time beside the thread).
    void wait();

private:
    void run();

    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_applicationReady = false;
    bool m_cancelled = false;
    std::thread m_thread;
};
