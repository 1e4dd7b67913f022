#include "routing/draw.h"

#include <QTest>

#include <cmath>

using namespace routing;
using core::Specialty;

namespace {

core::Expert expert(const QString &id, QList<Specialty> specialties, const QString &employer = QString(),
                    bool onDuty = true, bool mayReview = true)
{
    core::Expert e;
    e.id = id;
    e.name = id;
    e.specialties = std::move(specialties);
    e.employer = employer.isEmpty() ? QStringLiteral("Hospital ") + id : employer;
    e.onDuty = onDuty;
    e.mayReview = mayReview;
    return e;
}

DrawCase orthopaedicCase()
{
    return {QStringLiteral("JD-1"), Specialty::Orthopaedics, QStringLiteral("广州市天河建筑工程有限公司"),
            QStringLiteral("person-key-1")};
}

// Replays given values: for tests that need to know which expert comes out.
class FixedRandom final : public RandomSource
{
public:
    explicit FixedRandom(QList<quint32> values) : m_values(std::move(values)) {}
    quint32 uniform(quint32 upperBound) override { return m_values.takeFirst() % upperBound; }

private:
    QList<quint32> m_values;
};

const QDate kToday(2026, 11, 23);

} // namespace

class TestDraw : public QObject
{
    Q_OBJECT

private slots:
    // 10,000 real (CSPRNG) draws over 6 eligible experts: each is an examiner in 2/6 and the
    // reviewer in 1/6 of the draws, within 1.5 percentage points (≈ 4.5 standard deviations).
    void drawsAreFairOverTenThousandDraws()
    {
        QList<core::Expert> experts;
        for (int i = 1; i <= 6; ++i)
            experts << expert(QStringLiteral("E%1").arg(i), {Specialty::Orthopaedics});
        experts << expert(QStringLiteral("N1"), {Specialty::Neurology}); // other specialty
        experts << expert(QStringLiteral("OFF"), {Specialty::Orthopaedics}, {}, false);
        CryptoRandom random;
        QHash<QString, int> exam, review;
        const int runs = 10000;
        for (int run = 0; run < runs; ++run) {
            const DrawResult result =
                ExpertDraw::draw(orthopaedicCase(), experts, {}, {}, kToday, {}, random);
            QVERIFY2(result.ok(), qPrintable(result.error));
            QCOMPARE(result.examiners.size(), 2);
            QVERIFY(result.examiners.at(0) != result.examiners.at(1));
            QVERIFY(!result.examiners.contains(result.reviewer));
            for (const QString &id : result.examiners)
                ++exam[id];
            ++review[result.reviewer];
        }
        QCOMPARE(exam.size(), 6);
        QCOMPARE(review.size(), 6);
        // Each share within five standard deviations of a fair draw (a false alarm about once in
        // 300,000 runs per check; a bias of a few percent is still caught).
        const auto within = [&](int count, double fair) {
            return qAbs(count / double(runs) - fair) < 5 * std::sqrt(fair * (1 - fair) / runs);
        };
        for (int i = 1; i <= 6; ++i) {
            const QString id = QStringLiteral("E%1").arg(i);
            QVERIFY2(within(exam.value(id), 2.0 / 6), qPrintable(id));
            QVERIFY2(within(review.value(id), 1.0 / 6), qPrintable(id));
        }
    }

    void recusalIsRecordedWithReasons()
    {
        const QList<core::Expert> experts{
            expert(QStringLiteral("SAME"), {Specialty::Orthopaedics},
                   QStringLiteral("广州市天河建筑工程有限公司 ")),
            expert(QStringLiteral("PERSON"), {Specialty::Orthopaedics}),
            expert(QStringLiteral("EMPLOYER"), {Specialty::Orthopaedics}),
            expert(QStringLiteral("SEEN"), {Specialty::Orthopaedics}),
            expert(QStringLiteral("LONGAGO"), {Specialty::Orthopaedics}),
            expert(QStringLiteral("OK1"), {Specialty::Orthopaedics}),
            expert(QStringLiteral("OK2"), {Specialty::Orthopaedics}),
        };
        const QList<Conflict> conflicts{
            {QStringLiteral("PERSON"), Conflict::Kind::Person, QStringLiteral("person-key-1"),
             QStringLiteral("relative")},
            {QStringLiteral("EMPLOYER"),
             Conflict::Kind::Employer,
             QStringLiteral("广州市天河建筑工程有限公司"),
             {}},
            {QStringLiteral("OK1"), Conflict::Kind::Person, QStringLiteral("someone-else"), {}},
        };
        const QList<PastExamination> past{
            {QStringLiteral("SEEN"), QStringLiteral("person-key-1"), kToday.addDays(-200)},
            {QStringLiteral("LONGAGO"), QStringLiteral("person-key-1"), kToday.addYears(-4)},
            {QStringLiteral("OK2"), QStringLiteral("other-person"), kToday.addDays(-1)},
        };
        DrawRules rules;
        rules.recusalDays = 365;
        CryptoRandom random;
        for (int run = 0; run < 500; ++run) {
            const DrawResult result =
                ExpertDraw::draw(orthopaedicCase(), experts, conflicts, past, kToday, rules, random);
            QVERIFY2(result.ok(), qPrintable(result.error));
            QCOMPARE(result.candidates.size(), 7);
            QCOMPARE(result.excluded.size(), 4);
            QStringList panel = result.examiners;
            panel << result.reviewer;
            for (const QString &id : panel)
                QVERIFY2(
                    QStringList({QStringLiteral("LONGAGO"), QStringLiteral("OK1"), QStringLiteral("OK2")})
                        .contains(id),
                    qPrintable(id));
            if (run == 0) {
                QCOMPARE(result.excluded.at(0).expertId, QStringLiteral("SAME"));
                QVERIFY(result.excluded.at(0).reason.contains(QStringLiteral("employer")));
                QVERIFY(result.excluded.at(1).reason.contains(QStringLiteral("relative")));
                QVERIFY(result.excluded.at(2).reason.contains(QStringLiteral("广州市天河建筑工程有限公司")));
                QVERIFY(result.excluded.at(3).reason.contains(kToday.addDays(-200).toString(Qt::ISODate)));
            }
        }
    }

    void tooFewExpertsSaysHowMany()
    {
        const QList<core::Expert> experts{expert(QStringLiteral("A"), {Specialty::Orthopaedics}),
                                          expert(QStringLiteral("B"), {Specialty::Orthopaedics})};
        CryptoRandom random;
        const DrawResult result = ExpertDraw::draw(orthopaedicCase(), experts, {}, {}, kToday, {}, random);
        QVERIFY(!result.ok());
        QVERIFY(result.examiners.isEmpty());
        QVERIFY(result.error.contains(QStringLiteral("JD-1")));
        QVERIFY(result.error.contains(QStringLiteral("2")));
    }

    void panelOfFiveHasFourExaminersAndAReviewer()
    {
        QList<core::Expert> experts;
        for (int i = 1; i <= 5; ++i)
            experts << expert(QStringLiteral("E%1").arg(i), {Specialty::Orthopaedics});
        DrawRules rules;
        rules.panelSize = 5;
        CryptoRandom random;
        const DrawResult result = ExpertDraw::draw(orthopaedicCase(), experts, {}, {}, kToday, rules, random);
        QVERIFY(result.ok());
        QStringList panel = result.examiners;
        panel << result.reviewer;
        QCOMPARE(result.examiners.size(), 4);
        QCOMPARE(QSet<QString>(panel.cbegin(), panel.cend()).size(), 5);
    }

    // With the reviewer flag on, only flagged experts review and the flagged one is never used up
    // as an examiner; the random values used are recorded.
    void reviewerFlagRestrictsTheReviewPool()
    {
        const QList<core::Expert> experts{
            expert(QStringLiteral("R"), {Specialty::Orthopaedics}, {}, true, true),
            expert(QStringLiteral("X"), {Specialty::Orthopaedics}, {}, true, false),
            expert(QStringLiteral("Y"), {Specialty::Orthopaedics}, {}, true, false)};
        DrawRules rules;
        rules.reviewerFlagOnly = true;
        FixedRandom random({0, 0, 0});
        const DrawResult result = ExpertDraw::draw(orthopaedicCase(), experts, {}, {}, kToday, rules, random);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.reviewer, QStringLiteral("R"));
        QCOMPARE(result.examiners, (QStringList{QStringLiteral("X"), QStringLiteral("Y")}));
        QVERIFY(!result.randomValues.isEmpty());
        CryptoRandom crypto;
        for (int run = 0; run < 200; ++run)
            QCOMPARE(ExpertDraw::draw(orthopaedicCase(), experts, {}, {}, kToday, rules, crypto).reviewer,
                     QStringLiteral("R"));
    }
};

QTEST_GUILESS_MAIN(TestDraw)
#include "tst_draw.moc"
