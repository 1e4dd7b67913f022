#include "recordnames.h"

#include "core/caseflow.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>

namespace ui {

namespace {

QString valueText(const QString &key, const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? RecordNames::tr("yes") : RecordNames::tr("no");
    if (value.isDouble())
        return QLocale().toString(value.toDouble());
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << valueText(key, item);
        return items.join(QStringLiteral(", "));
    }
    if (value.isObject())
        return RecordNames::auditDetails(value.toObject());
    const QString text = value.toString();
    if (key == QLatin1String("from") || key == QLatin1String("to") || key == QLatin1String("state"))
        if (const auto state = core::caseStateFromKey(text))
            return core::displayName(*state);
    return text;
}

} // namespace

QString RecordNames::auditAction(const QString &action)
{
    if (action.startsWith(QLatin1String("case."))) {
        if (const auto state = core::caseStateFromKey(action.mid(5)))
            return tr("Case: %1").arg(core::displayName(*state));
    }
    static const QHash<QString, const char *> names{
        {QStringLiteral("login"), QT_TR_NOOP("Logged in")},
        {QStringLiteral("logout"), QT_TR_NOOP("Logged out")},
        {QStringLiteral("login_failed"), QT_TR_NOOP("Failed login")},
        {QStringLiteral("account.provision"), QT_TR_NOOP("Account set up")},
        {QStringLiteral("account.create"), QT_TR_NOOP("Account created")},
        {QStringLiteral("account.reset_password"), QT_TR_NOOP("Password reset")},
        {QStringLiteral("account.locked"), QT_TR_NOOP("Account locked")},
        {QStringLiteral("demo.load"), QT_TR_NOOP("Demo venue loaded")},
        {QStringLiteral("config.set"), QT_TR_NOOP("Setting changed")},
        {QStringLiteral("backup.create"), QT_TR_NOOP("Backup taken")},
        {QStringLiteral("health.level_changed"), QT_TR_NOOP("Station health level changed")},
        {QStringLiteral("backup.restore"), QT_TR_NOOP("Backup restored")},
        {QStringLiteral("hub.enrol_failed"), QT_TR_NOOP("Wrong station enrolment code")},
        {QStringLiteral("hub.enrol_throttled"),
         QT_TR_NOOP("Enrolment attempts paused (too many wrong codes)")},
        {QStringLiteral("key.create"), QT_TR_NOOP("Data key created")},
        {QStringLiteral("key.recover"), QT_TR_NOOP("Data key recovered")},
        {QStringLiteral("print.ticket"), QT_TR_NOOP("Ticket printed")},
        {QStringLiteral("print.receipt"), QT_TR_NOOP("Receipt printed")},
        {QStringLiteral("print.file"), QT_TR_NOOP("Case documents printed")},
        {QStringLiteral("case.sign_out"), QT_TR_NOOP("Signed out")},
        {QStringLiteral("case.extend"), QT_TR_NOOP("Time limit extended")},
        {QStringLiteral("case.deliver"), QT_TR_NOOP("Delivery recorded")},
        {QStringLiteral("walk_in.request"), QT_TR_NOOP("Walk-in recorded")},
        {QStringLiteral("walk_in.approve"), QT_TR_NOOP("Walk-in approved")},
        {QStringLiteral("walk_in.reject"), QT_TR_NOOP("Walk-in refused")},
        {QStringLiteral("draw.make"), QT_TR_NOOP("Experts drawn")},
        {QStringLiteral("draw.redraw"), QT_TR_NOOP("Experts drawn again")},
        {QStringLiteral("expert.conflict"), QT_TR_NOOP("Conflict of interest recorded")},
        {QStringLiteral("call.call"), QT_TR_NOOP("Called")},
        {QStringLiteral("call.recall"), QT_TR_NOOP("Called again")},
        {QStringLiteral("call.no_show"), QT_TR_NOOP("Not there when called")},
        {QStringLiteral("call.requeue"), QT_TR_NOOP("Back in the queue")},
        {QStringLiteral("call.start"), QT_TR_NOOP("Examination started")},
        {QStringLiteral("call.finish"), QT_TR_NOOP("Examination finished")},
        {QStringLiteral("call.transfer"), QT_TR_NOOP("Transferred to another expert")},
        {QStringLiteral("call.pause"), QT_TR_NOOP("Room paused")},
        {QStringLiteral("call.resume"), QT_TR_NOOP("Room resumed")},
        {QStringLiteral("opinion.submit"), QT_TR_NOOP("Opinion submitted")},
        {QStringLiteral("opinion.change"), QT_TR_NOOP("Opinion changed (new version)")},
        {QStringLiteral("review.conclude"), QT_TR_NOOP("Case concluded")},
        {QStringLiteral("material.add"), QT_TR_NOOP("Materials added")},
        {QStringLiteral("roster.import"), QT_TR_NOOP("Roster imported")},
        {QStringLiteral("delivery.export"), QT_TR_NOOP("EMS list exported")},
    };
    const auto it = names.constFind(action);
    return it == names.constEnd() ? action : tr(it.value());
}

QString RecordNames::auditDetails(const QJsonObject &details)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("from"), QT_TR_NOOP("From")},
        {QStringLiteral("to"), QT_TR_NOOP("To")},
        {QStringLiteral("state"), QT_TR_NOOP("State")},
        {QStringLiteral("ticket"), QT_TR_NOOP("Ticket")},
        {QStringLiteral("reprint"), QT_TR_NOOP("Reprint")},
        {QStringLiteral("room"), QT_TR_NOOP("Room")},
        {QStringLiteral("reason"), QT_TR_NOOP("Reason")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("grade"), QT_TR_NOOP("Grade")},
        {QStringLiteral("version"), QT_TR_NOOP("Version")},
        {QStringLiteral("rows"), QT_TR_NOOP("Rows")},
        {QStringLiteral("file"), QT_TR_NOOP("File")},
        {QStringLiteral("pdf"), QT_TR_NOOP("PDF")},
        {QStringLiteral("imported"), QT_TR_NOOP("Imported")},
        {QStringLiteral("rejected"), QT_TR_NOOP("Refused")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("subject"), QT_TR_NOOP("Subject")},
        {QStringLiteral("id"), QT_TR_NOOP("Identifier")},
        {QStringLiteral("acceptance_no"), QT_TR_NOOP("Acceptance no.")},
        {QStringLiteral("candidates"), QT_TR_NOOP("Candidates")},
        {QStringLiteral("based_on"), QT_TR_NOOP("Based on")},
        {QStringLiteral("media_type"), QT_TR_NOOP("File type")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("opinion"), QT_TR_NOOP("Opinion")},
        {QStringLiteral("predecessor"), QT_TR_NOOP("Previous version")},
        {QStringLiteral("replaces"), QT_TR_NOOP("Replaces")},
        {QStringLiteral("size"), QT_TR_NOOP("Size (bytes)")},
        {QStringLiteral("source"), QT_TR_NOOP("Source")},
        {QStringLiteral("key"), QT_TR_NOOP("Setting")},
        {QStringLiteral("value"), QT_TR_NOOP("Value")},
        {QStringLiteral("experts"), QT_TR_NOOP("Experts")},
        {QStringLiteral("examiners"), QT_TR_NOOP("Examiners")},
        {QStringLiteral("reviewer"), QT_TR_NOOP("Reviewer")},
        {QStringLiteral("days"), QT_TR_NOOP("Days")},
        {QStringLiteral("ticket_label"), QT_TR_NOOP("Ticket")},
        {QStringLiteral("case"), QT_TR_NOOP("Case")},
        {QStringLiteral("seq"), QT_TR_NOOP("Call no.")},
        {QStringLiteral("detail"), QT_TR_NOOP("Note")},
    };
    QStringList parts;
    for (auto it = details.constBegin(); it != details.constEnd(); ++it) {
        // An empty value says nothing ("detail: ;" read as a fault).
        if ((it.value().isString() && it.value().toString().isEmpty()) || it.value().isNull())
            continue;
        const auto label = labels.constFind(it.key());
        parts << QStringLiteral("%1: %2").arg(label == labels.constEnd() ? it.key() : tr(label.value()),
                                              valueText(it.key(), it.value()));
    }
    return parts.join(QStringLiteral("; "));
}

QString RecordNames::outboxKind(const QString &kind)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("account"), QT_TR_NOOP("Staff account")},
        {QStringLiteral("batch"), QT_TR_NOOP("Day's batch")},
        {QStringLiteral("expert"), QT_TR_NOOP("Expert")},
        {QStringLiteral("expert_conflict"), QT_TR_NOOP("Conflict of interest")},
        {QStringLiteral("lane"), QT_TR_NOOP("Lane")},
        {QStringLiteral("room"), QT_TR_NOOP("Exam room")},
        {QStringLiteral("setting"), QT_TR_NOOP("Setting")},
        {QStringLiteral("venue"), QT_TR_NOOP("Venue")},
        {QStringLiteral("audit"), QT_TR_NOOP("Audit entry")},
        {QStringLiteral("call_event"), QT_TR_NOOP("Call at a room")},
        {QStringLiteral("case"), QT_TR_NOOP("Case")},
        {QStringLiteral("case_extension"), QT_TR_NOOP("Time limit extension")},
        {QStringLiteral("case_transition"), QT_TR_NOOP("Case step")},
        {QStringLiteral("conclusion"), QT_TR_NOOP("Conclusion")},
        {QStringLiteral("delivery"), QT_TR_NOOP("Delivery")},
        {QStringLiteral("draw"), QT_TR_NOOP("Expert draw")},
        {QStringLiteral("expert_room"), QT_TR_NOOP("Expert seating")},
        {QStringLiteral("material"), QT_TR_NOOP("Medical material")},
        {QStringLiteral("opinion"), QT_TR_NOOP("Exam opinion")},
        {QStringLiteral("system"), QT_TR_NOOP("Station record")},
        {QStringLiteral("ticket"), QT_TR_NOOP("Queue ticket")},
    };
    const auto it = names.constFind(kind);
    return it == names.constEnd() ? kind : tr(it.value());
}

} // namespace ui
