#pragma once

#include "store/database.h"

#include <QWidget>

class QLabel;

namespace ui {

// What is waiting to reach the central system. Uploading arrives with the sync release.
class SyncPage : public QWidget
{
    Q_OBJECT
public:
    explicit SyncPage(store::Database &database, QWidget *parent = nullptr);
    void reload();

private:
    store::Database &m_database;
    QLabel *m_pending = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_quarantined = nullptr;
};

} // namespace ui
