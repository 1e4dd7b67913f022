#include "actornames.h"

namespace ui {

ActorNames::ActorNames(QHash<QString, QString> accountNames) : m_accountNames(std::move(accountNames)) {}

ActorNames ActorNames::of(const accounts::AccountService &accounts, const accounts::Session &session)
{
    QHash<QString, QString> names;
    // Without the right to list accounts the keys are named in words, the accounts by user name.
    if (const auto listed = accounts.accounts(session))
        for (const core::StaffAccount &account : listed.value())
            names.insert(account.username, account.displayName);
    return ActorNames(std::move(names));
}

QString ActorNames::readable(const QString &actor) const
{
    // appraisal-admin acts as the administrator at the machine; the operating-system user it ran
    // under stays in the audit trail.
    if (actor.startsWith(QLatin1String("cli:")))
        return tr("Administrator (command line)");
    if (actor == QLatin1String("system"))
        return tr("The station (automatic)");
    if (actor == QLatin1String("demo"))
        return tr("Demo set-up");
    const QString name = m_accountNames.value(actor).trimmed();
    if (name.isEmpty() || name == actor)
        return actor;
    return tr("%1 (%2)", "an account's name (its user name)").arg(name, actor);
}

} // namespace ui
