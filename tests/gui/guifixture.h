#pragma once

#include "station/stationservices.h"
#include "stationfixture.h"
#include "ui/services.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

// A station with the demo venue in a temporary database and a frozen clock, and the services the
// pages are given.
struct GuiFixture : StationFixture {
    GuiFixture() : StationFixture(QDateTime(QDate(2026, 11, 23), QTime(8, 30))) {}

    // The station's services as the app builds them (station::StationServices), and the pages' view
    // of them; the live parts (printer, reader, hub, voice, health) stay null unless a suite sets them.
    routing::CryptoRandom random; // for what a suite draws besides the station (a loopback hub)
    std::unique_ptr<station::StationServices> stationServices;
    std::unique_ptr<ui::Services> services;
    accounts::AccountService *accounts = nullptr;
    routing::DrawService *draws = nullptr;
    routing::LocalCallAuthority *calls = nullptr;
    exam::OpinionService *opinions = nullptr;
    materials::MaterialStore *materials = nullptr;
    centralsync::SyncScheduler *sync = nullptr; // not started: tests run it on demand

    bool setUp()
    {
        if (!StationFixture::setUp())
            return false;
        stationServices = std::make_unique<station::StationServices>(*database);
        if (!stationServices->opinions()) {
            qWarning() << "exam templates:" << stationServices->templatesProblem();
            return false;
        }
        services = std::make_unique<ui::Services>(*stationServices);
        accounts = &stationServices->accounts();
        draws = &stationServices->draws();
        calls = &stationServices->localCalls();
        opinions = stationServices->opinions();
        materials = &stationServices->materials();
        sync = &stationServices->sync();
        return true;
    }

    // The demo accounts as shipped: {role key: {username, password}}.
    static QMap<QString, QPair<QString, QString>> demoAccounts()
    {
        QFile file(QStringLiteral(":/demo/venue.json"));
        QMap<QString, QPair<QString, QString>> result;
        if (!file.open(QIODevice::ReadOnly))
            return result;
        const QJsonArray list =
            QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("accounts")).toArray();
        for (const QJsonValue &value : list) {
            const QJsonObject account = value.toObject();
            result.insert(account.value(QStringLiteral("role")).toString(),
                          {account.value(QStringLiteral("username")).toString(),
                           account.value(QStringLiteral("password")).toString()});
        }
        return result;
    }
};
