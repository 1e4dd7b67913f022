#include "settingsfield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPrinterInfo>
#include <QPushButton>
#include <QSerialPortInfo>
#include <QSpinBox>

namespace ui {

SettingField::SettingField(const store::SettingSpec &spec, const QString &value, QWidget *parent)
    : QWidget(parent), m_spec(spec)
{
    setObjectName(QStringLiteral("setting_") + spec.name());
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    switch (spec.type) {
    case store::SettingType::Integer: {
        auto *spin = new QSpinBox(this);
        spin->setRange(spec.minimum, spec.maximum);
        spin->setMaximumWidth(160);
        // Room for the number whatever its range: a range of 1 to 3 gave a box 16 pixels wide.
        spin->setMinimumWidth(96);
        connect(spin, &QSpinBox::valueChanged, this, &SettingField::edited);
        m_editor = spin;
        break;
    }
    case store::SettingType::Boolean: {
        auto *box = new QCheckBox(this);
        connect(box, &QCheckBox::toggled, this, &SettingField::edited);
        m_editor = box;
        break;
    }
    case store::SettingType::Choice: {
        auto *combo = new QComboBox(this);
        // Each choice in the station's language ("on" and "off" showed in English in a Chinese
        // dialog); the value saved stays the registry's word.
        for (const QString &choice : spec.choices)
            combo->addItem(choice == QLatin1String("on")    ? tr("on")
                           : choice == QLatin1String("off") ? tr("off")
                                                            : choice,
                           choice);
        // As wide as its longest choice and its arrow: a narrow one drew its frame through the arrow.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMinimumWidth(96);
        connect(combo, &QComboBox::currentIndexChanged, this, &SettingField::edited);
        m_editor = combo;
        break;
    }
    default: {
        if (&spec == &store::settings::CardReaderPort) {
            // The serial ports this PC has; a port not plugged in yet can still be typed.
            auto *ports = new QComboBox(this);
            ports->setEditable(true);
            ports->setMinimumWidth(260);
            ports->addItem(QString());
            for (const QSerialPortInfo &port : QSerialPortInfo::availablePorts())
                ports->addItem(port.systemLocation());
            connect(ports, &QComboBox::currentTextChanged, this, &SettingField::edited);
            m_editor = ports;
            break;
        }
        if (spec.type == store::SettingType::Printer) {
            // Picked from what this PC has: the PDF file, the system printers, the raw USB printer
            // devices; a network printer (tcp:HOST[:PORT]) or another device is typed.
            auto *printers = new QComboBox(this);
            printers->setEditable(true);
            printers->setMinimumWidth(260);
            printers->lineEdit()->setPlaceholderText(QStringLiteral("tcp:192.168.1.50:9100"));
            const auto add = [printers](const QString &device, const QString &explanation) {
                printers->addItem(device);
                printers->setItemData(printers->count() - 1, explanation, Qt::ToolTipRole);
            };
            add(QStringLiteral("pdf"), tr("A PDF file shown on screen (no printer)"));
            add(QStringLiteral("system"), tr("The system's default printer"));
            for (const QString &name : QPrinterInfo::availablePrinterNames())
                add(QStringLiteral("system:") + name, tr("System printer %1").arg(name));
            const QDir usb(QStringLiteral("/dev/usb"));
            for (const QString &device : usb.entryList({QStringLiteral("lp*")}, QDir::System))
                add(usb.filePath(device), tr("Raw ESC/POS printer on USB"));
            printers->setToolTip(tr("Choose a printer or type tcp:HOST[:PORT] for a network ticket printer "
                                    "(port 9100 by default) or a device path."));
            connect(printers, &QComboBox::currentTextChanged, this, &SettingField::edited);
            m_editor = printers;
            break;
        }
        auto *line = new QLineEdit(this);
        // Free text needs no hint; the other kinds show what is allowed.
        line->setPlaceholderText(!spec.fallback().isEmpty() ? spec.fallback()
                                 : spec.type == store::SettingType::Text
                                     ? QString()
                                     : store::SettingsRegistry::allowedValues(spec));
        connect(line, &QLineEdit::textEdited, this, &SettingField::edited);
        m_editor = line;
        if (spec.type == store::SettingType::Path) {
            auto *browse = new QPushButton(tr("Browse…"), this);
            browse->setObjectName(objectName() + QStringLiteral("_browse"));
            layout->addWidget(line, 1);
            layout->addWidget(browse);
            connect(browse, &QPushButton::clicked, this, [this, line] {
                // Folders for clip packs and templates, files for certificates.
                const bool folder = m_spec.name().endsWith(QLatin1String("_dir")) ||
                                    m_spec.name().endsWith(QLatin1String("clip_pack"));
                const QString chosen = folder ? QFileDialog::getExistingDirectory(this, m_spec.name())
                                              : QFileDialog::getOpenFileName(this, m_spec.name());
                if (!chosen.isEmpty()) {
                    line->setText(chosen);
                    Q_EMIT edited();
                }
            });
        }
        break;
    }
    }
    m_editor->setObjectName(objectName() + QStringLiteral("_editor"));
    if (layout->count() == 0) {
        const bool line = qobject_cast<QLineEdit *>(m_editor) != nullptr;
        layout->addWidget(m_editor, line ? 1 : 0);
        if (!line)
            layout->addStretch(1);
    }
    setValue(value);
}

QString SettingField::value() const
{
    if (auto *spin = qobject_cast<QSpinBox *>(m_editor))
        return QString::number(spin->value());
    if (auto *box = qobject_cast<QCheckBox *>(m_editor))
        return box->isChecked() ? QStringLiteral("1") : QStringLiteral("0");
    if (auto *combo = qobject_cast<QComboBox *>(m_editor); combo && combo->isEditable())
        return combo->currentText().trimmed();
    if (auto *combo = qobject_cast<QComboBox *>(m_editor))
        return combo->currentData().toString();
    return qobject_cast<QLineEdit *>(m_editor)->text().trimmed();
}

void SettingField::setValue(const QString &value)
{
    if (auto *spin = qobject_cast<QSpinBox *>(m_editor))
        spin->setValue(value.toInt());
    else if (auto *box = qobject_cast<QCheckBox *>(m_editor))
        box->setChecked(value == QLatin1String("1"));
    else if (auto *combo = qobject_cast<QComboBox *>(m_editor); combo && combo->isEditable())
        combo->setCurrentText(value);
    else if (combo)
        combo->setCurrentIndex(std::max(0, int(combo->findData(value))));
    else
        qobject_cast<QLineEdit *>(m_editor)->setText(value);
}

} // namespace ui
