#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>

namespace identity {

// What a second-generation ID card holds, as read by the SAM module.
struct CardData {
    QString name;
    core::Gender gender = core::Gender::Male;
    QString nation; // name, e.g. 汉
    QDate birthDate;
    QString address;
    QString idNumber; // normalized and checked
    QString authority;
    QDate validFrom;
    QDate validTo;    // invalid when the card never expires (长期)
    QByteArray photo; // WLT-compressed, 1024 bytes
    bool expired(const QDate &today) const { return validTo.isValid() && validTo < today; }
};

// The nation names of GB 3304 by code ("01" 汉 … "56" 基诺), empty for an unknown code.
QString nationName(const QString &code);
QString nationCode(const QString &name);

// Parses the data of a read reply (after SW1 SW2 SW3): text length, photo length, 256 bytes of
// UTF-16LE text in fixed fields padded with spaces, then the photo. Fails with a message for a
// short reply, unreadable fields or an ID number that fails its check.
core::Result<CardData> parseCardText(const QByteArray &replyData, const QDate &today);
// The inverse, for the simulator and for tests: the reply data a card would give.
QByteArray encodeCardText(const CardData &card);

QJsonObject toJson(const CardData &card);

} // namespace identity

Q_DECLARE_METATYPE(identity::CardData)
