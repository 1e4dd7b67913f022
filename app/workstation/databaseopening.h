#pragma once

#include "store/database.h"
#include "ui/logindialog.h"

#include <functional>
#include <memory>

class StartupTrace;

namespace core {
class Clock;
}

// How the station's database is opened at start.
struct OpeningRequest {
    QString folder;
    // The login window may come up first, from the plain login facts, while the key is read
    // (not on a first start, which runs the assistant, and not for the hall display).
    bool loginFirst = false;
    std::function<void()> beforeLoginWindow; // e.g. waits for the fonts the window's text needs
};

struct OpenedDatabase {
    std::unique_ptr<store::Database> database; // empty: the start stops with exitCode
    int exitCode = 0;
    std::unique_ptr<ui::LoginDialog> earlyLogin; // shown before the key was read, if it was
    bool readyTold = false;                      // --startup-probe's "ready" already printed
};

// Reads the key (the login window up meanwhile when it can be), leads through key recovery, shows
// the new installation's recovery key once, and when the last background integrity check failed
// checks the database again and offers the newest good backup. Every failure is said to the
// person before it returns without a database.
OpenedDatabase openStationDatabase(const OpeningRequest &request, const core::Clock &clock,
                                   const StartupTrace &trace);
