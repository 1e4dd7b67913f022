#pragma once

#include "identity/carddata.h"

// A synthetic card matching demo case JD2026-0001.
inline identity::CardData testCard()
{
    identity::CardData card;
    card.name = QStringLiteral("罗超");
    card.gender = core::Gender::Male;
    card.nation = QStringLiteral("汉");
    card.birthDate = QDate(1986, 11, 20);
    card.address = QStringLiteral("广州市白云区新港西路117号");
    card.idNumber = QStringLiteral("440106198611200776");
    card.authority = QStringLiteral("广州市公安局白云分局");
    card.validFrom = QDate(2016, 3, 1);
    card.validTo = QDate(2036, 3, 1);
    card.photo = QByteArray(1024, '\x5a');
    return card;
}
