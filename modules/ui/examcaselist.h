#pragma once

#include "services.h"

#include <QListWidget>

namespace ui {

// The expert's cases beside the exam form, each with where it stands: waiting, called, in
// examination (from the room's calls), draft or submitted (from the expert's own opinion).
class ExamCaseList : public QListWidget
{
    Q_OBJECT
public:
    ExamCaseList(const Services &services, const accounts::Session &session, QWidget *parent = nullptr);
    // Reads the cases and their states again; keeps the selection.
    void reload();
    // Selects the case (and so opens it); false when it is not one of this expert's cases.
    bool select(const QString &acceptanceNo);
    QString currentCase() const;
    // The state shown for a case, e.g. "in examination" (translated); empty for an unknown case.
    QString stateOf(const QString &acceptanceNo) const;

signals:
    void caseChosen(const QString &acceptanceNo);

private:
    const Services &m_services;
    accounts::Session m_session;
};

} // namespace ui
