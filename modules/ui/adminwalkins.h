#pragma once

#include "accounts/permissions.h"
#include "administration/walkinadministration.h"

#include <QWidget>

class QCheckBox;
class QTableWidget;

namespace ui {

class ActionFeedback;

// Walk-in requests from the desk: approve (the person joins today's batch) or refuse, with a reason.
// The desk reads the decision from the same list.
class AdminWalkInsTab : public QWidget
{
    Q_OBJECT
public:
    AdminWalkInsTab(administration::WalkInAdministration &walkIns, const accounts::Session &session,
                    QWidget *parent = nullptr);
    void refresh();

private:
    void decide(bool approve);
    administration::WalkInAdministration &m_walkIns;
    const accounts::Session &m_session;
    QCheckBox *m_pendingOnly;
    QTableWidget *m_table;
    ActionFeedback *m_feedback;
};

} // namespace ui
