#pragma once

#include "materials/materialstore.h"

#include <QImage>
#include <QWidget>

class QLabel;
class QListWidget;
class QPdfDocument;
class QPdfView;
class QScrollArea;
class QStackedWidget;
class QToolButton;

namespace ui {

// The medical materials of one case beside the exam form: the list of files, and the open one as a
// PDF (pages, zoom, fit to width) or an image (zoom). Nothing is written to disk: the file is
// opened from the sealed store into memory (Linux: an anonymous memory file for the PDF reader).
class MaterialsViewer : public QWidget
{
    Q_OBJECT
public:
    MaterialsViewer(materials::MaterialStore &store, const accounts::Session &session,
                    QWidget *parent = nullptr);
    ~MaterialsViewer() override;
    void showCase(const QString &acceptanceNo);
    int fileCount() const;
    int pageCount() const;   // of the open PDF (0 for an image or nothing)
    int currentPage() const; // 0-based
    double zoom() const { return m_zoom; }

private:
    void openFile(int row);
    QString loadPdf(const QByteArray &bytes); // the problem, or empty
    void goToPage(int page);
    void setZoom(double zoom);
    void fitWidth();
    void updateControls();
    void showStatus(const QString &text);

    materials::MaterialStore &m_store;
    accounts::Session m_session;
    QList<materials::MaterialFile> m_files;
    QListWidget *m_list = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_status = nullptr;
    QPdfDocument *m_document = nullptr;
    QPdfView *m_pdf = nullptr;
    QScrollArea *m_imageArea = nullptr;
    QLabel *m_image = nullptr;
    QImage m_original;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QLabel *m_pageLabel = nullptr;
    double m_zoom = 1.0;
};

} // namespace ui
