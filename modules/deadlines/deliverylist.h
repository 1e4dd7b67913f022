#pragma once

#include "deadlineservice.h"

namespace deadlines {

// A Chinese postal address split the way EMS batch-import sheets want it.
struct PostalAddress {
    QString province; // 广东省, 北京市 (a municipality is its own province and city)
    QString city;     // 广州市
    QString district; // 白云区, 增城区, 从化市 (county level)
    QString street;   // the rest: road, number, building
};

// Splits at the province, city and county-level names; what cannot be recognised stays in
// `street`. An address without a province gets `defaultProvince` (the venue's province).
PostalAddress splitAddress(const QString &address, const QString &defaultProvince = {});

// The columns of the EMS delivery list (a contract: admins' scripts read them).
QStringList deliveryListColumns();

// Writes the EMS delivery list of the conclusions made on `day` as UTF-8 CSV (RFC 4180, CRLF):
// one row per person, with address fields and never the ID number. Only for those who print
// documents; audited. Returns the number of rows.
core::Result<int> writeDeliveryList(store::Database &database, const accounts::Session &session,
                                    const QDate &day, const QString &path);

} // namespace deadlines
