#pragma once

#include <QDate>
#include <QString>

namespace checkin {

// What the desk's one input field holds: an ID number (typed, or from a card), the social-security
// number from a social-security card (for citizens it is the ID number; card readers in keyboard
// mode often type it together with the card number and name, split by | , ; or tabs), or an
// acceptance number from the barcode on the notice.
struct DeskEntry {
    enum class Kind { Empty, IdNumber, AcceptanceNo };
    Kind kind = Kind::Empty;
    QString value;                   // the ID number or acceptance number to look up
    bool fromSocialSecurity = false; // the ID number came out of a social-security card's data
};

DeskEntry classifyEntry(const QString &text, const QDate &today);

// 15 or 18 characters of digits (the last may be X).
bool looksLikeIdNumber(const QString &text);

} // namespace checkin
