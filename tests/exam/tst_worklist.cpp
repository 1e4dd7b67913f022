#include "drawncase.h"
#include "stationfixture.h"

#include "exam/opinionservice.h"
#include "store/assignmentrepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace {

const QString kToday = QStringLiteral("JD2026-0001");

} // namespace

// An expert's worklist (exam page, review page): the cases in progress, today's people and their
// own drafts, each once, by ticket; nothing of the finished history, and never read from it.
class TestWorklist : public QObject
{
    Q_OBJECT

    std::unique_ptr<StationFixture> m_station;
    std::unique_ptr<exam::OpinionService> m_opinions;
    QString m_examiner; // exam1 of kToday
    QString m_reviewer;

    bool exec(const QString &sql)
    {
        QSqlQuery query(m_station->database->connection());
        if (query.exec(sql))
            return true;
        qWarning() << sql << query.lastError().text();
        return false;
    }

    // A copy of kToday's case with its assignments, as a case of an earlier day: `state`, and a
    // ticket on each of `days` (label "A<number>").
    bool copyCase(const QString &acceptanceNo, const QString &state, const QList<QPair<QString, int>> &days)
    {
        const QString from = QStringLiteral("'%1'").arg(kToday);
        const QString to = QStringLiteral("'%1'").arg(acceptanceNo);
        bool ok =
            exec(QStringLiteral("CREATE TEMP TABLE c AS SELECT * FROM cases WHERE acceptance_no = %1")
                     .arg(from)) &&
            exec(QStringLiteral("UPDATE temp.c SET acceptance_no = %1, state = '%2'").arg(to, state)) &&
            exec(QStringLiteral("INSERT INTO main.cases SELECT * FROM temp.c")) &&
            exec(QStringLiteral("DROP TABLE temp.c")) &&
            exec(QStringLiteral("CREATE TEMP TABLE a AS SELECT * FROM assignments WHERE acceptance_no = %1")
                     .arg(from)) &&
            exec(QStringLiteral("UPDATE temp.a SET acceptance_no = %1, state = 'done'").arg(to)) &&
            exec(QStringLiteral("INSERT INTO main.assignments SELECT * FROM temp.a")) &&
            exec(QStringLiteral("DROP TABLE temp.a"));
        for (const auto &[day, number] : days)
            ok =
                ok &&
                exec(QStringLiteral("CREATE TEMP TABLE t AS SELECT * FROM tickets WHERE acceptance_no = %1")
                         .arg(from)) &&
                exec(QStringLiteral("UPDATE temp.t SET id = '%1-%2', acceptance_no = %3, service_day = '%1', "
                                    "number = %4, label = 'A%4', state = 'done'")
                         .arg(day, acceptanceNo, to)
                         .arg(number)) &&
                exec(QStringLiteral("INSERT INTO main.tickets SELECT * FROM temp.t")) &&
                exec(QStringLiteral("DROP TABLE temp.t"));
        return ok;
    }

    static QStringList numbers(const QList<store::WorkItem> &items)
    {
        QStringList found;
        for (const store::WorkItem &item : items)
            found << item.acceptanceNo;
        return found;
    }

private slots:
    void init()
    {
        m_station = std::make_unique<StationFixture>(QDateTime(QDate(2026, 11, 23), QTime(9, 0)));
        QVERIFY(m_station->setUp());
        const auto drawn = checkInAndDraw(*m_station->database, kToday);
        QVERIFY(drawn);
        m_examiner = drawn->examiners.first();
        m_reviewer = drawn->reviewer;
        const auto templates = forms::ExamTemplates::loadAll();
        QVERIFY(templates.ok());
        m_opinions = std::make_unique<exam::OpinionService>(*m_station->database, templates.value());
    }

    void historyStaysOutTodayAndOpenWorkStayIn()
    {
        const QString today = m_station->clock.today().toString(Qt::ISODate);
        // Finished on an earlier day: not listed for anyone.
        QVERIFY(copyCase(QStringLiteral("H-DONE"), QStringLiteral("signed_out"),
                         {{QStringLiteral("2026-10-01"), 7}}));
        // Still in progress, with tickets on two days: once, with the newest ticket.
        QVERIFY(copyCase(QStringLiteral("H-TWODAYS"), QStringLiteral("waiting_exam2"),
                         {{QStringLiteral("2026-10-02"), 50}, {today, 99}}));
        // Concluded on an earlier day, but the examiner's new version is still a draft.
        QVERIFY(copyCase(QStringLiteral("H-DRAFT"), QStringLiteral("concluded"),
                         {{QStringLiteral("2026-10-03"), 8}}));
        QVERIFY(exec(
            QStringLiteral("INSERT INTO opinions(id, acceptance_no, role, expert_id, template_id, "
                           "template_version, version, state, sealed_content, updated_at) VALUES "
                           "('op-1', 'H-DRAFT', 'exam1', '%1', 'orthopaedics', 1, 1, 'submitted', x'00', "
                           "'2026-10-03T10:00:00'), ('op-2', 'H-DRAFT', 'exam1', '%1', 'orthopaedics', 1, "
                           "2, 'draft', x'00', '2026-10-04T10:00:00')")
                .arg(m_examiner)));
        // Finished today: still listed today, with the examiner's submitted opinion.
        QVERIFY(copyCase(QStringLiteral("H-TODAY"), QStringLiteral("signed_out"), {{today, 98}}));
        QVERIFY(exec(
            QStringLiteral("INSERT INTO opinions(id, acceptance_no, role, expert_id, template_id, "
                           "template_version, version, state, sealed_content, updated_at) VALUES "
                           "('op-3', 'H-TODAY', 'exam1', '%1', 'orthopaedics', 1, 1, 'submitted', x'00', "
                           "'%2T10:00:00')")
                .arg(m_examiner, today)));
        // In progress, but another expert's.
        QVERIFY(copyCase(QStringLiteral("H-OTHER"), QStringLiteral("waiting_exam1"), {{today, 97}}));
        QVERIFY(exec(
            QStringLiteral("UPDATE assignments SET expert_id = 'E106' WHERE acceptance_no = 'H-OTHER'")));

        const QList<store::WorkItem> exams = m_opinions->worklist(m_examiner, false);
        // The earlier day's open draft first, then today's people by ticket number.
        QCOMPARE(numbers(exams), (QStringList{QStringLiteral("H-DRAFT"), kToday, QStringLiteral("H-TODAY"),
                                              QStringLiteral("H-TWODAYS")}));
        QCOMPARE(exams.at(0).opinionState, QStringLiteral("draft"));
        QCOMPARE(exams.at(0).ticketLabel, QStringLiteral("A8"));
        QCOMPARE(exams.at(1).opinionState, QString());
        QCOMPARE(exams.at(2).opinionState, QStringLiteral("submitted"));
        QCOMPARE(exams.at(2).caseState, QStringLiteral("signed_out"));
        QCOMPARE(exams.at(3).ticketLabel, QStringLiteral("A99"));
        QCOMPARE(exams.at(3).caseState, QStringLiteral("waiting_exam2"));

        const QList<store::WorkItem> reviews = m_opinions->worklist(m_reviewer, true);
        QCOMPARE(numbers(reviews),
                 (QStringList{kToday, QStringLiteral("H-TODAY"), QStringLiteral("H-TWODAYS")}));
        // The reviewer has no examinations, the examiner no reviews.
        QVERIFY(m_opinions->worklist(m_reviewer, false).isEmpty());
        QVERIFY(m_opinions->worklist(m_examiner, true).isEmpty());
    }

    // The list is read from today's work: every table is searched by an index that bounds it, never
    // scanned (not even an index), and never from the expert's whole history (assignments_by_expert).
    // "analysed": as the station's PRAGMA optimize leaves it after some history, when the statistics
    // say a state matches half the cases (nearly all are concluded; the statistics keep averages
    // only). Without the index forced, SQLite then scanned every case (seen on appraisal-bench year).
    void theListStaysOnItsIndexes_data()
    {
        QTest::addColumn<bool>("review");
        QTest::addColumn<bool>("analysed");
        QTest::newRow("examinations") << false << false;
        QTest::newRow("reviews") << true << false;
        QTest::newRow("examinations, analysed") << false << true;
        QTest::newRow("reviews, analysed") << true << true;
    }

    void theListStaysOnItsIndexes()
    {
        QFETCH(bool, review);
        QFETCH(bool, analysed);
        if (analysed) {
            // The statistics of a station after 30 days of 100 cases (appraisal-bench year, 7 Dec
            // 2026), for the four tables the list reads.
            QVERIFY(exec(QStringLiteral("ANALYZE")));
            QVERIFY(exec(QStringLiteral(
                "DELETE FROM sqlite_stat1 WHERE tbl IN ('cases', 'assignments', 'tickets', 'opinions')")));
            QVERIFY(exec(QStringLiteral(
                "INSERT INTO sqlite_stat1(tbl, idx, stat) VALUES "
                "('tickets', 'tickets_by_case', '2900 1 1'), ('tickets', 'tickets_by_state', '2900 100 100 "
                "50 1'), "
                "('tickets', 'sqlite_autoindex_tickets_3', '2900 100 1'), "
                "('tickets', 'sqlite_autoindex_tickets_2', '2900 100 50 1'), "
                "('tickets', 'sqlite_autoindex_tickets_1', '2900 1'), ('cases', 'cases_by_state', '2932 "
                "1466'), "
                "('cases', 'cases_by_id_index', '2932 1'), ('cases', 'cases_by_batch', '2932 98'), "
                "('cases', 'sqlite_autoindex_cases_1', '2932 1'), "
                "('assignments', 'assignments_by_expert', '8700 2900 1450'), "
                "('assignments', 'sqlite_autoindex_assignments_1', '8700 3 1'), "
                "('opinions', 'opinions_by_expert', '5800 1934 1934'), "
                "('opinions', 'opinions_by_submitted', '5800 200'), "
                "('opinions', 'sqlite_autoindex_opinions_2', '5800 2 1 1'), "
                "('opinions', 'sqlite_autoindex_opinions_1', '5800 1')")));
            QVERIFY(exec(QStringLiteral("ANALYZE sqlite_schema"))); // the planner reads them again
        }
        const QString sql = store::AssignmentRepository::worklistQuery(review);
        QSqlQuery plan(m_station->database->connection());
        QVERIFY(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
        for (qsizetype i = sql.count(QLatin1Char('?')); i > 0; --i)
            plan.addBindValue(m_examiner);
        QVERIFY2(plan.exec(), qPrintable(plan.lastError().text()));
        QStringList steps;
        while (plan.next())
            steps << plan.value(3).toString();
        const QString text = steps.join(QLatin1String(" | "));
        QVERIFY2(!steps.isEmpty(), qPrintable(sql));
        for (const QString &step : std::as_const(steps))
            if (step.startsWith(QLatin1String("SCAN ")))
                QVERIFY2(step == QLatin1String("SCAN m"), qPrintable(text)); // the worklist itself
        for (const char *index : {"cases_by_state", "tickets_by_case", "opinions_by_expert"})
            QVERIFY2(text.contains(QLatin1String(index)), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("assignments_by_expert")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestWorklist)
#include "tst_worklist.moc"
