#include "entry.h"

#include "core/idnumber.h"

#include <QRegularExpression>

namespace checkin {

bool looksLikeIdNumber(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{15}|\\d{17}[0-9Xx])$"));
    return pattern.match(text.trimmed()).hasMatch();
}

DeskEntry classifyEntry(const QString &text, const QDate &today)
{
    DeskEntry entry;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return entry;
    if (looksLikeIdNumber(trimmed)) {
        entry.kind = DeskEntry::Kind::IdNumber;
        entry.value = trimmed.toUpper();
        return entry;
    }
    // Social-security card data typed by a reader: several fields with separators; the one that is
    // a valid ID number identifies the person. A lone field is never taken apart.
    static const QRegularExpression separators(QStringLiteral("[|,;\\t\\s^=]+"));
    const QStringList fields = trimmed.split(separators, Qt::SkipEmptyParts);
    if (fields.size() > 1) {
        for (const QString &field : fields) {
            if (looksLikeIdNumber(field) && core::checkIdNumber(field, today).valid) {
                entry.kind = DeskEntry::Kind::IdNumber;
                entry.value = field.toUpper();
                entry.fromSocialSecurity = true;
                return entry;
            }
        }
    }
    entry.kind = DeskEntry::Kind::AcceptanceNo;
    entry.value = trimmed;
    return entry;
}

} // namespace checkin
