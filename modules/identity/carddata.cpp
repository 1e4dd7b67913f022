#include "carddata.h"

#include "core/idnumber.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace identity {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("identity", text);
}

// Field widths in bytes of the 256-byte text block, in order.
constexpr int kName = 30, kGender = 2, kNation = 4, kBirth = 16, kAddress = 70, kId = 36, kAuthority = 30,
              kValidFrom = 16, kValidTo = 16, kReserved = 36;
constexpr int kTextBytes = 256;
constexpr int kPhotoBytes = 1024;

const QStringList &nations()
{
    static const QStringList names =
        QStringLiteral("汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 "
                       "畲 高山 拉祜 水 东乡 纳西 景颇 "
                       "柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 "
                       "俄罗斯 鄂温克 德昂 保安 裕固 京 "
                       "塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺")
            .split(QLatin1Char(' '));
    return names;
}

QString field(const QByteArray &text, int &offset, int bytes)
{
    const QByteArray raw = text.mid(offset, bytes);
    offset += bytes;
    QString value(raw.size() / 2, Qt::Uninitialized);
    for (int i = 0; i < value.size(); ++i)
        value[i] = QChar(ushort(quint8(raw.at(2 * i)) | (quint8(raw.at(2 * i + 1)) << 8)));
    return value.trimmed();
}

QByteArray padded(const QString &value, int bytes)
{
    QByteArray out;
    for (const QChar c : value.left(bytes / 2))
        out.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
    while (out.size() < bytes)
        out.append(' ').append('\0');
    return out;
}

QDate dateOf(const QString &yyyymmdd)
{
    return QDate::fromString(yyyymmdd, QStringLiteral("yyyyMMdd"));
}

} // namespace

QString nationName(const QString &code)
{
    bool ok = false;
    const int number = code.toInt(&ok);
    if (ok && number >= 1 && number <= nations().size())
        return nations().at(number - 1);
    if (code == QLatin1String("97"))
        return QStringLiteral("其他");
    if (code == QLatin1String("98"))
        return QStringLiteral("外国血统");
    return {};
}

QString nationCode(const QString &name)
{
    const qsizetype index = nations().indexOf(name);
    return index < 0 ? QStringLiteral("97") : QStringLiteral("%1").arg(index + 1, 2, 10, QLatin1Char('0'));
}

core::Result<CardData> parseCardText(const QByteArray &replyData, const QDate &today)
{
    if (replyData.size() < 4 + kTextBytes)
        return core::Status::failure(
            tr("The card data was cut short (%1 bytes). Hold the card still and read it again.")
                .arg(replyData.size()));
    const int textLength = (quint8(replyData.at(0)) << 8) | quint8(replyData.at(1));
    const int photoLength = (quint8(replyData.at(2)) << 8) | quint8(replyData.at(3));
    if (textLength != kTextBytes || replyData.size() < 4 + textLength + photoLength)
        return core::Status::failure(tr("The card data has unexpected lengths (text %1, photo %2 bytes).")
                                         .arg(textLength)
                                         .arg(photoLength));
    const QByteArray text = replyData.mid(4, kTextBytes);
    int offset = 0;
    CardData card;
    card.name = field(text, offset, kName);
    const QString gender = field(text, offset, kGender);
    card.nation = nationName(field(text, offset, kNation));
    card.birthDate = dateOf(field(text, offset, kBirth));
    card.address = field(text, offset, kAddress);
    const QString idNumber = field(text, offset, kId);
    card.authority = field(text, offset, kAuthority);
    card.validFrom = dateOf(field(text, offset, kValidFrom));
    const QString validTo = field(text, offset, kValidTo);
    offset += kReserved;
    card.photo = replyData.mid(4 + kTextBytes, photoLength);

    if (gender != QLatin1String("1") && gender != QLatin1String("2"))
        return core::Status::failure(tr("The card's gender code \"%1\" is not valid.").arg(gender));
    card.gender = gender == QLatin1String("1") ? core::Gender::Male : core::Gender::Female;
    if (card.name.isEmpty())
        return core::Status::failure(tr("The card has no name on it. Read it again."));
    if (validTo != QStringLiteral("长期")) {
        card.validTo = dateOf(validTo);
        if (!card.validTo.isValid())
            return core::Status::failure(tr("The card's expiry date \"%1\" is not a date.").arg(validTo));
    }
    const core::IdCheck check = core::checkIdNumber(idNumber, today);
    if (!check.valid)
        return core::Status::failure(tr("The ID number on the card failed its check: %1").arg(check.error));
    card.idNumber = check.normalized;
    return card;
}

QByteArray encodeCardText(const CardData &card)
{
    QByteArray text;
    text += padded(card.name, kName);
    text += padded(card.gender == core::Gender::Male ? QStringLiteral("1") : QStringLiteral("2"), kGender);
    text += padded(nationCode(card.nation), kNation);
    text += padded(card.birthDate.toString(QStringLiteral("yyyyMMdd")), kBirth);
    text += padded(card.address, kAddress);
    text += padded(card.idNumber, kId);
    text += padded(card.authority, kAuthority);
    text += padded(card.validFrom.toString(QStringLiteral("yyyyMMdd")), kValidFrom);
    text += padded(card.validTo.isValid() ? card.validTo.toString(QStringLiteral("yyyyMMdd"))
                                          : QStringLiteral("长期"),
                   kValidTo);
    text += padded(QString(), kReserved);
    QByteArray photo = card.photo.left(kPhotoBytes);
    photo.append(QByteArray(kPhotoBytes - photo.size(), '\0'));
    QByteArray out;
    out.append(char(kTextBytes >> 8)).append(char(kTextBytes & 0xff));
    out.append(char(kPhotoBytes >> 8)).append(char(kPhotoBytes & 0xff));
    return out + text + photo;
}

QJsonObject toJson(const CardData &card)
{
    return {{QStringLiteral("name"), card.name},
            {QStringLiteral("gender"), core::toKey(card.gender)},
            {QStringLiteral("nation"), card.nation},
            {QStringLiteral("birth_date"), card.birthDate.toString(Qt::ISODate)},
            {QStringLiteral("address"), card.address},
            {QStringLiteral("id_number"), card.idNumber},
            {QStringLiteral("authority"), card.authority},
            {QStringLiteral("valid_from"), card.validFrom.toString(Qt::ISODate)},
            {QStringLiteral("valid_to"),
             card.validTo.isValid() ? card.validTo.toString(Qt::ISODate) : QStringLiteral("长期")}};
}

} // namespace identity
