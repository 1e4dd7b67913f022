#include "fieldtext.h"

#include <QJsonArray>
#include <QLocale>

namespace forms {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("forms", text);
}

QString number(double value)
{
    return QLocale().toString(value, 'g', 6);
}

} // namespace

QString selfCareActivityLabel(const QString &key)
{
    if (key == QLatin1String("eating"))
        return tr("eating");
    if (key == QLatin1String("turning"))
        return tr("turning over");
    if (key == QLatin1String("toileting"))
        return tr("toileting");
    if (key == QLatin1String("dressing"))
        return tr("dressing and washing");
    if (key == QLatin1String("moving"))
        return tr("moving about");
    return key;
}

QString displayValue(const Field &field, const QJsonValue &value, bool english)
{
    if (value.isNull() || value.isUndefined())
        return {};
    const QString separator = english ? QStringLiteral(", ") : QStringLiteral("、");
    switch (field.type) {
    case FieldType::Text:
    case FieldType::BodySite:
        return value.toString();
    case FieldType::Number:
        return field.unit.isEmpty() ? number(value.toDouble())
                                    : QStringLiteral("%1 %2").arg(number(value.toDouble()), field.unit);
    case FieldType::Choice:
        return field.optionLabel(value.toString(), english);
    case FieldType::MultiChoice: {
        QStringList labels;
        for (const QJsonValue &item : value.toArray())
            labels << field.optionLabel(item.toString(), english);
        return labels.join(separator);
    }
    case FieldType::MuscleStrength:
        return tr("grade %1").arg(value.toInt());
    case FieldType::RangeOfMotion:
        return QStringLiteral("%1°").arg(number(value.toDouble()));
    case FieldType::VisualAcuity: {
        if (value.isDouble())
            return number(value.toDouble());
        const QString key = value.toString();
        if (key == QLatin1String("NLP"))
            return tr("no light perception");
        if (key == QLatin1String("LP"))
            return tr("light perception");
        if (key == QLatin1String("HM"))
            return tr("hand motion");
        if (key == QLatin1String("CF"))
            return tr("counting fingers");
        return key;
    }
    case FieldType::Hearing:
        return QStringLiteral("%1 dB HL").arg(number(value.toDouble()));
    case FieldType::SelfCare: {
        QStringList labels;
        for (const QJsonValue &item : value.toArray())
            labels << selfCareActivityLabel(item.toString());
        return labels.isEmpty() ? tr("needs no help") : labels.join(separator);
    }
    }
    return value.toVariant().toString();
}

} // namespace forms
