#pragma once

#include "services.h"

#include <QDialog>
#include <QWidget>

class QLineEdit;

namespace ui {

class ActionFeedback;

// What an import did: the counts, and every refused line or file with its reason; the list can be
// saved as a text file to send back to whoever made the file.
class ImportResultDialog : public QDialog
{
    Q_OBJECT
public:
    ImportResultDialog(const QString &title, const QString &summary, const QStringList &rejections,
                       QWidget *parent = nullptr);
};

// Imports from files: the day's roster CSV, the experts CSV, the medical-materials folder of a
// roster package, the clause catalog.
class AdminImportsTab : public QWidget
{
    Q_OBJECT
public:
    AdminImportsTab(const Services &services, const accounts::Session &session, QWidget *parent = nullptr);

    // The import itself, once a file is chosen (the buttons ask for the file first).
    void importRoster(const QString &file);
    void importExperts(const QString &file);
    void importMaterials(const QString &folder);
    void importCatalog(const QString &file);

Q_SIGNALS:
    void imported();

private:
    // Says what the import did in the tab and in the result dialog.
    void showResult(const QString &title, const QString &summary, const QStringList &rejections);
    const Services &m_services;
    const accounts::Session &m_session;
    QLineEdit *m_batch;
    ActionFeedback *m_feedback;
};

} // namespace ui
