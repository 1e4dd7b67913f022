#pragma once

#include "types.h"

#include <QDate>
#include <QString>

namespace core {

// Result of checking a citizen ID number (GB 11643-1999, domain.md §3).
struct IdCheck {
    bool valid = false;
    QString normalized; // 18 characters, uppercase X; set only when valid
    QDate birthDate;
    Gender gender = Gender::Male;
    QString regionCode; // first six digits
    QString region;     // province-level name from the region code, empty when unknown
    QString error;      // translated, says what is wrong and how to fix it; empty when valid
};

// Validates and normalizes an ID number: trims spaces, accepts lowercase x, upgrades the
// 15-digit form to 18 digits, checks the birth date (a real date, not after `today`) and the
// ISO 7064 MOD 11-2 check character.
IdCheck checkIdNumber(const QString &input, const QDate &today);

// The check character for the first 17 digits (which must all be digits).
QChar idCheckCharacter(QStringView first17);

// "1101**********002X": first four and last four shown.
QString maskIdNumber(const QString &idNumber);

// Province-level region name for the first two digits of a region code, or empty.
QString provinceName(QStringView regionCode);

} // namespace core
