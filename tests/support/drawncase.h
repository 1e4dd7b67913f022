#pragma once

#include "checkin/checkinservice.h"
#include "routing/drawservice.h"
#include "testsession.h"

#include <QDebug>

#include <optional>

// Checks a demo case in at the front desk and draws its two examiners and its reviewer: where
// every examination and review suite starts. Empty, with the reason in the test log, on failure.
inline std::optional<routing::DrawResult> checkInAndDraw(store::Database &database,
                                                         const QString &acceptanceNo)
{
    const auto checkedIn = checkin::CheckInService(database).checkInByAcceptanceNo(
        testSession(core::Role::FrontDesk), acceptanceNo);
    if (!checkedIn.ok()) {
        qWarning() << "check-in:" << checkedIn.error;
        return std::nullopt;
    }
    routing::CryptoRandom random;
    const auto drawn =
        routing::DrawService(database, random).draw(testSession(core::Role::FrontDesk), acceptanceNo);
    if (!drawn) {
        qWarning() << "draw:" << drawn.error();
        return std::nullopt;
    }
    return drawn->result;
}
