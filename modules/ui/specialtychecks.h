#pragma once

#include "core/types.h"

#include <QWidget>

class QCheckBox;

namespace ui {

// One check box per specialty, in a row that wraps into two; Tab walks through them.
class SpecialtyChecks : public QWidget
{
    Q_OBJECT
public:
    explicit SpecialtyChecks(const QString &objectName, QWidget *parent = nullptr);

    QList<core::Specialty> specialties() const;
    void setSpecialties(const QList<core::Specialty> &specialties);

private:
    QList<QPair<core::Specialty, QCheckBox *>> m_boxes;
};

// "神经内科；骨科" for lists and tables.
QString specialtyNames(const QList<core::Specialty> &specialties);

} // namespace ui
