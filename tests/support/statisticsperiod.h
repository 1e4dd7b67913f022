#pragma once

#include "syntheticsignature.h"
#include "testkey.h"
#include "testsession.h"

#include "checkin/checkinservice.h"
#include "core/idnumber.h"
#include "deadlines/deadlineservice.h"
#include "demo/daysimulation.h"
#include "demo/demovenue.h"
#include "demo/synthetic.h"
#include "exam/reviewservice.h"
#include "exam/stationtemplates.h"
#include "routing/callauthority.h"
#include "routing/drawservice.h"
#include "store/accountrepository.h"
#include "store/caserepository.h"
#include "store/expertrepository.h"
#include "store/venuerepository.h"

#include <QHash>
#include <QStandardPaths>
#include <QTemporaryDir>

// A venue period with known answers for the statistics: one scenario a day from 2 November 2026 on
// the demo venue (orthopaedics cases, so the draw picks among E101, E102, E104, E108, E112), each
// driven through the real services under a manual clock. `build()` returns an error or nothing.
struct StatisticsScenario {
    QString name;
    enum Kind { Examined, NoShow, WalkIn } kind = Examined;
    int waitMinutes = 0;        // check-in to the first call
    int examMinutes = 0;        // start to finish of each examination
    int grade1 = 0, grade2 = 0; // the two examiners' grades
    int ownGrade = 0;           // 0: the reviewer agrees with the first examiner; else their own grade
    int acceptedDaysBefore = 30;
    int extensionDays = 0;
    int deliveredAfterDays = -1; // -1: not delivered
};

struct ScenarioOutcome {
    QDate day;
    QStringList examiners;
    QString reviewer;
};

class StatisticsPeriod
{
public:
    static QDate firstDay() { return QDate(2026, 11, 2); }

    static QList<StatisticsScenario> scenarios()
    {
        using S = StatisticsScenario;
        return {
            {QStringLiteral("same grade, on time, delivered in time"), S::Examined, 20, 30, 7, 7, 0, 30, 0,
             3},
            {QStringLiteral("one apart, extended, delivered late"), S::Examined, 35, 40, 7, 8, 0, 70, 30, 20},
            {QStringLiteral("more apart, review changed the grade, concluded late"), S::Examined, 50, 50, 5,
             8, 6, 70, 0, -1},
            {QStringLiteral("no-show"), S::NoShow, 0, 0, 0, 0, 0, 30, 0, -1},
            {QStringLiteral("walk-in"), S::WalkIn, 0, 0, 0, 0, 0, 30, 0, -1},
        };
    }

    StatisticsPeriod(store::Database &db, core::ManualClock &clock) : m_db(db), m_clock(clock) {}

    QString build()
    {
        m_clock.set(QDateTime(firstDay(), QTime(7, 0)));
        if (const auto loaded = demo::DemoVenue::load(m_db, firstDay()); !loaded)
            return loaded.error();
        for (const core::StaffAccount &account : store::AccountRepository(m_db).all())
            if (!account.expertId.isEmpty())
                m_accountOf.insert(account.expertId, account.username);
        const auto templates = exam::stationTemplates(m_db);
        if (!templates)
            return templates.error();
        m_opinions = std::make_unique<exam::OpinionService>(m_db, templates.value());
        const QList<StatisticsScenario> all = scenarios();
        for (int i = 0; i < all.size(); ++i)
            if (const QString error = run(all.at(i), firstDay().addDays(i)); !error.isEmpty())
                return all.at(i).name + QStringLiteral(": ") + error;
        // The clerk records deliveries a month on.
        m_clock.set(QDateTime(firstDay().addDays(40), QTime(9, 0)));
        deadlines::DeadlineService clerk(m_db);
        for (int i = 0; i < all.size(); ++i)
            if (all.at(i).deliveredAfterDays >= 0)
                if (const core::Status s =
                        clerk.recordDelivery(testSession(core::Role::Clerk), m_numbers.value(i),
                                             firstDay().addDays(i + all.at(i).deliveredAfterDays),
                                             QStringLiteral("in_person"), {});
                    !s)
                    return s.error();
        return {};
    }

    const QHash<QString, ScenarioOutcome> &outcomes() const { return m_outcomes; }
    QString accountOf(const QString &expertId) const { return m_accountOf.value(expertId); }

private:
    accounts::Session expert(core::Role role, const QString &expertId) const
    {
        accounts::Session session = testSession(role, expertId);
        session.account.username = m_accountOf.value(expertId);
        return session;
    }

    QString run(const StatisticsScenario &scenario, const QDate &day)
    {
        m_clock.set(QDateTime(day, QTime(8, 0)));
        const accounts::Session desk = testSession(core::Role::FrontDesk);
        if (scenario.kind == StatisticsScenario::WalkIn) {
            core::Person person;
            person.idNumber = QStringLiteral("11010519491231002X");
            person.name = QStringLiteral("走入者");
            person.birthDate = QDate(1949, 12, 31);
            person.gender = core::Gender::Female;
            const auto recorded =
                checkin::CheckInService(m_db).recordWalkIn(desk, person, QStringLiteral("未预约"));
            m_outcomes.insert(scenario.name, {day, {}, {}});
            return recorded ? QString() : recorded.error();
        }
        const QString venueId = m_db.setting(store::settings::VenueId);
        const QString batchId = demo::DemoVenue::batchIdFor(venueId, day);
        QList<core::Case> people = demo::syntheticCases(
            1, batchId, QStringLiteral("S%1-").arg(day.toString(QStringLiteral("MMdd"))));
        people[0].acceptedOn = day.addDays(-scenario.acceptedDaysBefore);
        // A person of their own each day: the draw's recusal would keep out who examined them before.
        const QString first17 =
            QStringLiteral("440106") +
            QDate(1970, 1, 1).addDays(m_outcomes.size()).toString(QStringLiteral("yyyyMMdd")) +
            QStringLiteral("123");
        people[0].person.idNumber = first17 + core::idCheckCharacter(first17);
        const QString number = people.at(0).acceptanceNo;
        m_numbers.insert(int(m_outcomes.size()), number);
        const core::Status seeded = m_db.transaction([&]() -> core::Status {
            if (core::Status s = store::VenueRepository(m_db).saveBatch({batchId, venueId, day, {}}); !s)
                return s;
            return store::CaseRepository(m_db).save(people.at(0));
        });
        if (!seeded)
            return seeded.error();
        if (core::Status s = m_db.setSetting(store::settings::CurrentBatch, batchId); !s)
            return s.error();
        checkin::CheckInService service(m_db);
        const checkin::CheckInResult checkedIn = service.checkInByAcceptanceNo(desk, number);
        if (!checkedIn.ok())
            return checkedIn.error;
        if (scenario.kind == StatisticsScenario::NoShow) {
            m_clock.advanceSeconds(3600);
            m_outcomes.insert(scenario.name, {day, {}, {}});
            const core::Status out =
                service.signOut(desk, number, core::CaseState::NoShow, QStringLiteral("叫号三次未到"));
            return out ? QString() : out.error();
        }
        if (scenario.extensionDays > 0)
            if (const core::Status s =
                    deadlines::DeadlineService(m_db).extend(testSession(core::Role::VenueAdmin), number,
                                                            scenario.extensionDays, QStringLiteral("多专科"));
                !s)
                return s.error();
        routing::CryptoRandom random;
        const auto drawn = routing::DrawService(m_db, random).draw(desk, number);
        if (!drawn)
            return drawn.error();
        m_clock.advanceSeconds(qint64(scenario.waitMinutes) * 60);
        routing::LocalCallAuthority calls(m_db);
        const forms::ExamTemplate *form = m_opinions->templateFor(core::Specialty::Orthopaedics);
        QString firstOpinion;
        const int grades[] = {scenario.grade1, scenario.grade2};
        for (int i = 0; i < 2; ++i) {
            const QString expertId = drawn->result.examiners.at(i);
            const accounts::Session session = expert(core::Role::Expert, expertId);
            const QString room = store::ExpertRepository(m_db).find(expertId)->roomId;
            const auto called = calls.callTicket(session, room, checkedIn.checkIn->ticket.label);
            if (!called)
                return called.error();
            if (const auto started = calls.startExam(session, room, called->ticketId); !started)
                return started.error();
            const auto draft = m_opinions->open(session, number);
            if (!draft)
                return draft.error();
            const QJsonObject findings = demo::plausibleFindings(*form);
            for (auto it = findings.constBegin(); it != findings.constEnd(); ++it)
                if (const auto saved = m_opinions->setFinding(session, draft->id, it.key(), it.value());
                    !saved)
                    return saved.error();
            if (const auto graded =
                    m_opinions->overrideGrade(session, draft->id, grades[i], QStringLiteral("综合评定"));
                !graded)
                return graded.error();
            m_clock.advanceSeconds(qint64(scenario.examMinutes) * 60);
            const auto submitted = m_opinions->submit(session, draft->id, syntheticSignature());
            if (!submitted)
                return submitted.error();
            if (firstOpinion.isEmpty())
                firstOpinion = submitted->id;
            if (const auto finished = calls.finishExam(session, room, called->ticketId); !finished)
                return finished.error();
            m_clock.advanceSeconds(60);
        }
        const accounts::Session reviewer = expert(core::Role::Reviewer, drawn->result.reviewer);
        exam::ReviewService review(m_db, *m_opinions);
        const auto concluded =
            scenario.ownGrade == 0
                ? review.agree(reviewer, number, firstOpinion, syntheticSignature())
                : review.concludeOwn(reviewer, number, scenario.ownGrade, {}, QStringLiteral("none"),
                                     QStringLiteral("复核认定"), syntheticSignature());
        if (!concluded)
            return concluded.error();
        m_outcomes.insert(scenario.name, {day, drawn->result.examiners, drawn->result.reviewer});
        return {};
    }

    store::Database &m_db;
    core::ManualClock &m_clock;
    std::unique_ptr<exam::OpinionService> m_opinions;
    QHash<QString, QString> m_accountOf;
    QHash<QString, ScenarioOutcome> m_outcomes;
    QHash<int, QString> m_numbers; // scenario index → acceptance number
};

// The period in a station database of its own under a manual clock, as the statistics and
// dashboard suites start from: `build()` opens the database and drives every scenario; it returns
// an error or nothing.
struct StatisticsPeriodStation {
    core::ManualClock clock{QDateTime(StatisticsPeriod::firstDay(), QTime(7, 0))};
    QTemporaryDir dir;
    std::unique_ptr<store::Database> database;
    std::unique_ptr<StatisticsPeriod> period;

    [[nodiscard]] QString build()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto opened = store::Database::open(store::databasePath(dir.path()), clock, testDataKey());
        if (!opened.database)
            return QStringLiteral("station database: ") + opened.error;
        database = std::move(opened.database);
        period = std::make_unique<StatisticsPeriod>(*database, clock);
        return period->build();
    }
};
