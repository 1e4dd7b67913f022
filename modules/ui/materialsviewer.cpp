#include "materialsviewer.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <cerrno>
#include <cstring>
#include <sys/mman.h>
#include <unistd.h>

namespace ui {

namespace {

constexpr double kMinZoom = 0.25;
constexpr double kMaxZoom = 4.0;
constexpr double kZoomStep = 1.25;

QToolButton *makeButton(const QString &name, const QString &text, const QString &tip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setText(text);
    button->setToolTip(tip);
    return button;
}

} // namespace

MaterialsViewer::MaterialsViewer(materials::MaterialStore &store, const accounts::Session &session,
                                 QWidget *parent)
    : QWidget(parent), m_store(store), m_session(session)
{
    setObjectName(QStringLiteral("materialsViewer"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("materialFiles"));
    m_list->setMaximumHeight(96);
    layout->addWidget(m_list);

    auto *tools = new QHBoxLayout;
    m_previous =
        makeButton(QStringLiteral("previousPage"), QStringLiteral("◀"), tr("Previous page (PgUp)"), this);
    m_next = makeButton(QStringLiteral("nextPage"), QStringLiteral("▶"), tr("Next page (PgDn)"), this);
    m_previous->setShortcut(QKeySequence(Qt::Key_PageUp));
    m_next->setShortcut(QKeySequence(Qt::Key_PageDown));
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    m_pageLabel->setMinimumWidth(
        m_pageLabel->fontMetrics().horizontalAdvance(tr("Page %1 of %2").arg(888).arg(888)));
    auto *zoomOut = makeButton(QStringLiteral("zoomOut"), QStringLiteral("−"), tr("Zoom out"), this);
    auto *zoomIn = makeButton(QStringLiteral("zoomIn"), QStringLiteral("+"), tr("Zoom in"), this);
    auto *fit =
        makeButton(QStringLiteral("fitWidth"), tr("Fit width"), tr("Fit the page to the width"), this);
    for (QWidget *widget : {static_cast<QWidget *>(m_previous), static_cast<QWidget *>(m_pageLabel),
                            static_cast<QWidget *>(m_next)})
        tools->addWidget(widget);
    tools->addStretch(1);
    for (QToolButton *button : {zoomOut, zoomIn, fit})
        tools->addWidget(button);
    layout->addLayout(tools);

    m_stack = new QStackedWidget(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("materialStatus"));
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    m_stack->addWidget(m_status);
    m_document = new QPdfDocument(this);
    m_pdf = new QPdfView(this);
    m_pdf->setObjectName(QStringLiteral("materialPdf"));
    m_pdf->setDocument(m_document);
    m_pdf->setPageMode(QPdfView::PageMode::MultiPage);
    m_stack->addWidget(m_pdf);
    m_imageArea = new QScrollArea(this);
    m_image = new QLabel(m_imageArea);
    m_image->setObjectName(QStringLiteral("materialImage"));
    m_imageArea->setWidget(m_image);
    m_imageArea->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_imageArea);
    layout->addWidget(m_stack, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &MaterialsViewer::openFile);
    connect(m_previous, &QToolButton::clicked, this, [this] { goToPage(currentPage() - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { goToPage(currentPage() + 1); });
    connect(zoomIn, &QToolButton::clicked, this, [this] { setZoom(m_zoom * kZoomStep); });
    connect(zoomOut, &QToolButton::clicked, this, [this] { setZoom(m_zoom / kZoomStep); });
    connect(fit, &QToolButton::clicked, this, &MaterialsViewer::fitWidth);
    connect(m_pdf->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this,
            &MaterialsViewer::updateControls);
    connect(m_document, &QPdfDocument::statusChanged, this, [this](QPdfDocument::Status status) {
        if (status == QPdfDocument::Status::Error)
            showStatus(tr("This PDF cannot be shown (damaged or protected)."));
        updateControls();
    });
    showStatus(tr("Open a case to see its medical materials."));
}

MaterialsViewer::~MaterialsViewer()
{
    // The document closes itself when the child objects go and reports it; this widget is half
    // gone by then and must not hear it.
    m_document->disconnect(this);
}

QString MaterialsViewer::loadPdf(const QByteArray &bytes)
{
    // QPdfDocument reads its source lazily, and its QIODevice loader (Qt 6.4) does not always finish
    // with an in-memory buffer. An anonymous in-memory file (memfd) gives it a real file to read
    // while the medical data never touches the disk.
    const int fd = memfd_create("appraisal-material", MFD_CLOEXEC);
    if (fd < 0)
        return QString::fromLocal8Bit(std::strerror(errno));
    qint64 written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n <= 0) {
            ::close(fd);
            return QString::fromLocal8Bit(std::strerror(errno));
        }
        written += n;
    }
    // Opening /proc/self/fd/N opens the same memory file again; ours can be closed after.
    const QPdfDocument::Error error = m_document->load(QStringLiteral("/proc/self/fd/%1").arg(fd));
    ::close(fd);
    if (error != QPdfDocument::Error::None)
        return tr("the PDF is damaged or protected");
    return {};
}

void MaterialsViewer::showCase(const QString &acceptanceNo)
{
    m_list->blockSignals(true);
    m_list->clear();
    m_files = m_store.list(m_session, acceptanceNo);
    for (const materials::MaterialFile &file : std::as_const(m_files))
        m_list->addItem(tr("%1  (%2 KB)", "file name (size)").arg(file.name).arg((file.size + 1023) / 1024));
    m_list->blockSignals(false);
    if (m_files.isEmpty()) {
        showStatus(tr("No medical materials were received for case %1.").arg(acceptanceNo));
        return;
    }
    m_list->setCurrentRow(0);
}

int MaterialsViewer::fileCount() const
{
    return int(m_files.size());
}

int MaterialsViewer::pageCount() const
{
    return m_stack->currentWidget() == m_pdf ? m_document->pageCount() : 0;
}

int MaterialsViewer::currentPage() const
{
    return m_pdf->pageNavigator()->currentPage();
}

void MaterialsViewer::openFile(int row)
{
    if (row < 0 || row >= m_files.size())
        return;
    const materials::MaterialFile &file = m_files.at(row);
    const auto bytes = m_store.content(m_session, file.id);
    if (!bytes) {
        showStatus(bytes.error());
        return;
    }
    m_document->close();
    if (file.mediaType == QLatin1String("application/pdf")) {
        if (const QString problem = loadPdf(bytes.value()); !problem.isEmpty()) {
            showStatus(tr("%1 cannot be shown: %2").arg(file.name, problem));
            return;
        }
        m_stack->setCurrentWidget(m_pdf);
        fitWidth();
    } else {
        m_original = QImage();
        if (!m_original.loadFromData(bytes.value())) {
            showStatus(tr("%1 cannot be shown: the image is damaged.").arg(file.name));
            return;
        }
        m_stack->setCurrentWidget(m_imageArea);
        fitWidth();
    }
    updateControls();
}

void MaterialsViewer::goToPage(int page)
{
    if (m_stack->currentWidget() != m_pdf || page < 0 || page >= m_document->pageCount())
        return;
    m_pdf->pageNavigator()->jump(page, QPointF(), m_pdf->zoomFactor());
    updateControls();
}

void MaterialsViewer::setZoom(double zoom)
{
    m_zoom = qBound(kMinZoom, zoom, kMaxZoom);
    if (m_stack->currentWidget() == m_pdf) {
        m_pdf->setZoomMode(QPdfView::ZoomMode::Custom);
        m_pdf->setZoomFactor(m_zoom);
    } else if (!m_original.isNull()) {
        const QSize size = m_original.size() * m_zoom;
        m_image->setPixmap(
            QPixmap::fromImage(m_original.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        m_image->resize(size);
    }
}

void MaterialsViewer::fitWidth()
{
    if (m_stack->currentWidget() == m_pdf) {
        m_pdf->setZoomMode(QPdfView::ZoomMode::FitToWidth);
        m_zoom = m_pdf->zoomFactor();
        return;
    }
    if (m_original.isNull())
        return;
    const int available = m_imageArea->viewport()->width() - 4;
    setZoom(available > 0 ? double(available) / m_original.width() : 1.0);
}

void MaterialsViewer::updateControls()
{
    const int pages = pageCount();
    m_pageLabel->setText(pages > 0 ? tr("Page %1 of %2").arg(currentPage() + 1).arg(pages) : QString());
    m_previous->setEnabled(pages > 0 && currentPage() > 0);
    m_next->setEnabled(pages > 0 && currentPage() + 1 < pages);
}

void MaterialsViewer::showStatus(const QString &text)
{
    m_status->setText(text);
    m_stack->setCurrentWidget(m_status);
    updateControls();
}

} // namespace ui
