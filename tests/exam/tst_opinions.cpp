#include "drawncase.h"
#include "stationfixture.h"
#include "syntheticsignature.h"
#include "testsession.h"

#include "checkin/checkinservice.h"
#include "demo/demovenue.h"
#include "exam/opinionservice.h"
#include "routing/drawservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using core::Role;

namespace {

const QString kCase = QStringLiteral("JD2026-0001"); // orthopaedics

} // namespace

// Opinions: committed at every edit, sealed, locked when submitted, blind until then, and seen only
// by the experts and the reviewer assigned to the case.
class TestOpinions : public QObject
{
    Q_OBJECT

    std::unique_ptr<StationFixture> m_station;
    std::unique_ptr<exam::OpinionService> m_opinions;
    QStringList m_examiners;
    QString m_reviewer;
    QString m_outsider; // an orthopaedic expert not on this case

    exam::Opinion fillRequired(const accounts::Session &expert, const QString &opinionId)
    {
        for (const auto &[field, value] : QList<QPair<QString, QJsonValue>>{
                 {QStringLiteral("complaint"), QStringLiteral("右肘疼痛，活动受限")},
                 {QStringLiteral("history"), QStringLiteral("2025年6月工作中摔伤，手术治疗")},
                 {QStringLiteral("injury_site"), QStringLiteral("右肘关节")},
                 {QStringLiteral("side"), QStringLiteral("right")}}) {
            const auto saved = m_opinions->setFinding(expert, opinionId, field, value);
            if (!saved)
                qWarning() << saved.error();
        }
        return *m_opinions->setClauses(expert, opinionId,
                                       {QStringLiteral("5.7.2(36)"), QStringLiteral("5.7.2(5)")});
    }

private slots:
    void init()
    {
        m_station = std::make_unique<StationFixture>(QDateTime(QDate(2026, 11, 23), QTime(9, 0)));
        QVERIFY(m_station->setUp());
        const auto drawn = checkInAndDraw(*m_station->database, kCase);
        QVERIFY(drawn);
        m_examiners = drawn->examiners;
        m_reviewer = drawn->reviewer;
        m_outsider = QStringLiteral("E106"); // ophthalmology: never drawn for this case
        const auto templates = forms::ExamTemplates::loadAll();
        QVERIFY(templates.ok());
        m_opinions = std::make_unique<exam::OpinionService>(*m_station->database, templates.value());
    }

    void onlyAssignedPeopleReachTheFindings()
    {
        QVERIFY(!m_opinions->open(testSession(Role::Expert, m_outsider), kCase).ok());
        QVERIFY(!m_opinions->visibleOpinions(testSession(Role::Expert, m_outsider), kCase).ok());
        QVERIFY(!m_opinions->open(testSession(Role::FrontDesk), kCase).ok());
        QVERIFY(!m_opinions->visibleOpinions(testSession(Role::FrontDesk), kCase).ok());
        QVERIFY(!m_opinions->visibleOpinions(testSession(Role::Clerk), kCase).ok());
        QVERIFY(!m_opinions->visibleOpinions(testSession(Role::Reviewer, m_outsider), kCase).ok());
        QVERIFY(m_opinions->visibleOpinions(testSession(Role::Reviewer, m_reviewer), kCase).ok());
        const auto opened = m_opinions->open(testSession(Role::Expert, m_examiners.first()), kCase);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
    }

    void everyEditIsCommittedCheckedAndSealed()
    {
        const accounts::Session expert = testSession(Role::Expert, m_examiners.first());
        const auto draft = m_opinions->open(expert, kCase);
        QVERIFY(draft.ok());
        QCOMPARE(draft->templateId, QStringLiteral("orthopaedics"));
        QCOMPARE(draft->role, QStringLiteral("exam1"));
        const auto bad = m_opinions->setFinding(expert, draft->id, QStringLiteral("grip_strength"), 7);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().contains(QStringLiteral("0")));
        QVERIFY(m_opinions->setFinding(expert, draft->id, QStringLiteral("grip_strength"), 3).ok());
        QVERIFY(m_opinions
                    ->setFinding(expert, draft->id, QStringLiteral("self_care"),
                                 QJsonArray{QStringLiteral("dressing"), QStringLiteral("eating")})
                    .ok());
        // A fresh service (as after a crash and restart) finds the edit in the database.
        const auto templates = forms::ExamTemplates::loadAll();
        exam::OpinionService afterRestart(*m_station->database, templates.value());
        const auto reopened = afterRestart.open(expert, kCase);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened->id, draft->id);
        QCOMPARE(reopened->findings.value(QStringLiteral("grip_strength")).toInt(), 3);
        QCOMPARE(reopened->selfCare, QStringLiteral("partial"));
        QVERIFY(!afterRestart.setClauses(expert, draft->id, {QStringLiteral("5.7.2(63)")}).ok());
        // Findings are medical data: sealed at rest.
        QVERIFY(
            m_opinions
                ->setFinding(expert, draft->id, QStringLiteral("complaint"), QStringLiteral("右肘疼痛明显"))
                .ok());
        QSqlQuery raw(m_station->database->connection());
        QVERIFY(raw.exec(QStringLiteral("SELECT sealed_content FROM opinions")));
        QVERIFY(raw.next());
        QVERIFY(!raw.value(0).toByteArray().contains(QStringLiteral("右肘疼痛明显").toUtf8()));
    }

    void submittingLocksAndComputesTheGrade()
    {
        const accounts::Session expert = testSession(Role::Expert, m_examiners.first());
        const auto draft = m_opinions->open(expert, kCase);
        QVERIFY(draft.ok());
        const auto incomplete = m_opinions->submit(expert, draft->id, syntheticSignature());
        QVERIFY(!incomplete.ok());
        // Names the missing field, in the language of the message: no translator is installed here,
        // so the English label (tst_examtemplates covers the Chinese one).
        QVERIFY2(incomplete.error().contains(QStringLiteral("Chief complaint")),
                 qPrintable(incomplete.error()));
        const exam::Opinion filled = fillRequired(expert, draft->id);
        QCOMPARE(filled.grade, 6); // 7 and 7 → 6
        QVERIFY(!m_opinions->overrideGrade(expert, draft->id, 5, QString()).ok());
        const auto submitted = m_opinions->submit(expert, draft->id, syntheticSignature());
        QVERIFY2(submitted.ok(), qPrintable(submitted.error()));
        QCOMPARE(submitted->state, QStringLiteral("submitted"));
        QVERIFY(!m_opinions->setFinding(expert, draft->id, QStringLiteral("height"), 170).ok());

        // A change is a new version with a reason; the first stays until the new one is submitted.
        QVERIFY(!m_opinions->revise(expert, kCase, QString()).ok());
        const auto second = m_opinions->revise(expert, kCase, QStringLiteral("复查影像后修正"));
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QCOMPARE(second->version, 2);
        QCOMPARE(second->predecessor, draft->id);
        QVERIFY(m_opinions->overrideGrade(expert, second->id, 5, QStringLiteral("多处损伤综合评定")).ok());
        const auto resubmitted = m_opinions->submit(expert, second->id, syntheticSignature());
        QVERIFY2(resubmitted.ok(), qPrintable(resubmitted.error()));
        QCOMPARE(resubmitted->effectiveGrade(), 5);
        const auto seen = m_opinions->visibleOpinions(expert, kCase);
        QVERIFY(seen.ok());
        QStringList states;
        for (const exam::Opinion &o : seen.value())
            states << o.state;
        QCOMPARE(states, (QStringList{QStringLiteral("superseded"), QStringLiteral("submitted")}));
    }

    // The signature covers the opinion: an empty pad is refused; after signing, a change of the
    // signed content (made behind the service's back, with the key) is detected.
    void signatureBindsTheContent()
    {
        const accounts::Session expert = testSession(Role::Expert, m_examiners.first());
        const auto draft = m_opinions->open(expert, kCase);
        QVERIFY(draft.ok());
        fillRequired(expert, draft->id);
        const auto unsigned_ = m_opinions->submit(expert, draft->id, signature::encode({}, QSize(400, 150)));
        QVERIFY(!unsigned_.ok());
        QVERIFY(unsigned_.error().contains(QStringLiteral("sign")));
        QCOMPARE(m_opinions->verifySignature(draft->id), signature::Verification::Missing);
        const auto submitted = m_opinions->submit(expert, draft->id, syntheticSignature());
        QVERIFY2(submitted.ok(), qPrintable(submitted.error()));
        QCOMPARE(m_opinions->verifySignature(draft->id), signature::Verification::Valid);

        exam::Opinion forged = submitted.value();
        forged.clauses = {QStringLiteral("5.10.2(20)")};
        QSqlQuery tamper(m_station->database->connection());
        tamper.prepare(QStringLiteral("UPDATE opinions SET sealed_content = ? WHERE id = ?"));
        // The stored content is the "content" part of what the signature covers.
        const QJsonObject forgedContent =
            QJsonDocument::fromJson(exam::OpinionService::canonicalContent(forged))
                .object()
                .value(QStringLiteral("content"))
                .toObject();
        const QByteArray content = QJsonDocument(forgedContent).toJson(QJsonDocument::Compact);
        tamper.addBindValue(m_station->database->sealer().seal(content, forged.id));
        tamper.addBindValue(forged.id);
        QVERIFY(tamper.exec());
        QCOMPARE(m_opinions->verifySignature(draft->id), signature::Verification::Tampered);
    }

    void opinionsStayBlindUntilOneIsSubmitted()
    {
        const accounts::Session first = testSession(Role::Expert, m_examiners.at(0));
        const accounts::Session second = testSession(Role::Expert, m_examiners.at(1));
        const auto a = m_opinions->open(first, kCase);
        const auto b = m_opinions->open(second, kCase);
        QVERIFY(a.ok() && b.ok());
        fillRequired(first, a->id);
        QVERIFY(m_opinions->submit(first, a->id, syntheticSignature()).ok());
        // The second expert has not submitted: sees only their own draft.
        auto seen = m_opinions->visibleOpinions(second, kCase);
        QVERIFY(seen.ok());
        QCOMPARE(seen->size(), 1);
        QCOMPARE(seen->first().expertId, m_examiners.at(1));
        // The first sees their own, not the other's draft.
        seen = m_opinions->visibleOpinions(first, kCase);
        QCOMPARE(seen->size(), 1);
        QCOMPARE(seen->first().expertId, m_examiners.at(0));
        fillRequired(second, b->id);
        QVERIFY(m_opinions->submit(second, b->id, syntheticSignature()).ok());
        QCOMPARE(m_opinions->visibleOpinions(second, kCase)->size(), 2);
        // The assigned reviewer sees both submitted opinions.
        QCOMPARE(m_opinions->visibleOpinions(testSession(Role::Reviewer, m_reviewer), kCase)->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestOpinions)
#include "tst_opinions.moc"
