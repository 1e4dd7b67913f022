// Issue 22: the central server's first start of a newer version takes a checked copy of an older
// server.db before it updates it (and says so), and an older server refuses a newer server.db and
// leaves the file as it was. Runs the real appraisal-server binary on real SQLite files.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString serverBinary()
{
    return qEnvironmentVariable("APPRAISAL_BIN_DIR") + QStringLiteral("/appraisal-server");
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run server(const QStringList &arguments)
{
    QProcess process;
    process.start(serverBinary(), arguments);
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

// Runs `statements` on an SQLite file with a connection of the test's own, closed afterwards;
// returns the first column of the last statement's first row.
QVariant onFile(const QString &path, const QStringList &statements)
{
    QVariant last;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("test"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            for (const QString &sql : statements)
                last = query.exec(sql) && query.next() ? query.value(0) : QVariant();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test"));
    return last;
}

} // namespace

class TestServerUpgrade : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString dataDir() const { return m_dir.filePath(QStringLiteral("central")); }
    QString serverDb() const { return QDir(dataDir()).filePath(QStringLiteral("server.db")); }

    Run createToken(const QString &station)
    {
        return server({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--data-dir"),
                       dataDir(), QStringLiteral("--station"), station});
    }

    QStringList upgradeCopies() const
    {
        return QDir(QDir(dataDir()).filePath(QStringLiteral("backups")))
            .entryList({QStringLiteral("pre-upgrade-server-schema*.db")}, QDir::Files, QDir::Name);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void anOlderServerDbIsCopiedAndCheckedBeforeTheUpdate()
    {
        const Run first = createToken(QStringLiteral("S1"));
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QVERIFY(upgradeCopies().isEmpty()); // a new store needs no copy
        // Make it the store an older server wrote: schema 1 had no reference data.
        onFile(serverDb(), {QStringLiteral("DROP TABLE reference_items"),
                            QStringLiteral("UPDATE meta SET value = '1' WHERE key = 'schema'")});

        const Run upgrade = createToken(QStringLiteral("S2"));
        QVERIFY2(upgrade.exitCode == 0, upgrade.err.constData());
        QVERIFY2(upgrade.err.contains("from schema 1 to 2") &&
                     upgrade.err.contains("pre-upgrade-server-schema1-"),
                 upgrade.err.constData());
        const QStringList copies = upgradeCopies();
        QCOMPARE(copies.size(), 1);
        const QString copy = QDir(dataDir()).filePath(QStringLiteral("backups/") + copies.constFirst());
        // The copy is the old store as it was: schema 1, its one token, and sound.
        QCOMPARE(onFile(copy, {QStringLiteral("PRAGMA quick_check")}).toString(), QStringLiteral("ok"));
        QCOMPARE(onFile(copy, {QStringLiteral("SELECT value FROM meta WHERE key = 'schema'")}).toString(),
                 QStringLiteral("1"));
        QCOMPARE(onFile(copy, {QStringLiteral("SELECT COUNT(*) FROM tokens")}).toInt(), 1);
        QCOMPARE(onFile(copy,
                        {QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'reference_items'")})
                     .toInt(),
                 0);
        // The store itself is updated and kept both tokens.
        QCOMPARE(
            onFile(serverDb(), {QStringLiteral("SELECT value FROM meta WHERE key = 'schema'")}).toString(),
            QStringLiteral("2"));
        QCOMPARE(onFile(serverDb(), {QStringLiteral("SELECT COUNT(*) FROM tokens")}).toInt(), 2);

        // Up to date: the next start takes no copy and says nothing about an update.
        const Run again = createToken(QStringLiteral("S3"));
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(!again.err.contains("pre-upgrade"), again.err.constData());
        QCOMPARE(upgradeCopies().size(), 1);
    }

    void aNewerServerDbIsRefusedUntouched()
    {
        onFile(serverDb(), {QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema'")});
        const QByteArray before = sha256Of(serverDb());
        QVERIFY(!before.isEmpty());

        const Run token = createToken(QStringLiteral("S4"));
        QCOMPARE(token.exitCode, 1);
        QVERIFY2(token.err.contains("schema 99, newer than this server"), token.err.constData());
        QVERIFY(token.out.isEmpty());
        // The central server itself does not start on it either.
        const Run start = server({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                  QStringLiteral("--data-dir"), dataDir()});
        QCOMPARE(start.exitCode, 1);
        QVERIFY2(start.err.contains("nothing was changed"), start.err.constData());
        QVERIFY(!start.out.contains("listening"));

        QCOMPARE(sha256Of(serverDb()), before);
        QCOMPARE(upgradeCopies().size(), 1);
        QCOMPARE(onFile(serverDb(), {QStringLiteral("SELECT COUNT(*) FROM tokens")}).toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestServerUpgrade)
#include "tst_serverupgrade.moc"
