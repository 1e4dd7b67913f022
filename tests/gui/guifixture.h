#pragma once

#include "station/stationservices.h"
#include "stationfixture.h"
#include "syntheticsignature.h"
#include "ui/services.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

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

    // Every drawn examiner opens the case, records the same findings (right elbow) and clause
    // 5.7.2(36), signs and submits: the case then waits for its review. The first step that fails
    // says which expert and what.
    core::Status examineAndSubmit(const QString &acceptanceNo, const QStringList &examiners)
    {
        const QList<QPair<QString, QJsonValue>> findings{
            {QStringLiteral("complaint"), QStringLiteral("右肘疼痛")},
            {QStringLiteral("history"), QStringLiteral("摔伤")},
            {QStringLiteral("injury_site"), QStringLiteral("右肘")},
            {QStringLiteral("side"), QStringLiteral("right")}};
        for (const QString &expertId : examiners) {
            accounts::Session expert;
            expert.account.username = expertId;
            expert.account.role = core::Role::Expert;
            expert.account.expertId = expertId;
            const auto failed = [&](const QString &problem) {
                return core::Status::failure(
                    QStringLiteral("%1 on %2: %3").arg(expertId, acceptanceNo, problem));
            };
            const auto draft = opinions->open(expert, acceptanceNo);
            if (!draft)
                return failed(draft.error());
            for (const auto &[field, value] : findings)
                if (const auto set = opinions->setFinding(expert, draft->id, field, value); !set)
                    return failed(set.error());
            if (const auto set = opinions->setClauses(expert, draft->id, {QStringLiteral("5.7.2(36)")}); !set)
                return failed(set.error());
            if (const auto submitted = opinions->submit(expert, draft->id, syntheticSignature()); !submitted)
                return failed(submitted.error());
        }
        return {};
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
