#include "recordnames.h"

#include "core/caseflow.h"
#include "core/types.h"
#include "exam/opinionservice.h"
#include "health/report.h"
#include "health/rules.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace ui {

namespace {

// A stored key in its table of names, or in words when the table does not have it.
QString named(const QHash<QString, const char *> &names, const QString &key)
{
    const auto it = names.constFind(key);
    return it == names.constEnd() ? RecordNames::readableKey(key) : RecordNames::tr(it.value());
}

QString valueText(const QString &key, const QJsonValue &value, const QString &action);

// A setting changes from one value to another, not from one state to another.
QString label(const QHash<QString, const char *> &labels, const QString &key, const QString &action)
{
    if (action == QLatin1String("config.set")) {
        if (key == QLatin1String("from"))
            return RecordNames::tr("Old value");
        if (key == QLatin1String("to"))
            return RecordNames::tr("New value");
    }
    return named(labels, key);
}

QStringList parts(const QJsonObject &details, const QString &action)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("from"), QT_TRANSLATE_NOOP("ui::RecordNames", "From")},
        {QStringLiteral("to"), QT_TRANSLATE_NOOP("ui::RecordNames", "To")},
        {QStringLiteral("state"), QT_TRANSLATE_NOOP("ui::RecordNames", "State")},
        {QStringLiteral("ticket"), QT_TRANSLATE_NOOP("ui::RecordNames", "Ticket")},
        {QStringLiteral("reprint"), QT_TRANSLATE_NOOP("ui::RecordNames", "Reprint")},
        {QStringLiteral("room"), QT_TRANSLATE_NOOP("ui::RecordNames", "Room")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("ui::RecordNames", "Reason")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("ui::RecordNames", "Role")},
        {QStringLiteral("grade"), QT_TRANSLATE_NOOP("ui::RecordNames", "Grade")},
        {QStringLiteral("version"), QT_TRANSLATE_NOOP("ui::RecordNames", "Version")},
        {QStringLiteral("rows"), QT_TRANSLATE_NOOP("ui::RecordNames", "Rows")},
        {QStringLiteral("file"), QT_TRANSLATE_NOOP("ui::RecordNames", "File")},
        {QStringLiteral("pdf"), QT_TRANSLATE_NOOP("ui::RecordNames", "PDF")},
        {QStringLiteral("imported"), QT_TRANSLATE_NOOP("ui::RecordNames", "Imported")},
        {QStringLiteral("rejected"), QT_TRANSLATE_NOOP("ui::RecordNames", "Refused")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("ui::RecordNames", "Kind")},
        {QStringLiteral("subject"), QT_TRANSLATE_NOOP("ui::RecordNames", "Subject")},
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("ui::RecordNames", "Identifier")},
        {QStringLiteral("acceptance_no"), QT_TRANSLATE_NOOP("ui::RecordNames", "Acceptance no.")},
        {QStringLiteral("candidates"), QT_TRANSLATE_NOOP("ui::RecordNames", "Candidates")},
        {QStringLiteral("based_on"), QT_TRANSLATE_NOOP("ui::RecordNames", "Based on")},
        {QStringLiteral("media_type"), QT_TRANSLATE_NOOP("ui::RecordNames", "File type")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("ui::RecordNames", "Name")},
        {QStringLiteral("opinion"), QT_TRANSLATE_NOOP("ui::RecordNames", "Opinion")},
        {QStringLiteral("predecessor"), QT_TRANSLATE_NOOP("ui::RecordNames", "Previous version")},
        {QStringLiteral("replaces"), QT_TRANSLATE_NOOP("ui::RecordNames", "Replaces")},
        {QStringLiteral("size"), QT_TRANSLATE_NOOP("ui::RecordNames", "Size (bytes)")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("ui::RecordNames", "Source")},
        {QStringLiteral("key"), QT_TRANSLATE_NOOP("ui::RecordNames", "Setting")},
        {QStringLiteral("value"), QT_TRANSLATE_NOOP("ui::RecordNames", "Value")},
        {QStringLiteral("experts"), QT_TRANSLATE_NOOP("ui::RecordNames", "Experts")},
        {QStringLiteral("examiners"), QT_TRANSLATE_NOOP("ui::RecordNames", "Examiners")},
        {QStringLiteral("reviewer"), QT_TRANSLATE_NOOP("ui::RecordNames", "Reviewer")},
        {QStringLiteral("days"), QT_TRANSLATE_NOOP("ui::RecordNames", "Days")},
        {QStringLiteral("ticket_label"), QT_TRANSLATE_NOOP("ui::RecordNames", "Ticket")},
        {QStringLiteral("case"), QT_TRANSLATE_NOOP("ui::RecordNames", "Case")},
        {QStringLiteral("seq"), QT_TRANSLATE_NOOP("ui::RecordNames", "Call no.")},
        {QStringLiteral("detail"), QT_TRANSLATE_NOOP("ui::RecordNames", "Note")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("ui::RecordNames", "Note")},
        {QStringLiteral("cases"), QT_TRANSLATE_NOOP("ui::RecordNames", "Cases")},
        {QStringLiteral("rooms"), QT_TRANSLATE_NOOP("ui::RecordNames", "Rooms")},
        {QStringLiteral("previous_id"), QT_TRANSLATE_NOOP("ui::RecordNames", "Previous code")},
        {QStringLiteral("prefix"), QT_TRANSLATE_NOOP("ui::RecordNames", "Ticket prefix")},
        {QStringLiteral("ratio"), QT_TRANSLATE_NOOP("ui::RecordNames", "Calls per round")},
        {QStringLiteral("strict"), QT_TRANSLATE_NOOP("ui::RecordNames", "Served before the others")},
        {QStringLiteral("colour"), QT_TRANSLATE_NOOP("ui::RecordNames", "Colour")},
        {QStringLiteral("reset_time"), QT_TRANSLATE_NOOP("ui::RecordNames", "Numbers start again at")},
        {QStringLiteral("retired"), QT_TRANSLATE_NOOP("ui::RecordNames", "Retired")},
        {QStringLiteral("specialties"), QT_TRANSLATE_NOOP("ui::RecordNames", "Specialties")},
        {QStringLiteral("expert"), QT_TRANSLATE_NOOP("ui::RecordNames", "Expert")},
        {QStringLiteral("previous_role"), QT_TRANSLATE_NOOP("ui::RecordNames", "Previous role")},
        {QStringLiteral("new"), QT_TRANSLATE_NOOP("ui::RecordNames", "New")},
        {QStringLiteral("on_duty"), QT_TRANSLATE_NOOP("ui::RecordNames", "On duty")},
        {QStringLiteral("may_review"), QT_TRANSLATE_NOOP("ui::RecordNames", "May review")},
        {QStringLiteral("previous_room"), QT_TRANSLATE_NOOP("ui::RecordNames", "Previous room")},
        {QStringLiteral("batch"), QT_TRANSLATE_NOOP("ui::RecordNames", "Batch")},
        {QStringLiteral("materials"), QT_TRANSLATE_NOOP("ui::RecordNames", "Materials")},
        {QStringLiteral("outbox_rows"), QT_TRANSLATE_NOOP("ui::RecordNames", "Upload records removed")},
        {QStringLiteral("after_days"), QT_TRANSLATE_NOOP("ui::RecordNames", "After (days)")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("ui::RecordNames", "Address")},
        {QStringLiteral("minutes"), QT_TRANSLATE_NOOP("ui::RecordNames", "Minutes")},
        {QStringLiteral("check"), QT_TRANSLATE_NOOP("ui::RecordNames", "Check")},
        {QStringLiteral("delivered_on"), QT_TRANSLATE_NOOP("ui::RecordNames", "Delivered on")},
        {QStringLiteral("method"), QT_TRANSLATE_NOOP("ui::RecordNames", "Method")},
        {QStringLiteral("tracking_no"), QT_TRANSLATE_NOOP("ui::RecordNames", "Tracking no.")},
        {QStringLiteral("by"), QT_TRANSLATE_NOOP("ui::RecordNames", "By")},
        {QStringLiteral("at"), QT_TRANSLATE_NOOP("ui::RecordNames", "At")},
        {QStringLiteral("sha256"), QT_TRANSLATE_NOOP("ui::RecordNames", "Checksum")},
        {QStringLiteral("excluded"), QT_TRANSLATE_NOOP("ui::RecordNames", "Left out")},
        {QStringLiteral("random"), QT_TRANSLATE_NOOP("ui::RecordNames", "Random numbers")},
        {QStringLiteral("panel_size"), QT_TRANSLATE_NOOP("ui::RecordNames", "Panel size")},
        {QStringLiteral("error"), QT_TRANSLATE_NOOP("ui::RecordNames", "Error")},
    };
    // A value that says nothing is left out ("detail: ;" read as a fault).
    QStringList shown;
    for (auto it = details.constBegin(); it != details.constEnd(); ++it)
        if (const QString value = valueText(it.key(), it.value(), action); !value.isEmpty())
            shown << QStringLiteral("%1: %2").arg(label(labels, it.key(), action), value);
    return shown;
}

// Stored words that are keys of their own.
QString wordText(const QString &key, const QString &text, const QString &action)
{
    if (key == QLatin1String("from") || key == QLatin1String("to") || key == QLatin1String("state")) {
        if (action == QLatin1String("health.level_changed"))
            if (const auto level = health::levelFromKey(text))
                return health::levelName(*level);
        if (action != QLatin1String("config.set"))
            if (const auto state = core::caseStateFromKey(text))
                return core::displayName(*state);
    }
    if (key == QLatin1String("role") || key == QLatin1String("previous_role")) {
        if (const auto role = core::roleFromKey(text))
            return core::displayName(*role);
        return exam::OpinionService::roleDisplayName(text); // exam1, exam2 …
    }
    if (key == QLatin1String("check"))
        return health::Rules::title(text);
    if (key == QLatin1String("specialties")) {
        QStringList names;
        for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const auto specialty = core::specialtyFromKey(part.trimmed());
            names << (specialty ? core::displayName(*specialty) : part.trimmed());
        }
        // The names hold commas of their own.
        return names.join(QStringLiteral(" / "));
    }
    static const QHash<QString, const char *> words{
        {QStringLiteral("kind:employer"), QT_TRANSLATE_NOOP("ui::RecordNames", "Employer")},
        {QStringLiteral("kind:person"), QT_TRANSLATE_NOOP("ui::RecordNames", "Person")},
        {QStringLiteral("subject:(person)"), QT_TRANSLATE_NOOP("ui::RecordNames", "(a person, not named)")},
        {QStringLiteral("method:ems"), QT_TRANSLATE_NOOP("ui::RecordNames", "EMS")},
        {QStringLiteral("method:in_person"), QT_TRANSLATE_NOOP("ui::RecordNames", "In person")},
        {QStringLiteral("source:scanner"), QT_TRANSLATE_NOOP("ui::RecordNames", "Scanner")},
        {QStringLiteral("source:file"), QT_TRANSLATE_NOOP("ui::RecordNames", "File")},
    };
    if (const auto word = words.constFind(key + QLatin1Char(':') + text); word != words.constEnd())
        return RecordNames::tr(word.value());
    if (action == QLatin1String("login_failed") && key == QLatin1String("reason")) {
        if (text == QLatin1String("locked"))
            return RecordNames::tr("account locked");
        if (text == QLatin1String("disabled"))
            return RecordNames::tr("account disabled");
    }
    if (key == QLatin1String("at"))
        if (const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs); at.isValid())
            return QLocale().toString(at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    // A checksum of 64 characters is one word wider than the list: its start tells files apart.
    if (key == QLatin1String("sha256") && text.size() > 12)
        return text.left(12) + QStringLiteral("…");
    return text;
}

QString valueText(const QString &key, const QJsonValue &value, const QString &action)
{
    if (value.isBool())
        return value.toBool() ? RecordNames::tr("yes") : RecordNames::tr("no");
    if (value.isDouble()) {
        // Whole numbers whole (1834211 bytes, not "1.83421e+06").
        const double number = value.toDouble();
        if (std::trunc(number) == number && std::abs(number) < 9e15)
            return QLocale().toString(qint64(number));
        return QLocale().toString(number, 'g', QLocale::FloatingPointShortest);
    }
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            if (const QString text = valueText(key, item, action); !text.isEmpty())
                items << text;
        return items.join(QStringLiteral(", "));
    }
    if (value.isObject()) { // one of a list ("left out": the expert and why), in brackets
        const QStringList inner = parts(value.toObject(), action);
        return inner.isEmpty() ? QString() : QStringLiteral("(%1)").arg(inner.join(QStringLiteral(", ")));
    }
    if (value.isString())
        return wordText(key, value.toString(), action);
    return {}; // null, undefined: nothing to say
}

} // namespace

QString RecordNames::readableKey(const QString &key)
{
    QString words = key;
    for (QChar &c : words)
        if (c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('-'))
            c = QLatin1Char(' ');
    words = words.simplified();
    if (words.isEmpty())
        return QStringLiteral("–");
    words[0] = words.at(0).toUpper();
    return words;
}

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
        {QStringLiteral("account.update"), QT_TR_NOOP("Account changed")},
        {QStringLiteral("account.enable"), QT_TR_NOOP("Account enabled")},
        {QStringLiteral("account.disable"), QT_TR_NOOP("Account disabled")},
        {QStringLiteral("account.unlock"), QT_TR_NOOP("Account unlocked")},
        {QStringLiteral("account.reset_password"), QT_TR_NOOP("Password reset")},
        {QStringLiteral("account.locked"), QT_TR_NOOP("Account locked")},
        {QStringLiteral("demo.load"), QT_TR_NOOP("Demo venue loaded")},
        {QStringLiteral("venue.setup"), QT_TR_NOOP("Venue details saved")},
        {QStringLiteral("venue.first_start"), QT_TR_NOOP("Station set up (first start)")},
        {QStringLiteral("lane.set"), QT_TR_NOOP("Lane saved")},
        {QStringLiteral("lane.retire"), QT_TR_NOOP("Lane retired")},
        {QStringLiteral("lane.delete"), QT_TR_NOOP("Lane deleted")},
        {QStringLiteral("room.save"), QT_TR_NOOP("Exam room saved")},
        {QStringLiteral("room.retire"), QT_TR_NOOP("Exam room retired")},
        {QStringLiteral("room.delete"), QT_TR_NOOP("Exam room deleted")},
        {QStringLiteral("expert.save"), QT_TR_NOOP("Expert saved")},
        {QStringLiteral("experts.import"), QT_TR_NOOP("Experts imported")},
        {QStringLiteral("expert.seat"), QT_TR_NOOP("Expert seated")},
        {QStringLiteral("expert.conflict_withdraw"), QT_TR_NOOP("Conflict of interest withdrawn")},
        {QStringLiteral("config.set"), QT_TR_NOOP("Setting changed")},
        {QStringLiteral("database.upgrade"), QT_TR_NOOP("Database upgraded")},
        {QStringLiteral("backup.create"), QT_TR_NOOP("Backup taken")},
        {QStringLiteral("backup.deferred"), QT_TR_NOOP("Backup put off")},
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
        {QStringLiteral("print.conclusion"), QT_TR_NOOP("Conclusion printed")},
        {QStringLiteral("print.opinions"), QT_TR_NOOP("Opinion sheets printed")},
        {QStringLiteral("case.sign_out"), QT_TR_NOOP("Signed out")},
        {QStringLiteral("case.extend"), QT_TR_NOOP("Time limit extended")},
        {QStringLiteral("case.deliver"), QT_TR_NOOP("Delivery recorded")},
        {QStringLiteral("case.archive"), QT_TR_NOOP("Case archived")},
        {QStringLiteral("walk_in.request"), QT_TR_NOOP("Walk-in recorded")},
        {QStringLiteral("walk_in.approve"), QT_TR_NOOP("Walk-in approved")},
        {QStringLiteral("walk_in.refuse"), QT_TR_NOOP("Walk-in refused")},
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
        {QStringLiteral("call.override"), QT_TR_NOOP("Called for another room (admin)")},
        {QStringLiteral("opinion.submit"), QT_TR_NOOP("Opinion submitted")},
        {QStringLiteral("opinion.change"), QT_TR_NOOP("Opinion changed (new version)")},
        {QStringLiteral("review.conclude"), QT_TR_NOOP("Case concluded")},
        {QStringLiteral("material.add"), QT_TR_NOOP("Materials added")},
        {QStringLiteral("roster.import"), QT_TR_NOOP("Roster imported")},
        {QStringLiteral("delivery.export"), QT_TR_NOOP("EMS list exported")},
    };
    return named(names, action);
}

QString RecordNames::auditDetails(const QJsonObject &details, const QString &action)
{
    return parts(details, action).join(QStringLiteral("; "));
}

QString RecordNames::auditSubject(const QString &action, const QString &subject)
{
    if (action == QLatin1String("health.level_changed"))
        return health::Rules::title(subject);
    if (action == QLatin1String("database.upgrade")) {
        // Written in one line by the store: "schema 25 -> 26, backup station.db.v25.bak".
        static const QRegularExpression upgrade(QStringLiteral("^schema (\\d+) -> (\\d+), backup (.*)$"));
        if (const QRegularExpressionMatch match = upgrade.match(subject); match.hasMatch())
            return tr("Schema %1 to %2, copy kept: %3")
                .arg(match.captured(1), match.captured(2), match.captured(3));
    }
    return subject;
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
    return named(names, kind);
}

} // namespace ui
