#pragma once

#include "core/clock.h"
#include "demo/demovenue.h"
#include "store/database.h"
#include "testkey.h"

#include <QDebug>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

// A station as the service and page suites start from: a fresh temporary folder, a frozen clock,
// the station database sealed with the test key and (unless asked otherwise) the demo venue.
// Suites that need a clean station per test function make a new fixture in init().
struct StationFixture {
    explicit StationFixture(const QDateTime &now) : clock(now) {}

    core::ManualClock clock;
    QTemporaryDir dir;
    std::unique_ptr<store::Database> database;

    // Opens the database and loads the demo venue; false, with the reason in the test log, when
    // either fails (callers QVERIFY it).
    [[nodiscard]] bool setUp(bool withDemoVenue = true)
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!reopen())
            return false;
        if (!withDemoVenue)
            return true;
        const auto loaded = demo::DemoVenue::load(*database, clock.today());
        if (!loaded)
            qWarning() << "demo venue:" << loaded.error();
        return loaded.ok();
    }

    // Closes the database and opens the same file again, as a restarted station does.
    [[nodiscard]] bool reopen()
    {
        database.reset();
        auto opened = store::Database::open(store::databasePath(dir.path()), clock, testDataKey());
        if (!opened.database)
            qWarning() << "station database:" << opened.error;
        database = std::move(opened.database);
        return database != nullptr;
    }
};
