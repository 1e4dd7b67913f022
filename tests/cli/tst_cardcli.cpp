#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// appraisal-admin card read against the SAM simulator program on a real pty.
class TestCardCli : public QObject
{
    Q_OBJECT

    static QString bin(const char *name)
    {
        return qEnvironmentVariable("APPRAISAL_BIN_DIR") + QLatin1Char('/') + QLatin1String(name);
    }

private slots:
    void readsOneCardAsJson()
    {
        QTemporaryDir dir;
        QFile cardFile(dir.filePath(QStringLiteral("card.json")));
        QVERIFY(cardFile.open(QIODevice::WriteOnly));
        const QJsonObject card{{QStringLiteral("name"), QStringLiteral("黄涛")},
                               {QStringLiteral("gender"), QStringLiteral("male")},
                               {QStringLiteral("nation"), QStringLiteral("汉")},
                               {QStringLiteral("birth_date"), QStringLiteral("1983-06-14")},
                               {QStringLiteral("address"), QStringLiteral("广州市天河区示例路1号")},
                               {QStringLiteral("id_number"), QStringLiteral("440104198306148972")},
                               {QStringLiteral("authority"), QStringLiteral("广州市公安局天河分局")},
                               {QStringLiteral("valid_from"), QStringLiteral("2015-01-01")}};
        cardFile.write(QJsonDocument(card).toJson());
        cardFile.close();
        QProcess simulator;
        const QString link = dir.filePath(QStringLiteral("reader"));
        simulator.start(bin("appraisal-samsim"),
                        {QStringLiteral("--card"), cardFile.fileName(), QStringLiteral("--link"), link});
        QVERIFY(simulator.waitForReadyRead(10000));
        QCOMPARE(QString::fromUtf8(simulator.readLine()).trimmed(), link);

        QProcess read;
        read.start(bin("appraisal-admin"), {QStringLiteral("card"), QStringLiteral("read"),
                                            QStringLiteral("--port"), link, QStringLiteral("--json")});
        QVERIFY(read.waitForFinished(30000));
        QCOMPARE(read.exitCode(), 0);
        QJsonObject expected = card;
        expected.insert(QStringLiteral("valid_to"), QStringLiteral("长期"));
        QCOMPARE(QJsonDocument::fromJson(read.readAllStandardOutput()).object(), expected);

        // The same card still on the reader is not read twice.
        read.start(bin("appraisal-admin"),
                   {QStringLiteral("card"), QStringLiteral("read"), QStringLiteral("--port"), link,
                    QStringLiteral("--timeout-ms"), QStringLiteral("1500")});
        QVERIFY(read.waitForFinished(30000));
        QCOMPARE(read.exitCode(), 1);
        QVERIFY(!read.readAllStandardError().isEmpty());

        simulator.terminate();
        QVERIFY(simulator.waitForFinished(10000));
        QVERIFY(!QFile::exists(link));
        read.start(bin("appraisal-admin"),
                   {QStringLiteral("card"), QStringLiteral("read"), QStringLiteral("--port"), link,
                    QStringLiteral("--timeout-ms"), QStringLiteral("1500")});
        QVERIFY(read.waitForFinished(30000));
        QCOMPARE(read.exitCode(), 1);
        read.start(bin("appraisal-admin"), {QStringLiteral("card"), QStringLiteral("read")});
        QVERIFY(read.waitForFinished(30000));
        QCOMPARE(read.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCardCli)
#include "tst_cardcli.moc"
