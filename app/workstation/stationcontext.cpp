#include "stationcontext.h"

#include "exam/stationtemplates.h"

#include <QCoreApplication>
#include <QDir>

namespace station {

StationContext::StationContext(store::Database &database, const core::Clock &clock, StationStart start)
    : m_database(database)
    , m_clock(clock)
    , m_start(std::move(start))
    , m_accounts(database)
    , m_printers(database, m_start.dataDir)
    , m_draws(database, m_random)
    , m_localCalls(database)
    , m_hubJournal(database)
    , m_hubMirror(database)
    , m_materials(database)
    , m_sync(database)
    , m_statistics(database)
{
}

void StationContext::start()
{
    if (started())
        return;
    const QString readerPort = m_start.cardReaderPort.isEmpty()
                                   ? m_database.setting(store::settings::CardReaderPort)
                                   : m_start.cardReaderPort;
    if (!readerPort.isEmpty())
        m_reader = std::make_unique<identity::CardReader>(readerPort, m_clock);
    connectHub();
    buildAnnouncements();
    // Exam templates: built in, or a venue's own folder (setting forms.exam_dir).
    const auto templates = exam::stationTemplates(m_database);
    if (templates)
        m_opinions = std::make_unique<exam::OpinionService>(m_database, templates.value());
    else
        m_templatesProblem = templates.error();
    // Uploads to the central system in the background whenever a server is set up.
    m_sync.start();
    m_health = std::make_unique<health::Monitor>(
        m_database, m_start.dataDir, health::LiveSources{m_hubClient.get(), m_reader.get(), &m_printers});
    m_health->start();
    routing::CallAuthority &calls =
        m_hubCalls ? static_cast<routing::CallAuthority &>(*m_hubCalls) : m_localCalls;
    m_services.reset(new ui::Services{m_database, m_clock, m_accounts, &m_printers, m_reader.get(), &m_draws,
                                      &calls, m_announcements.get(), m_opinions.get(), &m_materials, &m_sync,
                                      m_hubDesk.get(), m_hubClient.get(), m_health.get(), &m_statistics});
}

StationContext::~StationContext() = default;

void StationContext::connectHub()
{
    store::Database &database = m_database;
    if (database.setting(store::settings::HubUrl).isEmpty())
        return;
    m_hubClient = std::make_unique<venue::HubClient>(venue::savedHubLink(database));
    // Commands wait on disk for the hub's answer; the hub's tickets, draws and transfers keep this
    // station's database current, so its lists and exam page work as on one PC.
    m_hubClient->setJournal(&m_hubJournal);
    QObject::connect(m_hubClient.get(), &venue::HubClient::event, m_hubClient.get(),
                     [this](qint64 seq, const QJsonObject &data) {
                         if (const core::Status applied = m_hubMirror.apply(seq, data); !applied)
                             qWarning("venue hub event %lld not applied here: %s", seq,
                                      qPrintable(applied.error()));
                     });
    m_hubCalls = std::make_unique<venue::HubCallAuthority>(*m_hubClient);
    m_hubDesk = std::make_unique<venue::HubDeskAuthority>(*m_hubClient, database);
    m_hubClient->start();
}

// The hall's voice: settings announce.clip_pack (default <data dir>/clips, else the pack the package
// installs in <prefix>/share/appraisal-station/clips, else the clips next to the program in a build
// folder, made by packaging/make-clip-pack.sh), announce.template, announce.volume (0-100),
// announce.repeat.
void StationContext::buildAnnouncements()
{
    store::Database &database = m_database;
    const QString &dataDir = m_start.dataDir;
    QString clipPack = QDir(dataDir).filePath(QStringLiteral("clips"));
    const QDir programDir(QCoreApplication::applicationDirPath());
    if (!QDir(clipPack).exists())
        clipPack = programDir.filePath(QStringLiteral("../share/appraisal-station/clips"));
    if (!QDir(clipPack).exists())
        clipPack = programDir.filePath(QStringLiteral("../clips"));
    // Empty settings mean "what ships with the program": the clips found above, the built-in words.
    const QString configuredClips = database.setting(store::settings::AnnounceClipPack);
    const QString configuredTemplate = database.setting(store::settings::AnnounceTemplate);
    const QString callTemplate =
        configuredTemplate.isEmpty() ? announce::defaultTemplate() : configuredTemplate;
    m_speaker = announce::makeSpeaker(configuredClips.isEmpty() ? QDir::cleanPath(clipPack) : configuredClips,
                                      callTemplate);
    m_speaker->setVolume(database.settingNumber(store::settings::AnnounceVolume));
    m_announcements = std::make_unique<announce::AnnouncementQueue>(*m_speaker, m_clock);
    m_announcements->setRepeat(database.settingNumber(store::settings::AnnounceRepeat));
    m_announcements->setTemplate(callTemplate);
}

} // namespace station
