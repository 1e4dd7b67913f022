// Roster and expert CSV files (roster::parseRoster, roster::parseExperts, and core::parseCsv
// beneath them): exported by other systems and imported at the venue.

#include "fuzzsupport.h"

#include "core/csv.h"
#include "core/idnumber.h"
#include "roster/rosterparser.h"

#include <QRegularExpression>
#include <QSet>

namespace {

template <typename T> void checkCommon(const roster::Parsed<T> &parsed)
{
    if (!parsed.fileError.isEmpty())
        FUZZ_CHECK(parsed.items.isEmpty() && parsed.rejected.isEmpty());
    for (const roster::RejectedRow &row : parsed.rejected)
        FUZZ_CHECK(row.line >= 2 && !row.reason.isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***argv)
{
    fuzz::initialize<QCoreApplication>((*argv)[0]);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    const QDate today = fuzz::today();

    const core::CsvTable table = core::parseCsv(text);
    int previousLine = 1;
    for (const core::CsvRow &row : table.rows) {
        FUZZ_CHECK(!row.fields.isEmpty() && row.line > previousLine);
        previousLine = row.line;
    }
    // A record written by csvRecord reads back as the same fields.
    if (!table.rows.isEmpty()) {
        const QStringList &fields = table.rows.constFirst().fields;
        const core::CsvTable again =
            core::parseCsv(core::csvRecord({QStringLiteral("h")}) + core::csvRecord(fields));
        FUZZ_CHECK(again.error.isEmpty() && again.rows.size() == 1 &&
                   again.rows.constFirst().fields == fields);
    }

    const auto cases = roster::parseRoster(text, QStringLiteral("FUZZ-BATCH"), today);
    checkCommon(cases);
    FUZZ_CHECK(cases.items.size() + cases.rejected.size() <= table.rows.size());
    static const QRegularExpression acceptance(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$"));
    QSet<QString> acceptanceNumbers;
    QSet<QString> idNumbers;
    for (const core::Case &c : cases.items) {
        FUZZ_CHECK(c.batchId == QStringLiteral("FUZZ-BATCH"));
        FUZZ_CHECK(acceptance.match(c.acceptanceNo).hasMatch());
        FUZZ_CHECK(!c.person.name.isEmpty());
        // Every imported ID number is valid, normalized, and agrees with the person's data.
        const core::IdCheck id = core::checkIdNumber(c.person.idNumber, today);
        FUZZ_CHECK(id.valid && id.normalized == c.person.idNumber);
        FUZZ_CHECK(id.birthDate == c.person.birthDate && id.gender == c.person.gender);
        FUZZ_CHECK(!c.acceptedOn.isValid() || c.acceptedOn <= today);
        FUZZ_CHECK(!acceptanceNumbers.contains(c.acceptanceNo) && !idNumbers.contains(c.person.idNumber));
        acceptanceNumbers.insert(c.acceptanceNo);
        idNumbers.insert(c.person.idNumber);
    }

    const auto experts = roster::parseExperts(text);
    checkCommon(experts);
    FUZZ_CHECK(experts.items.size() + experts.rejected.size() <= table.rows.size());
    QSet<QString> expertIds;
    for (const core::Expert &expert : experts.items) {
        FUZZ_CHECK(!expert.id.isEmpty() && !expert.name.isEmpty() && !expert.specialties.isEmpty());
        FUZZ_CHECK(!expertIds.contains(expert.id));
        expertIds.insert(expert.id);
    }
    return 0;
}
