#include "specialtychecks.h"

#include <QCheckBox>
#include <QGridLayout>

namespace ui {

SpecialtyChecks::SpecialtyChecks(const QString &objectName, QWidget *parent) : QWidget(parent)
{
    setObjectName(objectName);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    int index = 0;
    for (core::Specialty specialty : core::allSpecialties()) {
        auto *box = new QCheckBox(core::displayName(specialty), this);
        box->setObjectName(objectName + QLatin1Char('_') + core::toKey(specialty));
        layout->addWidget(box, index / 3, index % 3);
        m_boxes.append({specialty, box});
        ++index;
    }
}

QList<core::Specialty> SpecialtyChecks::specialties() const
{
    QList<core::Specialty> chosen;
    for (const auto &[specialty, box] : m_boxes)
        if (box->isChecked())
            chosen << specialty;
    return chosen;
}

void SpecialtyChecks::setSpecialties(const QList<core::Specialty> &specialties)
{
    for (const auto &[specialty, box] : m_boxes)
        box->setChecked(specialties.contains(specialty));
}

QString specialtyNames(const QList<core::Specialty> &specialties)
{
    QStringList names;
    for (core::Specialty specialty : specialties)
        names << core::displayName(specialty);
    return names.join(QStringLiteral("；"));
}

} // namespace ui
