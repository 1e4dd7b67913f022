#include "drawncase.h"
#include "stationfixture.h"
#include "syntheticsignature.h"
#include "testsession.h"

#include "exam/examdocument.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using core::Role;

namespace {

// Orthopaedic cases of the demo roster: each test edits one of its own, so one station serves all.
const QStringList kCases{QStringLiteral("JD2026-0001"), QStringLiteral("JD2026-0009"),
                         QStringLiteral("JD2026-0011"), QStringLiteral("JD2026-0012"),
                         QStringLiteral("JD2026-0017"), QStringLiteral("JD2026-0019"),
                         QStringLiteral("JD2026-0020"), QStringLiteral("JD2026-0025")};

// One kind of edit, as the rows name it: what it changes, read back from the stored opinion.
enum class Edit { Finding, Clause, Grade };

QString storedValue(const exam::Opinion &opinion, Edit edit)
{
    switch (edit) {
    case Edit::Finding:
        return QString::number(opinion.findings.value(QStringLiteral("height")).toDouble());
    case Edit::Clause:
        return opinion.clauses.join(QLatin1Char(','));
    case Edit::Grade:
        return QStringLiteral("%1:%2").arg(opinion.overrideGrade).arg(opinion.overrideReason);
    }
    return {};
}

} // namespace

// The exam document: edits are saved at once and become commands on the document's own undo
// stack; undo and redo save again and tell the views through signals. Read back through the
// service, so what is checked is what is stored, not what the document remembers.
class TestExamDocument : public QObject
{
    Q_OBJECT

    std::unique_ptr<StationFixture> m_station;
    std::unique_ptr<exam::OpinionService> m_opinions;
    accounts::Session m_expert;
    QString m_case;
    int m_nextCase = 0;

    exam::Opinion stored() { return m_opinions->open(m_expert, m_case).value(); }

    core::Status apply(exam::ExamDocument &document, Edit edit, int step)
    {
        switch (edit) {
        case Edit::Finding:
            return document.setFinding(QStringLiteral("height"), 170 + step);
        case Edit::Clause:
            return document.chooseClause(step == 0 ? QStringLiteral("5.7.2(36)")
                                                   : QStringLiteral("5.7.2(5)"));
        case Edit::Grade:
            return document.changeGrade(7 + step, QStringLiteral("reason %1").arg(step));
        }
        return core::Status::failure(QStringLiteral("unknown edit"));
    }

private slots:
    void initTestCase()
    {
        m_station = std::make_unique<StationFixture>(QDateTime(QDate(2026, 11, 23), QTime(9, 0)));
        QVERIFY(m_station->setUp());
        const auto templates = forms::ExamTemplates::loadAll();
        QVERIFY(templates.ok());
        m_opinions = std::make_unique<exam::OpinionService>(*m_station->database, templates.value());
    }

    void init()
    {
        QVERIFY(m_nextCase < kCases.size());
        m_case = kCases.at(m_nextCase++);
        const auto drawn = checkInAndDraw(*m_station->database, m_case);
        QVERIFY(drawn);
        m_expert = testSession(Role::Expert, drawn->examiners.first());
    }

    void editsUndoAndRedo_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("changeSignal");
        QTest::newRow("set finding") << Edit::Finding << QStringLiteral("0") << QStringLiteral("170")
                                     << QStringLiteral("171") << QStringLiteral("findingChanged");
        QTest::newRow("choose clause")
            << Edit::Clause << QString() << QStringLiteral("5.7.2(36)")
            << QStringLiteral("5.7.2(36),5.7.2(5)") << QStringLiteral("basisChanged");
        QTest::newRow("change grade") << Edit::Grade << QStringLiteral("0:") << QStringLiteral("7:reason 0")
                                      << QStringLiteral("8:reason 1") << QStringLiteral("basisChanged");
    }

    void editsUndoAndRedo()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, before);
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, changeSignal);
        exam::ExamDocument document(m_opinions.get(), m_expert);
        QVERIFY(document.open(m_case).ok());
        QCOMPARE(storedValue(stored(), edit), before);
        QSignalSpy findings(&document, &exam::ExamDocument::findingChanged);
        QSignalSpy basis(&document, &exam::ExamDocument::basisChanged);
        QSignalSpy &changed = changeSignal == QLatin1String("findingChanged") ? findings : basis;

        QVERIFY(apply(document, edit, 0).ok());
        QVERIFY(apply(document, edit, 1).ok());
        QCOMPARE(storedValue(stored(), edit), second);
        QCOMPARE(storedValue(*document.opinion(), edit), second);
        QCOMPARE(document.undoStack()->count(), 2); // separate edits stay separate
        QCOMPARE(changed.size(), 2);

        document.undoStack()->undo(); // undo
        QCOMPARE(storedValue(stored(), edit), first);
        QCOMPARE(storedValue(*document.opinion(), edit), first);
        QCOMPARE(changed.size(), 3);
        document.undoStack()->undo();
        QCOMPARE(storedValue(stored(), edit), before);
        QVERIFY(!document.undoStack()->canUndo());

        document.undoStack()->redo(); // redo
        QCOMPARE(storedValue(stored(), edit), first);
        document.undoStack()->redo();
        QCOMPARE(storedValue(stored(), edit), second);
        QCOMPARE(storedValue(*document.opinion(), edit), second);
        QCOMPARE(changed.size(), 6);
        if (edit == Edit::Finding) // the views hear which field and what it now holds
            QCOMPARE(findings.last().at(1).value<QJsonValue>(), QJsonValue(171));
    }

    void typingInOneFieldIsOneStep()
    {
        exam::ExamDocument document(m_opinions.get(), m_expert);
        QVERIFY(document.open(m_case).ok());
        const auto typing = exam::ExamDocument::Merge::Typing;
        const QString selfCare = QStringLiteral("self_care");
        QVERIFY(document.setFinding(selfCare, QJsonArray{QStringLiteral("eating")}, typing).ok());
        QVERIFY(document
                    .setFinding(selfCare, QJsonArray{QStringLiteral("eating"), QStringLiteral("dressing")},
                                typing)
                    .ok());
        QCOMPARE(document.undoStack()->count(), 1);
        QVERIFY(document.setFinding(QStringLiteral("height"), 172, typing).ok()); // another field
        QCOMPARE(document.undoStack()->count(), 2);
        QVERIFY(document.setFinding(selfCare, QJsonArray{QStringLiteral("moving")}, typing).ok());
        QCOMPARE(document.undoStack()->count(), 3); // not merged over the other field's edit

        document.undoStack()->undo();
        document.undoStack()->undo();
        QCOMPARE(stored().findings.value(selfCare).toArray().size(), 2);
        document.undoStack()->undo(); // the whole run of ticks at once
        QVERIFY(!stored().findings.contains(selfCare));
        document.undoStack()->redo();
        QCOMPARE(stored().findings.value(selfCare).toArray(),
                 (QJsonArray{QStringLiteral("eating"), QStringLiteral("dressing")}));

        // Typed back to where it was: nothing is left to undo.
        document.undoStack()->clear();
        QVERIFY(document.setFinding(QStringLiteral("weight"), 70, typing).ok());
        QVERIFY(document.setFinding(QStringLiteral("weight"), QJsonValue(), typing).ok());
        QCOMPARE(document.undoStack()->count(), 0);
        QVERIFY(!stored().findings.contains(QStringLiteral("weight")));
    }

    void aRefusedEditIsNotInTheHistory()
    {
        exam::ExamDocument document(m_opinions.get(), m_expert);
        QVERIFY(document.open(m_case).ok());
        const core::Status refused = document.setFinding(QStringLiteral("height"), 300); // 50–250 cm
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("250")), qPrintable(refused.error()));
        QVERIFY(!document.changeGrade(8, QStringLiteral(" ")).ok()); // a grade change needs a reason
        QVERIFY(!document.chooseClause(QStringLiteral("5.9.2(999)")).ok());
        QCOMPARE(document.undoStack()->count(), 0);
        QVERIFY(!stored().findings.contains(QStringLiteral("height")));
    }

    void anUndoThatCannotBeSavedSaysWhy()
    {
        exam::ExamDocument document(m_opinions.get(), m_expert);
        QVERIFY(document.open(m_case).ok());
        QVERIFY(document.chooseClause(QStringLiteral("5.7.2(36)")).ok());
        // Submitted elsewhere (another window of the same expert): the opinion is locked.
        for (const auto &[field, value] :
             QList<QPair<QString, QJsonValue>>{{QStringLiteral("complaint"), QStringLiteral("右肘疼痛")},
                                               {QStringLiteral("history"), QStringLiteral("工作中摔伤")},
                                               {QStringLiteral("injury_site"), QStringLiteral("右肘关节")},
                                               {QStringLiteral("side"), QStringLiteral("right")}})
            QVERIFY(m_opinions->setFinding(m_expert, document.opinion()->id, field, value).ok());
        QVERIFY(m_opinions->submit(m_expert, document.opinion()->id, syntheticSignature()).ok());
        QSignalSpy refused(&document, &exam::ExamDocument::refused);
        document.undoStack()->undo();
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused.first().first().toString().contains(QStringLiteral("locked")),
                 qPrintable(refused.first().first().toString()));
        QCOMPARE(stored().clauses, QStringList{QStringLiteral("5.7.2(36)")});
    }

    void submittingEndsTheHistory()
    {
        exam::ExamDocument document(m_opinions.get(), m_expert);
        QVERIFY(document.open(m_case).ok());
        for (const auto &[field, value] :
             QList<QPair<QString, QJsonValue>>{{QStringLiteral("complaint"), QStringLiteral("右肘疼痛")},
                                               {QStringLiteral("history"), QStringLiteral("工作中摔伤")},
                                               {QStringLiteral("injury_site"), QStringLiteral("右肘关节")},
                                               {QStringLiteral("side"), QStringLiteral("right")}})
            QVERIFY(document.setFinding(field, value).ok());
        QVERIFY(document.chooseClause(QStringLiteral("5.7.2(36)")).ok());
        QVERIFY(document.submit(syntheticSignature()).ok());
        QCOMPARE(document.opinion()->state, QStringLiteral("submitted"));
        QCOMPARE(document.undoStack()->count(), 0);
        QVERIFY(!document.startNewVersion(QStringLiteral(" ")).ok()); // a change needs a reason
        QVERIFY(document.startNewVersion(QStringLiteral("右肘活动度记录有误")).ok());
        QCOMPARE(document.opinion()->version, 2);
        QCOMPARE(document.opinion()->state, QStringLiteral("draft"));
        QVERIFY(document.setFinding(QStringLiteral("height"), 168).ok());
        QCOMPARE(document.undoStack()->count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestExamDocument)
#include "tst_examdocument.moc"
