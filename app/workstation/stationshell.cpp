#include "stationshell.h"

#include "ui/logindialog.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDebug>
#include <QEvent>
#include <QMessageBox>
#include <QTimer>

namespace {

// Tells once that the widget it watches was first painted (it is then on the screen).
class FirstPaint : public QObject
{
    Q_OBJECT
public:
    explicit FirstPaint(QWidget *watched) : QObject(watched) { watched->installEventFilter(this); }

signals:
    void painted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            emit painted();
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

StationShell::StationShell(station::StationContext &context, QObject *parent)
    : QObject(parent), m_context(context)
{
}

StationShell::~StationShell() = default;

void StationShell::startServices(QWidget *parent)
{
    if (m_context.started())
        return;
    m_context.start();
    emit servicesStarted();
    if (!m_context.templatesProblem().isEmpty())
        QMessageBox::warning(parent, QApplication::translate("main", "Exam templates"),
                             m_context.templatesProblem());
}

bool StationShell::showLogin()
{
    ui::LoginDialog login(m_context.services().accounts(), m_context.services().directory().stationInfo());
    // The login window needs only the accounts and the station's name. What the pages behind it
    // need (card reader, venue hub link, the hall's voice and its audio output, exam templates,
    // sync, health checks) is started once the window has been painted, while the person types.
    if (!m_context.started()) {
        auto *painted = new FirstPaint(&login);
        connect(
            painted, &FirstPaint::painted, &login, [this, &login] { startServices(&login); },
            Qt::QueuedConnection);
    }
    if (login.exec() != QDialog::Accepted)
        return false;
    startServices(nullptr);
    const accounts::Session session = login.session();
    if (!m_services)
        m_services = std::make_unique<ui::Services>(ui::Services::of(m_context));
    m_window = std::make_unique<ui::MainWindow>(*m_services, session);
    connect(m_window.get(), &ui::MainWindow::logoutRequested, this, [this, session] {
        // A person leaving the station must always be able to; a logout the audit log cannot
        // record goes to the journal instead.
        if (const core::Status recorded = m_context.services().accounts().logout(session); !recorded)
            qWarning().noquote() << recorded.error();
        m_window->hide();
        // Leave the window's own signal handler before it is destroyed.
        QTimer::singleShot(0, this, [this] {
            m_window.reset();
            if (!showLogin())
                QApplication::quit();
        });
    });
    m_window->show();
    return true;
}

#include "stationshell.moc"
