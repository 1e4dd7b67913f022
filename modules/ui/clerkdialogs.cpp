#include "clerkdialogs.h"

#include "deadlines/timelimits.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace ui {

namespace {

QLabel *makeProblemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("dialogProblem"));
    label->setWordWrap(true);
    label->setProperty("problem", true);
    label->hide();
    return label;
}

void showProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    label->style()->unpolish(label);
    label->style()->polish(label);
}

// Cancel and a confirm button that runs `save`: accepted when it succeeds, otherwise its message
// shows in the dialog and what was typed stays.
QDialogButtonBox *makeConfirmButtons(QDialog *dialog, const QString &text, const QString &objectName,
                                     QLabel *problem, std::function<core::Status()> save)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    auto *confirm = buttons->addButton(text, QDialogButtonBox::AcceptRole);
    confirm->setObjectName(objectName);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    QObject::connect(confirm, &QPushButton::clicked, dialog, [dialog, problem, save = std::move(save)] {
        const core::Status saved = save();
        showProblem(problem, saved ? QString() : saved.error());
        if (saved)
            dialog->accept();
    });
    return buttons;
}

} // namespace

DeliveryDialog::DeliveryDialog(const QString &acceptanceNo, const QDate &concludedOn, const QDate &today,
                               std::function<core::Status(const DeliveryDialog &)> save, QWidget *parent)
    : QDialog(parent), m_save(std::move(save))
{
    setObjectName(QStringLiteral("deliveryDialog"));
    setWindowTitle(tr("Delivery of %1").arg(acceptanceNo));
    auto *form = new QFormLayout;
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("deliveryMethod"));
    m_method->addItem(tr("EMS letter"), QStringLiteral("ems"));
    m_method->addItem(tr("Handed over in person"), QStringLiteral("in_person"));
    form->addRow(tr("How"), m_method);
    m_tracking = new QLineEdit(this);
    m_tracking->setObjectName(QStringLiteral("trackingNumber"));
    m_tracking->setPlaceholderText(tr("EMS tracking number"));
    form->addRow(tr("Tracking number"), m_tracking);
    m_date = new QDateEdit(today, this);
    m_date->setObjectName(QStringLiteral("deliveredOn"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDateRange(concludedOn, today);
    form->addRow(tr("Delivered on"), m_date);
    connect(m_method, &QComboBox::currentIndexChanged, this,
            [this] { m_tracking->setEnabled(method() == QLatin1String("ems")); });
    m_problem = makeProblemLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(makeConfirmButtons(this, tr("Record delivery"), QStringLiteral("confirmDelivery"),
                                         m_problem, [this] { return m_save(*this); }));
}

QString DeliveryDialog::method() const
{
    return m_method->currentData().toString();
}

QString DeliveryDialog::trackingNo() const
{
    return method() == QLatin1String("ems") ? m_tracking->text().trimmed() : QString();
}

QDate DeliveryDialog::deliveredOn() const
{
    return m_date->date();
}

ExtensionDialog::ExtensionDialog(const QString &acceptanceNo,
                                 std::function<core::Status(const ExtensionDialog &)> save, QWidget *parent)
    : QDialog(parent), m_save(std::move(save))
{
    setObjectName(QStringLiteral("extensionDialog"));
    setWindowTitle(tr("Extend the limit of %1").arg(acceptanceNo));
    auto *form = new QFormLayout;
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("extensionDays"));
    m_days->setRange(1, deadlines::kMaxExtensionDays);
    m_days->setValue(deadlines::kMaxExtensionDays);
    m_days->setSuffix(tr(" days"));
    form->addRow(tr("Extend by"), m_days);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("extensionReason"));
    m_reason->setPlaceholderText(tr("Why the case needs more time, e.g. several specialties must examine"));
    m_reason->setMaximumHeight(90);
    form->addRow(tr("Reason"), m_reason);
    m_problem = makeProblemLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The law allows one extension of up to 30 days for a complex or "
                                    "multi-specialty case (管理办法 art. 10)."),
                                 this));
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(makeConfirmButtons(this, tr("Extend"), QStringLiteral("confirmExtension"), m_problem,
                                         [this] { return m_save(*this); }));
}

int ExtensionDialog::days() const
{
    return m_days->value();
}

QString ExtensionDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

} // namespace ui
