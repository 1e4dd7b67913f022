#include "examtemplate.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace forms {

namespace {

const QList<QPair<const char *, FieldType>> kTypes{
    {"text", FieldType::Text},
    {"number", FieldType::Number},
    {"choice", FieldType::Choice},
    {"multi_choice", FieldType::MultiChoice},
    {"body_site", FieldType::BodySite},
    {"muscle_strength", FieldType::MuscleStrength},
    {"range_of_motion", FieldType::RangeOfMotion},
    {"visual_acuity", FieldType::VisualAcuity},
    {"hearing", FieldType::Hearing},
    {"self_care", FieldType::SelfCare},
};

const QStringList kSelfCare{QStringLiteral("eating"), QStringLiteral("turning"), QStringLiteral("toileting"),
                            QStringLiteral("dressing"), QStringLiteral("moving")};
const QStringList kAcuityWords{QStringLiteral("NLP"), QStringLiteral("LP"), QStringLiteral("HM"),
                               QStringLiteral("CF")};

// Whether the messages about findings are being shown in English: asked of the installed
// translation (as Qt asks it for the layout direction), so that a message names the field in the
// language of the message's own words ("Side is required.", "侧别为必填项。"), whatever set it.
bool messagesInEnglish()
{
    return QCoreApplication::translate("forms", "en",
                                       "the language the exam template labels are named in, "
                                       "in messages: en for English, zh for Chinese") != QLatin1String("zh");
}

} // namespace

FieldType fieldTypeFromKey(const QString &key, bool *ok)
{
    for (const auto &[name, type] : kTypes)
        if (key == QLatin1String(name)) {
            *ok = true;
            return type;
        }
    *ok = false;
    return FieldType::Text;
}

QString Field::optionLabel(const QString &option, bool english) const
{
    // English when the template has it; a template without English shows its Chinese label
    // rather than the stored key.
    QString named = english ? optionLabelsEn.value(option) : QString();
    if (named.isEmpty())
        named = optionLabels.value(option);
    return named.isEmpty() ? option : named;
}

QString Field::displayLabel(bool english) const
{
    return english && !labelEn.isEmpty() ? labelEn : label;
}

const Field *ExamTemplate::field(const QString &fieldId) const
{
    for (const Section &section : sections)
        for (const Field &f : section.fields)
            if (f.id == fieldId)
                return &f;
    return nullptr;
}

core::Result<ExamTemplate> ExamTemplates::parse(const QByteArray &json, const QString &fileName)
{
    const auto refuse = [&](const QString &where, const QString &what) {
        return core::Result<ExamTemplate>::failure(tr("Exam template %1, %2: %3").arg(fileName, where, what));
    };
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        return refuse(tr("offset %1").arg(error.offset), error.errorString());
    const QJsonObject root = document.object();
    ExamTemplate result;
    result.id = root.value(QStringLiteral("id")).toString();
    result.version = root.value(QStringLiteral("version")).toInt();
    result.title = root.value(QStringLiteral("title")).toString();
    if (result.id.isEmpty())
        return refuse(QStringLiteral("id"), tr("the template has no id"));
    if (result.version < 1)
        return refuse(QStringLiteral("version"), tr("the version must be a whole number from 1"));
    const auto group = core::specialtyFromKey(root.value(QStringLiteral("group")).toString());
    if (!group)
        return refuse(
            QStringLiteral("group"),
            tr("\"%1\" is not a specialty group").arg(root.value(QStringLiteral("group")).toString()));
    result.group = *group;

    QSet<QString> ids;
    const QJsonArray sections = root.value(QStringLiteral("sections")).toArray();
    if (sections.isEmpty())
        return refuse(QStringLiteral("sections"), tr("the template has no sections"));
    for (const QJsonValue &sectionValue : sections) {
        const QJsonObject s = sectionValue.toObject();
        Section section{s.value(QStringLiteral("id")).toString(),
                        s.value(QStringLiteral("title")).toString(),
                        s.value(QStringLiteral("title_en")).toString(),
                        {}};
        if (section.id.isEmpty() || section.title.isEmpty())
            return refuse(QStringLiteral("sections"), tr("every section needs an id and a title"));
        for (const QJsonValue &fieldValue : s.value(QStringLiteral("fields")).toArray()) {
            const QJsonObject f = fieldValue.toObject();
            Field field;
            field.id = f.value(QStringLiteral("id")).toString();
            const QString where = tr("field \"%1\" in section \"%2\"").arg(field.id, section.id);
            if (field.id.isEmpty())
                return refuse(tr("section \"%1\"").arg(section.id), tr("a field has no id"));
            if (ids.contains(field.id))
                return refuse(where, tr("the id is used twice"));
            ids.insert(field.id);
            bool known = false;
            field.type = fieldTypeFromKey(f.value(QStringLiteral("type")).toString(), &known);
            if (!known)
                return refuse(where,
                              tr("unknown type \"%1\"").arg(f.value(QStringLiteral("type")).toString()));
            field.label = f.value(QStringLiteral("label")).toString();
            field.labelEn = f.value(QStringLiteral("label_en")).toString(field.label);
            if (field.label.isEmpty())
                return refuse(where, tr("the field has no label"));
            field.required = f.value(QStringLiteral("required")).toBool(false);
            field.unit = f.value(QStringLiteral("unit")).toString();
            field.maxLength = f.value(QStringLiteral("max_length")).toInt(2000);
            for (const QJsonValue &option : f.value(QStringLiteral("options")).toArray())
                field.options << option.toString();
            const QJsonObject labels = f.value(QStringLiteral("option_labels")).toObject();
            const QJsonObject labelsEn = f.value(QStringLiteral("option_labels_en")).toObject();
            for (auto it = labels.constBegin(); it != labels.constEnd(); ++it) {
                if (!field.options.contains(it.key()))
                    return refuse(where,
                                  tr("a label is given for \"%1\", which is not an option").arg(it.key()));
                field.optionLabels.insert(it.key(), it.value().toString());
            }
            for (auto it = labelsEn.constBegin(); it != labelsEn.constEnd(); ++it)
                field.optionLabelsEn.insert(it.key(), it.value().toString());
            switch (field.type) {
            case FieldType::Number:
                if (!f.contains(QStringLiteral("min")) || !f.contains(QStringLiteral("max")) ||
                    field.unit.isEmpty())
                    return refuse(where, tr("a number needs a unit, a min and a max"));
                field.min = f.value(QStringLiteral("min")).toDouble();
                field.max = f.value(QStringLiteral("max")).toDouble();
                break;
            case FieldType::RangeOfMotion:
                field.min = f.value(QStringLiteral("min")).toDouble(0);
                field.max = f.value(QStringLiteral("max")).toDouble(180);
                field.unit = QStringLiteral("°");
                break;
            case FieldType::Choice:
            case FieldType::MultiChoice:
                if (field.options.isEmpty())
                    return refuse(where, tr("a choice needs options"));
                break;
            default:
                break;
            }
            if ((field.type == FieldType::Number || field.type == FieldType::RangeOfMotion) &&
                field.min >= field.max)
                return refuse(where, tr("min must be below max"));
            section.fields << field;
        }
        if (section.fields.isEmpty())
            return refuse(tr("section \"%1\"").arg(section.id), tr("the section has no fields"));
        result.sections << section;
    }
    for (const QJsonValue &value : root.value(QStringLiteral("suggestions")).toArray()) {
        const QJsonObject o = value.toObject();
        Suggestion suggestion{
            o.value(QStringLiteral("field")).toString(), o.value(QStringLiteral("equals")), {}};
        for (const QJsonValue &clause : o.value(QStringLiteral("clauses")).toArray())
            suggestion.clauses << clause.toString();
        const QString where = tr("suggestion for field \"%1\"").arg(suggestion.field);
        const Field *target = result.field(suggestion.field);
        if (!target)
            return refuse(where, tr("there is no such field"));
        // Without a value it would match every form where the field is still empty.
        if (suggestion.equals.isUndefined() || suggestion.equals.isNull())
            return refuse(where, tr("the suggestion needs a value to match (\"equals\")"));
        if ((target->type == FieldType::Choice || target->type == FieldType::MultiChoice) &&
            !target->options.contains(suggestion.equals.toString()))
            return refuse(where, tr("\"%1\" is not one of its options").arg(suggestion.equals.toString()));
        if (suggestion.clauses.isEmpty())
            return refuse(where, tr("no clauses to suggest"));
        result.suggestions << suggestion;
    }
    return result;
}

core::Result<ExamTemplate> ExamTemplates::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::Result<ExamTemplate>::failure(
            tr("Cannot read the exam template %1: %2").arg(path, file.errorString()));
    return parse(file.readAll(), QFileInfo(path).fileName());
}

core::Result<QList<ExamTemplate>> ExamTemplates::loadAll(const QString &folder)
{
    const QDir dir(folder.isEmpty() ? QStringLiteral(":/forms/exam") : folder);
    QList<ExamTemplate> templates;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        auto loaded = load(dir.filePath(name));
        if (!loaded)
            return core::Result<QList<ExamTemplate>>::failure(loaded.error());
        templates << loaded.value();
    }
    if (templates.isEmpty())
        return core::Result<QList<ExamTemplate>>::failure(tr("No exam templates in %1.").arg(dir.path()));
    return templates;
}

QList<FieldProblem> ExamTemplate::validate(const QJsonObject &values) const
{
    QList<FieldProblem> problems;
    const bool english = messagesInEnglish();
    for (const Section &section : sections) {
        for (const Field &f : section.fields) {
            // The field as the messages name it: its label in the language of the message.
            const QString label = f.displayLabel(english);
            const QJsonValue value = values.value(f.id);
            const bool empty =
                value.isUndefined() || value.isNull() ||
                (value.isString() && value.toString().trimmed().isEmpty()) ||
                (value.isArray() && value.toArray().isEmpty() && f.type != FieldType::SelfCare);
            if (empty) {
                if (f.required)
                    problems << FieldProblem{f.id, tr("%1 is required.").arg(label)};
                continue;
            }
            const auto outOfRange = [&](double low, double high, const QString &unit) {
                problems << FieldProblem{
                    f.id,
                    tr("%1 must be between %2 and %3 %4.").arg(label).arg(low).arg(high).arg(unit).trimmed()};
            };
            switch (f.type) {
            case FieldType::Text:
            case FieldType::BodySite:
                if (!value.isString())
                    problems << FieldProblem{f.id, tr("%1 must be text.").arg(label)};
                else if (value.toString().size() > f.maxLength)
                    problems << FieldProblem{
                        f.id, tr("%1 is longer than %2 characters.").arg(label).arg(f.maxLength)};
                break;
            case FieldType::Number:
            case FieldType::RangeOfMotion:
                if (!value.isDouble() || value.toDouble() < f.min || value.toDouble() > f.max)
                    outOfRange(f.min, f.max, f.unit);
                break;
            case FieldType::MuscleStrength:
                if (!value.isDouble() || value.toDouble() != std::floor(value.toDouble()) ||
                    value.toInt() < 0 || value.toInt() > 5)
                    problems << FieldProblem{
                        f.id, tr("%1: muscle strength is a whole grade from 0 to 5.").arg(label)};
                break;
            case FieldType::Hearing:
                if (!value.isDouble() || value.toDouble() < -10 || value.toDouble() > 130)
                    outOfRange(-10, 130, QStringLiteral("dB HL"));
                break;
            case FieldType::VisualAcuity:
                if (value.isString()
                        ? !kAcuityWords.contains(value.toString())
                        : (!value.isDouble() || value.toDouble() < 0.01 || value.toDouble() > 2.0))
                    problems << FieldProblem{
                        f.id, tr("%1: visual acuity is a decimal from 0.01 to 2.0, or NLP, LP, "
                                 "HM or CF.")
                                  .arg(label)};
                break;
            case FieldType::Choice:
                if (!f.options.contains(value.toString()))
                    problems << FieldProblem{
                        f.id, tr("%1 must be one of: %2.").arg(label, f.options.join(QStringLiteral(", ")))};
                break;
            case FieldType::MultiChoice:
            case FieldType::SelfCare: {
                const QStringList allowed = f.type == FieldType::SelfCare ? kSelfCare : f.options;
                bool ok = value.isArray();
                for (const QJsonValue &item : value.toArray())
                    ok = ok && allowed.contains(item.toString());
                if (!ok)
                    problems << FieldProblem{
                        f.id, tr("%1 may hold only: %2.").arg(label, allowed.join(QStringLiteral(", ")))};
                break;
            }
            }
        }
    }
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        if (!field(it.key()))
            problems << FieldProblem{it.key(), tr("\"%1\" is not a field of template %2.").arg(it.key(), id)};
    return problems;
}

QStringList ExamTemplate::suggestedClauses(const QJsonObject &values) const
{
    QStringList clauses;
    for (const Suggestion &suggestion : suggestions) {
        const QJsonValue value = values.value(suggestion.field);
        const bool matches =
            value.isArray() ? value.toArray().contains(suggestion.equals) : value == suggestion.equals;
        if (!matches)
            continue;
        for (const QString &clause : suggestion.clauses)
            if (!clauses.contains(clause))
                clauses << clause;
    }
    return clauses;
}

} // namespace forms
