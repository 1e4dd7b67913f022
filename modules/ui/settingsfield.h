#pragma once

#include "store/settingsregistry.h"

#include <QWidget>

namespace ui {

// One registered setting as an editor that fits its type: a spin box within the registry's range,
// a check box, a list of the allowed choices, a line with a file or folder picker, or a line of
// text. The registry checks the value again when it is saved.
class SettingField : public QWidget
{
    Q_OBJECT
public:
    SettingField(const store::SettingSpec &spec, const QString &value, QWidget *parent = nullptr);

    const store::SettingSpec &spec() const { return m_spec; }
    QString value() const;
    void setValue(const QString &value);
    QWidget *editor() const { return m_editor; }

Q_SIGNALS:
    void edited();

private:
    const store::SettingSpec &m_spec;
    QWidget *m_editor = nullptr;
};

} // namespace ui
