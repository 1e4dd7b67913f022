#include "timelimits.h"

namespace deadlines {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("deadlines", text);
}

Urgency urgencyOf(qint64 daysLeft, int warningDays)
{
    if (daysLeft < 0)
        return Urgency::Overdue;
    return daysLeft <= warningDays ? Urgency::DueSoon : Urgency::OnTime;
}

} // namespace

Standing standing(const CaseDates &dates, const QDate &today, WarningDays warning)
{
    Standing result;
    if (dates.deliveredOn.isValid()) {
        result.stage = Stage::Done;
        result.due = dates.concludedOn.isValid() ? dates.concludedOn.addDays(kDeliveryDays) : QDate();
        result.urgency = Urgency::Met;
        return result;
    }
    if (dates.concludedOn.isValid()) {
        result.stage = Stage::Delivery;
        result.due = dates.concludedOn.addDays(kDeliveryDays);
        result.daysLeft = today.daysTo(result.due);
        result.urgency = urgencyOf(result.daysLeft, warning.delivery);
        return result;
    }
    if (dates.ended) {
        result.stage = Stage::Ended;
        result.urgency = Urgency::Met;
        return result;
    }
    result.stage = Stage::Conclusion;
    if (!dates.acceptedOn.isValid())
        return result; // Unknown: a guessed date would be worse than none
    result.due =
        dates.acceptedOn.addDays(kConclusionDays + qBound(0, dates.extensionDays, kMaxExtensionDays));
    result.daysLeft = today.daysTo(result.due);
    result.urgency = urgencyOf(result.daysLeft, warning.conclusion);
    return result;
}

QString displayName(Stage stage)
{
    switch (stage) {
    case Stage::Conclusion:
        return tr("awaiting conclusion");
    case Stage::Delivery:
        return tr("awaiting delivery");
    case Stage::Done:
        return tr("delivered");
    case Stage::Ended:
        return tr("ended without conclusion");
    }
    return {};
}

QString displayName(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Unknown:
        return tr("acceptance date unknown");
    case Urgency::OnTime:
        return tr("on time");
    case Urgency::DueSoon:
        return tr("due soon");
    case Urgency::Overdue:
        return tr("overdue");
    case Urgency::Met:
        return tr("done");
    }
    return {};
}

QString daysLeftText(const Standing &s)
{
    if (s.urgency == Urgency::Unknown || s.urgency == Urgency::Met)
        return displayName(s.urgency);
    if (s.daysLeft == 0)
        return tr("due today");
    if (s.daysLeft > 0)
        return QCoreApplication::translate("deadlines", "%n day(s) left", nullptr, int(s.daysLeft));
    return QCoreApplication::translate("deadlines", "%n day(s) overdue", nullptr, int(-s.daysLeft));
}

} // namespace deadlines
