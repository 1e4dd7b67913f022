#pragma once

#include "services.h"

#include "deadlines/deadlineservice.h"
#include "printing/paperdocument.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ui {

class TableFit;

// The print centre: every case against its legal time limit (overdue and due-soon flagged), batch
// printing of conclusions and opinion sheets with preview or to PDF, the EMS delivery list of a
// day's conclusions, deliveries, and (for the venue admin) extending a case's limit.
class ClerkPage : public QWidget
{
    Q_OBJECT
public:
    enum Column { AcceptanceNo, Name, Stage, AcceptedOn, Due, DaysLeft, ConcludedOn, Delivery, ColumnCount };

    ClerkPage(const Services &services, const accounts::Session &session, QWidget *parent = nullptr);
    void reload();

private:
    QStringList selectedCases() const;
    // The selected cases that are concluded; says which are not.
    QStringList selectedConcluded();
    // The conclusions and opinion sheets of the cases, one after the other; nullopt after saying why not.
    std::optional<administration::CaseFileRun> caseFiles(const QStringList &cases);
    void previewAndPrint();
    void saveAsPdf();
    void exportDeliveryList();
    void recordDelivery();
    void extendLimit();
    QString askSavePath(const QString &objectName, const QString &caption, const QString &suggested,
                        const QString &filter);
    void showMessage(const QString &text, bool problem);

    const Services &m_services;
    accounts::Session m_session;
    deadlines::DeadlineService &m_deadlines;
    QList<deadlines::CaseDeadline> m_rows;
    int m_shownRows = 0; // how many of the most urgent cases the list shows; "Show more" adds a page
    QComboBox *m_filter = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    TableFit *m_fit = nullptr;
    QLabel *m_shownNote = nullptr;
    QPushButton *m_showMore = nullptr;
    QDateEdit *m_emsDay = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace ui
