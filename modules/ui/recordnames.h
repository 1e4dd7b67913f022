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
    static QString auditDetails(const QJsonObject &details);
    static QString outboxKind(const QString &kind);
};

} // namespace ui
