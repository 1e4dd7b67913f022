#include "idnumber.h"

#include <QCoreApplication>

#include <array>

namespace core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("core", text);
}

constexpr std::array<int, 17> kWeights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kCheckCharacters[] = "10X98765432";

struct Province {
    int code;
    const char *name; // UTF-8
};

// Province-level codes of GB/T 2260.
constexpr std::array<Province, 34> kProvinces{{
    {11, "北京市"},         {12, "天津市"},         {13, "河北省"},           {14, "山西省"},
    {15, "内蒙古自治区"},   {21, "辽宁省"},         {22, "吉林省"},           {23, "黑龙江省"},
    {31, "上海市"},         {32, "江苏省"},         {33, "浙江省"},           {34, "安徽省"},
    {35, "福建省"},         {36, "江西省"},         {37, "山东省"},           {41, "河南省"},
    {42, "湖北省"},         {43, "湖南省"},         {44, "广东省"},           {45, "广西壮族自治区"},
    {46, "海南省"},         {50, "重庆市"},         {51, "四川省"},           {52, "贵州省"},
    {53, "云南省"},         {54, "西藏自治区"},     {61, "陕西省"},           {62, "甘肃省"},
    {63, "青海省"},         {64, "宁夏回族自治区"}, {65, "新疆维吾尔自治区"}, {71, "台湾省"},
    {81, "香港特别行政区"}, {82, "澳门特别行政区"},
}};

IdCheck invalid(const QString &error)
{
    IdCheck check;
    check.error = error;
    return check;
}

} // namespace

QChar idCheckCharacter(QStringView first17)
{
    int sum = 0;
    for (int i = 0; i < 17 && i < first17.size(); ++i)
        sum += first17.at(i).digitValue() * kWeights[size_t(i)];
    return QLatin1Char(kCheckCharacters[sum % 11]);
}

QString provinceName(QStringView regionCode)
{
    if (regionCode.size() < 2)
        return {};
    const int code = regionCode.left(2).toInt();
    for (const Province &province : kProvinces) {
        if (province.code == code)
            return QString::fromUtf8(province.name);
    }
    return {};
}

IdCheck checkIdNumber(const QString &input, const QDate &today)
{
    QString number = input.trimmed().toUpper();
    if (number.isEmpty())
        return invalid(tr("Enter an ID number."));
    if (number.size() != 18 && number.size() != 15)
        return invalid(
            tr("The ID number has %1 characters; it must have 18 (or 15 for an old card). Check for "
               "missing or extra characters.")
                .arg(number.size()));
    const int digitsRequired = number.size() == 18 ? 17 : 15;
    for (int i = 0; i < digitsRequired; ++i) {
        if (!number.at(i).isDigit() || number.at(i).unicode() > '9')
            return invalid(
                tr("Character %1 of the ID number (\"%2\") must be a digit.").arg(i + 1).arg(number.at(i)));
    }
    if (number.size() == 18 && !number.at(17).isDigit() && number.at(17) != QLatin1Char('X'))
        return invalid(tr("The last character of the ID number must be a digit or X."));

    const bool upgraded = number.size() == 15;
    if (upgraded) // 15-digit cards: the century is 19, the check character is computed
        number = number.left(6) + QStringLiteral("19") + number.mid(6);

    const QString regionCode = number.left(6);
    const QString region = provinceName(regionCode);
    if (region.isEmpty())
        return invalid(
            tr("The ID number starts with %1, which is not a known region code. Check the first six "
               "digits.")
                .arg(regionCode));

    const QDate birth = QDate::fromString(number.mid(6, 8), QStringLiteral("yyyyMMdd"));
    if (!birth.isValid() || birth < QDate(1880, 1, 1))
        return invalid(tr("The birth date in the ID number (%1) is not a real date. Check digits 7 to 14.")
                           .arg(number.mid(6, 8)));
    if (birth > today)
        return invalid(tr("The birth date in the ID number (%1) is in the future. Check digits 7 to 14.")
                           .arg(birth.toString(Qt::ISODate)));

    const QChar expected = idCheckCharacter(QStringView(number).left(17));
    if (upgraded) {
        number += expected;
    } else if (number.at(17) != expected) {
        return invalid(
            tr("The last character should be %1, not %2; check that the number was typed correctly.")
                .arg(expected)
                .arg(number.at(17)));
    }

    IdCheck check;
    check.valid = true;
    check.normalized = number;
    check.birthDate = birth;
    check.gender = number.at(16).digitValue() % 2 == 1 ? Gender::Male : Gender::Female;
    check.regionCode = regionCode;
    check.region = region;
    return check;
}

QString maskIdNumber(const QString &idNumber)
{
    const QString number = idNumber.trimmed();
    if (number.size() <= 8)
        return QString(number.size(), QLatin1Char('*'));
    return number.left(4) + QString(number.size() - 8, QLatin1Char('*')) + number.right(4);
}

} // namespace core
