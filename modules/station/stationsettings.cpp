#include "stationsettings.h"

#include <QFileInfo>

namespace station {

core::Status StationSettings::keepHubEnrolment(const venue::EnrolmentResult &enrolment, const QString &actor)
{
    return venue::Enrolment::save(enrolment, m_database, QFileInfo(m_database.path()).absolutePath(), actor);
}

} // namespace station
