// The exam form built from the template at run time (split from exampage.cpp: one job per file).
#include "exampage.h"
#include "screenfit.h"

#include "forms/fieldtext.h"
#include "grading/grading.h"
#include "i18n/translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ui {

void ExamPage::buildForm(const forms::ExamTemplate &form)
{
    m_fields.clear();
    m_fieldProblems.clear();
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    // Labels in the language of the screens (--lang); a template without English shows Chinese.
    const bool english = i18n::english() || QLocale().language() == QLocale::English;
    for (const forms::Section &section : form.sections) {
        auto *box =
            new QGroupBox(english && !section.titleEn.isEmpty() ? section.titleEn : section.title, content);
        auto *rows = new QFormLayout(box);
        // A narrow form column (1366×768, materials open beside it) puts labels above their fields
        // instead of squeezing the fields to nothing.
        // At 911×512 the column is always narrow: every label above its field.
        rows->setRowWrapPolicy(isCompactScreen(*this) ? QFormLayout::WrapAllRows : QFormLayout::WrapLongRows);
        rows->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        for (const forms::Field &field : section.fields) {
            const QString label =
                (english ? field.labelEn : field.label) + (field.required ? QStringLiteral(" *") : QString());
            QWidget *editor = nullptr;
            const QString id = field.id;
            switch (field.type) {
            case forms::FieldType::Choice:
            case forms::FieldType::MuscleStrength: {
                auto *combo = new QComboBox(box);
                combo->addItem(QStringLiteral("—"), QJsonValue());
                if (field.type == forms::FieldType::MuscleStrength)
                    for (int grade = 0; grade <= 5; ++grade)
                        combo->addItem(tr("grade %1").arg(grade), grade);
                else
                    for (const QString &option : field.options)
                        combo->addItem(field.optionLabel(option, english), option);
                connect(combo, &QComboBox::activated, this, [this, id, combo](int index) {
                    commitFromWidget(id, QJsonValue::fromVariant(combo->itemData(index)));
                });
                editor = combo;
                break;
            }
            case forms::FieldType::MultiChoice:
            case forms::FieldType::SelfCare: {
                auto *group = new QWidget(box);
                auto *flow = new QGridLayout(
                    group); // wraps: two options to a row (fits a narrow column in English too)
                flow->setContentsMargins(0, 0, 0, 0);
                int placed = 0;
                const int perRow = isCompactScreen(*this) ? 1 : 2; // 911×512: one option to a row
                const QStringList options =
                    field.type == forms::FieldType::SelfCare ? grading::selfCareActivities() : field.options;
                for (const QString &option : options) {
                    auto *check = new QCheckBox(field.type == forms::FieldType::SelfCare
                                                    ? forms::selfCareActivityLabel(option)
                                                    : field.optionLabel(option, english),
                                                group);
                    check->setObjectName(QStringLiteral("option_%1_%2").arg(id, option));
                    check->setProperty("option", option);
                    flow->addWidget(check, placed / perRow, placed % perRow);
                    ++placed;
                    connect(check, &QCheckBox::clicked, this, [this, id, group] {
                        QJsonArray chosen;
                        for (QCheckBox *c : group->findChildren<QCheckBox *>())
                            if (c->isChecked())
                                chosen << c->property("option").toString();
                        // Ticking several options of one list is one entry: undone in one step.
                        commitFromWidget(id, chosen, exam::ExamDocument::Merge::Typing);
                    });
                }
                flow->setColumnStretch(2, 1);
                editor = group;
                break;
            }
            default: {
                auto *line = new QLineEdit(box);
                if (!field.unit.isEmpty())
                    line->setPlaceholderText(field.unit);
                const bool numeric = field.type == forms::FieldType::Number ||
                                     field.type == forms::FieldType::RangeOfMotion ||
                                     field.type == forms::FieldType::Hearing;
                const bool acuity = field.type == forms::FieldType::VisualAcuity;
                connect(line, &QLineEdit::editingFinished, this, [this, id, line, numeric, acuity] {
                    const QString text = line->text().trimmed();
                    bool isNumber = false;
                    const double number = QLocale().toDouble(text, &isNumber);
                    const QJsonValue value = text.isEmpty()                    ? QJsonValue()
                                             : (numeric || acuity) && isNumber ? QJsonValue(number)
                                             : numeric ? QJsonValue(text) // refused, said why
                                                       : QJsonValue(text);
                    commitFromWidget(id, value);
                });
                editor = line;
            }
            }
            editor->setObjectName(QStringLiteral("field_") + id);
            auto *cell = new QWidget(box);
            auto *stack = new QVBoxLayout(cell);
            stack->setContentsMargins(0, 0, 0, 0);
            stack->addWidget(editor);
            auto *problem = new QLabel(cell);
            problem->setObjectName(QStringLiteral("problem_") + id);
            problem->setProperty("fieldProblem", true);
            problem->setWordWrap(true);
            problem->hide();
            stack->addWidget(problem);
            rows->addRow(label, cell);
            m_fields.insert(id, editor);
            m_fieldProblems.insert(id, problem);
            showValue(id, opinion()->findings.value(id));
        }
        column->addWidget(box);
    }
    column->addStretch(1);
    m_formArea->setWidget(content);
}

void ExamPage::showValue(const QString &fieldId, const QJsonValue &value)
{
    QWidget *editor = m_fields.value(fieldId);
    if (!editor)
        return;
    m_showing = true;
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(value.isDouble() ? QLocale().toString(value.toDouble()) : value.toString());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int index = combo->findData(value.toVariant());
        combo->setCurrentIndex(index < 0 ? 0 : index);
    } else {
        const QJsonArray chosen = value.toArray();
        for (QCheckBox *check : editor->findChildren<QCheckBox *>())
            check->setChecked(chosen.contains(check->property("option").toString()));
    }
    m_showing = false;
    if (QLabel *problem = m_fieldProblems.value(fieldId))
        problem->hide();
}

} // namespace ui
