#include "monitor.h"

#include "checkinprint/ticketoutput.h"
#include "identity/cardreader.h"
#include "store/auditlog.h"
#include "store/healthrepository.h"
#include "venue/hubclient.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QThread>

namespace health {

Monitor::Monitor(store::Database &database, QString dataDir, LiveSources live, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_dataDir(std::move(dataDir))
    , m_live(live)
    , m_freeSpace(fileSystemFreeSpace())
{
    connect(&m_timer, &QTimer::timeout, this, &Monitor::evaluateNow);
}

Monitor::~Monitor()
{
    if (m_worker) {
        // The probe has short time-outs of its own; its result is not wanted any more.
        m_worker->disconnect(this);
        // A keychain read waits for the main thread, which is here: let it give up now.
        m_worker->requestInterruption();
        m_worker->wait();
        delete m_worker;
    }
}

void Monitor::start()
{
    m_timer.start(1000 * qMax(60, m_database.settingNumber(store::settings::HealthIntervalSeconds)));
    evaluateNow();
}

void Monitor::evaluateNow()
{
    if (m_worker)
        return;
    // On this thread (the database connection's): bounded queries and file sizes.
    auto facts = std::make_shared<Facts>(gatherLocal(m_database, m_dataDir, m_freeSpace));
    const ProbePlan plan = planProbes(m_database, m_dataDir, false);
    auto results = std::make_shared<ProbeResults>();
    const QDateTime now = facts->now;
    m_worker = QThread::create([plan, now, results] { *results = probe(plan, now); });
    connect(m_worker, &QThread::finished, this, [this, facts, plan, results] {
        m_worker->deleteLater();
        m_worker = nullptr;
        finish(std::move(*facts), plan, *results);
    });
    m_worker->start();
}

bool Monitor::waitForReport(int milliseconds)
{
    if (!m_worker)
        return m_evaluated;
    QEventLoop loop;
    connect(this, &Monitor::reportReady, &loop, &QEventLoop::quit);
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
    return m_worker == nullptr;
}

void Monitor::addLiveFacts(Facts &facts) const
{
    if (venue::HubClient *hub = m_live.hub) {
        switch (hub->state()) {
        case venue::HubClient::State::Online:
            facts.hub = LinkState::Online;
            break;
        case venue::HubClient::State::Connecting:
            facts.hub = LinkState::Connecting;
            break;
        case venue::HubClient::State::Offline:
            facts.hub = LinkState::Offline;
            break;
        case venue::HubClient::State::Refused:
            facts.hub = LinkState::Refused;
            break;
        }
        facts.hubCommandsWaiting = hub->waitingCommands();
        facts.hubError = hub->lastError();
    }
    if (identity::CardReader *reader = m_live.cardReader) {
        switch (reader->state()) {
        case identity::CardReader::State::Waiting:
        case identity::CardReader::State::Reading:
            facts.cardReader = CardReaderState::Ready;
            break;
        case identity::CardReader::State::Disconnected:
            // The port is there but the reader does not answer; a missing port stays "missing".
            if (facts.cardReader != CardReaderState::Missing)
                facts.cardReader = CardReaderState::Disconnected;
            break;
        case identity::CardReader::State::Stopped:
            break;
        }
        facts.cardReaderPort = reader->portName();
    }
    if (checkinprint::TicketOutput *tickets = m_live.tickets; tickets && facts.ticketPrinter) {
        facts.ticketPrinter->liveProblem = tickets->printerProblem();
        facts.ticketPrinter->waitingJobs = tickets->waitingJobs();
    }
}

void Monitor::finish(Facts facts, const ProbePlan &plan, const ProbeResults &results)
{
    merge(facts, plan, results);
    addLiveFacts(facts);
    Report report = Rules::evaluate(facts, Thresholds::fromSettings(m_database));
    auditChanges(report);
    if (m_live.hub)
        m_live.hub->sendHealth(toJson(report));
    m_report = std::move(report);
    m_evaluated = true;
    emit reportReady(m_report);
}

void Monitor::auditChanges(const Report &report)
{
    store::HealthRepository repository(m_database);
    const core::Status kept = m_database.transaction([&]() -> core::Status {
        for (const Check &check : report.checks) {
            const QString key = QStringLiteral("level:") + check.name;
            const auto before = repository.observation(key);
            const QString was = before ? before->value : levelKey(Level::Ok);
            const QString now = levelKey(check.level);
            if (was == now)
                continue;
            if (const core::Status audited =
                    store::AuditLog(m_database)
                        .append(QStringLiteral("system"), QStringLiteral("health.level_changed"), check.name,
                                QJsonObject{{QStringLiteral("check"), check.name},
                                            {QStringLiteral("from"), was},
                                            {QStringLiteral("to"), now},
                                            {QStringLiteral("value"), check.value}});
                !audited)
                return audited;
            if (const core::Status noted = repository.setObservation(key, now, m_database.clock().now());
                !noted)
                return noted;
        }
        return {};
    });
    if (!kept)
        qWarning("health level changes not audited: %s", qPrintable(kept.error()));
}

} // namespace health
