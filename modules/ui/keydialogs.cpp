#include "keydialogs.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

namespace {

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QLabel *title(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("pageTitle"));
    return label;
}

// Word-wrapped labels report a one-line height until laid out; size the dialog for its real text.
void fitWrappedText(QDialog &dialog, QLayout &layout)
{
    const int width = dialog.minimumWidth();
    dialog.setMinimumHeight(layout.totalHeightForWidth(width));
    dialog.resize(width, dialog.minimumHeight());
}

} // namespace

RecoveryKeyDialog::RecoveryKeyDialog(const QString &recoveryKey, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("recoveryKeyDialog"));
    setWindowTitle(tr("Recovery key"));
    setModal(true);
    setMinimumWidth(620);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(12);
    layout->addWidget(title(tr("Write down the recovery key"), this));
    layout->addWidget(wrapped(tr("Personal data at this station is encrypted with a key kept in the "
                                 "system keychain. If the keychain is lost (a new user profile, a "
                                 "reinstalled system, a restored disk), only this recovery key opens the "
                                 "data again. It is shown only now."),
                              this));
    // Two lines of whole groups, so no group is split when it is copied onto paper.
    QStringList groups = recoveryKey.split(QLatin1Char('-'));
    const QString firstLine = QStringList(groups.mid(0, (groups.size() + 1) / 2)).join(QLatin1Char('-'));
    const QString secondLine = QStringList(groups.mid((groups.size() + 1) / 2)).join(QLatin1Char('-'));
    auto *key = new QLabel(firstLine + QStringLiteral("-\n") + secondLine, this);
    key->setObjectName(QStringLiteral("recoveryKey"));
    key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSize(mono.pointSize() + 3);
    mono.setBold(true);
    key->setFont(mono);
    key->setAlignment(Qt::AlignCenter);
    key->setStyleSheet(QStringLiteral("padding: 14px; border: 1px solid #c8ccd2; background: #f7f8fa;"));
    layout->addWidget(key);
    layout->addWidget(wrapped(tr("Keep it on paper in the venue safe, not on this computer."), this));
    m_confirmed = new QCheckBox(tr("I have written down the recovery key"), this);
    m_confirmed->setObjectName(QStringLiteral("recoveryKeyConfirmed"));
    layout->addWidget(m_confirmed);
    auto *done = new QPushButton(tr("Continue"), this);
    done->setObjectName(QStringLiteral("recoveryKeyDone"));
    done->setEnabled(false);
    layout->addWidget(done, 0, Qt::AlignRight);
    connect(m_confirmed, &QCheckBox::toggled, done, &QPushButton::setEnabled);
    fitWrappedText(*this, *layout);
    connect(done, &QPushButton::clicked, this, &QDialog::accept);
}

void RecoveryKeyDialog::reject()
{
    if (m_confirmed->isChecked())
        QDialog::reject();
}

KeyRecoveryDialog::KeyRecoveryDialog(const QString &problem, std::function<QString(const QString &)> tryKey,
                                     QWidget *parent)
    : QDialog(parent), m_tryKey(std::move(tryKey))
{
    setObjectName(QStringLiteral("keyRecoveryDialog"));
    setWindowTitle(tr("Data key missing"));
    setModal(true);
    setMinimumWidth(620);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(12);
    layout->addWidget(title(tr("The station's data key is missing"), this));
    auto *reason = wrapped(problem, this);
    reason->setObjectName(QStringLiteral("keyProblem"));
    layout->addWidget(reason);
    layout->addWidget(wrapped(tr("Nothing has been deleted: the data is intact and encrypted. Type the "
                                 "recovery key from the venue safe to open it again. If it cannot be "
                                 "found, close this window and call the venue admin; do not set up the "
                                 "station again."),
                              this));
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("recoveryKeyInput"));
    m_key->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-…"));
    m_key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_key);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(this);
    auto *open = buttons->addButton(tr("Open the data"), QDialogButtonBox::AcceptRole);
    open->setObjectName(QStringLiteral("recoverButton"));
    open->setDefault(true);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(open, &QPushButton::clicked, this, &KeyRecoveryDialog::tryRecovery);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fitWrappedText(*this, *layout);
}

void KeyRecoveryDialog::tryRecovery()
{
    const QString error = m_tryKey(m_key->text());
    if (error.isEmpty()) {
        accept();
        return;
    }
    m_error->setText(error);
    m_error->show();
}

} // namespace ui
