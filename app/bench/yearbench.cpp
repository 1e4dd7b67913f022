#include "yearbench.h"

#include "allbench.h"
#include "stats.h"

#include "accounts/accountservice.h"
#include "checkin/checkinservice.h"
#include "core/idnumber.h"
#include "deadlines/deadlineservice.h"
#include "demo/daysimulation.h"
#include "demo/demovenue.h"
#include "demo/samplematerials.h"
#include "demo/synthetic.h"
#include "exam/opinionservice.h"
#include "forms/examtemplate.h"
#include "materials/materialstore.h"
#include "routing/callauthority.h"
#include "routing/drawservice.h"
#include "station/stationservices.h"
#include "store/auditlog.h"
#include "store/backupscheduler.h"
#include "store/caserepository.h"
#include "store/incrementalchecks.h"
#include "store/materialfiles.h"
#include "store/outbox.h"
#include "store/stationkey.h"
#include "store/venuerepository.h"
#include "ui/mainwindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <unistd.h>

namespace bench {

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QJsonObject failure(const QString &error)
{
    return {{QStringLiteral("error"), error}};
}

accounts::Session actor(core::Role role)
{
    accounts::Session session;
    session.account.username = QStringLiteral("bench-year");
    session.account.displayName = QStringLiteral("bench-year");
    session.account.role = role;
    return session;
}

qint64 fileBytes(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

// The demo accounts as shipped: {role key: {username, password}}.
QPair<QString, QString> demoAccount(const QString &role)
{
    QFile file(QStringLiteral(":/demo/venue.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (const QJsonValue &value :
         QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("accounts")).toArray())
        if (value.toObject().value(QStringLiteral("role")).toString() == role)
            return {value.toObject().value(QStringLiteral("username")).toString(),
                    value.toObject().value(QStringLiteral("password")).toString()};
    return {};
}

} // namespace

core::Status simulateWorkingDay(store::Database &db, core::ManualClock &clock, const QDate &day, int count,
                                const QList<QByteArray> &materialFiles, int timedCheckIns,
                                QList<double> *checkInMs)
{
    clock.set(QDateTime(day, QTime(8, 0)));
    const QString venueId = db.setting(store::settings::VenueId);
    const QString batchId = demo::DemoVenue::batchIdFor(venueId, day);
    QList<core::Case> people = demo::syntheticCases(
        count, batchId, QStringLiteral("Y%1-").arg(day.toString(QStringLiteral("yyyyMMdd"))));
    // New people every day, as at a venue: the generator gives the same hundred ID numbers each
    // time, so after a year each "person" had 250 earlier cases, and what is looked up per person
    // (earlier examiners for the draw's recusal, earlier cases at check-in) grew with the history,
    // a cost of the bench's data, not of the station. Each is accepted 10 to 59 days before the day.
    const qint64 dayIndex = QDate(2000, 1, 1).daysTo(day);
    for (int i = 0; i < people.size(); ++i) {
        core::Case &c = people[i];
        const qint64 n = dayIndex * people.size() + i;
        const QDate birth = QDate(1950, 1, 1).addDays(n % 18000);
        const int sequence = int((n / 18000) % 1000);
        const QString first17 = QStringLiteral("440106") + birth.toString(QStringLiteral("yyyyMMdd")) +
                                QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
        c.person.idNumber = first17 + core::idCheckCharacter(first17);
        c.person.birthDate = birth;
        c.person.gender = sequence % 2 == 1 ? core::Gender::Male : core::Gender::Female;
        c.acceptedOn = day.addDays(-(10 + i % 50));
    }
    const accounts::Session desk = actor(core::Role::VenueAdmin);
    materials::MaterialStore materialStore(db);
    const core::Status seeded = db.transaction([&]() -> core::Status {
        if (core::Status s = store::VenueRepository(db).saveBatch({batchId, venueId, day, {}}); !s)
            return s;
        store::CaseRepository cases(db);
        for (const core::Case &c : people)
            if (core::Status s = cases.save(c); !s)
                return s;
        return {};
    });
    if (!seeded)
        return seeded;
    if (core::Status s = db.setSetting(store::settings::CurrentBatch, batchId); !s)
        return s;
    for (const core::Case &c : people)
        for (int i = 0; i < materialFiles.size(); ++i)
            if (const auto added = materialStore.add(
                    desk, c.acceptanceNo,
                    i == 0 ? QStringLiteral("summary.pdf") : QStringLiteral("imaging.png"),
                    // Each person's scans differ: a trailing line makes each copy
                    // its own content, as real records are (files are stored by content).
                    materialFiles.at(i) + "\n%" + c.acceptanceNo.toLatin1() + '\n', QStringLiteral("roster"));
                !added)
                return added.status();
    checkin::CheckInService service(db);
    const accounts::Session frontDesk = actor(core::Role::FrontDesk);
    for (int i = 0; i < timedCheckIns && i < people.size(); ++i) {
        QElapsedTimer timer;
        timer.start();
        const checkin::CheckInResult result =
            service.checkInByAcceptanceNo(frontDesk, people.at(i).acceptanceNo);
        *checkInMs << msSince(timer);
        if (!result.ok())
            return core::Status::failure(result.error);
    }
    const auto simulated = demo::simulateDay(db, count);
    if (!simulated)
        return simulated.status();
    // The clerk records the delivery of the conclusions of ten days ago (the law allows 15), so the
    // deadline list holds what a venue really has open, not a year of cases.
    deadlines::DeadlineService clerkDesk(db);
    const accounts::Session clerk = actor(core::Role::Clerk);
    for (const QString &acceptanceNo : clerkDesk.concludedOn(day.addDays(-10)))
        if (core::Status delivered =
                clerkDesk.recordDelivery(clerk, acceptanceNo, day, QStringLiteral("in_person"), QString());
            !delivered)
            return delivered;
    return {};
}

namespace {

// The figures taken on the station as it stands.
QJsonObject measure(store::Database &db, core::ManualClock &clock, const QString &folder,
                    const QList<double> &checkInMs)
{
    QJsonObject figures;
    clock.set(QDateTime::currentDateTime());
    // Start of the station as a process, beside a bare Qt window in the same run: the medians of
    // kStartupRounds starts each, in turns.
    const auto [station, bare] = compareStartup(
        QCoreApplication::applicationDirPath() + QStringLiteral("/appraisal-station"),
        {QStringLiteral("--data-dir"), folder, QStringLiteral("--startup-probe")}, kStartupRounds, false);
    if (!station.error.isEmpty())
        return failure(station.error);
    figures.insert(QStringLiteral("startup_ms"), rounded(station.readyMs));
    figures.insert(QStringLiteral("bare_window_ms"), rounded(bare.readyMs));

    // Login: the password checked, the main window built and painted.
    // The station's services as the app builds them, once; as before, no draw and no uploads here.
    station::StationServices stationServices(db);
    if (!stationServices.opinions())
        return failure(stationServices.templatesProblem());
    accounts::AccountService &accounts = stationServices.accounts();
    routing::LocalCallAuthority &calls = stationServices.localCalls();
    ui::Services services(stationServices);
    services.draws = nullptr;
    services.sync = nullptr;
    const auto credentials = demoAccount(QStringLiteral("front_desk"));
    {
        QElapsedTimer timer;
        timer.start();
        const auto session = accounts.authenticate(credentials.first, credentials.second);
        if (!session)
            return failure(session.error());
        ui::MainWindow window(services, session.value());
        window.show();
        QCoreApplication::processEvents();
        figures.insert(QStringLiteral("login_ms"), rounded(msSince(timer)));
    }

    figures.insert(QStringLiteral("checkin_p95_ms"), rounded(percentile(checkInMs, 0.95)));
    // The durability floor: bare single-row commits on this disk, same run.
    {
        QList<double> commits;
        const QString floorPath = QDir(folder).filePath(QStringLiteral("floor.db"));
        {
            QSqlDatabase floor =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("year-floor"));
            floor.setDatabaseName(floorPath);
            floor.open();
            QSqlQuery query(floor);
            query.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
            query.exec(QStringLiteral("PRAGMA synchronous=FULL"));
            query.exec(QStringLiteral("CREATE TABLE t(id TEXT PRIMARY KEY)"));
            for (int i = 0; i < 50; ++i) {
                QElapsedTimer timer;
                timer.start();
                query.exec(QStringLiteral("INSERT INTO t VALUES('%1')").arg(QUuid::createUuid().toString()));
                commits << msSince(timer);
            }
            floor.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("year-floor"));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(floorPath + suffix);
        figures.insert(QStringLiteral("commit_ms"), rounded(percentile(commits, 0.95)));
    }
    // What the status bar and the sync page ask.
    {
        QList<double> runs;
        for (int i = 0; i < 20; ++i) {
            QElapsedTimer timer;
            timer.start();
            store::Outbox outbox(db);
            outbox.counts();
            outbox.pendingByType();
            runs << msSince(timer);
        }
        figures.insert(QStringLiteral("status_counts_ms"), rounded(percentile(runs, 0.5)));
    }
    // The first backup of a station copies every material file into backups/materials once and
    // reads every material row; the half-hourly ones after it copy the pieces and the material
    // names changed since. Timed: the latter.
    if (const auto first = store::Backups(folder).copy(db.path(), clock.now().addSecs(-1800)); !first)
        return failure(first.error());
    // Pruned after it, as the scheduler does after every copy: the summary of the kept copies
    // (store/backupsummary.h) starts there, so the timed copy prunes as every later one does.
    store::Backups(folder).prune(store::BackupPolicy{}, clock.now().addSecs(-1800));
    // The history was built without backups, so the first copy found the material journal of every
    // day and trimmed it once it was named (schema 27): rows spread over the whole file, whose
    // pages the next copy carries (73 of 740 pieces after 30 days). A station backing up every
    // half hour trims a half hour of rows each time; that one-time copy is taken here, untimed.
    if (const auto second = store::Backups(folder).copy(db.path(), clock.now().addSecs(-900)); !second)
        return failure(second.error());
    store::Backups(folder).prune(store::BackupPolicy{}, clock.now().addSecs(-900));
    // A backup while the event loop runs: how long it takes, and the longest the loop was held up.
    {
        store::BackupScheduler backups(db, folder);
        QElapsedTimer timer;
        QElapsedTimer tick;
        double worstStall = 0;
        QTimer ticker;
        ticker.setInterval(1);
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            worstStall = std::max(worstStall, msSince(tick));
            tick.restart();
        });
        QEventLoop loop;
        QString backupError;
        QObject::connect(&backups, &store::BackupScheduler::backupFinished, &loop, &QEventLoop::quit);
        QObject::connect(&backups, &store::BackupScheduler::backupFailed, &loop, [&](const QString &error) {
            backupError = error;
            loop.quit();
        });
        timer.start();
        tick.start();
        ticker.start();
        backups.backupNow();
        loop.exec();
        figures.insert(QStringLiteral("backup_ms"), rounded(msSince(timer)));
        figures.insert(QStringLiteral("backup_ui_stall_ms"), rounded(worstStall));
        if (!backupError.isEmpty())
            return failure(backupError);
    }
    {
        QElapsedTimer timer;
        timer.start();
        const store::AuditVerification verified = store::verifyAuditIncrementally(db).verification;
        figures.insert(QStringLiteral("audit_verify_ms"), rounded(msSince(timer)));
        if (!verified.intact)
            return failure(QStringLiteral("the audit chain does not verify"));
    }
    {
        // What the clerk's page asks when it opens (ClerkPage::reload): the open cases, the most
        // urgent page of them with their names, the median of five rounds. Its rows beside it: the
        // page holds the open work up to its size (kListPageRows; about 130 cases are open on day 1).
        QList<double> runs;
        int rows = 0;
        for (int round = 0; round < 5; ++round) {
            QElapsedTimer timer;
            timer.start();
            const auto page = deadlines::DeadlineService(db).page(deadlines::DeadlineService::Scope::Open,
                                                                  deadlines::kListPageRows);
            runs << msSince(timer);
            rows = int(page.rows.size());
        }
        figures.insert(QStringLiteral("deadline_list_ms"), rounded(percentile(runs, 0.5)));
        figures.insert(QStringLiteral("deadline_list_rows"), rows);
    }
    // The exam and review pages' lists of every expert (ExamCaseList::reload, ReviewPage::reloadCases):
    // the day's work, not the expert's years of cases. The median of five rounds.
    {
        QList<double> runs;
        const QList<core::Expert> experts = stationServices.directory().experts();
        for (int round = 0; round < 5; ++round) {
            QElapsedTimer timer;
            timer.start();
            for (const core::Expert &expert : experts)
                for (const bool review : {false, true})
                    stationServices.opinions()->worklist(expert.id, review);
            runs << msSince(timer);
        }
        figures.insert(QStringLiteral("worklist_ms"), rounded(percentile(runs, 0.5)));
    }
    // A hall display starting: what it reads to catch up, page by page, as HallDisplay::pollNow.
    {
        QElapsedTimer timer;
        timer.start();
        qint64 seq = 0;
        for (;;) {
            const QList<routing::CallEvent> events = calls.eventsSince(seq, 500);
            if (!events.isEmpty())
                seq = events.last().seq;
            if (events.size() < 500)
                break;
        }
        figures.insert(QStringLiteral("display_catchup_ms"), rounded(msSince(timer)));
    }
    return figures;
}

} // namespace

QString yearFolderMark(const QString &folder)
{
    return QDir(folder).filePath(QStringLiteral("appraisal-bench-year.txt"));
}

QJsonObject runYearBench(const YearBenchOptions &options)
{
    QTemporaryDir temporary;
    const QString folder = options.folder.isEmpty() ? temporary.path() : options.folder;
    // It writes a year of synthetic history: never into a station that has real work in it.
    if (QFileInfo::exists(store::databasePath(folder)))
        return failure(QStringLiteral("%1 already holds a station database; the year scenario builds its own "
                                      "history: give it an empty folder")
                           .arg(folder));
    core::ManualClock clock(QDateTime(QDate::currentDate().addDays(-options.days), QTime(8, 0)));
    const auto keyStore = store::keychainFor(folder);
    store::StationKeys keys(folder, *keyStore);
    store::StationOpening opening = keys.open(clock);
    if (!opening.database)
        return failure(QStringLiteral("cannot open the station in %1: %2").arg(folder, opening.error));
    store::Database &db = *opening.database;
    if (!options.folder.isEmpty()) {
        QFile mark(yearFolderMark(folder));
        if (!mark.open(QIODevice::WriteOnly) ||
            mark.write("Built by appraisal-bench year: synthetic history, no real person in it.\n") < 0)
            return failure(QStringLiteral("cannot write %1: %2").arg(mark.fileName(), mark.errorString()));
    }
    if (const auto loaded = demo::DemoVenue::load(db, clock.today()); !loaded)
        return failure(loaded.error());
    // The demo's two documents, made once: ~200 KB a case as in the measurement.
    const QList<QByteArray> materialFiles{
        demo::samplePdf(QStringLiteral("BENCH"), QStringLiteral("病历摘要与影像检查报告"), 2),
        demo::samplePng(QStringLiteral("BENCH"))};

    QList<double> checkInMs;
    // History, oldest first, through the real services (nothing is skipped); today, the last day,
    // with timed check-ins. The days before today are the "fast path for bulk history":
    // the same services and rows, but commits and material files do not wait for the disk one by
    // one (Database::beginBulkLoad); with every commit and file flushed, a day of 100 cases was
    // ~2,400 flushes, most of the bench's time. Today runs with the station's durability.
    QElapsedTimer history;
    history.start();
    bool bulk = false;
    for (int d = options.days - 1; d >= 0; --d) {
        const QDate day = QDate::currentDate().addDays(-d);
        if (d > 0 && !bulk) {
            if (const core::Status begun = db.beginBulkLoad(); !begun)
                return failure(begun.error());
            bulk = true;
        }
        if (d == 0 && bulk) {
            if (const core::Status ended = db.endBulkLoad(); !ended)
                return failure(ended.error());
            bulk = false;
            // What the history left in the page cache reaches the disk now, not during the
            // measurements.
            ::sync();
        }
        // Half of the last day's people are checked in here, timed; the day's simulation checks in
        // and examines the other half (it takes the registered ones only). The p95 of 50 is their
        // third slowest, moved by one slow flush of the disk: `appraisal-bench checkin --data-dir`
        // on this folder times hundreds on the same history.
        const int timed = d == 0 ? options.casesPerDay / 2 : 0;
        if (const core::Status done =
                simulateWorkingDay(db, clock, day, options.casesPerDay, materialFiles, timed, &checkInMs);
            !done)
            return failure(QStringLiteral("day %1: %2").arg(day.toString(Qt::ISODate), done.error()));
        // An admin verifying the audit trail now and then: the next check starts from here.
        if (d > 0)
            store::verifyAuditIncrementally(db);
        if (d % 10 == 0)
            std::fprintf(stderr, "year bench: %d days left (%.0f s)\n", d, double(history.elapsed()) / 1000);
    }
    const qint64 cases = db.rowCounts().value(QStringLiteral("cases"));
    // The sealed material files on disk (store::MaterialFiles), outside station.db since schema 24.
    qint64 materialBytes = 0;
    QDirIterator materialFilesOnDisk(store::MaterialFiles::folderIn(folder), QDir::Files,
                                     QDirIterator::Subdirectories);
    while (materialFilesOnDisk.hasNext()) {
        materialFilesOnDisk.next();
        materialBytes += materialFilesOnDisk.fileInfo().size();
    }

    QJsonObject figures = measure(db, clock, folder, checkInMs);
    figures.insert(QStringLiteral("days"), options.days);
    figures.insert(QStringLiteral("cases"), cases);
    figures.insert(QStringLiteral("db_mib"), rounded(double(fileBytes(db.path())) / (1024 * 1024)));
    figures.insert(QStringLiteral("materials_mib"), rounded(double(materialBytes) / (1024 * 1024)));
    if (options.folder.isEmpty())
        keyStore->remove(); // the key of a throw-away station
    return figures;
}

} // namespace bench
