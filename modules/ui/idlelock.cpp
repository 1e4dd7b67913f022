#include "idlelock.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace ui {

UnlockDialog::UnlockDialog(accounts::AccountService &accounts, const accounts::Session &session,
                           QWidget *parent)
    : QDialog(parent), m_accounts(accounts), m_session(session)
{
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowTitle(tr("Station locked"));
    setModal(true);
    setMinimumWidth(420);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(12);
    auto *title = new QLabel(tr("Station locked"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    layout->addWidget(title);
    auto *who =
        new QLabel(tr("Locked after a period without use. %1, enter your password to continue; your work "
                      "is kept as it was.")
                       .arg(session.account.displayName),
                   this);
    who->setWordWrap(true);
    layout->addWidget(who);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password or PIN"));
    layout->addWidget(m_password);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *unlock = new QPushButton(tr("Unlock"), this);
    unlock->setObjectName(QStringLiteral("unlockButton"));
    unlock->setDefault(true);
    layout->addWidget(unlock);
    connect(unlock, &QPushButton::clicked, this, &UnlockDialog::tryUnlock);
    connect(m_password, &QLineEdit::returnPressed, this, &UnlockDialog::tryUnlock);
    // Seen at a real station: the morning's person had left it locked, and the next person could
    // not log in without their password. What they entered is saved as they went (a field being
    // typed in is saved when the lock takes the keyboard), so signing them out loses nothing.
    auto *someoneElse = new QLabel(tr("Not %1? Sign them out to log in yourself; what they entered is "
                                      "saved.")
                                       .arg(session.account.displayName),
                                   this);
    someoneElse->setWordWrap(true);
    layout->addSpacing(8);
    layout->addWidget(someoneElse);
    auto *signOut = new QPushButton(tr("Sign %1 out").arg(session.account.displayName), this);
    signOut->setObjectName(QStringLiteral("lockSignOut"));
    signOut->setAutoDefault(false);
    layout->addWidget(signOut);
    connect(signOut, &QPushButton::clicked, this, [this] { done(SignedOut); });
}

void UnlockDialog::tryUnlock()
{
    const auto result = m_accounts.authenticate(m_session.account.username, m_password->text());
    m_password->clear();
    if (!result) {
        m_error->setText(result.error());
        m_error->show();
        return;
    }
    accept();
}

IdleLock::IdleLock(const Services &services, const accounts::Session &session, QWidget *window)
    : QObject(window), m_services(services), m_session(session), m_window(window)
{
    m_idleMinutes = services.settings.number(store::settings::IdleLockMinutes);
    m_lastActivity = services.clock.now();
    qApp->installEventFilter(this);
    m_timer = new QTimer(this);
    m_timer->setInterval(15 * 1000);
    connect(m_timer, &QTimer::timeout, this, &IdleLock::checkIdle);
    if (m_idleMinutes > 0)
        m_timer->start();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        for (const QPointer<QWidget> &cover : std::as_const(m_covers))
            if (cover && cover->parent() == watched)
                cover->setGeometry(cover->parentWidget()->rect());
    }
    // A window that opens while locked (a message from the background) is covered too.
    if (event->type() == QEvent::Show && isLocked()) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && widget->isWindow() && widget != m_dialog && !m_dialog->isAncestorOf(widget))
            cover(*widget);
    }
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        if (!isLocked())
            m_lastActivity = m_services.clock.now();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::checkIdle()
{
    if (m_idleMinutes <= 0 || isLocked())
        return;
    if (m_lastActivity.secsTo(m_services.clock.now()) >= 60LL * m_idleMinutes)
        lock();
}

void IdleLock::cover(QWidget &window)
{
    // The hall display opened from the sidebar is for the public: it goes on calling people.
    if (window.property("publicScreen").toBool())
        return;
    for (const QPointer<QWidget> &existing : std::as_const(m_covers))
        if (existing && existing->parent() == &window)
            return;
    auto *cover = new QWidget(&window);
    cover->setObjectName(QStringLiteral("lockCover"));
    cover->setAutoFillBackground(true);
    cover->setAttribute(Qt::WA_StyledBackground, true);
    cover->setGeometry(window.rect());
    cover->raise();
    cover->show(); // follows the window's size through the application's event filter
    m_covers << cover;
}

void IdleLock::removeCovers()
{
    for (const QPointer<QWidget> &cover : std::as_const(m_covers))
        delete cover.data();
    m_covers.clear();
}

void IdleLock::signOutOnceUnwound()
{
    // A dialog's own event loop (a print preview's exec()) is still on the stack until control
    // gets back to it, and the page that opened it runs on after exec() returns: the window may
    // only go once control is back in the application's own loop (level 1).
    if (QThread::currentThread()->loopLevel() > 1) {
        QTimer::singleShot(0, this, &IdleLock::signOutOnceUnwound);
        return;
    }
    emit signOutRequested();
}

void IdleLock::lock()
{
    // The station's window and every other one open over it (dialogs, a print preview); what is
    // typed in them stays as it is, only hidden.
    cover(*m_window);
    for (QWidget *window : QApplication::topLevelWidgets())
        if (window != m_window && window->isVisible() && window->isWindow())
            cover(*window);
    m_dialog = new UnlockDialog(m_services.accounts, m_session, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        m_lastActivity = m_services.clock.now();
        removeCovers();
        emit unlocked();
    });
    // Closing the lock dialog without the password keeps the station locked.
    connect(m_dialog, &QDialog::rejected, this, [this] { QTimer::singleShot(0, this, &IdleLock::lock); });
    connect(m_dialog, &QDialog::finished, this, [this](int result) {
        if (result == UnlockDialog::SignedOut) {
            // The dialogs that were open end with the session, cancelled (a print preview, a
            // delivery not confirmed); the window then goes with its cover.
            removeCovers();
            for (QWidget *window : QApplication::topLevelWidgets())
                if (auto *dialog = qobject_cast<QDialog *>(window);
                    dialog && dialog != m_dialog && dialog->isVisible())
                    dialog->reject();
            signOutOnceUnwound();
        }
    });
    m_dialog->open();
    emit locked();
}

} // namespace ui
