#pragma once

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ui {

// Shows a new installation's recovery key, once. It cannot be dismissed by accident: the admin
// confirms having written it down.
class RecoveryKeyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RecoveryKeyDialog(const QString &recoveryKey, QWidget *parent = nullptr);

protected:
    void reject() override; // Esc and the close button do nothing until the key is confirmed

private:
    QCheckBox *m_confirmed = nullptr;
};

// The data key is missing from the keychain (or does not fit the database): explains what that
// means and takes the recovery key. `tryKey` returns an empty string when the key opened the data,
// otherwise the reason to show.
class KeyRecoveryDialog : public QDialog
{
    Q_OBJECT
public:
    KeyRecoveryDialog(const QString &problem, std::function<QString(const QString &)> tryKey,
                      QWidget *parent = nullptr);

private:
    void tryRecovery();

    std::function<QString(const QString &)> m_tryKey;
    QLineEdit *m_key = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace ui
