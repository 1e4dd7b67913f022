#pragma once

#include "core/types.h"

#include <QCoreApplication>
#include <QDate>

namespace roster {

struct RejectedRow {
    int line = 0; // header = line 1
    QString reason;
};

template <typename T> struct Parsed {
    QList<T> items;
    QList<RejectedRow> rejected;
    QString fileError; // the whole file is unusable (missing columns, bad quoting)
};

// Reads a roster CSV (UTF-8, header row) with the columns
// acceptance_no,name,id_number,gender,birth_date,employer,appraisal_type,specialty,priority,phone,address,materials
// Cases get `batchId`. ID numbers are normalized; gender and birth date must agree with the ID number.
Parsed<core::Case> parseRoster(const QString &csvText, const QString &batchId, const QDate &today);

// Reads an experts CSV: expert_id,name,specialties,employer,title,on_duty
Parsed<core::Expert> parseExperts(const QString &csvText);

QStringList rosterColumns();
QStringList expertColumns();

} // namespace roster
