#include "stationfixture.h"

#include "accounts/accountservice.h"
#include "store/loginfacts.h"
#include "store/settingsregistry.h"
#include "store/venuerepository.h"
#include "ui/startuplogin.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

namespace {

// The keychain as the station meets it: the answer comes tens of milliseconds later, over D-Bus,
// while the event loop runs. `asked` runs when the key is asked for.
class LateKeyStore final : public crypto::KeyStore
{
public:
    LateKeyStore(std::optional<crypto::DataKey> key, int delayMs) : m_key(std::move(key)), m_delayMs(delayMs)
    {
    }

    std::function<void()> asked;

    Lookup load() override
    {
        if (asked)
            asked();
        QEventLoop answer;
        QTimer::singleShot(m_delayMs, &answer, &QEventLoop::quit);
        answer.exec();
        if (!m_key)
            return {Outcome::Missing, std::nullopt, {}};
        return {Outcome::Found, m_key, {}};
    }
    QString save(const crypto::DataKey &key) override
    {
        m_key = key;
        return {};
    }
    QString remove() override
    {
        m_key.reset();
        return {};
    }

private:
    std::optional<crypto::DataKey> m_key;
    int m_delayMs = 0;
};

QPair<QString, QString> demoClerk()
{
    QFile file(QStringLiteral(":/demo/venue.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray list =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("accounts")).toArray();
    for (const QJsonValue &value : list)
        if (value[QStringLiteral("role")].toString() == QLatin1String("clerk"))
            return {value[QStringLiteral("username")].toString(),
                    value[QStringLiteral("password")].toString()};
    return {};
}

} // namespace

// The login window of a station that has started before comes up before the keychain has given
// the key; a login asked for meanwhile waits for the database; a wrong key still leads to recovery.
class TestStartupLogin : public QObject
{
    Q_OBJECT

    std::unique_ptr<StationFixture> m_station;

private slots:
    void init()
    {
        m_station = std::make_unique<StationFixture>(QDateTime(QDate(2026, 11, 23), QTime(8, 30)));
        QVERIFY(m_station->setUp());
    }

    void theFactsFollowTheDatabase()
    {
        store::Database &db = *m_station->database;
        const auto facts = store::readLoginFacts(m_station->dir.path());
        QVERIFY(facts);
        QCOMPARE(*facts, store::loginFactsOf(db));
        QVERIFY(!facts->venueName.isEmpty());
        QCOMPARE(facts->batchDay, m_station->clock.today());
        // A renamed venue and another current batch reach the file at once.
        store::VenueRepository venues(db);
        auto venue = venues.venue(db.setting(store::settings::VenueId));
        QVERIFY(venue);
        venue->name = QStringLiteral("广州市劳动能力鉴定中心（天河）");
        QVERIFY(venues.saveVenue(*venue).ok());
        QCOMPARE(store::readLoginFacts(m_station->dir.path())->venueName, venue->name);
        QVERIFY(venues
                    .saveBatch({QStringLiteral("B-NEXT"), venue->id, m_station->clock.today().addDays(1),
                                QStringLiteral("next")})
                    .ok());
        QVERIFY(db.setSetting(store::settings::CurrentBatch, QStringLiteral("B-NEXT")).ok());
        QCOMPARE(store::readLoginFacts(m_station->dir.path())->batchId, QStringLiteral("B-NEXT"));
        QCOMPARE(store::readLoginFacts(m_station->dir.path())->batchDay, m_station->clock.today().addDays(1));
        // Nothing personal and no temporary file left beside it.
        QCOMPARE(QDir(m_station->dir.path()).entryList({QStringLiteral("login-window*")}, QDir::Files),
                 QStringList{QStringLiteral("login-window.json")});
        // A damaged file is not trusted: the station then opens the database first.
        QFile damaged(store::loginFactsPath(m_station->dir.path()));
        QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
        damaged.write("{\"venue");
        damaged.close();
        QVERIFY(!store::readLoginFacts(m_station->dir.path()));
        QVERIFY(store::refreshLoginFacts(db).ok());
        QCOMPARE(*store::readLoginFacts(m_station->dir.path()), store::loginFactsOf(db));
    }

    void theWindowIsUpBeforeTheKeyAndALoginWaitsForTheDatabase()
    {
        const QString folder = m_station->dir.path();
        const auto facts = store::readLoginFacts(folder);
        QVERIFY(facts);
        m_station->database.reset(); // a station that is not running

        ui::LoginDialog login(ui::stationInfoFrom(*facts));
        bool painted = false;
        auto *firstPaint = new ui::FirstPaint(&login);
        connect(firstPaint, &ui::FirstPaint::painted, this, [&] { painted = true; });
        LateKeyStore keychain(testDataKey(), 400);
        bool visibleWhenAsked = false;
        bool paintedWhenAsked = false;
        bool acceptedBeforeOpen = false;
        QString buttonWhileWaiting;
        const auto clerk = demoClerk();
        QVERIFY(!clerk.first.isEmpty());
        keychain.asked = [&] {
            visibleWhenAsked = login.isVisible();
            paintedWhenAsked = painted;
            // The clerk types and presses "Log in" while the keychain has not answered yet.
            QTimer::singleShot(50, &login, [&] {
                QTest::keyClicks(login.findChild<QLineEdit *>(QStringLiteral("usernameEdit")), clerk.first);
                QTest::keyClicks(login.findChild<QLineEdit *>(QStringLiteral("passwordEdit")), clerk.second);
                QTest::mouseClick(login.findChild<QPushButton *>(QStringLiteral("loginButton")),
                                  Qt::LeftButton);
                buttonWhileWaiting = login.findChild<QPushButton *>(QStringLiteral("loginButton"))->text();
                acceptedBeforeOpen = login.result() == QDialog::Accepted;
            });
        };
        store::StationKeys keys(folder, keychain);
        bool shownCalled = false;
        store::StationOpening opening = ui::openBehindLogin(
            login, [&] { return keys.open(m_station->clock); }, [&] { shownCalled = painted; });
        QVERIFY2(opening.database, qPrintable(opening.error));
        QVERIFY(shownCalled);
        QVERIFY(visibleWhenAsked);
        QVERIFY(paintedWhenAsked);
        QVERIFY(login.findChild<QLabel *>(QStringLiteral("loginVenue"))->text().contains(facts->venueName));
        // The login was asked for before the database was open: it waited, it was not accepted.
        QCOMPARE(buttonWhileWaiting, ui::LoginDialog::tr("Opening…"));
        QVERIFY(!acceptedBeforeOpen);
        QVERIFY(login.waitingForDatabase());
        QVERIFY(login.isVisible());

        // The database is open: the waiting login runs, with the accounts of the database.
        accounts::AccountService accounts(*opening.database);
        ui::StationInfo station;
        station.venueName = QStringLiteral("venue as the database has it");
        QTimer::singleShot(0, &login, [&] { login.setAccounts(accounts, station); });
        QCOMPARE(login.exec(), int(QDialog::Accepted));
        QCOMPARE(login.session().account.username, clerk.first);
        QVERIFY(login.findChild<QLabel *>(QStringLiteral("loginVenue"))->text().contains(station.venueName));
    }

    void aWrongOrMissingKeyGivesTheRecoveryFlow_data()
    {
        QTest::addColumn<bool>("keyPresent");
        QTest::addColumn<int>("problem");
        QTest::newRow("another station's key") << true << int(store::KeyProblem::WrongKey);
        QTest::newRow("no key in the keychain") << false << int(store::KeyProblem::KeyMissing);
    }

    void aWrongOrMissingKeyGivesTheRecoveryFlow()
    {
        QFETCH(bool, keyPresent);
        QFETCH(int, problem);
        const QString folder = m_station->dir.path();
        m_station->database.reset();
        ui::LoginDialog login(ui::stationInfoFrom(*store::readLoginFacts(folder)));
        LateKeyStore keychain(keyPresent ? std::optional(crypto::DataKey::generate()) : std::nullopt, 100);
        store::StationKeys keys(folder, keychain);
        const store::StationOpening opening =
            ui::openBehindLogin(login, [&] { return keys.open(m_station->clock); });
        QVERIFY(!opening.database);
        QVERIFY(opening.needsRecovery());
        QCOMPARE(int(opening.problem), problem);
        // The same words as a start that opens the database before its window.
        LateKeyStore again(keyPresent ? std::optional(crypto::DataKey::generate()) : std::nullopt, 0);
        QCOMPARE(opening.error, store::StationKeys(folder, again).open(m_station->clock).error);
        // And no login can happen: the window still waits for a database.
        QTest::keyClicks(login.findChild<QLineEdit *>(QStringLiteral("usernameEdit")),
                         QStringLiteral("clerk"));
        QTest::mouseClick(login.findChild<QPushButton *>(QStringLiteral("loginButton")), Qt::LeftButton);
        QVERIFY(login.waitingForDatabase());
        QVERIFY(login.result() != QDialog::Accepted);
        // The recovery key puts the station back (as the recovery dialog does).
        const store::StationOpening recovered = keys.recover(testDataKey().toRecoveryKey(), m_station->clock);
        QVERIFY2(recovered.database, qPrintable(recovered.error));
    }
};

QTEST_MAIN(TestStartupLogin)
#include "tst_startuplogin.moc"
