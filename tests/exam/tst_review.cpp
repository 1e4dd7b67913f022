#include "drawncase.h"
#include "stationfixture.h"
#include "syntheticsignature.h"
#include "testsession.h"

#include "checkin/checkinservice.h"
#include "demo/demovenue.h"
#include "exam/reviewservice.h"
#include "printing/paperdocument.h"
#include "routing/callauthority.h"
#include "routing/drawservice.h"
#include "store/caserepository.h"
#include "store/expertrepository.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using core::Role;

namespace {

const QString kCase = QStringLiteral("JD2026-0001");

} // namespace

// The review: only the assigned reviewer, only with every opinion in; agree or conclude with a
// reason; signed; the case is concluded.
class TestReview : public QObject
{
    Q_OBJECT

    std::unique_ptr<StationFixture> m_station;
    std::unique_ptr<exam::OpinionService> m_opinions;
    std::unique_ptr<exam::ReviewService> m_review;
    QStringList m_examiners;
    QString m_reviewer;
    QStringList m_opinionIds;

    void examine(int index, const QStringList &clauses)
    {
        const accounts::Session expert = testSession(Role::Expert, m_examiners.at(index));
        const QString room =
            store::ExpertRepository(*m_station->database).find(m_examiners.at(index))->roomId;
        routing::LocalCallAuthority calls(*m_station->database);
        const auto called = calls.callNext(expert, room);
        QVERIFY2(called.ok(), qPrintable(called.error()));
        QVERIFY(calls.startExam(expert, room, called->ticketId).ok());
        const auto draft = m_opinions->open(expert, kCase);
        QVERIFY(draft.ok());
        for (const auto &[field, value] :
             QList<QPair<QString, QJsonValue>>{{QStringLiteral("complaint"), QStringLiteral("右肘疼痛")},
                                               {QStringLiteral("history"), QStringLiteral("摔伤")},
                                               {QStringLiteral("injury_site"), QStringLiteral("右肘")},
                                               {QStringLiteral("side"), QStringLiteral("right")}})
            QVERIFY(m_opinions->setFinding(expert, draft->id, field, value).ok());
        QVERIFY(m_opinions->setClauses(expert, draft->id, clauses).ok());
        const auto submitted = m_opinions->submit(expert, draft->id, syntheticSignature());
        QVERIFY2(submitted.ok(), qPrintable(submitted.error()));
        m_opinionIds << submitted->id;
        QVERIFY(calls.finishExam(expert, room, called->ticketId).ok());
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
        m_opinionIds.clear();
        m_opinions = std::make_unique<exam::OpinionService>(*m_station->database,
                                                            forms::ExamTemplates::loadAll().value());
        m_review = std::make_unique<exam::ReviewService>(*m_station->database, *m_opinions);
    }

    void reviewWaitsForEveryOpinionAndOnlyForTheAssignedReviewer()
    {
        examine(0, {QStringLiteral("5.7.2(36)")});
        const auto early = m_review->compare(testSession(Role::Reviewer, m_reviewer), kCase);
        QVERIFY(!early.ok());
        QVERIFY(early.error().contains(QStringLiteral("1")));
        examine(1, {QStringLiteral("5.7.2(36)"), QStringLiteral("5.7.2(5)")});
        QVERIFY(!m_review->compare(testSession(Role::Reviewer, QStringLiteral("E106")), kCase).ok());
        QVERIFY(!m_review->compare(testSession(Role::Expert, m_examiners.first()), kCase).ok());
        QVERIFY(!m_review->compare(testSession(Role::Clerk), kCase).ok());
        const auto comparison = m_review->compare(testSession(Role::Reviewer, m_reviewer), kCase);
        QVERIFY2(comparison.ok(), qPrintable(comparison.error()));
        QCOMPARE(comparison->opinions.size(), 2);
        QCOMPARE(comparison->differences.size(), 2); // grade 7 vs 6, and the clauses
        QCOMPARE(comparison->majorityGrade, 0);      // two opinions: no majority to compute
    }

    void agreeingConcludesTheCaseSigned()
    {
        examine(0, {QStringLiteral("5.7.2(36)")});
        examine(1, {QStringLiteral("5.7.2(36)"), QStringLiteral("5.7.2(5)")});
        const accounts::Session reviewer = testSession(Role::Reviewer, m_reviewer);
        QVERIFY(!m_review->agree(reviewer, kCase, m_opinionIds.at(1), QByteArray()).ok()); // unsigned
        QCOMPARE(store::CaseRepository(*m_station->database).stateOf(kCase),
                 core::CaseState::WaitingReview); // nothing changed
        const auto concluded = m_review->agree(reviewer, kCase, m_opinionIds.at(1), syntheticSignature());
        QVERIFY2(concluded.ok(), qPrintable(concluded.error()));
        QCOMPARE(concluded->grade, 6);
        QCOMPARE(store::CaseRepository(*m_station->database).stateOf(kCase), core::CaseState::Concluded);
        QCOMPARE(m_review->conclusionOf(kCase)->basedOn, m_opinionIds.at(1));
        QCOMPARE(m_review->verifyConclusion(kCase), signature::Verification::Valid);
        QVERIFY(!m_review->agree(reviewer, kCase, m_opinionIds.at(0), syntheticSignature()).ok()); // once

        // Tampering with the stored conclusion is detected.
        exam::Conclusion forged = *m_review->conclusionOf(kCase);
        forged.grade = 3;
        QSqlQuery tamper(m_station->database->connection());
        tamper.prepare(QStringLiteral("UPDATE conclusions SET sealed_content = ? WHERE acceptance_no = ?"));
        tamper.addBindValue(
            m_station->database->sealer().seal(exam::ReviewService::canonicalContent(forged), kCase));
        tamper.addBindValue(kCase);
        QVERIFY(tamper.exec());
        QCOMPARE(m_review->verifyConclusion(kCase), signature::Verification::Tampered);
    }

    // Only concluded cases are printed, only by the clerk; the PDF carries what art. 16 requires.
    void clerkPrintsTheConclusionOnceConcluded()
    {
        examine(0, {QStringLiteral("5.7.2(36)")});
        examine(1, {QStringLiteral("5.7.2(36)"), QStringLiteral("5.7.2(5)")});
        const accounts::Session clerk = testSession(Role::Clerk);
        const auto early = m_review->conclusionDocument(clerk, kCase);
        QVERIFY(!early.ok());
        QVERIFY(early.error().contains(kCase));
        QVERIFY(m_review
                    ->agree(testSession(Role::Reviewer, m_reviewer), kCase, m_opinionIds.at(1),
                            syntheticSignature())
                    .ok());
        QVERIFY(!m_review->conclusionDocument(testSession(Role::FrontDesk), kCase).ok());
        QVERIFY(!m_review->conclusionDocument(testSession(Role::Expert, m_examiners.first()), kCase).ok());
        const auto document = m_review->conclusionDocument(clerk, kCase);
        QVERIFY2(document.ok(), qPrintable(document.error()));
        QVERIFY(document->signatureValid);
        QCOMPARE(document->grade, 6);
        const QString pdf = m_station->dir.filePath(QStringLiteral("conclusion.pdf"));
        QVERIFY(printing::writePdf({printing::conclusionDocument(document.value())}, pdf).ok());
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        for (const QString &expected :
             {kCase, QStringLiteral("5.7.2(36)"), QStringLiteral("Disability grade 6"),
              QStringLiteral("15 days"), QStringLiteral("4401**********0776"),
              QStringLiteral("signature matches")})
            QVERIFY2(content.contains(expected),
                     qPrintable(expected + QStringLiteral(" missing in:\n") + content));
        QVERIFY(!content.contains(QStringLiteral("440106198611200776")));
        QDir().mkpath(QStringLiteral(SCREENSHOT_DIR));
        QProcess::execute(QStringLiteral("pdftoppm"),
                          {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                           QStringLiteral("-singlefile"), pdf, QStringLiteral(SCREENSHOT_DIR "/conclusion")});
    }

    // The opinion sheets: the same access rules as the opinions, the clerk only after the conclusion;
    // what the expert recorded, the basis and the signature are on them.
    void opinionSheetsCarryTheFindingsBasisAndSignature()
    {
        examine(0, {QStringLiteral("5.7.2(36)")});
        QVERIFY(!m_opinions->opinionSheets(testSession(Role::Clerk), kCase).ok());
        QVERIFY(!m_opinions->opinionSheets(testSession(Role::FrontDesk), kCase).ok());
        const auto own = m_opinions->opinionSheets(testSession(Role::Expert, m_examiners.at(0)), kCase);
        QVERIFY2(own.ok(), qPrintable(own.error()));
        QCOMPARE(own->size(), 1);
        // The second expert has not submitted: they see no other opinion, not even as paper.
        QVERIFY(m_opinions->opinionSheets(testSession(Role::Expert, m_examiners.at(1)), kCase)->isEmpty());
        examine(1, {QStringLiteral("5.7.2(36)"), QStringLiteral("5.7.2(5)")});
        QVERIFY(m_review
                    ->agree(testSession(Role::Reviewer, m_reviewer), kCase, m_opinionIds.at(0),
                            syntheticSignature())
                    .ok());
        const auto sheets = m_opinions->opinionSheets(testSession(Role::Clerk), kCase);
        QVERIFY2(sheets.ok(), qPrintable(sheets.error()));
        QCOMPARE(sheets->size(), 2);
        const printing::OpinionSheet &first = sheets->constFirst();
        QCOMPARE(first.acceptanceNo, kCase);
        QCOMPARE(first.maskedIdNumber, QStringLiteral("4401**********0776"));
        QCOMPARE(first.computedGrade, 7);
        QVERIFY(first.signatureValid);
        QVERIFY(!first.signature.isNull());
        QVERIFY(first.basis.constFirst().startsWith(QStringLiteral("5.7.2(36) ")));
        bool siteShown = false;
        for (const auto &section : first.sections)
            for (const auto &[label, value] : section.rows)
                siteShown = siteShown || value == QStringLiteral("右肘");
        QVERIFY(siteShown);
        QCOMPARE(sheets->at(1).basis.size(), 2);

        const auto file = m_review->caseDocuments(testSession(Role::Clerk), kCase);
        QVERIFY(file.ok());
        QCOMPARE(file->size(), 3); // the conclusion and both opinion sheets
        const QString pdf = m_station->dir.filePath(QStringLiteral("file.pdf"));
        QVERIFY(printing::writePdf(file.value(), pdf).ok());
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY(info.waitForFinished(30000));
        QVERIFY(QString::fromUtf8(info.readAllStandardOutput())
                    .contains(QRegularExpression(QStringLiteral("Pages:\\s+3\\b"))));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        QCOMPARE(content.count(QStringLiteral("Expert opinion sheet")), 2);
        QCOMPARE(content.count(QStringLiteral("signature matches this opinion")), 2);
        QVERIFY(content.contains(QStringLiteral("右肘")));

        // A changed opinion no longer matches its signature, and the sheet says so.
        QSqlQuery tamper(m_station->database->connection());
        QVERIFY(tamper.exec(
            QStringLiteral("UPDATE signatures SET content_sha256 = 'x' WHERE subject = 'opinion:%1'")
                .arg(m_opinionIds.at(1))));
        const auto after = m_opinions->opinionSheets(testSession(Role::Clerk), kCase);
        QVERIFY(after->at(0).signatureValid);
        QVERIFY(!after->at(1).signatureValid);
        QVERIFY(!printing::opinionSheetDocument(after->at(1)).signatureValid);
    }

    void anOwnConclusionNeedsAReason()
    {
        examine(0, {QStringLiteral("5.7.2(36)")});
        examine(1, {QStringLiteral("5.7.2(36)")});
        const accounts::Session reviewer = testSession(Role::Reviewer, m_reviewer);
        QVERIFY(!m_review
                     ->concludeOwn(reviewer, kCase, 8, {QStringLiteral("5.8.2(28)")}, QStringLiteral("none"),
                                   QString(), syntheticSignature())
                     .ok());
        // A self-care level that is not one of the four is refused, saying which are.
        const auto unknownLevel =
            m_review->concludeOwn(reviewer, kCase, 8, {QStringLiteral("5.8.2(28)")}, QStringLiteral("some"),
                                  QStringLiteral("影像复核后功能恢复较好"), syntheticSignature());
        QVERIFY(!unknownLevel.ok());
        QVERIFY2(unknownLevel.error().contains(QStringLiteral("some")), qPrintable(unknownLevel.error()));
        QVERIFY(!m_review->conclusionOf(kCase));
        const auto own = m_review->concludeOwn(
            reviewer, kCase, 8, {QStringLiteral("5.8.2(28)")}, QStringLiteral("partial"),
            QStringLiteral("影像复核后功能恢复较好"), syntheticSignature());
        QVERIFY2(own.ok(), qPrintable(own.error()));
        QCOMPARE(m_review->conclusionOf(kCase)->basedOn, QStringLiteral("own"));
        QCOMPARE(m_review->conclusionOf(kCase)->reason, QStringLiteral("影像复核后功能恢复较好"));
        QCOMPARE(m_review->conclusionOf(kCase)->selfCare, QStringLiteral("partial"));
    }
};

QTEST_MAIN(TestReview) // the conclusion PDF lays out text
#include "tst_review.moc"
