#pragma once

#include "accounts/accountservice.h"
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

    std::unique_ptr<accounts::AccountService> accounts;
    std::unique_ptr<ui::Services> services;
    routing::CryptoRandom random;
    std::unique_ptr<routing::DrawService> draws;
    std::unique_ptr<routing::LocalCallAuthority> calls;
    std::unique_ptr<exam::OpinionService> opinions;
    std::unique_ptr<materials::MaterialStore> materials;
    std::unique_ptr<centralsync::SyncScheduler> sync; // not started: tests run it on demand

    bool setUp()
    {
        if (!StationFixture::setUp())
            return false;
        accounts = std::make_unique<accounts::AccountService>(*database);
        draws = std::make_unique<routing::DrawService>(*database, random);
        calls = std::make_unique<routing::LocalCallAuthority>(*database);
        const auto templates = forms::ExamTemplates::loadAll();
        if (!templates)
            return false;
        opinions = std::make_unique<exam::OpinionService>(*database, templates.value());
        materials = std::make_unique<materials::MaterialStore>(*database);
        sync = std::make_unique<centralsync::SyncScheduler>(*database);
        services.reset(new ui::Services{*database, clock, *accounts, nullptr, nullptr, draws.get(),
                                        calls.get(), nullptr, opinions.get(), materials.get(), sync.get()});
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
