#include "adminimports.h"

#include "adminwidgets.h"

#include "administration/expertadministration.h"
#include "grading/catalog.h"
#include "roster/rosterimport.h"
#include "store/settingsregistry.h"
#include "store/venuerepository.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStringDecoder>
#include <QVBoxLayout>

namespace ui {

namespace {

// A CSV as text; an error says how to save it right.
core::Result<QString> readUtf8(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::Result<QString>::failure(
            AdminImportsTab::tr("Cannot read %1: %2").arg(path, file.errorString()));
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(file.readAll());
    if (utf8.hasError())
        return core::Result<QString>::failure(
            AdminImportsTab::tr("%1 is not UTF-8 text. Save it as \"CSV UTF-8\" and import it again.")
                .arg(path));
    return text;
}

QString lineRejection(int line, const QString &reason)
{
    return AdminImportsTab::tr("line %1: %2").arg(line).arg(reason);
}

} // namespace

ImportResultDialog::ImportResultDialog(const QString &title, const QString &summary,
                                       const QStringList &rejections, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importResultDialog"));
    setWindowTitle(title);
    resize(760, 480);
    auto *layout = new QVBoxLayout(this);
    auto *words = new QLabel(summary, this);
    words->setObjectName(QStringLiteral("importSummary"));
    words->setWordWrap(true);
    layout->addWidget(words);
    auto *list = new QPlainTextEdit(rejections.join(QLatin1Char('\n')), this);
    list->setObjectName(QStringLiteral("importRejections"));
    list->setReadOnly(true);
    list->setVisible(!rejections.isEmpty());
    layout->addWidget(list, 1);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = box->addButton(tr("Save the list…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveRejectionsButton"));
    save->setEnabled(!rejections.isEmpty());
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(save, &QPushButton::clicked, this, [this, summary, rejections] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the refused lines"),
                                                          QStringLiteral("rejected.txt"), tr("Text (*.txt)"));
        if (path.isEmpty())
            return;
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            file.write((summary + QLatin1Char('\n') + rejections.join(QLatin1Char('\n')) + QLatin1Char('\n'))
                           .toUtf8());
            if (file.commit())
                return;
        }
        ActionFeedback(QString(), this).report(core::Status::failure(file.errorString()), QString());
    });
}

AdminImportsTab::AdminImportsTab(const Services &services, const accounts::Session &session, QWidget *parent)
    : QWidget(parent), m_services(services), m_session(session)
{
    setObjectName(QStringLiteral("adminImportsTab"));
    auto *layout = new QVBoxLayout(this);
    auto *words = new QLabel(tr("Good lines are saved together; every refused line is listed with its line "
                                "number and reason, and the list can be saved for whoever made the file."),
                             this);
    words->setWordWrap(true);
    layout->addWidget(words);
    auto *form = new QFormLayout;
    m_batch = new QLineEdit(this);
    m_batch->setObjectName(QStringLiteral("importBatchEdit"));
    m_batch->setMaximumWidth(360);
    // Today's batch, or the name a new one gets.
    const QDate today = services.clock.today();
    const StationInfo station = services.directory.stationInfo();
    m_batch->setText(
        station.batchDay == today
            ? station.batchId
            : QStringLiteral("%1-%2").arg(station.venueId, today.toString(QStringLiteral("yyyyMMdd"))));
    form->addRow(tr("Batch of the roster"), m_batch);
    layout->addLayout(form);
    const auto button = [this, layout](const QString &name, const QString &text, const QString &explanation) {
        auto *row = new QHBoxLayout;
        auto *push = addActionButton(row, name, text, this);
        push->setMinimumWidth(220);
        auto *label = new QLabel(explanation, this);
        label->setObjectName(QStringLiteral("inputHint"));
        label->setWordWrap(true);
        row->addWidget(label, 1);
        layout->addLayout(row);
        return push;
    };
    connect(button(QStringLiteral("importRosterButton"), tr("Roster CSV…"),
                   tr("The people called for the batch (acceptance number, ID number, name, …).")),
            &QPushButton::clicked, this, [this] {
                const QString file = QFileDialog::getOpenFileName(this, tr("Roster CSV"), QString(),
                                                                  tr("CSV (*.csv);;All files (*)"));
                if (!file.isEmpty())
                    importRoster(file);
            });
    connect(button(QStringLiteral("importExpertsButton"), tr("Experts CSV…"),
                   tr("expert_id,name,specialties,employer,title,on_duty")),
            &QPushButton::clicked, this, [this] {
                const QString file = QFileDialog::getOpenFileName(this, tr("Experts CSV"), QString(),
                                                                  tr("CSV (*.csv);;All files (*)"));
                if (!file.isEmpty())
                    importExperts(file);
            });
    connect(button(QStringLiteral("importMaterialsButton"), tr("Medical materials folder…"),
                   tr("A folder per acceptance number with its PDF, PNG or JPEG files.")),
            &QPushButton::clicked, this, [this] {
                const QString folder =
                    QFileDialog::getExistingDirectory(this, tr("Medical materials folder"));
                if (!folder.isEmpty())
                    importMaterials(folder);
            });
    connect(button(QStringLiteral("importCatalogButton"), tr("Clause catalog…"),
                   tr("JSON {\"clauses\":[…]} or CSV clause,grade,group,text.")),
            &QPushButton::clicked, this, [this] {
                const QString file = QFileDialog::getOpenFileName(
                    this, tr("Clause catalog"), QString(), tr("Catalog (*.json *.csv);;All files (*)"));
                if (!file.isEmpty())
                    importCatalog(file);
            });
    m_feedback = new ActionFeedback(QStringLiteral("importsFeedback"), this);
    layout->addWidget(m_feedback);
    layout->addStretch(1);
}

void AdminImportsTab::showResult(const QString &title, const QString &summary, const QStringList &rejections)
{
    m_feedback->report(core::Status(), summary);
    Q_EMIT imported();
    ImportResultDialog(title, summary, rejections, this).exec();
}

void AdminImportsTab::importRoster(const QString &file)
{
    const auto text = readUtf8(file);
    if (!m_feedback->report(text.status(), QString()))
        return;
    const auto summary = m_services.rosterImport.import(m_session, text.value(), m_batch->text().trimmed(),
                                                        /*createBatch=*/true);
    if (!m_feedback->report(summary.status(), QString()))
        return;
    QStringList rejections;
    for (const roster::RejectedRow &row : summary->rejected)
        rejections << lineRejection(row.line, row.reason);
    showResult(tr("Roster import"),
               tr("%1 people imported into batch %2; %3 lines refused.")
                   .arg(summary->imported)
                   .arg(summary->batchId)
                   .arg(summary->rejected.size()),
               rejections);
}

void AdminImportsTab::importExperts(const QString &file)
{
    const auto text = readUtf8(file);
    if (!m_feedback->report(text.status(), QString()))
        return;
    const auto parsed = m_services.expertAdministration.importCsv(m_session, text.value());
    if (!m_feedback->report(parsed.status(), QString()))
        return;
    QStringList rejections;
    for (const roster::RejectedRow &row : parsed->rejected)
        rejections << lineRejection(row.line, row.reason);
    showResult(
        tr("Experts import"),
        tr("%1 experts imported; %2 lines refused.").arg(parsed->imported).arg(parsed->rejected.size()),
        rejections);
}

void AdminImportsTab::importMaterials(const QString &folder)
{
    if (!m_services.materials) {
        m_feedback->report(core::Status::failure(tr("This station keeps no medical materials.")), QString());
        return;
    }
    const auto imported = m_services.materials->importFolder(m_session, folder);
    if (!m_feedback->report(imported.status(), QString()))
        return;
    QStringList rejections;
    for (const auto &[name, reason] : imported->rejected)
        rejections << tr("%1: %2").arg(name, reason);
    showResult(tr("Medical materials import"),
               tr("%1 files added, %2 already stored; %3 refused.")
                   .arg(imported->added)
                   .arg(imported->duplicates)
                   .arg(imported->rejected.size()),
               rejections);
}

void AdminImportsTab::importCatalog(const QString &file)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        m_feedback->report(core::Status::failure(tr("Cannot read %1: %2").arg(file, input.errorString())),
                           QString());
        return;
    }
    const auto imported = m_services.clauses.import(input.readAll(), file);
    if (!m_feedback->report(imported.status(), QString()))
        return;
    QStringList rejections;
    for (const auto &[entry, reason] : imported->rejected)
        rejections << lineRejection(entry, reason);
    showResult(tr("Clause catalog import"),
               tr("%1 clauses imported; %2 refused.").arg(imported->imported).arg(imported->rejected.size()),
               rejections);
}

} // namespace ui
