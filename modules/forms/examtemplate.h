#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>

namespace forms {

// The kinds of field an exam template may hold.
enum class FieldType {
    Text,
    Number,         // with unit, min and max
    Choice,         // one of `options`
    MultiChoice,    // any of `options`
    BodySite,       // free text naming the site, e.g. "左肘关节"
    MuscleStrength, // 0–5 (MRC grades)
    RangeOfMotion,  // degrees within min..max (default 0..180)
    VisualAcuity,   // decimal 0.01–2.0, or NLP / LP / HM / CF (无光感 / 光感 / 手动 / 指数)
    Hearing,        // dB HL, -10..130
    SelfCare,       // which of the five activities need help
};

struct Field {
    QString id;
    FieldType type = FieldType::Text;
    QString label;   // Chinese, as printed
    QString labelEn; // English, for --lang en
    bool required = false;
    QString unit;
    double min = 0;
    double max = 0;
    int maxLength = 2000;
    QStringList options;
    QHash<QString, QString> optionLabels;   // Chinese, by option
    QHash<QString, QString> optionLabelsEn; // English, by option
    QString optionLabel(const QString &option, bool english) const;
    // The label in English or Chinese; a template without English has only its Chinese label.
    QString displayLabel(bool english) const;
};

struct Section {
    QString id;
    QString title;
    QString titleEn;
    QList<Field> fields;
};

// "When this finding is present, suggest these clauses" (auto-select the basis).
struct Suggestion {
    QString field;
    QJsonValue equals; // the value, or one of the options for a multiple choice
    QStringList clauses;
};

struct FieldProblem {
    QString field;   // field id
    QString message; // translated: what is wrong and what is allowed
};

// An exam template (forms/exam/*.json), one per specialty group. Loading checks it completely; a
// broken template is refused with a message naming the file and the field.
struct ExamTemplate {
    // The context lupdate files validate()'s messages under: without it they were looked up under
    // "forms" and shown in English on a Chinese screen.
    Q_DECLARE_TR_FUNCTIONS(forms::ExamTemplate)
public:
    QString id;
    int version = 0;
    core::Specialty group = core::Specialty::Orthopaedics;
    QString title;
    QList<Section> sections;
    QList<Suggestion> suggestions;

    const Field *field(const QString &fieldId) const;
    // Checks findings against the template: required fields, types, ranges and options.
    QList<FieldProblem> validate(const QJsonObject &values) const;
    // The clauses the findings suggest, in template order, without repeats.
    QStringList suggestedClauses(const QJsonObject &values) const;
};

class ExamTemplates
{
    Q_DECLARE_TR_FUNCTIONS(forms::ExamTemplates)
public:
    static core::Result<ExamTemplate> parse(const QByteArray &json, const QString &fileName);
    static core::Result<ExamTemplate> load(const QString &path);
    // Every *.json in `folder` (default: the templates built into the program); fails on the first
    // broken one, naming it.
    static core::Result<QList<ExamTemplate>> loadAll(const QString &folder = QString());
};

FieldType fieldTypeFromKey(const QString &key, bool *ok);

} // namespace forms
