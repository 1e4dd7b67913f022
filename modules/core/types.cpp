#include "types.h"

#include <QCoreApplication>

#include <array>

namespace core {

namespace {

template <typename Enum, size_t N>
std::optional<Enum> fromKey(const QString &key, const std::array<std::pair<Enum, const char *>, N> &table)
{
    for (const auto &[value, name] : table) {
        if (key == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

template <typename Enum, size_t N>
QString toKeyIn(Enum value, const std::array<std::pair<Enum, const char *>, N> &table)
{
    for (const auto &[candidate, name] : table) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename Enum, size_t N>
QList<Enum> valuesIn(const std::array<std::pair<Enum, const char *>, N> &table)
{
    QList<Enum> values;
    for (const auto &entry : table)
        values << entry.first;
    return values;
}

constexpr std::array<std::pair<Role, const char *>, 5> kRoles{{{Role::FrontDesk, "front_desk"},
                                                               {Role::Expert, "expert"},
                                                               {Role::Reviewer, "reviewer"},
                                                               {Role::Clerk, "clerk"},
                                                               {Role::VenueAdmin, "venue_admin"}}};
constexpr std::array<std::pair<AppraisalType, const char *>, 5> kTypes{
    {{AppraisalType::WorkInjury, "work_injury"},
     {AppraisalType::OccupationalDisease, "occupational_disease"},
     {AppraisalType::Illness, "illness"},
     {AppraisalType::Review, "review"},
     {AppraisalType::Reappraisal, "reappraisal"}}};
constexpr std::array<std::pair<Specialty, const char *>, 5> kSpecialties{
    {{Specialty::Neurology, "neurology"},
     {Specialty::Orthopaedics, "orthopaedics"},
     {Specialty::OphthalmologyEnt, "ophthalmology_ent"},
     {Specialty::Surgery, "surgery"},
     {Specialty::Occupational, "occupational"}}};
constexpr std::array<std::pair<Gender, const char *>, 2> kGenders{
    {{Gender::Male, "male"}, {Gender::Female, "female"}}};

} // namespace

QString toKey(Role role)
{
    return toKeyIn(role, kRoles);
}
QString toKey(AppraisalType type)
{
    return toKeyIn(type, kTypes);
}
QString toKey(Specialty specialty)
{
    return toKeyIn(specialty, kSpecialties);
}
QString toKey(Gender gender)
{
    return toKeyIn(gender, kGenders);
}
std::optional<Role> roleFromKey(const QString &key)
{
    return fromKey(key, kRoles);
}
std::optional<AppraisalType> appraisalTypeFromKey(const QString &key)
{
    return fromKey(key, kTypes);
}
std::optional<Specialty> specialtyFromKey(const QString &key)
{
    return fromKey(key, kSpecialties);
}
std::optional<Gender> genderFromKey(const QString &key)
{
    return fromKey(key, kGenders);
}
QList<Role> allRoles()
{
    return valuesIn(kRoles);
}
QList<AppraisalType> allAppraisalTypes()
{
    return valuesIn(kTypes);
}
QList<Specialty> allSpecialties()
{
    return valuesIn(kSpecialties);
}

QString displayName(Role role)
{
    switch (role) {
    case Role::FrontDesk:
        return QCoreApplication::translate("core", "Front desk");
    case Role::Expert:
        return QCoreApplication::translate("core", "Expert");
    case Role::Reviewer:
        return QCoreApplication::translate("core", "Reviewer");
    case Role::Clerk:
        return QCoreApplication::translate("core", "Clerk");
    case Role::VenueAdmin:
        return QCoreApplication::translate("core", "Venue admin");
    }
    return {};
}

QString displayName(AppraisalType type)
{
    switch (type) {
    case AppraisalType::WorkInjury:
        return QCoreApplication::translate("core", "Work injury");
    case AppraisalType::OccupationalDisease:
        return QCoreApplication::translate("core", "Occupational disease");
    case AppraisalType::Illness:
        return QCoreApplication::translate("core", "Illness or non-work injury");
    case AppraisalType::Review:
        return QCoreApplication::translate("core", "Review of changed condition");
    case AppraisalType::Reappraisal:
        return QCoreApplication::translate("core", "Re-appraisal");
    }
    return {};
}

QString displayName(Specialty specialty)
{
    switch (specialty) {
    case Specialty::Neurology:
        return QCoreApplication::translate("core", "Neurology, neurosurgery and psychiatry");
    case Specialty::Orthopaedics:
        return QCoreApplication::translate("core", "Orthopaedics, plastic surgery and burns");
    case Specialty::OphthalmologyEnt:
        return QCoreApplication::translate("core", "Ophthalmology, ENT and stomatology");
    case Specialty::Surgery:
        return QCoreApplication::translate("core", "General and thoracic surgery, urology");
    case Specialty::Occupational:
        return QCoreApplication::translate("core", "Occupational internal medicine");
    }
    return {};
}

QString displayName(Gender gender)
{
    return gender == Gender::Male ? QCoreApplication::translate("core", "Male")
                                  : QCoreApplication::translate("core", "Female");
}

} // namespace core
