#pragma once

#include "store/database.h"
#include "venue/enrolment.h"

namespace station {

// The station's settings as its screens read and change them (the settings dialog, the idle lock),
// always through the typed registry (store/settingsregistry.h), and the link to a venue hub that
// the settings dialog's enrolment keeps.
class StationSettings
{
public:
    explicit StationSettings(store::Database &database) : m_database(database) {}

    QString value(const store::SettingSpec &spec) const { return m_database.setting(spec); }
    int number(const store::SettingSpec &spec) const { return m_database.settingNumber(spec); }
    // Checked by the registry, audited with `actor` and sent on as Database::setSetting says.
    core::Status change(const store::SettingSpec &spec, const QString &value, const QString &actor)
    {
        return m_database.setSetting(spec, value, actor);
    }
    // Keeps an enrolment the hub answered: the token in the keychain entry of this station's data
    // folder, the address and pin in settings (venue::Enrolment::save).
    core::Status keepHubEnrolment(const venue::EnrolmentResult &enrolment, const QString &actor);

private:
    store::Database &m_database;
};

} // namespace station
