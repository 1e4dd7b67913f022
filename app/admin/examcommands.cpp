#include "command.h"

#include "exam/opinionservice.h"
#include "routing/drawservice.h"
#include "store/database.h"

#include <QJsonArray>

namespace admin {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("admin", text);
}

// The command line acts as the named expert: the opinion is theirs, the blindness and assignment
// rules of exam::OpinionService apply unchanged, and the audit trail names "cli:<user>".
accounts::Session expertSession(const QString &expertId, core::Role role = core::Role::Expert)
{
    accounts::Session session = commandLineSession(role);
    session.account.expertId = expertId;
    return session;
}

// --value as the field's type wants it: numbers for measurements, a comma-separated list for the
// multiple choices and the self-care activities, text for the rest. A value that does not convert
// is passed on as text, so the form's own check refuses it with its message.
QJsonValue valueFor(const forms::Field &field, const QString &text)
{
    switch (field.type) {
    case forms::FieldType::Number:
    case forms::FieldType::RangeOfMotion:
    case forms::FieldType::MuscleStrength:
    case forms::FieldType::Hearing:
    case forms::FieldType::VisualAcuity: {
        bool ok = false;
        const double number = text.trimmed().toDouble(&ok);
        return ok ? QJsonValue(number) : QJsonValue(text.trimmed());
    }
    case forms::FieldType::MultiChoice:
    case forms::FieldType::SelfCare: {
        QJsonArray items;
        for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!item.trimmed().isEmpty())
                items << item.trimmed();
        return items;
    }
    case forms::FieldType::Text:
    case forms::FieldType::BodySite:
    case forms::FieldType::Choice:
        break;
    }
    return text;
}

QString displayValue(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << item.toString();
        return items.join(QStringLiteral(", "));
    }
    if (value.isDouble())
        return QString::number(value.toDouble());
    return value.toVariant().toString();
}

QJsonObject opinionJson(const exam::Opinion &opinion)
{
    return {{QStringLiteral("id"), opinion.id},
            {QStringLiteral("role"), opinion.role},
            {QStringLiteral("expert"), opinion.expertId},
            {QStringLiteral("version"), opinion.version},
            {QStringLiteral("state"), opinion.state},
            {QStringLiteral("template"), opinion.templateId},
            {QStringLiteral("template_version"), opinion.templateVersion},
            {QStringLiteral("findings"), opinion.findings},
            {QStringLiteral("clauses"), QJsonArray::fromStringList(opinion.clauses)},
            {QStringLiteral("grade"), opinion.effectiveGrade()},
            {QStringLiteral("self_care"), opinion.selfCare},
            {QStringLiteral("updated_at"), opinion.updatedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("submitted_at"),
             opinion.submittedAt.isValid() ? opinion.submittedAt.toString(Qt::ISODateWithMs) : QString()}};
}

// Opens the station and the expert's opinion service; null after saying why.
struct ExamContext {
    core::SystemClock clock;
    std::unique_ptr<OpenedStation> station;
    exam::OpinionService *opinions = nullptr; // the station's
};

std::unique_ptr<ExamContext> openExam(const QCommandLineParser &parser, const QString &expertId)
{
    auto context = std::make_unique<ExamContext>();
    context->station = openStationServices(dataDirFrom(parser), context->clock, Create::Never);
    if (!context->station)
        return nullptr;
    station::StationServices &services = context->station->services();
    if (!services.directory().expert(expertId)) {
        printError(tr("There is no expert %1 at this station.").arg(expertId));
        return nullptr;
    }
    context->opinions = services.opinions();
    if (!context->opinions) {
        printError(services.templatesProblem());
        return nullptr;
    }
    return context;
}

int saveFinding(QCommandLineParser &parser)
{
    const QString acceptanceNo = parser.value(QStringLiteral("case"));
    const QString expertId = parser.value(QStringLiteral("expert"));
    const QString fieldId = parser.value(QStringLiteral("field"));
    if (acceptanceNo.isEmpty() || expertId.isEmpty() || fieldId.isEmpty() ||
        !parser.isSet(QStringLiteral("value"))) {
        printError(tr("Give --case ACCEPTANCE_NO, --expert E, --field FIELD and --value VALUE."));
        return UsageError;
    }
    const auto context = openExam(parser, expertId);
    if (!context)
        return Failed;
    const accounts::Session expert = expertSession(expertId);
    // The expert's current opinion on the case: their draft, created on first use, as on the exam page.
    const auto opinion = context->opinions->open(expert, acceptanceNo);
    if (!opinion) {
        printError(opinion.error());
        return Failed;
    }
    const forms::ExamTemplate *form = context->opinions->templateById(opinion->templateId);
    const forms::Field *field = form ? form->field(fieldId) : nullptr;
    if (!field) {
        printError(tr("\"%1\" is not a field of the form %2.").arg(fieldId, opinion->templateId));
        return Failed;
    }
    const QJsonValue value = valueFor(*field, parser.value(QStringLiteral("value")));
    const auto saved = context->opinions->setFinding(expert, opinion->id, fieldId, value);
    if (!saved) {
        printError(saved.error());
        return Failed;
    }
    // Printed only after the commit: this is the "saved" the exam page shows.
    if (parser.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("case"), acceptanceNo},
                   {QStringLiteral("expert"), expertId},
                   {QStringLiteral("opinion"), saved->id},
                   {QStringLiteral("role"), saved->role},
                   {QStringLiteral("version"), saved->version},
                   {QStringLiteral("field"), fieldId},
                   {QStringLiteral("value"), saved->findings.value(fieldId)},
                   {QStringLiteral("updated_at"), saved->updatedAt.toString(Qt::ISODateWithMs)}});
    } else {
        printLine(tr("Saved %1 = %2 in the %3 of case %4 (opinion %5).")
                      .arg(fieldId, displayValue(saved->findings.value(fieldId)),
                           exam::OpinionService::roleDisplayName(saved->role), acceptanceNo, saved->id));
    }
    return Ok;
}

int showOpinions(QCommandLineParser &parser)
{
    const QString acceptanceNo = parser.value(QStringLiteral("case"));
    const QString expertId = parser.value(QStringLiteral("expert"));
    if (acceptanceNo.isEmpty() || expertId.isEmpty()) {
        printError(tr("Give --case ACCEPTANCE_NO and --expert E."));
        return UsageError;
    }
    const auto context = openExam(parser, expertId);
    if (!context)
        return Failed;
    // The case's reviewer reads as the reviewer (the submitted opinions), an examiner as an examiner.
    const auto draw = context->station->services().draws().current(acceptanceNo);
    const bool reviewing = draw && draw->result.reviewer == expertId;
    const auto visible = context->opinions->visibleOpinions(
        expertSession(expertId, reviewing ? core::Role::Reviewer : core::Role::Expert), acceptanceNo);
    if (!visible) {
        printError(visible.error());
        return Failed;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray opinions;
        for (const exam::Opinion &opinion : visible.value())
            opinions << opinionJson(opinion);
        printJson({{QStringLiteral("case"), acceptanceNo}, {QStringLiteral("opinions"), opinions}});
        return Ok;
    }
    if (visible->isEmpty())
        printLine(tr("Case %1: no opinion that expert %2 may see yet.").arg(acceptanceNo, expertId));
    for (const exam::Opinion &opinion : visible.value()) {
        printLine(
            tr("%1 of case %2 by %3, version %4, %5 (opinion %6)")
                .arg(exam::OpinionService::roleDisplayName(opinion.role), acceptanceNo, opinion.expertId)
                .arg(opinion.version)
                .arg(opinion.state, opinion.id));
        for (auto it = opinion.findings.constBegin(); it != opinion.findings.constEnd(); ++it)
            printLine(QStringLiteral("  %1: %2").arg(it.key(), displayValue(it.value())));
        if (!opinion.clauses.isEmpty())
            printLine(tr("  basis: %1, grade %2")
                          .arg(opinion.clauses.join(QStringLiteral(", ")))
                          .arg(opinion.effectiveGrade()));
    }
    return Ok;
}

void declareCaseAndExpert(QCommandLineParser &parser)
{
    parser.addOption(dataDirOption());
    parser.addOption(
        {QStringLiteral("case"), tr("The case's acceptance number."), QStringLiteral("ACCEPTANCE_NO")});
    parser.addOption({QStringLiteral("expert"), tr("The expert's id; the case must be drawn to them."),
                      QStringLiteral("E")});
}

} // namespace

QList<Command> examCommands()
{
    return {
        {QStringLiteral("exam"), QStringLiteral("save"),
         tr("Save one finding in an expert's opinion on a case, checked by the form and committed at once."),
         [](QCommandLineParser &parser) {
             declareCaseAndExpert(parser);
             parser.addOption({QStringLiteral("field"), tr("The form's field id, e.g. complaint or height."),
                               QStringLiteral("FIELD")});
             parser.addOption({QStringLiteral("value"),
                               tr("The value: a number for measurements, a comma-separated list for "
                                  "multiple choices and self-care, text otherwise."),
                               QStringLiteral("VALUE")});
             parser.addOption(jsonOption());
         },
         saveFinding},
        {QStringLiteral("exam"), QStringLiteral("show"),
         tr("Show the opinions on a case that an expert may see: an examiner their own until it is "
            "submitted, the reviewer the submitted ones."),
         [](QCommandLineParser &parser) {
             declareCaseAndExpert(parser);
             parser.addOption(jsonOption());
         },
         showOpinions},
    };
}

} // namespace admin
