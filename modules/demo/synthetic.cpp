#include "synthetic.h"

#include "core/idnumber.h"
#include "store/caserepository.h"
#include "store/venuerepository.h"

namespace demo {

QList<core::Case> syntheticCases(int count, const QString &batchId, const QString &prefix,
                                 core::Specialty specialty)
{
    QList<core::Case> cases;
    for (int i = 0; i < count; ++i) {
        core::Case c;
        c.acceptanceNo = prefix + QStringLiteral("%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        c.batchId = batchId;
        const QDate birth = QDate(1960, 1, 1).addDays(i * 7);
        const QString first17 = QStringLiteral("440106") + birth.toString(QStringLiteral("yyyyMMdd")) +
                                QStringLiteral("%1").arg(i % 1000, 3, 10, QLatin1Char('0'));
        c.person.idNumber = first17 + core::idCheckCharacter(first17);
        c.person.gender = (i % 1000) % 2 == 1 ? core::Gender::Male : core::Gender::Female;
        c.person.name = QStringLiteral("测试%1").arg(i + 1);
        c.person.birthDate = birth;
        c.employer = QStringLiteral("Bench Co.");
        c.specialty = specialty;
        c.lane = i % 10 == 0 ? QString::fromLatin1(core::kGreenLane) : QString::fromLatin1(core::kNormalLane);
        c.materials = {QStringLiteral("application")};
        c.acceptedOn = QDate(2026, 10, 1).addDays(i % 50);
        cases << c;
    }
    return cases;
}

core::Status seedSyntheticVenue(store::Database &database, const QString &batchId, const QDate &day,
                                const QList<core::Case> &cases)
{
    return database.transaction([&]() -> core::Status {
        store::VenueRepository venues(database);
        if (core::Status s =
                venues.saveVenue({QStringLiteral("BENCH"), QStringLiteral("Bench venue"), {}, {}});
            !s)
            return s;
        if (core::Status s = venues.saveLane(
                {QString::fromLatin1(core::kNormalLane), QStringLiteral("A"), QStringLiteral("Normal")}, 2);
            !s)
            return s;
        if (core::Status s = venues.saveLane(
                {QString::fromLatin1(core::kGreenLane), QStringLiteral("G"), QStringLiteral("Green")}, 1);
            !s)
            return s;
        if (core::Status s = venues.saveBatch({batchId, QStringLiteral("BENCH"), day, {}}); !s)
            return s;
        store::CaseRepository repository(database);
        for (const core::Case &c : cases)
            if (core::Status s = repository.save(c); !s)
                return s;
        return {};
    });
}

} // namespace demo
