#pragma once

#include "accounts/permissions.h"
#include "routing/drawservice.h"

#include <QWidget>

class QLineEdit;
class QTableWidget;

namespace ui {

class ActionFeedback;

// Draws a case's experts again, with the reason on record (a conflict found late, an expert taken
// ill); both draws stay in the case's history.
class AdminRedrawTab : public QWidget
{
    Q_OBJECT
public:
    AdminRedrawTab(routing::DrawService &draws, const accounts::Session &session, QWidget *parent = nullptr);

private:
    void showHistory();
    void redraw();
    routing::DrawService &m_draws;
    const accounts::Session &m_session;
    QLineEdit *m_case, *m_reason;
    QTableWidget *m_history;
    ActionFeedback *m_feedback;
};

} // namespace ui
