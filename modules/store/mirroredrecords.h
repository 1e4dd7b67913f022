#pragma once

#include <QList>
#include <QString>

namespace store {

// The hub's decisions as they travel in its event stream: read at the hub when it publishes an
// event, written into a staff station's own tables when the station mirrors it (venue::HubMirror,
// through HubMirrorRepository). Values stay as the event carries them (text), so what the hub sent
// is what the station stores. The repositories that own the tables read and write them.

struct MirroredAssignment {
    QString role;
    QString expertId;
};

struct MirroredDraw {
    QString id;
    QString acceptanceNo;
    QString drawnAt;
    QString operatorName;
    int panelSize = 0;
    QString record;
    QString reason;
    QList<MirroredAssignment> assignments; // ordered by role
};

// An expert who took over a role in a case.
struct MirroredTransfer {
    QString acceptanceNo;
    QString role;
    QString expertId;
};

struct MirroredTicket {
    QString id;
    QString serviceDay;
    QString lane;
    int number = 0;
    QString label;
    QString acceptanceNo;
    QString issuedAt;
    QString issuedBy;
};

} // namespace store
