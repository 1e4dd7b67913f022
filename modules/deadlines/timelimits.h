#pragma once

#include <QCoreApplication>
#include <QDate>

namespace deadlines {

// The legal time limits of 管理办法 (domain.md §2), in calendar days: the regulation counts days,
// and only the 5-day materials period is in working days.
inline constexpr int kConclusionDays = 60;   // art. 10: from acceptance to conclusion
inline constexpr int kMaxExtensionDays = 30; // art. 10: complex or multi-specialty cases
inline constexpr int kDeliveryDays = 15;     // art. 17: from conclusion to delivery

enum class Stage {
    Conclusion, // the case is waiting for its conclusion
    Delivery,   // concluded, the conclusion is waiting to be delivered
    Done,       // delivered
    Ended,      // ended without a conclusion (no-show, withdrawn, terminated under art. 14)
};

enum class Urgency { Unknown, OnTime, DueSoon, Overdue, Met };

// Where one case stands against its time limit on `today`.
struct Standing {
    Stage stage = Stage::Conclusion;
    QDate due;           // the last day allowed; invalid when the acceptance date is unknown
    qint64 daysLeft = 0; // 0: due today; negative: days overdue
    Urgency urgency = Urgency::Unknown;
};

struct CaseDates {
    QDate acceptedOn;
    int extensionDays = 0;
    QDate concludedOn;
    QDate deliveredOn;
    bool ended = false;
};

struct WarningDays {
    int conclusion = 7; // "due soon" this many days before the conclusion is due
    int delivery = 3;
};

Standing standing(const CaseDates &dates, const QDate &today, WarningDays warning = {});

QString displayName(Stage stage);
QString displayName(Urgency urgency);
// "12 days left", "due today", "3 days overdue".
QString daysLeftText(const Standing &standing);

} // namespace deadlines
