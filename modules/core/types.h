#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Domain vocabulary shared by every module. Plain value types: no storage, no UI.
namespace core {

enum class Role { FrontDesk, Expert, Reviewer, Clerk, VenueAdmin };

enum class AppraisalType { WorkInjury, OccupationalDisease, Illness, Review, Reappraisal };

// The five specialty groups (门类) of GB/T 16180-2014.
enum class Specialty { Neurology, Orthopaedics, OphthalmologyEnt, Surgery, Occupational };

enum class Gender { Male, Female };

// Stable machine names used in CSV files, JSON and the database. Parsing returns nullopt on
// anything not in the list so callers can report the bad value.
QString toKey(Role role);
QString toKey(AppraisalType type);
QString toKey(Specialty specialty);
QString toKey(Gender gender);
std::optional<Role> roleFromKey(const QString &key);
std::optional<AppraisalType> appraisalTypeFromKey(const QString &key);
std::optional<Specialty> specialtyFromKey(const QString &key);
std::optional<Gender> genderFromKey(const QString &key);
QList<Role> allRoles();
QList<AppraisalType> allAppraisalTypes();
QList<Specialty> allSpecialties();

// Translated display names (context "core").
QString displayName(Role role);
QString displayName(AppraisalType type);
QString displayName(Specialty specialty);
QString displayName(Gender gender);

// A queue lane: "normal" (prefix A) and "green" (绿色通道, prefix G) always exist; a venue may
// configure more. The key is what rosters and tickets carry.
struct Lane {
    QString key;
    QString prefix;
    QString name;
    int ratio = 1;        // calls per round among the non-strict lanes
    QString colour;       // "#RRGGBB" for the hall display and tickets; empty: the display's default
    bool strict = false;  // strict priority: served before every other lane (the green channel)
    bool retired = false; // kept for the record, no longer offered for new cases
    // "HH:mm": the lane's printed numbers start again at 1 at this time each day (a lane of its
    // own shift, say from 13:00); empty: with the venue's day (setting queue.reset_time).
    QString resetTime;
};
inline constexpr auto kNormalLane = "normal";
inline constexpr auto kGreenLane = "green";

struct Venue {
    QString id;
    QString name;
    QString address;
    QString phone;     // the enquiry line printed on notices
    QString committee; // 鉴定委员会 printed on conclusions; empty: the venue name
};

struct AppraisalBatch {
    QString id; // 鉴定批次 number, e.g. "2026-11-22-01"
    QString venueId;
    QDate day;
    QString title;
};

struct Person {
    QString idNumber; // normalized 18-character GB 11643 number
    QString name;
    Gender gender = Gender::Male;
    QDate birthDate;
    QString phone;
    QString address;
};

struct Case {
    QString acceptanceNo; // 受理编号, unique
    QString batchId;
    Person person;
    QString employer;
    AppraisalType type = AppraisalType::WorkInjury;
    Specialty specialty = Specialty::Orthopaedics;
    QString lane = QString::fromLatin1(kNormalLane);
    QStringList materials;
    QDate acceptedOn; // 受理日期: the 60-day limit runs from here (invalid when the roster lacks it)
};

struct Expert {
    QString id;
    QString name;
    QList<Specialty> specialties;
    QString employer; // employer or hospital, used for recusal
    QString title;
    bool onDuty = false;
    bool mayReview = true;
    QString roomId; // the exam room the expert sits in today; set by the venue, not by the CSV
};

struct Room {
    QString id;
    QString name;
    QList<Specialty> specialties;
    bool retired = false; // kept for the record, no longer seated or called
};

struct Ticket {
    QString number; // e.g. "G001"
    QString lane;
    QString acceptanceNo;
    QDate day;
    QDateTime issuedAt;
};

struct StaffAccount {
    QString username;
    QString displayName;
    Role role = Role::FrontDesk;
    QString expertId; // for experts and reviewers: the Expert they act as
    bool active = true;
};

} // namespace core
