#pragma once

#include "services.h"

#include "statistics/report.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QScrollArea;
class QTimer;

namespace ui {

class DashboardCard;

// How the venue runs (issue 23): today, live — arrivals per hour, people waiting per lane, the wait
// to the first call, exam duration per room, rooms busy/idle/paused, no-shows, concluded so far —
// and over a range of days: cases per day by type and by specialty, grades, self-care, legal time
// limits, walk-ins, sign-outs, and per expert. Every chart has its table (toggle) and CSV; the page
// goes to a PDF (A4 landscape) or a PNG. The venue admin sees the experts by name; the clerk's view
// is read-only with the experts anonymised. The live part follows the call events the hall display
// reads, checked every two seconds while the page is on screen (the display checks four times a second).
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    DashboardPage(const Services &services, const accounts::Session &session, QWidget *parent = nullptr);

    void setRange(const QDate &from, const QDate &to);
    void refreshRange();
    void refreshLive();
    DashboardCard *card(const QString &objectName) const;

    // Each returns an empty string or what went wrong; the buttons ask for the file first.
    QString exportCsv(const DashboardCard &card, const QString &path) const;
    QString exportPdf(const QString &path);
    QString exportPng(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    // The cards in `columns` columns (1 or 2); the wide ones and the section headings span both.
    void layOutCards(int columns);
    void pollCalls();
    QString askSavePath(const QString &objectName, const QString &caption, const QString &suggested,
                        const QString &filter);
    void showMessage(const QString &text, bool problem);
    // The page as one picture: the heading with the figures, then every card.
    QImage pageImage();
    QString reportHeading() const;

    const Services &m_services;
    accounts::Session m_session;
    statistics::ExpertNames m_names;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_liveSummary = nullptr;
    QLabel *m_rangeSummary = nullptr;
    QLabel *m_message = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_grid = nullptr;
    QList<DashboardCard *> m_cards;
    QList<QPair<QWidget *, bool>> m_gridItems; // in page order; true: spans the row
    int m_gridColumns = 0;
    QTimer *m_liveTimer = nullptr;
    qint64 m_lastSeq = 0;
    qint64 m_ticksSinceRefresh = 0;
};

} // namespace ui
