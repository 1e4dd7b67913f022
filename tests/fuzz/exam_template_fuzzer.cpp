// Exam templates (forms::ExamTemplates::parse): JSON files a venue may put in forms.exam_dir, and
// findings checked against them (ExamTemplate::validate, ExamTemplate::suggestedClauses).
// Input: the template JSON, optionally followed by a NUL byte and a findings JSON object.

#include "fuzzsupport.h"

#include "forms/examtemplate.h"

#include <QJsonDocument>
#include <QSet>

extern "C" int LLVMFuzzerInitialize(int *, char ***argv)
{
    fuzz::initialize<QCoreApplication>((*argv)[0]);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype split = input.indexOf('\0');
    const QByteArray json = split < 0 ? input : input.left(split);
    const QJsonObject findings =
        split < 0 ? QJsonObject() : QJsonDocument::fromJson(input.mid(split + 1)).object();

    const auto parsed = forms::ExamTemplates::parse(json, QStringLiteral("fuzz.json"));
    if (!parsed) {
        FUZZ_CHECK(parsed.error().contains(QStringLiteral("fuzz.json")));
        return 0;
    }
    const forms::ExamTemplate &exam = parsed.value();
    FUZZ_CHECK(!exam.id.isEmpty() && exam.version >= 1 && !exam.sections.isEmpty());
    QSet<QString> ids;
    int required = 0;
    for (const forms::Section &section : exam.sections) {
        FUZZ_CHECK(!section.id.isEmpty() && !section.title.isEmpty() && !section.fields.isEmpty());
        for (const forms::Field &field : section.fields) {
            FUZZ_CHECK(!field.id.isEmpty() && !field.label.isEmpty() && !ids.contains(field.id));
            ids.insert(field.id);
            FUZZ_CHECK(exam.field(field.id) == &field);
            if (field.type == forms::FieldType::Number || field.type == forms::FieldType::RangeOfMotion)
                FUZZ_CHECK(field.min < field.max);
            if (field.type == forms::FieldType::Choice || field.type == forms::FieldType::MultiChoice)
                FUZZ_CHECK(!field.options.isEmpty());
            for (auto it = field.optionLabels.constBegin(); it != field.optionLabels.constEnd(); ++it)
                FUZZ_CHECK(field.options.contains(it.key()));
            required += field.required ? 1 : 0;
        }
    }
    for (const forms::Suggestion &suggestion : exam.suggestions)
        FUZZ_CHECK(exam.field(suggestion.field) && !suggestion.clauses.isEmpty());

    // Nothing recorded yet: one problem per required field, and nothing to suggest.
    const QList<forms::FieldProblem> empty = exam.validate({});
    FUZZ_CHECK(empty.size() == required);
    FUZZ_CHECK(exam.suggestedClauses({}).isEmpty());

    for (const forms::FieldProblem &problem : exam.validate(findings))
        FUZZ_CHECK(!problem.message.isEmpty() &&
                   (!problem.field.isEmpty() || findings.contains(problem.field)));
    const QStringList clauses = exam.suggestedClauses(findings);
    FUZZ_CHECK(QSet<QString>(clauses.begin(), clauses.end()).size() == clauses.size());
    return 0;
}
