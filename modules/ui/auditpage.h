#pragma once

#include "actornames.h"
#include "services.h"

#include "store/auditlog.h"

#include <QAbstractTableModel>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;

namespace ui {

class TableFit;

class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Seq, Time, Actor, Action, Subject, Details, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setEntries(QList<store::AuditEntry> entries);
    // How the Person column names the stored actor keys.
    void setActorNames(ActorNames names) { m_actorNames = std::move(names); }
    const QList<store::AuditEntry> &entries() const { return m_entries; }
    // Translated name of an audit action key; unknown keys are shown as they are.
    static QString actionName(const QString &action);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<store::AuditEntry> m_entries;
    ActorNames m_actorNames;
};

// Venue admin: who did what and when, filtered by person, action and time, with the chain check.
class AuditPage : public QWidget
{
    Q_OBJECT
public:
    AuditPage(const Services &services, const accounts::Session &session, QWidget *parent = nullptr);
    void reload();

private:
    const Services &m_services;
    AuditModel *m_model = nullptr;
    QComboBox *m_actor = nullptr;
    QComboBox *m_action = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QLabel *m_chain = nullptr;
    TableFit *m_fit = nullptr;
};

} // namespace ui
