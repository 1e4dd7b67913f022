#pragma once

#include "uploader.h"

#include <QJsonObject>

namespace centralsync {

struct ReferenceSummary {
    QHash<QString, int> applied; // per kind: items written
    QHash<QString, int>
        keptLocal; // per kind: items not applied because the station's own change waits to upload
    QString error; // why it stopped, if it did (what was applied stays)
};

// The reference kinds the station applies: venues (details of the area's venues), rooms, experts, clauses,
// rosters (entries for this station's venue; a case already started here is kept), templates (exam templates,
// checked).
QStringList stationReferenceKinds();

// Fetches what changed since the station's cursor for each kind and applies it: each page and its
// cursor in one transaction. An item whose local record still waits to upload is left as it is;
// nothing local is ever deleted, and a new server store (another epoch) only means reading
// everything again. A kind that has not changed answers 304 to the stored ETag.
// Reads every item of one reference kind (its `data` objects) without storing anything: the setup
// assistant fills its pages from them before the station has a database. Fails with a translated
// message when the server does not answer in `timeoutMs`, refuses the token, or answers nonsense.
core::Result<QList<QJsonObject>> fetchReferenceItems(const ServerLink &link, const QString &kind,
                                                     int timeoutMs = 15000);

ReferenceSummary downloadReference(store::Database &database, const ServerLink &link,
                                   const QStringList &kinds = stationReferenceKinds());

} // namespace centralsync
