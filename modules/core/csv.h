#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace core {

// One record of a CSV file (RFC 4180: quoted fields, doubled quotes, CRLF or LF).
struct CsvRow {
    int line = 0; // physical line where the record starts; the header is line 1
    QStringList fields;
};

struct CsvTable {
    QStringList header;
    QList<CsvRow> rows; // blank lines are skipped
    QString error;      // set for an unterminated quote; rows before it are kept
};

// Parses UTF-8 text (a leading BOM is ignored). The first record is the header.
CsvTable parseCsv(const QString &text);

// One record as CSV text with its line ending ("\r\n" per RFC 4180): fields with a comma, quote or
// line break are quoted, quotes doubled.
QString csvRecord(const QStringList &fields);

} // namespace core
