#pragma once

#include "accounts/accountservice.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace ui {

// Who did something, as a person reads it, instead of the stored actor key: a staff account by its
// name ("张志强 (guanli)"), the command line ("cli:<user>") as "administrator (command line)", the
// station's own work ("system") and the demo set-up ("demo") in words. An unknown key stays as it is.
class ActorNames
{
    Q_DECLARE_TR_FUNCTIONS(ui::ActorNames)
public:
    // username → the account's display name
    explicit ActorNames(QHash<QString, QString> accountNames = {});
    // The station's accounts, as far as `session` may list them (the venue admin: all).
    static ActorNames of(const accounts::AccountService &accounts, const accounts::Session &session);

    QString readable(const QString &actor) const;

private:
    QHash<QString, QString> m_accountNames;
};

} // namespace ui
