// What the audit and sync pages show instead of stored keys and JSON (issue 19): translated action
// and record names, details as "label: value" in words, and keys no table names still read as
// words, never as the raw key and never a crash — in Chinese and in English.

#include "screenharness.h"

#include "core/caseflow.h"
#include "ui/recordnames.h"

#include <QJsonDocument>
#include <QTest>

#include <algorithm>

class TestRecordNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storedRecordsReadAsWords_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("kind"); // action | details | subject | outbox
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("shown");
        const QString zh = QStringLiteral("zh_CN");
        const QString en = QStringLiteral("en");
        const QString action = QStringLiteral("action");
        const QString details = QStringLiteral("details");
        const QString subject = QStringLiteral("subject");
        const QString outbox = QStringLiteral("outbox");

        // Action names: every kind the stations write, a new one in words.
        QTest::newRow("ticket printed")
            << zh << action << QString() << QStringLiteral("print.ticket") << QStringLiteral("打印排队票");
        QTest::newRow("call") << zh << action << QString() << QStringLiteral("call.call")
                              << QStringLiteral("叫号");
        QTest::newRow("case step") << zh << action << QString() << QStringLiteral("case.waiting_exam1")
                                   << QStringLiteral("案件：等候首次查体");
        QTest::newRow("walk-in refused") << zh << action << QString() << QStringLiteral("walk_in.refuse")
                                         << QStringLiteral("拒绝临时到场");
        QTest::newRow("expert seated")
            << zh << action << QString() << QStringLiteral("expert.seat") << QStringLiteral("安排专家诊室");
        QTest::newRow("room retired")
            << zh << action << QString() << QStringLiteral("room.retire") << QStringLiteral("停用诊室");
        QTest::newRow("case archived")
            << zh << action << QString() << QStringLiteral("case.archive") << QStringLiteral("案件归档");
        QTest::newRow("conclusion printed") << zh << action << QString() << QStringLiteral("print.conclusion")
                                            << QStringLiteral("打印鉴定结论");
        QTest::newRow("database upgraded") << zh << action << QString() << QStringLiteral("database.upgrade")
                                           << QStringLiteral("升级数据库");
        QTest::newRow("unknown action in words")
            << zh << action << QString() << QStringLiteral("future.thing_done")
            << QStringLiteral("Future thing done");
        QTest::newRow("empty action") << zh << action << QString() << QString() << QStringLiteral("–");
        QTest::newRow("en: ticket printed") << en << action << QString() << QStringLiteral("print.ticket")
                                            << QStringLiteral("Ticket printed");
        QTest::newRow("en: lane saved")
            << en << action << QString() << QStringLiteral("lane.set") << QStringLiteral("Lane saved");

        // Details.
        QTest::newRow("state change")
            << zh << details << QStringLiteral("case.exam1") << QStringLiteral(R"({"from":"waiting_exam1"})")
            << QStringLiteral("原状态: 等候首次查体");
        QTest::newRow("en: state change")
            << en << details << QStringLiteral("case.exam1") << QStringLiteral(R"({"from":"waiting_exam1"})")
            << QStringLiteral("From: Waiting for exam 1");
        QTest::newRow("reprint flag") << zh << details << QStringLiteral("print.ticket")
                                      << QStringLiteral(R"({"reprint":false,"ticket":"A001"})")
                                      << QStringLiteral("补打: 否; 排队号: A001");
        // A call as the audit keeps it: every key in words, the empty note left out.
        QTest::newRow("call details")
            << zh << details << QStringLiteral("call.call")
            << QStringLiteral(R"({"case":"JD2026-0001","detail":"","room":"R1","seq":2,"ticket":"A001"})")
            << QStringLiteral("案件: JD2026-0001; 诊室: R1; 叫号序号: 2; 排队号: A001");
        QTest::newRow("draw") << zh << details << QStringLiteral("draw.make")
                              << QStringLiteral(R"({"candidates":["E103","E109"],"excluded":[],)"
                                                R"("examiners":["E103"],"panel_size":3,"random":[2,0]})")
                              << QStringLiteral("候选专家: E103, E109; 查体专家: E103; 专家组人数: 3; "
                                                "随机数: 2, 0");
        QTest::newRow("draw, an expert left out")
            << zh << details << QStringLiteral("draw.make")
            << QStringLiteral(R"({"excluded":[{"expert":"E104","reason":"同一单位"}]})")
            << QStringLiteral("排除: (专家: E104, 原因: 同一单位)");
        QTest::newRow("health level")
            << zh << details << QStringLiteral("health.level_changed")
            << QStringLiteral(R"({"check":"disk_space","from":"ok","to":"warning"})")
            << QStringLiteral("检查项: 磁盘剩余空间; 原状态: 正常; 新状态: 警告");
        QTest::newRow("en: health level")
            << en << details << QStringLiteral("health.level_changed")
            << QStringLiteral(R"({"check":"disk_space","from":"ok","to":"warning"})")
            << QStringLiteral("Check: Free disk space; From: OK; To: Warning");
        QTest::newRow("setting changed") << zh << details << QStringLiteral("config.set")
                                         << QStringLiteral(R"({"from":"08:00","to":"07:30"})")
                                         << QStringLiteral("原值: 08:00; 新值: 07:30");
        QTest::newRow("locked login")
            << zh << details << QStringLiteral("login_failed") << QStringLiteral(R"({"reason":"locked"})")
            << QStringLiteral("原因: 账号已锁定");
        QTest::newRow("account role") << zh << details << QStringLiteral("account.update")
                                      << QStringLiteral(R"({"expert":"","previous_role":"clerk",)"
                                                        R"("role":"venue_admin"})")
                                      << QStringLiteral("原角色: 文员; 角色: 场所管理员");
        QTest::newRow("opinion role") << zh << details << QStringLiteral("opinion.submit")
                                      << QStringLiteral(R"({"role":"exam1","version":1})")
                                      << QStringLiteral("角色: 第一查体专家; 版本: 1");
        QTest::newRow("specialties") << zh << details << QStringLiteral("room.save")
                                     << QStringLiteral(R"({"specialties":"neurology;orthopaedics"})")
                                     << QStringLiteral(
                                            "专业: 神经内科、神经外科、精神科 / 骨科、整形外科、烧伤科");
        QTest::newRow("delivery") << zh << details << QStringLiteral("case.deliver")
                                  << QStringLiteral(R"({"method":"ems","tracking_no":"EA123"})")
                                  << QStringLiteral("方式: EMS 邮寄; 运单号: EA123");
        QTest::newRow("conflict with a person")
            << zh << details << QStringLiteral("expert.conflict")
            << QStringLiteral(R"j({"kind":"person","note":"","subject":"(person)"})j")
            << QStringLiteral("类别: 个人; 对象: （某人，不显示姓名）");
        QTest::newRow("checksum shortened") << zh << details << QStringLiteral("material.add")
                                            << QStringLiteral(R"({"sha256":"0123456789abcdef0123"})")
                                            << QStringLiteral("校验值: 0123456789ab…");
        QTest::newRow("size whole") << zh << details << QStringLiteral("material.add")
                                    << QStringLiteral(R"({"size":1834211})")
                                    << QStringLiteral("大小（字节）: 1,834,211");
        QTest::newRow("unknown key in words")
            << zh << details << QStringLiteral("future.thing") << QStringLiteral(R"({"some_new_key":3})")
            << QStringLiteral("Some new key: 3");
        QTest::newRow("odd values, no crash")
            << zh << details << QStringLiteral("future.thing")
            << QStringLiteral(R"({"a":null,"b":{"reprint":true},"c":[[],{}],"":"x"})")
            << QStringLiteral("–: x; B: (补打: 是)");

        // Subjects that are stored names.
        QTest::newRow("health check subject")
            << zh << subject << QStringLiteral("health.level_changed") << QStringLiteral("disk_space")
            << QStringLiteral("磁盘剩余空间");
        QTest::newRow("upgrade subject")
            << zh << subject << QStringLiteral("database.upgrade")
            << QStringLiteral("schema 25 -> 26, backup station.db.v25.bak")
            << QStringLiteral("数据结构 25 升级到 26，保留副本：station.db.v25.bak");
        QTest::newRow("case subject stays") << zh << subject << QStringLiteral("case.exam1")
                                            << QStringLiteral("JD2026-0001") << QStringLiteral("JD2026-0001");

        // Outbox kinds on the sync page.
        QTest::newRow("call event") << zh << outbox << QString() << QStringLiteral("call_event")
                                    << QStringLiteral("诊室叫号");
        QTest::newRow("day's batch") << zh << outbox << QString() << QStringLiteral("batch")
                                     << QStringLiteral("鉴定批次");
        QTest::newRow("en: call event")
            << en << outbox << QString() << QStringLiteral("call_event") << QStringLiteral("Call at a room");
        QTest::newRow("unknown kind in words")
            << zh << outbox << QString() << QStringLiteral("future_kind") << QStringLiteral("Future kind");
    }

    void storedRecordsReadAsWords()
    {
        QFETCH(QString, language);
        QFETCH(QString, kind);
        QFETCH(QString, action);
        QFETCH(QString, stored);
        QFETCH(QString, shown);
        QVERIFY(screenharness::useLanguage(language));
        if (kind == QLatin1String("action"))
            QCOMPARE(ui::RecordNames::auditAction(stored), shown);
        else if (kind == QLatin1String("details"))
            QCOMPARE(ui::RecordNames::auditDetails(QJsonDocument::fromJson(stored.toUtf8()).object(), action),
                     shown);
        else if (kind == QLatin1String("subject"))
            QCOMPARE(ui::RecordNames::auditSubject(action, stored), shown);
        else
            QCOMPARE(ui::RecordNames::outboxKind(stored), shown);
    }

    // Every action the product writes has a name of its own: none falls back to its key in words.
    void everyWrittenActionIsNamed_data()
    {
        QTest::addColumn<QString>("stored");
        for (const char *key : {"login",
                                "logout",
                                "login_failed",
                                "account.provision",
                                "account.create",
                                "account.update",
                                "account.enable",
                                "account.disable",
                                "account.unlock",
                                "account.reset_password",
                                "account.locked",
                                "demo.load",
                                "venue.setup",
                                "venue.first_start",
                                "lane.set",
                                "lane.retire",
                                "lane.delete",
                                "room.save",
                                "room.retire",
                                "room.delete",
                                "expert.save",
                                "experts.import",
                                "expert.seat",
                                "expert.conflict",
                                "expert.conflict_withdraw",
                                "config.set",
                                "database.upgrade",
                                "backup.create",
                                "backup.deferred",
                                "backup.restore",
                                "health.level_changed",
                                "hub.enrol_failed",
                                "hub.enrol_throttled",
                                "key.create",
                                "key.recover",
                                "print.ticket",
                                "print.receipt",
                                "print.file",
                                "print.conclusion",
                                "print.opinions",
                                "case.sign_out",
                                "case.extend",
                                "case.deliver",
                                "case.archive",
                                "walk_in.request",
                                "walk_in.approve",
                                "walk_in.refuse",
                                "draw.make",
                                "draw.redraw",
                                "call.call",
                                "call.recall",
                                "call.no_show",
                                "call.requeue",
                                "call.start",
                                "call.finish",
                                "call.transfer",
                                "call.pause",
                                "call.resume",
                                "call.override",
                                "opinion.submit",
                                "opinion.change",
                                "review.conclude",
                                "material.add",
                                "roster.import",
                                "delivery.export"})
            QTest::newRow(key) << QString::fromLatin1(key);
        for (const core::CaseState state : core::allCaseStates())
            QTest::newRow(qPrintable(QStringLiteral("case.") + core::toKey(state)))
                << QStringLiteral("case.") + core::toKey(state);
    }

    void everyWrittenActionIsNamed()
    {
        QFETCH(QString, stored);
        QVERIFY(screenharness::useLanguage(QStringLiteral("zh_CN")));
        const QString shown = ui::RecordNames::auditAction(stored);
        QVERIFY2(shown != ui::RecordNames::readableKey(stored), qPrintable(shown));
        // Chinese, not the English source: every name is translated.
        QVERIFY2(std::any_of(shown.cbegin(), shown.cend(), [](QChar c) { return c.unicode() >= 0x4E00; }),
                 qPrintable(shown));
    }
};

QTEST_MAIN(TestRecordNames)
#include "tst_recordnames.moc"
