// Citizen ID numbers (core::checkIdNumber): typed at the desk, read from a card, imported from a
// roster.

#include "fuzzsupport.h"

#include "core/idnumber.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***argv)
{
    fuzz::initialize<QCoreApplication>((*argv)[0]);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(fuzz::bytes(data, size));
    const QDate today = fuzz::today();
    const core::IdCheck check = core::checkIdNumber(input, today);
    core::maskIdNumber(input);
    core::provinceName(input);
    if (!check.valid) {
        FUZZ_CHECK(!check.error.isEmpty());
        FUZZ_CHECK(check.normalized.isEmpty());
        return 0;
    }
    const QString &number = check.normalized;
    FUZZ_CHECK(check.error.isEmpty());
    FUZZ_CHECK(number.size() == 18);
    for (int i = 0; i < 17; ++i)
        FUZZ_CHECK(number.at(i) >= QLatin1Char('0') && number.at(i) <= QLatin1Char('9'));
    FUZZ_CHECK(number.at(17) == core::idCheckCharacter(QStringView(number).left(17)));
    FUZZ_CHECK(check.birthDate.isValid() && check.birthDate <= today && check.birthDate >= QDate(1880, 1, 1));
    FUZZ_CHECK(check.birthDate.toString(QStringLiteral("yyyyMMdd")) == number.mid(6, 8));
    FUZZ_CHECK((check.gender == core::Gender::Male) == (number.at(16).digitValue() % 2 == 1));
    FUZZ_CHECK(check.regionCode == number.left(6) && !check.region.isEmpty());
    FUZZ_CHECK(core::maskIdNumber(number).size() == 18);

    // The normalized number is itself valid and normalizes to itself.
    const core::IdCheck again = core::checkIdNumber(number, today);
    FUZZ_CHECK(again.valid && again.normalized == number && again.birthDate == check.birthDate &&
               again.gender == check.gender && again.region == check.region);
    return 0;
}
