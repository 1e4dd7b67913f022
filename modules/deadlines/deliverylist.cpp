#include "deliverylist.h"

#include "core/csv.h"
#include "store/auditlog.h"
#include "store/caserepository.h"

#include <QRegularExpression>
#include <QSaveFile>

namespace deadlines {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("deadlines", text);
}

const QStringList kMunicipalities{QStringLiteral("北京市"), QStringLiteral("天津市"),
                                  QStringLiteral("上海市"), QStringLiteral("重庆市")};

} // namespace

PostalAddress splitAddress(const QString &address, const QString &defaultProvince)
{
    PostalAddress result;
    QString rest = address.trimmed();
    rest.remove(QRegularExpression(QStringLiteral("\\s+")));
    // Names are short: bounding them keeps "白云区市场路" from being read as a city "白云区市".
    static const QRegularExpression province(
        QStringLiteral("^(.{2,3}省|.{2,8}?自治区|香港特别行政区|澳门特别行政区)"));
    static const QRegularExpression city(QStringLiteral("^([^省区县]{2,9}?(?:自治州|地区|盟|市))"));
    static const QRegularExpression district(QStringLiteral("^([^省市区县]{1,9}?(?:区|县|旗|市))"));
    for (const QString &municipality : kMunicipalities) {
        if (rest.startsWith(municipality)) {
            result.province = municipality;
            result.city = municipality;
            rest = rest.mid(municipality.size());
            break;
        }
    }
    if (result.province.isEmpty()) {
        if (const auto match = province.match(rest); match.hasMatch()) {
            result.province = match.captured(1);
            rest = rest.mid(match.capturedLength(1));
        } else {
            result.province = defaultProvince;
        }
        if (const auto match = city.match(rest); match.hasMatch()) {
            result.city = match.captured(1);
            rest = rest.mid(match.capturedLength(1));
        }
    }
    if (const auto match = district.match(rest); match.hasMatch() && match.capturedLength(1) < rest.size()) {
        result.district = match.captured(1);
        rest = rest.mid(match.capturedLength(1));
    }
    result.street = rest;
    return result;
}

QStringList deliveryListColumns()
{
    return QStringLiteral("acceptance_no,recipient,phone,province,city,district,street,address,item,"
                          "concluded_on,delivery_due")
        .split(QLatin1Char(','));
}

core::Result<int> writeDeliveryList(store::Database &database, const accounts::Session &session,
                                    const QDate &day, const QString &path)
{
    using R = core::Result<int>;
    if (const core::Status allowed =
            accounts::Authorizer::require(session, accounts::Permission::PrintDocuments);
        !allowed)
        return R::failure(allowed.error());
    const DeadlineService service(database);
    const store::CaseRepository cases(database);
    const QString defaultProvince = database.setting(store::settings::DeliveryDefaultProvince);
    QString csv = core::csvRecord(deliveryListColumns());
    int rows = 0;
    for (const QString &acceptanceNo : service.concludedOn(day)) {
        const auto record = cases.find(acceptanceNo);
        const auto deadline = service.of(acceptanceNo);
        if (!record || !deadline)
            continue;
        if (record->unreadable)
            return R::failure(tr("The personal data of case %1 does not open with this station's key; the "
                                 "list was not written.")
                                  .arg(acceptanceNo));
        const core::Person &person = record->data.person;
        const PostalAddress parts = splitAddress(person.address, defaultProvince);
        csv += core::csvRecord({acceptanceNo, person.name, person.phone, parts.province, parts.city,
                                parts.district, parts.street, person.address, tr("Appraisal conclusion"),
                                deadline->dates.concludedOn.toString(Qt::ISODate),
                                deadline->standing.due.toString(Qt::ISODate)});
        ++rows;
    }
    QSaveFile file(path); // all or nothing: a half-written list must never reach the post office
    if (!file.open(QIODevice::WriteOnly))
        return R::failure(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    file.write(csv.toUtf8());
    if (!file.commit())
        return R::failure(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    if (const core::Status audited = store::AuditLog(database).append(
            session.account.username, QStringLiteral("delivery.export"), day.toString(Qt::ISODate),
            {{QStringLiteral("rows"), rows}, {QStringLiteral("file"), path}});
        !audited)
        return R::failure(audited.error());
    return rows;
}

} // namespace deadlines
