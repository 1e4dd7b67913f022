#include "auditpage.h"

#include "recordnames.h"

#include "pagewidgets.h"
#include "screenfit.h"
#include "tablefit.h"

#include "core/caseflow.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

QString AuditModel::actionName(const QString &action)
{
    return RecordNames::auditAction(action);
}

void AuditModel::setEntries(QList<store::AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::AuditEntry &entry = m_entries.at(index.row());
    // The stored key under the name: what `appraisal-admin audit` and its filters take.
    if (role == Qt::ToolTipRole && index.column() == Action)
        return entry.action;
    if (role == Qt::ToolTipRole && index.column() == Actor)
        return entry.actor;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Seq:
        return entry.seq;
    case Time:
        return QLocale().toString(entry.at, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Actor:
        return m_actorNames.readable(entry.actor);
    case Action:
        return actionName(entry.action);
    case Subject:
        return RecordNames::auditSubject(entry.action, entry.subject);
    case Details:
        return RecordNames::auditDetails(entry.details, entry.action);
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Seq:
        return tr("No.");
    case Time:
        return tr("Time");
    case Actor:
        return tr("Person");
    case Action:
        return tr("Action");
    case Subject:
        return tr("Subject");
    case Details:
        return tr("Details");
    }
    return {};
}

AuditPage::AuditPage(const Services &services, const accounts::Session &session, QWidget *parent)
    : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("auditPage"));
    auto *layout = new QVBoxLayout(this);
    // 911×512: the page's margins go to its content.
    const bool compactMargins = isCompactScreen(*this);
    layout->setContentsMargins(compactMargins ? QMargins(16, 8, 16, 6) : QMargins(28, 24, 28, 24));
    layout->setSpacing(compactMargins ? 6 : 12);
    layout->addWidget(
        makePageHeader(tr("Audit trail"),
                       tr("Every login, account change and case step, newest first. Each row is "
                          "chained to the one before it, so later edits are detected."),
                       this));
    m_chain = new InfoBanner(QString(), this);
    m_chain->setObjectName(QStringLiteral("auditChainStatus"));
    layout->addWidget(m_chain);

    auto *filters = new QHBoxLayout;
    m_actor = new QComboBox(this);
    m_actor->setObjectName(QStringLiteral("auditActor"));
    m_actor->addItem(tr("Everyone"), QString());
    // People by name; the stored key stays the filter's value (and the item's tooltip).
    const ActorNames actorNames = ActorNames::of(services.accounts, session);
    for (const QString &actor : services.auditTrail.actors()) {
        m_actor->addItem(actorNames.readable(actor), actor);
        m_actor->setItemData(m_actor->count() - 1, actor, Qt::ToolTipRole);
    }
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->addItem(tr("All actions"), QString());
    m_action->addItem(tr("Logins and logouts"), QStringLiteral("log"));
    m_action->addItem(tr("Failed logins"), QStringLiteral("login_failed"));
    m_action->addItem(tr("Case steps"), QStringLiteral("case."));
    m_action->addItem(tr("Account changes"), QStringLiteral("account."));
    m_action->addItem(tr("Station enrolments at the hub"), QStringLiteral("hub.enrol"));
    const QDateTime now = services.clock.now();
    m_from = new QDateTimeEdit(QDateTime(now.date().addDays(-7), QTime(0, 0)), this);
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_to = new QDateTimeEdit(QDateTime(now.date(), QTime(23, 59, 59)), this);
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    filters->addWidget(new QLabel(tr("Person"), this));
    filters->addWidget(m_actor, 1);
    filters->addWidget(new QLabel(tr("Action"), this));
    filters->addWidget(m_action, 1);
    layout->addLayout(filters);
    // At 911×512 the period goes on a row of its own: one row of four filters was wider.
    auto *period = isCompactScreen(*this) ? new QHBoxLayout : filters;
    period->addWidget(new QLabel(tr("From"), this));
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("To"), this));
    period->addWidget(m_to);
    if (period != filters) {
        period->addStretch(1);
        layout->addLayout(period);
        for (QComboBox *combo : {m_actor, m_action}) {
            combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            combo->setMinimumContentsLength(10);
        }
    }

    m_model = new AuditModel(this);
    m_model->setActorNames(actorNames);
    QTableView *view = makeListView(QStringLiteral("auditView"), m_model, this);
    layout->addWidget(view, 1);
    // The whole of every entry: action names and details wrap in rows as high as their text (they
    // were cut to "…"); on a narrow screen the number and the subject fold into a line under the
    // list for the selected entry.
    auto *detail = new QLabel(this);
    detail->setObjectName(QStringLiteral("auditDetail"));
    layout->addWidget(detail);
    m_fit = new TableFit(view,
                         {{AuditModel::Seq, false, 1},
                          {AuditModel::Time, true, 0},
                          {AuditModel::Actor, true, 0},
                          {AuditModel::Action, true, 0},
                          {AuditModel::Subject, true, 2},
                          {AuditModel::Details, true, 0}},
                         detail);

    connect(m_actor, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &AuditPage::reload);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &AuditPage::reload);
    reload();
}

void AuditPage::reload()
{
    const administration::AuditTrail &audit = m_services.auditTrail;
    store::AuditFilter filter;
    filter.actor = m_actor->currentData().toString();
    filter.action = m_action->currentData().toString();
    filter.from = m_from->dateTime();
    filter.to = m_to->dateTime();
    m_model->setEntries(audit.search(filter));
    m_fit->refit();
    // From the last sealed checkpoint on: a year of history would otherwise be read again on the
    // GUI thread at every change of filter. The whole chain: `appraisal-admin audit verify --full`.
    const store::IncrementalAudit run = audit.verifySinceCheckpoint();
    const store::AuditVerification &check = run.verification;
    m_chain->setText(check.intact && check.rows == 0 ? tr("Chain intact: no rows yet.")
                     : check.intact
                         ? tr("Chain intact: rows %1 to %2 checked since the last check (the whole chain: "
                              "appraisal-admin audit verify --full).")
                               .arg(run.fromSeq)
                               .arg(run.fromSeq + check.rows - 1)
                         : tr("CHAIN BROKEN at row %1: %2").arg(check.firstBrokenSeq).arg(check.reason));
    m_chain->setProperty("alarm", !check.intact);
}

} // namespace ui
