#pragma once

#include <functional>

class QCoreApplication;

namespace core {

// SIGTERM and SIGINT end the application's event loops with exit code 0, so that what a normal
// quit runs (aboutToQuit, the destructors after exec()) also runs when the system shuts down, the
// session ends or an admin stops the program. SIGHUP does the same, unless `onHangup` is given
// and set at the time (a server reads its certificate again); it may be set after this call.
// The handler only writes one byte to a socket the event loop watches (async-signal-safe).
// False when the handlers could not be installed.
bool quitOnTerminationSignals(QCoreApplication &app, const std::function<void()> *onHangup = nullptr);

} // namespace core
