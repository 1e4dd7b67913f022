#include "rosterparser.h"

#include "core/csv.h"
#include "core/idnumber.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace roster {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("roster", text);
}

// Maps column names to positions; reports the first required column that is missing.
QHash<QString, int> columnIndex(const QStringList &header, const QStringList &required, QString *error)
{
    QHash<QString, int> index;
    for (int i = 0; i < header.size(); ++i)
        index.insert(header.at(i).toLower(), i);
    QStringList missing;
    for (const QString &column : required) {
        if (!index.contains(column))
            missing << column;
    }
    if (!missing.isEmpty())
        *error = tr("The header row lacks the column(s) %1. Expected: %2.")
                     .arg(missing.join(QStringLiteral(", ")), required.join(QLatin1Char(',')));
    return index;
}

QString field(const core::CsvRow &row, const QHash<QString, int> &index, const QString &column)
{
    const int i = index.value(column, -1);
    return (i >= 0 && i < row.fields.size()) ? row.fields.at(i).trimmed() : QString();
}

} // namespace

QStringList rosterColumns()
{
    return QStringLiteral("acceptance_no,name,id_number,gender,birth_date,employer,appraisal_type,specialty,"
                          "priority,phone,address,materials")
        .split(QLatin1Char(','));
}

QStringList expertColumns()
{
    return QStringLiteral("expert_id,name,specialties,employer,title,on_duty").split(QLatin1Char(','));
}

Parsed<core::Case> parseRoster(const QString &csvText, const QString &batchId, const QDate &today)
{
    Parsed<core::Case> result;
    const core::CsvTable table = core::parseCsv(csvText);
    const QHash<QString, int> index = columnIndex(table.header, rosterColumns(), &result.fileError);
    if (!result.fileError.isEmpty())
        return result;
    if (!table.error.isEmpty()) {
        result.fileError = table.error;
        return result;
    }
    static const QRegularExpression acceptancePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$"));
    QSet<QString> seenAcceptance;
    QSet<QString> seenIds;
    for (const core::CsvRow &row : table.rows) {
        auto reject = [&](const QString &reason) {
            result.rejected << RejectedRow{row.line, reason};
        };
        if (row.fields.size() != table.header.size()) {
            reject(tr("has %1 fields, the header has %2").arg(row.fields.size()).arg(table.header.size()));
            continue;
        }
        core::Case c;
        c.batchId = batchId;
        c.acceptanceNo = field(row, index, QStringLiteral("acceptance_no"));
        if (!acceptancePattern.match(c.acceptanceNo).hasMatch()) {
            reject(tr("acceptance_no \"%1\" is empty or has characters other than letters, digits, - and _")
                       .arg(c.acceptanceNo));
            continue;
        }
        if (seenAcceptance.contains(c.acceptanceNo)) {
            reject(tr("acceptance_no %1 appears twice in the file").arg(c.acceptanceNo));
            continue;
        }
        c.person.name = field(row, index, QStringLiteral("name"));
        if (c.person.name.isEmpty()) {
            reject(tr("name is empty"));
            continue;
        }
        const core::IdCheck id = core::checkIdNumber(field(row, index, QStringLiteral("id_number")), today);
        if (!id.valid) {
            reject(tr("id_number: %1").arg(id.error));
            continue;
        }
        if (seenIds.contains(id.normalized)) {
            reject(tr("id_number %1 appears twice in the file").arg(core::maskIdNumber(id.normalized)));
            continue;
        }
        c.person.idNumber = id.normalized;
        c.person.birthDate = id.birthDate;
        c.person.gender = id.gender;
        const QString genderText = field(row, index, QStringLiteral("gender"));
        if (!genderText.isEmpty()) {
            const auto gender = core::genderFromKey(genderText);
            if (!gender || *gender != id.gender) {
                reject(tr("gender \"%1\" does not match the ID number (%2)")
                           .arg(genderText, core::toKey(id.gender)));
                continue;
            }
        }
        const QString birthText = field(row, index, QStringLiteral("birth_date"));
        if (!birthText.isEmpty() && QDate::fromString(birthText, Qt::ISODate) != id.birthDate) {
            reject(tr("birth_date %1 does not match the ID number (%2)")
                       .arg(birthText, id.birthDate.toString(Qt::ISODate)));
            continue;
        }
        c.employer = field(row, index, QStringLiteral("employer"));
        const auto type = core::appraisalTypeFromKey(field(row, index, QStringLiteral("appraisal_type")));
        if (!type) {
            reject(tr("appraisal_type must be one of work_injury, occupational_disease, illness, review, "
                      "reappraisal"));
            continue;
        }
        c.type = *type;
        const auto specialty = core::specialtyFromKey(field(row, index, QStringLiteral("specialty")));
        if (!specialty) {
            reject(tr("specialty must be one of neurology, orthopaedics, ophthalmology_ent, surgery, "
                      "occupational"));
            continue;
        }
        c.specialty = *specialty;
        const QString priority = field(row, index, QStringLiteral("priority"));
        if (priority != QLatin1String(core::kNormalLane) && priority != QLatin1String(core::kGreenLane)) {
            reject(tr("priority must be normal or green"));
            continue;
        }
        c.lane = priority;
        c.person.phone = field(row, index, QStringLiteral("phone"));
        c.person.address = field(row, index, QStringLiteral("address"));
        const QStringList materials =
            field(row, index, QStringLiteral("materials")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString &item : materials)
            c.materials << item.trimmed();
        // Optional column: rosters from systems that do not export it still import, and the
        // deadline then shows as unknown instead of a guessed date.
        const QString acceptedText = field(row, index, QStringLiteral("accepted_on"));
        if (!acceptedText.isEmpty()) {
            c.acceptedOn = QDate::fromString(acceptedText, Qt::ISODate);
            if (!c.acceptedOn.isValid() || c.acceptedOn > today) {
                reject(tr("accepted_on %1 must be the acceptance date as YYYY-MM-DD, not in the future")
                           .arg(acceptedText));
                continue;
            }
        }
        seenAcceptance.insert(c.acceptanceNo);
        seenIds.insert(c.person.idNumber);
        result.items << c;
    }
    return result;
}

Parsed<core::Expert> parseExperts(const QString &csvText)
{
    Parsed<core::Expert> result;
    const core::CsvTable table = core::parseCsv(csvText);
    const QHash<QString, int> index = columnIndex(table.header, expertColumns(), &result.fileError);
    if (!result.fileError.isEmpty())
        return result;
    if (!table.error.isEmpty()) {
        result.fileError = table.error;
        return result;
    }
    QSet<QString> seen;
    for (const core::CsvRow &row : table.rows) {
        auto reject = [&](const QString &reason) {
            result.rejected << RejectedRow{row.line, reason};
        };
        core::Expert expert;
        expert.id = field(row, index, QStringLiteral("expert_id"));
        expert.name = field(row, index, QStringLiteral("name"));
        if (expert.id.isEmpty() || expert.name.isEmpty()) {
            reject(tr("expert_id and name are required"));
            continue;
        }
        if (seen.contains(expert.id)) {
            reject(tr("expert_id %1 appears twice in the file").arg(expert.id));
            continue;
        }
        bool specialtiesOk = true;
        const QStringList keys =
            field(row, index, QStringLiteral("specialties")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString &key : keys) {
            const auto specialty = core::specialtyFromKey(key.trimmed());
            if (!specialty) {
                reject(tr("unknown specialty \"%1\"").arg(key.trimmed()));
                specialtiesOk = false;
                break;
            }
            expert.specialties << *specialty;
        }
        if (!specialtiesOk)
            continue;
        if (expert.specialties.isEmpty()) {
            reject(tr("specialties is empty"));
            continue;
        }
        expert.employer = field(row, index, QStringLiteral("employer"));
        expert.title = field(row, index, QStringLiteral("title"));
        const QString onDuty = field(row, index, QStringLiteral("on_duty")).toLower();
        if (onDuty != QLatin1String("yes") && onDuty != QLatin1String("no")) {
            reject(tr("on_duty must be yes or no"));
            continue;
        }
        expert.onDuty = onDuty == QLatin1String("yes");
        seen.insert(expert.id);
        result.items << expert;
    }
    return result;
}

} // namespace roster
