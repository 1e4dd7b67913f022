#pragma once

#include "core/result.h"

#include <QDate>
#include <QDialog>
#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace ui {

// Asks how and when a conclusion was delivered. `save` runs on "Record"; when it refuses, its
// message shows in the dialog and the dialog stays open with what was typed.
class DeliveryDialog : public QDialog
{
    Q_OBJECT
public:
    DeliveryDialog(const QString &acceptanceNo, const QDate &concludedOn, const QDate &today,
                   std::function<core::Status(const DeliveryDialog &)> save, QWidget *parent = nullptr);
    QString method() const; // ems | in_person
    QString trackingNo() const;
    QDate deliveredOn() const;

private:
    std::function<core::Status(const DeliveryDialog &)> m_save;
    QComboBox *m_method = nullptr;
    QLineEdit *m_tracking = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_problem = nullptr;
};

// Asks for the days and the reason of an extension of the 60-day limit.
class ExtensionDialog : public QDialog
{
    Q_OBJECT
public:
    ExtensionDialog(const QString &acceptanceNo, std::function<core::Status(const ExtensionDialog &)> save,
                    QWidget *parent = nullptr);
    int days() const;
    QString reason() const;

private:
    std::function<core::Status(const ExtensionDialog &)> m_save;
    QSpinBox *m_days = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace ui
