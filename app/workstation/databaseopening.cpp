#include "databaseopening.h"

#include "startuptrace.h"

#include "store/auditlog.h"
#include "store/backup.h"
#include "store/integritycheck.h"
#include "store/loginfacts.h"
#include "store/stationkey.h"
#include "ui/keydialogs.h"
#include "ui/startuplogin.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace {

// A damaged database at start: offer the newest backup that passes its check, saying what it covers.
bool offerRestore(const QString &dataDir, const QString &problem, const core::Clock &clock)
{
    store::Backups backups(dataDir);
    const QList<store::BackupInfo> all = backups.list();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (store::Backups::check(it->path) != QLatin1String("ok"))
            continue;
        const qint64 minutes = it->takenAt.secsTo(clock.now()) / 60;
        QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "Station database damaged"),
                        QApplication::translate("main",
                                                "The integrity check of the station database failed:\n%1\n\n"
                                                "The newest good backup was taken at %2 (%3 minutes ago). "
                                                "Work entered after that time is not in it; the damaged "
                                                "database is kept beside it for recovery.")
                            .arg(problem, QLocale().toString(it->takenAt, QLocale::ShortFormat))
                            .arg(minutes));
        QPushButton *restore =
            box.addButton(QApplication::translate("main", "Restore this backup"), QMessageBox::AcceptRole);
        box.addButton(QApplication::translate("main", "Continue without restoring"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != restore)
            return false;
        const core::Status restored = backups.restore(it->path, clock);
        if (!restored)
            QMessageBox::critical(nullptr, QApplication::translate("main", "Restore failed"),
                                  restored.error());
        return restored.ok();
    }
    QMessageBox::critical(
        nullptr, QApplication::translate("main", "Station database damaged"),
        QApplication::translate("main", "The integrity check of the station database failed:\n%1\n\n"
                                        "There is no good backup. Stop entering data and call the "
                                        "venue admin.")
            .arg(problem));
    return false;
}

OpenedDatabase failed(const QString &problem)
{
    QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot open the station database"),
                          problem);
    OpenedDatabase stop;
    stop.exitCode = 1;
    return stop;
}

} // namespace

OpenedDatabase openStationDatabase(const OpeningRequest &request, const core::Clock &clock,
                                   const StartupTrace &trace)
{
    const QString &folder = request.folder;
    const auto keyStore = store::keychainFor(folder);
    store::StationKeys keys(folder, *keyStore);
    OpenedDatabase result;
    // A station that has started before shows its login window first, from the plain login facts
    // kept beside the database, and reads the key (a D-Bus round trip to the keychain) and opens the
    // database while it is up; a login asked for meanwhile waits for the database. The first start,
    // the hall display and a folder without the facts open the database first.
    const std::optional<store::LoginFacts> loginFacts = store::readLoginFacts(folder);
    trace.mark("login facts");
    store::StationOpening opening;
    if (request.loginFirst && loginFacts && QFileInfo::exists(store::databasePath(folder))) {
        if (request.beforeLoginWindow)
            request.beforeLoginWindow();
        trace.mark("fonts");
        result.earlyLogin = std::make_unique<ui::LoginDialog>(ui::stationInfoFrom(*loginFacts));
        trace.mark("login window built");
        opening = ui::openBehindLogin(
            *result.earlyLogin, [&] { return keys.open(clock); },
            [&] {
                trace.mark("login window (waiting)");
                if (trace.enabled()) {
                    result.readyTold = true;
                    trace.tellReady();
                }
            });
        if (result.earlyLogin->result() == QDialog::Rejected && !result.earlyLogin->isVisible())
            return {}; // closed before the database was open: nothing to do
    } else {
        opening = keys.open(clock);
    }
    trace.mark("key and database");
    // Today's recovery flow and messages, in front of nothing: the login window waits.
    if ((opening.needsRecovery() || !opening.database) && result.earlyLogin)
        result.earlyLogin->hide();
    if (opening.needsRecovery()) {
        ui::KeyRecoveryDialog recovery(opening.error, [&](const QString &typed) {
            opening = keys.recover(typed, clock);
            return opening.database ? QString() : opening.error;
        });
        if (recovery.exec() != QDialog::Accepted) {
            OpenedDatabase stop;
            stop.exitCode = 1;
            return stop;
        }
    }
    if (!opening.database)
        return failed(opening.error);
    if (!opening.newRecoveryKey.isEmpty())
        ui::RecoveryKeyDialog(opening.newRecoveryKey).exec();

    result.database = std::move(opening.database);
    // quick_check reads the whole file (seconds after a year): it runs in the background after login
    // (store::IntegrityCheck). Only a failure found there makes the next start check first and offer
    // the newest good backup.
    const QString checkFailed = store::IntegrityCheck::failureMarker(store::databasePath(folder));
    store::HealthReport health;
    health.quickCheck = QStringLiteral("ok");
    if (QFileInfo::exists(checkFailed)) {
        health = result.database->health();
        if (health.healthy())
            QFile::remove(checkFailed);
    }
    trace.mark("integrity marker");
    if (!health.healthy() && offerRestore(folder, health.quickCheck, clock)) {
        QFile::remove(checkFailed);
        result.database.reset();
        store::Database::OpenResult reopened =
            store::Database::open(store::databasePath(folder), clock, *opening.key);
        if (!reopened.database)
            return failed(reopened.error);
        result.database = std::move(reopened.database);
        // The restored copy is open and checked; a missing audit row is said rather than refusing
        // to start the station that was just repaired.
        if (const core::Status audited =
                store::AuditLog(*result.database)
                    .append(QStringLiteral("system"), QStringLiteral("backup.restore"));
            !audited)
            QMessageBox::warning(
                nullptr, QApplication::translate("main", "Restore not recorded"),
                QApplication::translate("main", "The backup was restored, but the audit log could not "
                                                "record it: %1")
                    .arg(audited.error()));
    }
    return result;
}
