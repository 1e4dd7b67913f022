#include "testkey.h"

#include "forms/examtemplate.h"
#include "grading/catalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace forms;

namespace {

QByteArray minimalTemplate(const char *fieldJson, const char *extra = "")
{
    return QByteArray(R"({"id":"t","version":1,"group":"orthopaedics","title":"T",
        "sections":[{"id":"s","title":"S","fields":[)") +
           fieldJson + "]}]" + extra + "}";
}

QJsonObject values(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

// What the Chinese catalogue answers for the two texts a message about a missing field is made of;
// every other text stays as written.
class ChineseMessages : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "forms") == 0 && qstrcmp(source, "en") == 0)
            return QStringLiteral("zh");
        if (qstrcmp(context, "forms::ExamTemplate") == 0 && qstrcmp(source, "%1 is required.") == 0)
            return QStringLiteral("%1为必填项。");
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestExamTemplates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The shipped templates: one per specialty group, every field type used, and every suggested
    // clause present in the sample catalog.
    void shippedTemplatesLoadAndAgreeWithTheCatalog()
    {
        const auto loaded = ExamTemplates::loadAll(qEnvironmentVariable("APPRAISAL_SOURCE_DIR") +
                                                   QStringLiteral("/forms/exam"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->size(), 5);
        const auto builtIn = ExamTemplates::loadAll();
        QVERIFY2(builtIn.ok(), qPrintable(builtIn.error()));
        QCOMPARE(builtIn->size(), 5);
        QSet<core::Specialty> groups;
        QSet<int> types;
        QStringList suggested;
        for (const ExamTemplate &t : loaded.value()) {
            groups.insert(t.group);
            for (const Section &section : t.sections)
                for (const Field &field : section.fields)
                    types.insert(int(field.type));
            for (const Suggestion &suggestion : t.suggestions)
                suggested += suggestion.clauses;
        }
        QCOMPARE(groups.size(), 5);
        QCOMPARE(types.size(), 10);
        QTemporaryDir dir;
        core::ManualClock clock{QDateTime(QDate(2026, 11, 23), QTime(9, 0))};
        auto db = store::Database::open(store::databasePath(dir.path()), clock, testDataKey()).database;
        QVERIFY(db);
        grading::ClauseCatalog catalog(*db);
        QVERIFY(catalog.importSample().ok());
        for (const QString &clause : suggested)
            QVERIFY2(catalog.find(clause).has_value(), qPrintable(clause));
    }

    void brokenTemplatesNameFileAndField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not JSON") << QByteArray("{\"id\":") << QStringLiteral("offset");
        QTest::newRow("unknown group")
            << QByteArray(R"({"id":"t","version":1,"group":"dentistry","title":"T","sections":[]})")
            << QStringLiteral("dentistry");
        QTest::newRow("unknown type") << minimalTemplate(R"({"id":"grip","type":"strength","label":"握力"})")
                                      << QStringLiteral("\"grip\"");
        QTest::newRow("number without range")
            << minimalTemplate(R"({"id":"height","type":"number","label":"身高","unit":"cm"})")
            << QStringLiteral("\"height\"");
        QTest::newRow("min above max")
            << minimalTemplate(R"({"id":"rom","type":"range_of_motion","label":"屈曲","min":90,"max":10})")
            << QStringLiteral("\"rom\"");
        QTest::newRow("choice without options")
            << minimalTemplate(R"({"id":"side","type":"choice","label":"侧别"})")
            << QStringLiteral("\"side\"");
        QTest::newRow("duplicate id") << minimalTemplate(R"({"id":"a","type":"text","label":"A"},
                                                          {"id":"a","type":"text","label":"B"})")
                                      << QStringLiteral("\"a\"");
        QTest::newRow("suggestion for a missing field")
            << minimalTemplate(R"({"id":"a","type":"text","label":"A"})",
                               R"j(,"suggestions":[{"field":"b","equals":"x","clauses":["5.7.2(1)"]}])j")
            << QStringLiteral("\"b\"");
        // Found by tests/fuzz (exam_template): without "equals" the clauses were suggested for every
        // form where the field was still empty.
        QTest::newRow("suggestion without a value")
            << minimalTemplate(R"({"id":"a","type":"text","label":"A"})",
                               R"j(,"suggestions":[{"field":"a","clauses":["5.7.2(1)"]}])j")
            << QStringLiteral("equals");
        QTest::newRow("suggestion with a null value")
            << minimalTemplate(R"({"id":"a","type":"text","label":"A"})",
                               R"j(,"suggestions":[{"field":"a","equals":null,"clauses":["5.7.2(1)"]}])j")
            << QStringLiteral("\"a\"");
    }
    void brokenTemplatesNameFileAndField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const auto parsed = ExamTemplates::parse(json, QStringLiteral("broken.json"));
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().contains(QStringLiteral("broken.json")), qPrintable(parsed.error()));
        QVERIFY2(parsed.error().contains(mentions), qPrintable(parsed.error()));
    }

    void validatesFindings_data()
    {
        QTest::addColumn<QByteArray>("findings");
        QTest::addColumn<QStringList>("problemFields");
        const auto list = [](std::initializer_list<const char *> items) {
            QStringList out;
            for (const char *item : items)
                out << QString::fromLatin1(item);
            return out;
        };
        QTest::newRow("complete and in range")
            << QByteArray(
                   R"({"complaint":"肘部疼痛","history":"2025年摔伤","injury_site":"右肘","side":"right",
                 "elbow_flexion":95,"grip_strength":3,"height":172,"self_care":["dressing"],
                 "findings":["atrophy"]})")
            << QStringList();
        QTest::newRow("required missing") << QByteArray(R"({"complaint":"  ","side":"left"})")
                                          << list({"complaint", "history", "injury_site"});
        QTest::newRow("out of range and wrong kinds")
            << QByteArray(R"({"complaint":"x","history":"y","injury_site":"z","side":"middle",
                 "elbow_flexion":170,"grip_strength":6,"height":"tall","self_care":["flying"],"colour":"red"})")
            << list({"height", "side", "elbow_flexion", "grip_strength", "self_care", "colour"});
    }
    void validatesFindings()
    {
        QFETCH(QByteArray, findings);
        QFETCH(QStringList, problemFields);
        const auto t = ExamTemplates::load(QStringLiteral(":/forms/exam/orthopaedics.json"));
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QStringList fields;
        for (const FieldProblem &problem : t->validate(QJsonDocument::fromJson(findings).object())) {
            fields << problem.field;
            QVERIFY(!problem.message.isEmpty());
        }
        fields.sort();
        problemFields.sort();
        QCOMPARE(fields, problemFields);
    }

    // A template from before the English labels still loads; its English side shows the Chinese.
    void templatesWithoutEnglishShowChinese()
    {
        const auto parsed = ExamTemplates::parse(
            minimalTemplate(R"({"id":"a","type":"choice","label":"部位","options":["l","r"],
                "option_labels":{"l":"左","r":"右"}})"),
            QStringLiteral("old.json"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        const Field &field = parsed->sections.first().fields.first();
        QCOMPARE(field.labelEn, QStringLiteral("部位"));
        QCOMPARE(field.optionLabel(QStringLiteral("r"), true), QStringLiteral("右"));
        QCOMPARE(field.optionLabel(QStringLiteral("r"), false), QStringLiteral("右"));
        // Every shipped template carries both languages.
        const auto shipped = ExamTemplates::loadAll();
        QVERIFY(shipped.ok());
        for (const ExamTemplate &form : shipped.value())
            for (const Section &section : form.sections) {
                QVERIFY2(!section.titleEn.isEmpty(), qPrintable(form.id + QLatin1Char('/') + section.id));
                for (const Field &f : section.fields)
                    QVERIFY2(f.labelEn != f.label || f.label.front().unicode() < 0x80,
                             qPrintable(form.id + QLatin1Char('/') + f.id));
            }
    }

    void acuityAndHearingRanges()
    {
        const auto t = ExamTemplates::load(QStringLiteral(":/forms/exam/ophthalmology_ent.json"));
        QVERIFY(t.ok());
        const auto problemsFor = [&](const char *json) {
            QStringList fields;
            for (const FieldProblem &problem : t->validate(values(json)))
                fields << problem.field;
            return fields;
        };
        QVERIFY(!problemsFor(R"({"complaint":"x","history":"y","injury_site":"z","acuity_left":0.3,
                                 "acuity_right":"LP","hearing_left":65})")
                     .contains(QStringLiteral("acuity_left")));
        const QStringList bad =
            problemsFor(R"({"complaint":"x","history":"y","injury_site":"z","acuity_left":3.5,
                                               "acuity_right":"blind","hearing_left":150})");
        QVERIFY(bad.contains(QStringLiteral("acuity_left")));
        QVERIFY(bad.contains(QStringLiteral("acuity_right")));
        QVERIFY(bad.contains(QStringLiteral("hearing_left")));
    }

    // A message names the field in its own language: the English label under English (no
    // translation installed), the Chinese one under the Chinese translation; a template without
    // English names its Chinese label in both.
    void messagesNameTheFieldInTheirLanguage_data()
    {
        QTest::addColumn<bool>("chinese");
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QString>("expected");
        const QByteArray bilingual =
            R"({"id":"side","type":"text","label":"侧别","label_en":"Side","required":true})";
        const QByteArray chineseOnly = R"({"id":"side","type":"text","label":"侧别","required":true})";
        QTest::newRow("English") << false << bilingual << QStringLiteral("Side is required.");
        QTest::newRow("Chinese") << true << bilingual << QStringLiteral("侧别为必填项。");
        QTest::newRow("English, template without English")
            << false << chineseOnly << QStringLiteral("侧别 is required.");
        QTest::newRow("Chinese, template without English")
            << true << chineseOnly << QStringLiteral("侧别为必填项。");
    }

    void messagesNameTheFieldInTheirLanguage()
    {
        QFETCH(bool, chinese);
        QFETCH(QByteArray, field);
        QFETCH(QString, expected);
        const auto t = ExamTemplates::parse(minimalTemplate(field.constData()), QStringLiteral("t.json"));
        QVERIFY2(t.ok(), qPrintable(t.error()));
        ChineseMessages translator;
        if (chinese)
            QVERIFY(QCoreApplication::installTranslator(&translator));
        const QList<FieldProblem> problems = t->validate({});
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().message, expected);
    }

    void findingsSuggestClauses()
    {
        const auto t = ExamTemplates::load(QStringLiteral(":/forms/exam/surgery.json"));
        QVERIFY(t.ok());
        QCOMPARE(t->suggestedClauses(values(R"({"organ_loss":["appendix","gallbladder","spleen"]})")),
                 (QStringList{QStringLiteral("5.6.2(52)"), QStringLiteral("5.10.2(38)")}));
        QVERIFY(t->suggestedClauses(values(R"({"organ_loss":["kidney"]})")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExamTemplates)
#include "tst_examtemplates.moc"
