#pragma once

#include "examtemplate.h"

namespace forms {

// The label of one of the five self-care activities (keys: grading::selfCareActivities()).
QString selfCareActivityLabel(const QString &key);

// A recorded finding as a person reads it on screen or paper: number with its unit, the label of a
// chosen option, "左肘关节", "4 级", "110°", "0.3" or "光感", "45 dB HL", the activities needing help.
// Empty for a finding that was not recorded.
QString displayValue(const Field &field, const QJsonValue &value, bool english = false);

} // namespace forms
