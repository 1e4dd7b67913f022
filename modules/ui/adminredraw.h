#pragma once

#include "services.h"

#include <QWidget>

class QLineEdit;
class QTableWidget;

namespace ui {

class ActionFeedback;

// Draws a case's experts again, with the reason on record (a conflict found late, an expert taken
// ill); both draws stay in the case's history, the experts named ("E102 林慧敏") and who drew them
// in words (ActorNames), not as stored keys.
class AdminRedrawTab : public QWidget
{
    Q_OBJECT
public:
    // Needs services.draws.
    AdminRedrawTab(const Services &services, const accounts::Session &session, QWidget *parent = nullptr);

private:
    void showHistory();
    void redraw();
    QString expertName(const QString &expertId) const;
    QString expertNames(const QStringList &expertIds) const;
    const Services &m_services;
    routing::DrawService &m_draws;
    const accounts::Session &m_session;
    QLineEdit *m_case, *m_reason;
    QTableWidget *m_history;
    ActionFeedback *m_feedback;
};

} // namespace ui
