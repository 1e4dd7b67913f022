#pragma once

#include "services.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;

namespace ui {

class SettingField;

// The station's settings in pages (devices, hall, sync, venue LAN, security, time limits, queue),
// read and written through the typed registry. A change that the running station cannot take up
// says so ("applies after a restart").
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const Services &services, const accounts::Session &session, QWidget *parent = nullptr);

    // Saves every changed value (each checked by the registry); false with the problem shown.
    bool save();
    SettingField *field(const store::SettingSpec &spec) const;

private:
    QWidget *addPage(const QString &objectName, const QString &title,
                     const QList<const store::SettingSpec *> &specs, QWidget *extra = nullptr);
    QWidget *deviceTests();
    QWidget *hallTests();
    QWidget *syncExtras();
    QWidget *lanExtras();
    const Services &m_services;
    const accounts::Session &m_session;
    QListWidget *m_pages;
    QStackedWidget *m_stack;
    QList<SettingField *> m_fields;
    QLineEdit *m_syncToken = nullptr;
    QLabel *m_status;
};

// Settings the running station reads only when it starts.
bool needsRestart(const store::SettingSpec &spec);

} // namespace ui
