#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace ui {

// What the audit and sync pages show a person instead of the stored keys: translated action and
// record names ("print.ticket" → "Ticket printed", "call_event" → "Call at a room") and details as
// "label: value" text instead of JSON ({"from":"waiting_exam1"} → "From: waiting for exam 1").
class RecordNames
{
    Q_DECLARE_TR_FUNCTIONS(ui::RecordNames)
public:
    static QString auditAction(const QString &action);
    // `action` says how some values read (a health check's levels, a failed login's reason).
    static QString auditDetails(const QJsonObject &details, const QString &action = {});
    // The subject in words where it is a stored name (a health check) or a system line.
    static QString auditSubject(const QString &action, const QString &subject);
    static QString outboxKind(const QString &kind);
    // A key no table names (a newer station's, a future one) still read as words:
    // "panel_size" → "Panel size", "future.thing" → "Future thing".
    static QString readableKey(const QString &key);
};

} // namespace ui
