#include "syncpage.h"

#include "pagewidgets.h"

#include "store/outbox.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ui {

namespace {
QLabel *addFigure(QGridLayout *grid, int column, const QString &caption, const QString &objectName,
                  QWidget *parent)
{
    auto *card = new QWidget(parent);
    card->setObjectName(QStringLiteral("figureCard"));
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(20, 16, 20, 16);
    auto *value = new QLabel(card);
    value->setObjectName(objectName);
    value->setProperty("figure", true);
    auto *label = new QLabel(caption, card);
    label->setObjectName(QStringLiteral("figureCaption"));
    layout->addWidget(value);
    layout->addWidget(label);
    grid->addWidget(card, 0, column);
    return value;
}
} // namespace

SyncPage::SyncPage(store::Database &database, QWidget *parent) : QWidget(parent), m_database(database)
{
    setObjectName(QStringLiteral("syncPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(12);
    layout->addWidget(
        makePageHeader(tr("Synchronization"),
                       tr("Every record saved at this station waits in the outbox until the central "
                          "system has confirmed it."),
                       this));
    auto *grid = new QGridLayout;
    grid->setSpacing(16);
    m_pending = addFigure(grid, 0, tr("waiting for upload"), QStringLiteral("syncPending"), this);
    m_total = addFigure(grid, 1, tr("records saved in total"), QStringLiteral("syncTotal"), this);
    m_quarantined =
        addFigure(grid, 2, tr("set aside with an error"), QStringLiteral("syncQuarantined"), this);
    layout->addLayout(grid);
    layout->addWidget(
        new InfoBanner(tr("Uploading to the central system arrives with the sync release. Until then "
                          "records stay safely in this station's database."),
                       this));
    layout->addStretch(1);
    reload();
}

void SyncPage::reload()
{
    const store::OutboxCounts counts = store::Outbox(m_database).counts();
    m_pending->setText(QString::number(counts.pending));
    m_total->setText(QString::number(counts.total));
    m_quarantined->setText(QString::number(counts.quarantined));
}

} // namespace ui
