#include "checkinbench.h"

#include "demo/synthetic.h"
#include "stats.h"
#include "yearbench.h"

#include "checkin/checkinservice.h"
#include "checkinprint/documents.h"
#include "identity/carddata.h"
#include "identity/samprotocol.h"
#include "printing/escpos.h"
#include "printing/pdfdocuments.h"
#include "store/caserepository.h"
#include "store/stationkey.h"
#include "store/venuerepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

namespace bench {

namespace {

// The durability floor: single-row commits on a database with the station's own settings. Its
// commits alternate with the check-ins, so both see the same machine, disk and cache state.
class Floor
{
public:
    explicit Floor(const QString &path)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        if (!m_db.open())
            return;
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        query.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS t(id TEXT PRIMARY KEY, v TEXT)"));
        m_insert = QSqlQuery(m_db);
        m_insert.prepare(QStringLiteral("INSERT INTO t(id, v) VALUES(?, ?)"));
    }
    ~Floor()
    {
        m_insert = QSqlQuery();
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    double commitOnce()
    {
        QSqlQuery query(m_db);
        QElapsedTimer timer;
        timer.start();
        query.exec(QStringLiteral("BEGIN IMMEDIATE"));
        m_insert.addBindValue(QUuid::createUuid().toString());
        m_insert.addBindValue(QStringLiteral("row"));
        m_insert.exec();
        query.exec(QStringLiteral("COMMIT"));
        return double(timer.nsecsElapsed()) / 1e6;
    }

private:
    const QString m_name = QStringLiteral("bench-floor");
    QSqlDatabase m_db;
    QSqlQuery m_insert;
};

} // namespace

QJsonObject runCheckInBench(const CheckInBenchOptions &options)
{
    QTemporaryDir temporary;
    const QString folder = options.folder.isEmpty() ? temporary.path() : options.folder;
    core::SystemClock clock;
    const QString batchId = QStringLiteral("BENCH-") + clock.today().toString(QStringLiteral("yyyyMMdd"));
    std::unique_ptr<store::Database> opened;
    QString problem;
    if (QFileInfo::exists(store::databasePath(folder))) {
        // A year scenario's station, with its key (keychain or APPRAISAL_KEY_FILE): check-ins
        // timed on a year of history. Any other station may hold real people: not touched.
        if (!QFileInfo::exists(yearFolderMark(folder)))
            return {
                {QStringLiteral("error"),
                 QStringLiteral("%1 holds a station database that appraisal-bench year did not build; the "
                                "check-in scenario adds synthetic people: give it an empty folder or "
                                "the folder of a year scenario")
                     .arg(folder)}};
        const auto keyStore = store::keychainFor(folder);
        store::StationOpening opening = store::StationKeys(folder, *keyStore).open(clock);
        opened = std::move(opening.database);
        problem = opening.error;
        if (opened && store::VenueRepository(*opened).batch(batchId))
            return {{QStringLiteral("error"),
                     QStringLiteral("the check-in scenario has run on %1 today already (batch %2): its "
                                    "people are checked in; build a new year folder to time new check-ins")
                         .arg(folder, batchId)}};
    } else {
        // A bench needs no keychain: a throw-away key seals the synthetic data.
        auto created = store::Database::open(store::databasePath(folder), clock, crypto::DataKey::generate());
        opened = std::move(created.database);
        problem = created.error;
    }
    if (!opened)
        return {{QStringLiteral("error"), problem}};
    store::Database &db = *opened;
    const QList<core::Case> roster = demo::syntheticCases(options.count, batchId);
    const core::Status seeded = demo::seedSyntheticVenue(db, batchId, clock.today(), roster);
    if (!seeded)
        return {{QStringLiteral("error"), seeded.error()}};

    accounts::Session session;
    session.account.username = QStringLiteral("bench");
    session.account.role = core::Role::FrontDesk;
    // What the reader sends for each person: the full read reply, as bytes on the wire.
    QList<QByteArray> frames;
    for (const core::Case &c : roster) {
        identity::CardData card;
        card.name = c.person.name;
        card.gender = c.person.gender;
        card.nation = QStringLiteral("汉");
        card.birthDate = c.person.birthDate;
        card.idNumber = c.person.idNumber;
        card.validFrom = QDate(2020, 1, 1);
        frames << identity::responseFrame(identity::status::kSuccess, identity::encodeCardText(card));
    }

    checkin::CheckInService service(db);
    const printing::PrinterProfile profile = *printing::profile(QStringLiteral("58mm-gb18030"));
    QList<double> checkIns, escpos, pdf, commits;
    Floor floor(QDir(folder).filePath(QStringLiteral("floor.db")));
    identity::FrameReader reader;
    for (qsizetype i = 0; i < roster.size(); ++i) {
        QElapsedTimer timer;
        timer.start();
        reader.feed(frames.at(i));
        const auto body = reader.next();
        const auto response = body ? identity::parseResponse(*body) : std::nullopt;
        const auto card =
            response ? identity::parseCardText(response->data, clock.today())
                     : core::Result<identity::CardData>(core::Status::failure(QStringLiteral("no frame")));
        if (!card)
            return {{QStringLiteral("error"), card.error()}};
        const checkin::CheckInResult result = service.checkInByIdNumber(session, card->idNumber);
        checkIns << double(timer.nsecsElapsed()) / 1e6;
        if (!result.ok())
            return {{QStringLiteral("error"), result.error}};
        // A reprint of a ticket is another, shorter path: only new check-ins are timed.
        if (result.checkIn->alreadyCheckedIn)
            return {{QStringLiteral("error"), QStringLiteral("%1 was checked in already today")
                                                  .arg(result.checkIn->record.data.acceptanceNo)}};
        commits << floor.commitOnce();

        const printing::Ticket ticket = checkinprint::ticketDocument(db, *result.checkIn, false);
        timer.restart();
        const auto bytes = printing::renderTicket(ticket, profile);
        escpos << double(timer.nsecsElapsed()) / 1e6;
        if (!bytes)
            return {{QStringLiteral("error"), bytes.error()}};
        timer.restart();
        const core::Status written =
            printing::writeTicketPdf(ticket, QDir(folder).filePath(QStringLiteral("ticket.pdf")));
        pdf << double(timer.nsecsElapsed()) / 1e6;
        if (!written)
            return {{QStringLiteral("error"), written.error()}};
    }
    return {{QStringLiteral("count"), options.count},
            {QStringLiteral("p50_ms"), rounded(percentile(checkIns, 0.50))},
            {QStringLiteral("p95_ms"), rounded(percentile(checkIns, 0.95))},
            {QStringLiteral("commit_ms"), rounded(percentile(commits, 0.95))},
            {QStringLiteral("escpos_p95_ms"), rounded(percentile(escpos, 0.95))},
            {QStringLiteral("pdf_p95_ms"), rounded(percentile(pdf, 0.95))}};
}

} // namespace bench
