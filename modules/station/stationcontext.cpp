#include "stationcontext.h"

#include <QCoreApplication>
#include <QDir>

namespace station {

StationContext::StationContext(store::Database &database, StationStart start)
    : m_start(std::move(start))
    , m_services(database)
    , m_printers(database, m_start.dataDir)
    , m_hubJournal(database)
    , m_hubMirror(database)
{
}

void StationContext::start()
{
    if (m_started)
        return;
    m_started = true;
    store::Database &database = m_services.database();
    const QString readerPort = m_start.cardReaderPort.isEmpty()
                                   ? database.setting(store::settings::CardReaderPort)
                                   : m_start.cardReaderPort;
    if (!readerPort.isEmpty())
        m_reader = std::make_unique<identity::CardReader>(readerPort, database.clock());
    connectHub(database);
    buildAnnouncements(database, m_start.dataDir);
    // Uploads to the central system in the background whenever a server is set up.
    m_services.sync().start();
    m_health = std::make_unique<health::Monitor>(
        database, m_start.dataDir, health::LiveSources{m_hubClient.get(), m_reader.get(), &m_printers});
    m_health->start();
}

StationContext::~StationContext() = default;

routing::CallAuthority &StationContext::calls()
{
    if (m_hubCalls)
        return *m_hubCalls;
    return m_services.localCalls();
}

routing::DeskAuthority &StationContext::desk()
{
    if (m_hubDesk)
        return *m_hubDesk;
    return m_services.localDesk();
}

void StationContext::connectHub(store::Database &database)
{
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
void StationContext::buildAnnouncements(store::Database &database, const QString &dataDir)
{
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
    m_announcements = std::make_unique<announce::AnnouncementQueue>(*m_speaker, database.clock());
    m_announcements->setRepeat(database.settingNumber(store::settings::AnnounceRepeat));
    m_announcements->setTemplate(callTemplate);
}

} // namespace station
