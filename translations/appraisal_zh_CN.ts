<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>MaterialFiles</name>
    <message>
        <source>Cannot create the folder %1. Check that the disk is writable.</source>
        <translation>无法创建文件夹 %1。请检查磁盘是否可写。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the disk did not confirm the write</source>
        <translation>磁盘未确认写入</translation>
    </message>
    <message>
        <source>the file could not be renamed into place</source>
        <translation>文件无法重命名到位</translation>
    </message>
    <message>
        <source>Cannot write %1: the disk did not confirm the folder</source>
        <translation>无法写入 %1：磁盘未确认文件夹的更改</translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <source>check people in</source>
        <translation>办理签到</translation>
    </message>
    <message>
        <source>call people to an exam room</source>
        <translation>叫号到诊室</translation>
    </message>
    <message>
        <source>record examinations</source>
        <translation>录入查体</translation>
    </message>
    <message>
        <source>review and conclude cases</source>
        <translation>复核并作出结论</translation>
    </message>
    <message>
        <source>print opinions and conclusions</source>
        <translation>打印鉴定意见和结论</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>管理账号</translation>
    </message>
    <message>
        <source>manage the venue</source>
        <translation>管理鉴定场所</translation>
    </message>
    <message>
        <source>synchronize with the central system</source>
        <translation>与中心系统同步</translation>
    </message>
    <message>
        <source>terminate a case</source>
        <translation>终止鉴定</translation>
    </message>
</context>
<context>
    <name>accounts::AccountService</name>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the venue admin to enable it.</source>
        <translation>该账号已停用，请联系场所管理员启用。</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>密码不能与用户名相同。</translation>
    </message>
    <message>
        <source>The password must contain letters and digits.</source>
        <translation>密码必须同时包含字母和数字。</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is not valid: use 2 to 32 lowercase letters, digits, dots, dashes or underscores, starting with a letter.</source>
        <translation>用户名“%1”无效：请使用 2 至 32 个小写字母、数字、点、连字符或下划线，并以字母开头。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name for account %1.</source>
        <translation>请为账号 %1 填写使用人姓名。</translation>
    </message>
    <message>
        <source>Account %1 examines or reviews, so it must be linked to an expert.</source>
        <translation>账号 %1 承担查体或复核，必须关联一名鉴定专家。</translation>
    </message>
    <message>
        <source>The password could not be protected (out of memory). Try again.</source>
        <translation>无法加密保存密码（内存不足），请重试。</translation>
    </message>
    <message>
        <source>An account named %1 already exists.</source>
        <translation>账号 %1 已存在。</translation>
    </message>
    <message>
        <source>This account is locked after too many failed logins until %1. Wait, or ask the venue admin to reset the password.</source>
        <translation>登录失败次数过多，该账号已锁定至 %1。请稍后再试，或请场所管理员重置密码。</translation>
    </message>
</context>
<context>
    <name>accounts::Authorizer</name>
    <message>
        <source>Please log in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>%1 (%2) is not allowed to %3.</source>
        <translation>%1（%2）无权%3。</translation>
    </message>
</context>
<context>
    <name>admin</name>
    <message>
        <source>Station data folder (default: %1).</source>
        <translation>工作站数据目录（默认：%1）。</translation>
    </message>
    <message>
        <source>Print one JSON object for scripts.</source>
        <translation>输出一个 JSON 对象，供脚本使用。</translation>
    </message>
    <message>
        <source>There is no station database at %1.</source>
        <translation>%1 处没有工作站数据库。</translation>
    </message>
    <message>
        <source>database: %1
schema version: %2
quick_check: %3</source>
        <translation>数据库：%1
结构版本：%2
完整性检查：%3</translation>
    </message>
    <message>
        <source>outbox: %1 total, %2 pending, %3 quarantined</source>
        <translation>待同步队列：共 %1 条，待上传 %2 条，已隔离 %3 条</translation>
    </message>
    <message>
        <source>Demo venue %1 loaded into %2: batch %3 with %4 cases, %5 experts, %6 rooms, %7 accounts.</source>
        <translation>演示场所 %1 已载入 %2：批次 %3，%4 个案件，%5 名专家，%6 个诊室，%7 个账号。</translation>
    </message>
    <message>
        <source>Load the synthetic demo venue with a batch for today.</source>
        <translation>载入合成的演示场所及今日鉴定批次。</translation>
    </message>
    <message>
        <source>Give exactly one ID number, e.g. appraisal-admin id check 11010519491231002X</source>
        <translation>请给出且仅给出一个身份证号，例如：appraisal-admin id check 11010519491231002X</translation>
    </message>
    <message>
        <source>valid: %1
birth date: %2
gender: %3
region: %4 (%5)</source>
        <translation>有效：%1
出生日期：%2
性别：%3
地区：%4（%5）</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <source>Check a citizen ID number (GB 11643): exit 0 valid, 1 invalid.</source>
        <translation>校验公民身份号码（GB 11643）：有效退出码 0，无效退出码 1。</translation>
    </message>
    <message>
        <source>18- or 15-character ID number.</source>
        <translation>18 位或 15 位身份证号。</translation>
    </message>
    <message>
        <source>Usage: appraisal-admin &lt;command&gt; &lt;action&gt; [options]
Administration tool of the appraisal-site workstation.

Commands:
</source>
        <translation>用法：appraisal-admin &lt;命令&gt; &lt;操作&gt; [选项]
劳动能力鉴定现场工作站管理工具。

命令：
</translation>
    </message>
    <message>
        <source>
Run &apos;appraisal-admin &lt;command&gt; &lt;action&gt; --help&apos; for the options of one command.
Exit codes: 0 success, 1 failure or invalid input, 2 usage error.
</source>
        <translation>
运行 &apos;appraisal-admin &lt;命令&gt; &lt;操作&gt; --help&apos; 查看该命令的选项。
退出码：0 成功，1 失败或输入无效，2 用法错误。
</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Audit trail broken at row %1: %2</source>
        <translation>审计记录在第 %1 条处被破坏：%2</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>尚无备份。</translation>
    </message>
    <message>
        <source>There is no backup in %1.</source>
        <translation>%1 中没有备份。</translation>
    </message>
    <message>
        <source>Name the backup file to restore, or pass --latest.</source>
        <translation>请指定要恢复的备份文件，或使用 --latest。</translation>
    </message>
    <message>
        <source>The restored database fails its check.</source>
        <translation>恢复后的数据库未通过检查。</translation>
    </message>
    <message>
        <source>List the backups, oldest first.</source>
        <translation>列出备份，按时间从旧到新。</translation>
    </message>
    <message>
        <source>Restore the newest backup.</source>
        <translation>恢复最新的备份。</translation>
    </message>
    <message>
        <source>To recover: appraisal-admin key recover --data-dir %1 (reads the recovery key from standard input).</source>
        <translation>恢复方法：appraisal-admin key recover --data-dir %1（从标准输入读取恢复密钥）。</translation>
    </message>
    <message>
        <source>A new data key was created for %1 and stored in the system keychain.
Recovery key (shown only now; write it down and keep it locked away):
%2</source>
        <translation>已为 %1 创建新的数据密钥并保存到系统钥匙串。
恢复密钥（仅此一次显示，请抄写下来并锁好保管）：
%2</translation>
    </message>
    <message>
        <source>The station database could not be opened.</source>
        <translation>无法打开工作站数据库。</translation>
    </message>
    <message>
        <source>Type the recovery key on standard input.</source>
        <translation>请在标准输入中输入恢复密钥。</translation>
    </message>
    <message>
        <source>The recovery key opens %1; the data key is back in the system keychain.</source>
        <translation>恢复密钥可以打开 %1，数据密钥已重新保存到系统钥匙串。</translation>
    </message>
    <message>
        <source>Put the data key back into the system keychain from the recovery key read on standard input.</source>
        <translation>用从标准输入读取的恢复密钥，把数据密钥重新放回系统钥匙串。</translation>
    </message>
    <message>
        <source>Name one roster CSV file.</source>
        <translation>请指定一个名单 CSV 文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Save the roster as CSV UTF-8 and import it again.</source>
        <translation>%1 不是 UTF-8 文本。请将名单另存为“CSV UTF-8”格式后重新导入。</translation>
    </message>
    <message>
        <source>Imported %1 cases into batch %2%3.</source>
        <translation>已向批次 %2 导入 %1 个案件%3。</translation>
    </message>
    <message>
        <source> (batch created)</source>
        <translation>（已新建批次）</translation>
    </message>
    <message>
        <source>  line %1 rejected: %2</source>
        <translation>  第 %1 行未导入：%2</translation>
    </message>
    <message>
        <source>Give either --id-number or --case.</source>
        <translation>请指定 --id-number 或 --case 其中之一。</translation>
    </message>
    <message>
        <source>Already checked in: ticket %1 (%2), case %3, %4 ahead.</source>
        <translation>已签到：排队号 %1（%2），案件 %3，前面还有 %4 人。</translation>
    </message>
    <message>
        <source>Checked in: ticket %1 (%2), case %3, %4 ahead.</source>
        <translation>签到成功：排队号 %1（%2），案件 %3，前面还有 %4 人。</translation>
    </message>
    <message>
        <source>Import a roster CSV into a batch; bad rows are reported by line.</source>
        <translation>将名单 CSV 导入批次；有误的行按行号报告。</translation>
    </message>
    <message>
        <source>Batch to import into; created for today at the configured venue when missing. Default: the current batch.</source>
        <translation>导入的批次；不存在时在已配置的场所为今天新建。默认：当前批次。</translation>
    </message>
    <message>
        <source>Roster CSV (UTF-8, header row).</source>
        <translation>名单 CSV（UTF-8，含表头行）。</translation>
    </message>
    <message>
        <source>Check a person in by ID number (or acceptance number) and give the queue ticket; again gives the same ticket.</source>
        <translation>按身份证号（或受理编号）办理签到并发放排队号；重复签到返回同一排队号。</translation>
    </message>
    <message>
        <source>The person&apos;s ID number.</source>
        <translation>被鉴定人的身份证号。</translation>
    </message>
    <message>
        <source>The acceptance number instead of the ID number.</source>
        <translation>使用受理编号代替身份证号。</translation>
    </message>
    <message>
        <source>Give --ticket and one of --pdf FILE, --escpos FILE or --tcp HOST[:PORT].</source>
        <translation>请指定 --ticket，以及 --pdf FILE、--escpos FILE 或 --tcp HOST[:PORT] 其中之一。</translation>
    </message>
    <message>
        <source>Unknown printer profile &quot;%1&quot;. Known profiles: %2.</source>
        <translation>未知的打印机配置“%1”。可用配置：%2。</translation>
    </message>
    <message>
        <source>There is no ticket %1 today.</source>
        <translation>今天没有排队号 %1。</translation>
    </message>
    <message>
        <source>Ticket %1: %2</source>
        <translation>排队号 %1：%2</translation>
    </message>
    <message>
        <source>Give --case ACCEPTANCE_NO and --pdf FILE.</source>
        <translation>请指定 --case ACCEPTANCE_NO 和 --pdf FILE。</translation>
    </message>
    <message>
        <source>Case %1 has not been checked in today; the receipt notice is given at check-in.</source>
        <translation>案件 %1 今天尚未签到；收讫告知书在签到时发放。</translation>
    </message>
    <message>
        <source>Receipt notice of %1: %2</source>
        <translation>%1 的收讫告知书：%2</translation>
    </message>
    <message>
        <source>Language of the document: zh_CN (default) or en.</source>
        <translation>文书语言：zh_CN（默认）或 en。</translation>
    </message>
    <message>
        <source>Print a queue ticket as PDF or ESC/POS (to a file, a device or a network printer).</source>
        <translation>以 PDF 或 ESC/POS 格式打印排队号（输出到文件、设备或网络打印机）。</translation>
    </message>
    <message>
        <source>Today&apos;s ticket number (e.g. G001), a ticket id, or an acceptance number.</source>
        <translation>今天的排队号（如 G001）、排队号标识或受理编号。</translation>
    </message>
    <message>
        <source>Write a PDF.</source>
        <translation>输出 PDF 文件。</translation>
    </message>
    <message>
        <source>Write ESC/POS bytes to a file or a device such as /dev/usb/lp0.</source>
        <translation>将 ESC/POS 数据写入文件或设备（如 /dev/usb/lp0）。</translation>
    </message>
    <message>
        <source>Send ESC/POS bytes to a network printer (port 9100 unless given) and read its status.</source>
        <translation>将 ESC/POS 数据发送到网络打印机（默认端口 9100）并读取其状态。</translation>
    </message>
    <message>
        <source>Printer profile for ESC/POS: 58mm-gb18030 (default), 80mm-gb18030, 58mm-gbk, 80mm-utf8, 58mm-raster, 80mm-raster.</source>
        <translation>ESC/POS 打印机配置：58mm-gb18030（默认）、80mm-gb18030、58mm-gbk、80mm-utf8、58mm-raster、80mm-raster。</translation>
    </message>
    <message>
        <source>Write the receipt notice (收讫告知书) of a checked-in case as an A4 PDF.</source>
        <translation>将已签到案件的收讫告知书输出为 A4 PDF。</translation>
    </message>
    <message>
        <source>Acceptance number.</source>
        <translation>受理编号。</translation>
    </message>
    <message>
        <source>Name the reader&apos;s serial port with --port.</source>
        <translation>请用 --port 指定读卡器的串口。</translation>
    </message>
    <message>
        <source>--timeout-ms must be a positive number.</source>
        <translation>--timeout-ms 必须是正数。</translation>
    </message>
    <message>
        <source>Cannot open the card reader on %1.</source>
        <translation>无法打开 %1 上的读卡器。</translation>
    </message>
    <message>
        <source>No card was read within %1 ms. Place the ID card flat on the reader; a card that was just read must be lifted and placed again.</source>
        <translation>%1 毫秒内未读到身份证。请将身份证平放在读卡器上；刚读过的卡需拿起后重新放置。</translation>
    </message>
    <message>
        <source>Read one ID card from a SAM reader on a serial port.</source>
        <translation>从串口上的 SAM 读卡器读取一张身份证。</translation>
    </message>
    <message>
        <source>Serial port of the reader, e.g. /dev/ttyUSB0.</source>
        <translation>读卡器的串口，例如 /dev/ttyUSB0。</translation>
    </message>
    <message>
        <source>How long to wait for a card (default 10000).</source>
        <translation>等待读卡的时间（毫秒，默认 10000）。</translation>
    </message>
    <message>
        <source>Name one experts CSV file.</source>
        <translation>请指定一个专家 CSV 文件。</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Save the list as CSV UTF-8 and import it again.</source>
        <translation>%1 不是 UTF-8 文本。请另存为 CSV UTF-8 后重新导入。</translation>
    </message>
    <message>
        <source>Imported %1 experts.</source>
        <translation>已导入 %1 名专家。</translation>
    </message>
    <message>
        <source>Give --case ACCEPTANCE_NO and --runs N (1 to 10,000,000).</source>
        <translation>请给出 --case 受理编号 和 --runs N（1 至 10,000,000）。</translation>
    </message>
    <message>
        <source>%1 draws for case %2, recorded nowhere:</source>
        <translation>案件 %2 抽取 %1 次（不作记录）：</translation>
    </message>
    <message>
        <source>  %1: examiner %2 times, reviewer %3 times</source>
        <translation>  %1：鉴定 %2 次，复核 %3 次</translation>
    </message>
    <message>
        <source>  %1 excluded: %2</source>
        <translation>  %1 回避：%2</translation>
    </message>
    <message>
        <source>  the same expert twice in one panel: %1</source>
        <translation>  同一组中同一专家出现两次：%1</translation>
    </message>
    <message>
        <source>Give --case ACCEPTANCE_NO.</source>
        <translation>请给出 --case 受理编号。</translation>
    </message>
    <message>
        <source>Case %1: examiners %2, reviewer %3 (draw %4).</source>
        <translation>案件 %1：鉴定专家 %2，复核专家 %3（抽取记录 %4）。</translation>
    </message>
    <message>
        <source>Import an experts CSV (expert_id,name,specialties,employer,title,on_duty); bad rows are reported by line.</source>
        <translation>导入专家 CSV（expert_id,name,specialties,employer,title,on_duty）；错误行按行号报告。</translation>
    </message>
    <message>
        <source>Experts CSV (UTF-8, header row).</source>
        <translation>专家 CSV（UTF-8，含表头）。</translation>
    </message>
    <message>
        <source>Run the real expert draw for a case N times without recording it, and count who was drawn.</source>
        <translation>对某案件实际运行专家抽取 N 次（不作记录），统计各专家被抽中的次数。</translation>
    </message>
    <message>
        <source>The case&apos;s acceptance number.</source>
        <translation>案件受理编号。</translation>
    </message>
    <message>
        <source>How many draws.</source>
        <translation>抽取次数。</translation>
    </message>
    <message>
        <source>Draw and record the experts of a case; --redraw REASON replaces the current draw (both stay on record).</source>
        <translation>为案件抽取并记录专家；--redraw 原因 可替换当前抽取结果（两次均留档）。</translation>
    </message>
    <message>
        <source>Replace the current draw, for this reason.</source>
        <translation>以此原因替换当前抽取结果。</translation>
    </message>
    <message>
        <source>Give --expert E and either --employer NAME or --id-number X.</source>
        <translation>请给出 --expert 专家编号，以及 --employer 单位名称 或 --id-number 身份证号 之一。</translation>
    </message>
    <message>
        <source>Recorded: expert %1 is excluded from the draws it concerns.</source>
        <translation>已记录：专家 %1 将在相关案件的抽取中回避。</translation>
    </message>
    <message>
        <source>Declare an expert&apos;s conflict of interest with an employer or a person; the draw excludes the expert from their cases.</source>
        <translation>申报专家与某单位或某人的利益冲突；抽取时该专家将回避相关案件。</translation>
    </message>
    <message>
        <source>The expert&apos;s id.</source>
        <translation>专家编号。</translation>
    </message>
    <message>
        <source>The employer the conflict is with.</source>
        <translation>存在利益冲突的单位。</translation>
    </message>
    <message>
        <source>The person the conflict is with (stored only as a keyed hash).</source>
        <translation>存在利益冲突的人员（仅以带密钥的哈希值保存）。</translation>
    </message>
    <message>
        <source>Why, for the record.</source>
        <translation>原因，记录在案。</translation>
    </message>
    <message>
        <source>Give either --grades 7,7,5 or --clauses &quot;5.7.2(36),5.9.2(3)&quot;.</source>
        <translation>请给出 --grades 7,7,5 或 --clauses &quot;5.7.2(36),5.9.2(3)&quot; 之一。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grade; grades run from 1 to 10.</source>
        <translation>“%1”不是伤残等级；等级为 1 至 10 级。</translation>
    </message>
    <message>
        <source>Clause %1 is not in the station&apos;s catalog (import it with appraisal-admin catalog import).</source>
        <translation>条款 %1 不在本站条款目录中（请用 appraisal-admin catalog import 导入）。</translation>
    </message>
    <message>
        <source>Grade %1.</source>
        <translation>%1 级。</translation>
    </message>
    <message>
        <source>Name one catalog file (JSON or CSV), or give --sample.</source>
        <translation>请指定一个目录文件（JSON 或 CSV），或使用 --sample。</translation>
    </message>
    <message>
        <source>Imported %1 clauses; the catalog holds %2.</source>
        <translation>已导入 %1 条条款；目录共 %2 条。</translation>
    </message>
    <message>
        <source>  entry %1 rejected: %2</source>
        <translation>  第 %1 条被拒绝：%2</translation>
    </message>
    <message>
        <source>Give a clause id (5.7.2) or words to look for.</source>
        <translation>请给出条款号（如 5.7.2）或要查找的文字。</translation>
    </message>
    <message>
        <source>Combine injury grades (GB/T 16180 chapter 4): the most severe decides, raised by one when shared.</source>
        <translation>合并伤残等级（GB/T 16180 第 4 章）：以最重者为准，同级多处时晋升一级。</translation>
    </message>
    <message>
        <source>Grades of the single injuries, e.g. 7,7,5.</source>
        <translation>各处伤残的等级，如 7,7,5。</translation>
    </message>
    <message>
        <source>Clause ids resolved through the station&apos;s catalog, e.g. 5.7.2(36),5.9.2(3).</source>
        <translation>按本站条款目录解析的条款号，如 5.7.2(36),5.9.2(3)。</translation>
    </message>
    <message>
        <source>Self-care dependency from the activities that need help.</source>
        <translation>根据需要帮助的活动项判定生活自理障碍程度。</translation>
    </message>
    <message>
        <source>Activities that need help: eating, turning, toileting, dressing, moving.</source>
        <translation>需要帮助的活动：eating（进食）、turning（翻身）、toileting（大小便）、dressing（穿衣洗漱）、moving（自主行动）。</translation>
    </message>
    <message>
        <source>Import a clause catalog (JSON {&quot;clauses&quot;:[…]} or CSV clause,grade,group,text), or the built-in sample.</source>
        <translation>导入条款目录（JSON {&quot;clauses&quot;:[…]} 或 CSV clause,grade,group,text），或内置示例。</translation>
    </message>
    <message>
        <source>Import the built-in sample catalog.</source>
        <translation>导入内置示例目录。</translation>
    </message>
    <message>
        <source>Catalog file.</source>
        <translation>目录文件。</translation>
    </message>
    <message>
        <source>Find clauses by id prefix or by words of the text.</source>
        <translation>按条款号前缀或条款文字查找条款。</translation>
    </message>
    <message>
        <source>A clause id or words.</source>
        <translation>条款号或文字。</translation>
    </message>
    <message>
        <source>Write the conclusion (鉴定结论书) of a concluded case as an A4 PDF; exit 1 when the reviewer&apos;s signature no longer matches it.</source>
        <translation>将已作结论案件的鉴定结论书输出为 A4 PDF；复核专家签名与内容不符时退出码为 1。</translation>
    </message>
    <message>
        <source>Give --cases N (at least 1).</source>
        <translation>请给出 --cases N（至少为 1）。</translation>
    </message>
    <message>
        <source>Concluded %1 cases: %2</source>
        <translation>已作出结论 %1 件：%2</translation>
    </message>
    <message>
        <source>Skipped %1</source>
        <translation>已跳过 %1</translation>
    </message>
    <message>
        <source>Run a venue day through the real services: check-in, draw, two examinations with findings and clauses, signatures, review, conclusion.</source>
        <translation>用真实服务模拟一个鉴定日：签到、抽取专家、两次检查（查体结果与条款）、签名、复核、作出结论。</translation>
    </message>
    <message>
        <source>How many cases to conclude.</source>
        <translation>要作出结论的案件数。</translation>
    </message>
    <message>
        <source>Give --case ACCEPTANCE_NO, --days N (1–30) and --reason TEXT.</source>
        <translation>请给出 --case 受理编号、--days N（1–30）和 --reason 理由。</translation>
    </message>
    <message>
        <source>The conclusion of %1 is now due on %2.</source>
        <translation>%1 的鉴定结论期限现为 %2。</translation>
    </message>
    <message>
        <source>Give --case ACCEPTANCE_NO and --method ems|in_person (with --tracking for ems).</source>
        <translation>请给出 --case 受理编号和 --method ems|in_person（EMS 须加 --tracking）。</translation>
    </message>
    <message>
        <source>Delivery of %1 recorded.</source>
        <translation>已登记 %1 的送达。</translation>
    </message>
    <message>
        <source>Give --csv FILE and, for another day than today, --day YYYY-MM-DD.</source>
        <translation>请给出 --csv 文件；非今日的请加 --day YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>%1: %2 letter(s) for %3.</source>
        <translation>%1：%3 共 %2 封邮件。</translation>
    </message>
    <message>
        <source>Cases against their legal time limits (60 days to the conclusion, +30 when extended; 15 days to delivery), overdue first.</source>
        <translation>按法定时限列出案件（受理后 60 日内作出结论，延长可再加 30 日；结论后 15 日内送达），已逾期的在前。</translation>
    </message>
    <message>
        <source>Include delivered and ended cases.</source>
        <translation>包括已送达和已终止的案件。</translation>
    </message>
    <message>
        <source>Extend the 60-day limit of a case once, by up to 30 days, for a recorded reason (管理办法 art. 10).</source>
        <translation>延长案件的 60 日期限：仅一次、最多 30 日，须记录理由（管理办法第十条）。</translation>
    </message>
    <message>
        <source>Days to add, 1–30.</source>
        <translation>延长天数，1–30。</translation>
    </message>
    <message>
        <source>Why the case needs more time.</source>
        <translation>需要延长的理由。</translation>
    </message>
    <message>
        <source>Record that a conclusion was delivered (by EMS with its tracking number, or in person).</source>
        <translation>登记鉴定结论已送达（EMS 邮寄并填运单号，或当面送达）。</translation>
    </message>
    <message>
        <source>ems or in_person.</source>
        <translation>ems 或 in_person。</translation>
    </message>
    <message>
        <source>EMS tracking number.</source>
        <translation>EMS 运单号。</translation>
    </message>
    <message>
        <source>Delivery date (default today).</source>
        <translation>送达日期（默认今天）。</translation>
    </message>
    <message>
        <source>Write the EMS delivery list of a day&apos;s conclusions as CSV (UTF-8, CRLF) with the columns acceptance_no,recipient,phone,province,city,district,street,address,item,concluded_on,delivery_due.</source>
        <translation>将某日鉴定结论的 EMS 送达清单写成 CSV（UTF-8，CRLF），列为 acceptance_no,recipient,phone,province,city,district,street,address,item,concluded_on,delivery_due。</translation>
    </message>
    <message>
        <source>Day of the conclusions (default today).</source>
        <translation>结论日期（默认今天）。</translation>
    </message>
    <message>
        <source>Write the list here.</source>
        <translation>清单写入此文件。</translation>
    </message>
    <message>
        <source>Give --day YYYY-MM-DD (or --case ACCEPTANCE_NO) and --pdf FILE.</source>
        <translation>请给出 --day YYYY-MM-DD（或 --case 受理编号）和 --pdf 文件。</translation>
    </message>
    <message>
        <source>--day %1 is not a date YYYY-MM-DD.</source>
        <translation>--day %1 不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>No case was concluded on %1.</source>
        <translation>%1 没有作出结论的案件。</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) of %1: %2</source>
        <translation>
            <numerusform>%1 的 %n 份文书：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the expert opinion sheets (专家鉴定意见表) of a concluded case as an A4 PDF; exit 1 when a signature no longer matches.</source>
        <translation>将已结论案件的专家鉴定意见表写成 A4 PDF；签名与内容不符时退出码为 1。</translation>
    </message>
    <message>
        <source>Batch printing: the conclusion and opinion sheets of every case concluded on --day (or of --case), one after the other in one PDF.</source>
        <translation>批量打印：--day 当日（或 --case 指定）每个已结论案件的鉴定结论书和专家意见表，依次合为一个 PDF。</translation>
    </message>
    <message>
        <source>Day of the conclusions.</source>
        <translation>结论日期。</translation>
    </message>
    <message>
        <source>Give --folder DIR (one sub-folder per acceptance number).</source>
        <translation>请给出 --folder 目录（每个受理编号一个子目录）。</translation>
    </message>
    <message>
        <source>%1 file(s) added, %2 already there, %3 refused.</source>
        <translation>新增 %1 个文件，已有 %2 个，拒收 %3 个。</translation>
    </message>
    <message>
        <source>Give --case ACCEPTANCE_NO and one or more files.</source>
        <translation>请给出 --case 受理编号和一个或多个文件。</translation>
    </message>
    <message>
        <source>%1: already there (%2)</source>
        <translation>%1：已存在（%2）</translation>
    </message>
    <message>
        <source>%1: added (%2)</source>
        <translation>%1：已添加（%2）</translation>
    </message>
    <message>
        <source>Import the medical materials of a roster package: FOLDER/&lt;acceptance number&gt;/&lt;PDF, PNG or JPEG files&gt;; files already stored are counted, not stored twice; exit 1 when a file was refused.</source>
        <translation>导入名单包中的医学材料：目录/&lt;受理编号&gt;/&lt;PDF、PNG 或 JPEG 文件&gt;；已存的文件只计数、不重复保存；有文件被拒收时退出码为 1。</translation>
    </message>
    <message>
        <source>The package&apos;s materials folder.</source>
        <translation>名单包的材料目录。</translation>
    </message>
    <message>
        <source>Add PDF or image files to a case&apos;s medical materials.</source>
        <translation>为案件添加 PDF 或图片形式的医学材料。</translation>
    </message>
    <message>
        <source>Files to add.</source>
        <translation>要添加的文件。</translation>
    </message>
    <message>
        <source>List a case&apos;s medical materials.</source>
        <translation>列出案件的医学材料。</translation>
    </message>
    <message>
        <source>Paste the station&apos;s sync token and press Enter:</source>
        <translation>请粘贴本工作站的同步令牌并按回车：</translation>
    </message>
    <message>
        <source>No token was given; nothing changed.</source>
        <translation>未输入令牌；未作任何更改。</translation>
    </message>
    <message>
        <source>The sync token is stored in the system keychain.</source>
        <translation>同步令牌已保存到系统钥匙串。</translation>
    </message>
    <message>
        <source>Give --server https://HOST:PORT.</source>
        <translation>请给出 --server https://主机:端口。</translation>
    </message>
    <message>
        <source>--ca %1 holds no PEM certificate.</source>
        <translation>--ca %1 中没有 PEM 证书。</translation>
    </message>
    <message>
        <source>This station has no sync token: store it with appraisal-admin sync token, or pass it in APPRAISAL_SYNC_TOKEN.</source>
        <translation>本工作站没有同步令牌：请用 appraisal-admin sync token 保存，或通过 APPRAISAL_SYNC_TOKEN 传入。</translation>
    </message>
    <message>
        <source>Uploaded %1, already there %2, quarantined %3, still pending %4.</source>
        <translation>已上传 %1 条，服务器已有 %2 条，隔离 %3 条，仍待上传 %4 条。</translation>
    </message>
    <message>
        <source>Quarantined %1 %2 (%3): %4</source>
        <translation>已隔离 %1 %2（%3）：%4</translation>
    </message>
    <message>
        <source>Upload the outbox to the central server until nothing is pending: exit 0 only when nothing is pending. The token comes from APPRAISAL_SYNC_TOKEN or the system keychain (sync token).</source>
        <translation>将待上传记录上传到中心服务器，直到没有待上传的记录：仅在全部上传后退出码为 0。令牌取自 APPRAISAL_SYNC_TOKEN 或系统钥匙串（sync token）。</translation>
    </message>
    <message>
        <source>The central server, https://HOST:PORT.</source>
        <translation>中心服务器，https://主机:端口。</translation>
    </message>
    <message>
        <source>PEM file of a CA to trust for the server&apos;s certificate.</source>
        <translation>用于信任服务器证书的 CA 证书（PEM 文件）。</translation>
    </message>
    <message>
        <source>Records per batch (default 200).</source>
        <translation>每批记录数（默认 200）。</translation>
    </message>
    <message>
        <source>Failed attempts in a row before giving up (default 5).</source>
        <translation>连续失败多少次后放弃（默认 5）。</translation>
    </message>
    <message>
        <source>Store the station&apos;s sync token (from appraisal-server token create), read from standard input, in the system keychain.</source>
        <translation>从标准输入读取本工作站的同步令牌（由 appraisal-server token create 生成），保存到系统钥匙串。</translation>
    </message>
    <message>
        <source>%1: %2 applied, %3 kept (a local change waits to upload)</source>
        <translation>%1：已应用 %2 条，保留 %3 条（本地修改尚待上传）</translation>
    </message>
    <message>
        <source>There is no expert %1 at this station.</source>
        <translation>本工作站没有专家 %1。</translation>
    </message>
    <message>
        <source>Give --case ACCEPTANCE_NO, --expert E, --field FIELD and --value VALUE.</source>
        <translation>请给出 --case 受理编号、--expert 专家、--field 字段和 --value 值。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of the form %2.</source>
        <translation>“%1”不是表单 %2 的字段。</translation>
    </message>
    <message>
        <source>Saved %1 = %2 in the %3 of case %4 (opinion %5).</source>
        <translation>已保存 %1 = %2（案件 %4 的%3，意见 %5）。</translation>
    </message>
    <message>
        <source>Give --case ACCEPTANCE_NO and --expert E.</source>
        <translation>请给出 --case 受理编号和 --expert 专家。</translation>
    </message>
    <message>
        <source>Case %1: no opinion that expert %2 may see yet.</source>
        <translation>案件 %1：尚无专家 %2 可查看的意见。</translation>
    </message>
    <message>
        <source>%1 of case %2 by %3, version %4, %5 (opinion %6)</source>
        <translation>案件 %2 的%1，专家 %3，第 %4 版，%5（意见 %6）</translation>
    </message>
    <message>
        <source>  basis: %1, grade %2</source>
        <translation>  依据：%1，等级 %2</translation>
    </message>
    <message>
        <source>The expert&apos;s id; the case must be drawn to them.</source>
        <translation>专家编号；该案件须已抽取给该专家。</translation>
    </message>
    <message>
        <source>Save one finding in an expert&apos;s opinion on a case, checked by the form and committed at once.</source>
        <translation>在专家对某案件的意见中保存一项查体结果，经表单校验后立即提交保存。</translation>
    </message>
    <message>
        <source>The form&apos;s field id, e.g. complaint or height.</source>
        <translation>表单字段编号，例如 complaint 或 height。</translation>
    </message>
    <message>
        <source>The value: a number for measurements, a comma-separated list for multiple choices and self-care, text otherwise.</source>
        <translation>值：测量项为数字，多选和生活自理为逗号分隔的列表，其余为文字。</translation>
    </message>
    <message>
        <source>Show the opinions on a case that an expert may see: an examiner their own until it is submitted, the reviewer the submitted ones.</source>
        <translation>显示专家可查看的某案件意见：查体专家在提交前只能看到自己的，复核专家看到已提交的。</translation>
    </message>
    <message>
        <source>Download the reference data that changed on the central server (rooms, experts, clauses, rosters, exam templates) and apply it; a local change still waiting to upload is kept; nothing local is deleted.</source>
        <translation>下载中心服务器上有变动的基础数据（诊室、专家、条款、名单、查体模板）并应用；本地尚待上传的修改保留不动；不删除任何本地数据。</translation>
    </message>
    <message>
        <source>This station is not enrolled at a hub: appraisal-admin venue enrol --hub URL --code CODE --station NAME --role desk|room|display.</source>
        <translation>本工作站尚未在场所中枢登记：请运行 appraisal-admin venue enrol --hub URL --code 登记码 --station 名称 --role desk|room|display。</translation>
    </message>
    <message>
        <source>Give --hub https://HOST:PORT, --code (shown at the hub), --station NAME and --role desk, room or display.</source>
        <translation>请提供 --hub https://主机:端口、--code（中枢显示的登记码）、--station 名称，以及 --role desk、room 或 display。</translation>
    </message>
    <message>
        <source>Enrolled as %1 (%2) at %3.</source>
        <translation>已以 %1（%2）身份登记到 %3。</translation>
    </message>
    <message>
        <source>--arg must be NAME=VALUE (got %1).</source>
        <translation>--arg 须为 名称=值（收到的是 %1）。</translation>
    </message>
    <message>
        <source>The hub did not answer (%1). Send it again with the same --key: it acts at most once.</source>
        <translation>中枢没有应答（%1）。请用同一个 --key 重新发送：中枢至多执行一次。</translation>
    </message>
    <message>
        <source>%1 of %2 events came before the time-out (%3).</source>
        <translation>超时前收到 %2 个事件中的 %1 个（%3）。</translation>
    </message>
    <message>
        <source>Enrol this station at the venue hub with the one-time code shown there; the token goes to the system keychain and the hub&apos;s certificate is pinned.</source>
        <translation>用场所中枢显示的一次性登记码登记本工作站；令牌存入系统钥匙串，并固定中枢的证书。</translation>
    </message>
    <message>
        <source>The hub, https://HOST:PORT.</source>
        <translation>中枢地址，https://主机:端口。</translation>
    </message>
    <message>
        <source>The one-time code shown at the hub.</source>
        <translation>中枢显示的一次性登记码。</translation>
    </message>
    <message>
        <source>This station&apos;s name, e.g. desk-1 or room-R1.</source>
        <translation>本工作站名称，例如 desk-1 或 room-R1。</translation>
    </message>
    <message>
        <source>desk, room or display.</source>
        <translation>desk（服务台）、room（诊室）或 display（大厅屏）。</translation>
    </message>
    <message>
        <source>Send one command to the hub and print its answer; the same --key again acts at most once. Exit 3 when the hub did not answer in time.</source>
        <translation>向中枢发送一个命令并打印应答；同一个 --key 重发至多执行一次。中枢未及时应答时退出码为 3。</translation>
    </message>
    <message>
        <source>Idempotency key (default: a new one).</source>
        <translation>幂等键（默认：新生成一个）。</translation>
    </message>
    <message>
        <source>Who acts, for the audit trail.</source>
        <translation>操作人，记入审计记录。</translation>
    </message>
    <message>
        <source>How long to wait for the answer (default 10000).</source>
        <translation>等待应答的时长（毫秒，默认 10000）。</translation>
    </message>
    <message>
        <source>Print the hub&apos;s events after --since as JSON lines, until --count events came (exit 0) or the time-out (exit 3).</source>
        <translation>以 JSON 行打印中枢在 --since 之后的事件，直到收到 --count 个事件（退出码 0）或超时（退出码 3）。</translation>
    </message>
    <message>
        <source>The last sequence number already seen (default 0).</source>
        <translation>已收到的最后一个序号（默认 0）。</translation>
    </message>
    <message>
        <source>Stop after this many events (0: until the time-out).</source>
        <translation>收到这么多事件后停止（0：直到超时）。</translation>
    </message>
    <message>
        <source>How long to watch (default 10000).</source>
        <translation>观察时长（毫秒，默认 10000）。</translation>
    </message>
    <message>
        <source>Audit trail intact: %1 rows checked from row %2.</source>
        <translation>审计记录完整：从第 %2 行起检查了 %1 行。</translation>
    </message>
    <message>
        <source>Verify the hash chain of the audit trail: exit 0 intact, 1 broken (naming the first broken row). Checks from the last verified row (a sealed checkpoint) unless --full is given.</source>
        <translation>验证审计记录的哈希链：完整时退出码为 0，损坏时为 1（并指出第一处损坏的行）。未指定 --full 时从上次验证到的行（加密保存的检查点）起检查。</translation>
    </message>
    <message>
        <source>Check the whole chain from its first row.</source>
        <translation>从第一行起检查整条哈希链。</translation>
    </message>
    <message>
        <source>Check the station database: schema, integrity, row and outbox counts. Exit 1 when damaged. Without --full, from counts that do not grow with history and the last background integrity check (after each login).</source>
        <translation>检查工作站数据库：结构版本、完整性、各表行数与待上传记录数。损坏时退出码为 1。未指定 --full 时使用不随历史增长的计数，以及每次登录后后台完整性检查的最近结果。</translation>
    </message>
    <message>
        <source>Run SQLite&apos;s quick_check now and count every row.</source>
        <translation>立即运行 SQLite 的 quick_check 并逐行计数。</translation>
    </message>
    <message>
        <source>Give --user U, --name N and --role front_desk|expert|reviewer|clerk|venue_admin.</source>
        <translation>请给出 --user 用户名、--name 姓名和 --role front_desk|expert|reviewer|clerk|venue_admin。</translation>
    </message>
    <message>
        <source>Account %1 created (%2).</source>
        <translation>账号 %1 已创建（%2）。</translation>
    </message>
    <message>
        <source>No accounts yet: appraisal-admin account create --user U --name N --role venue_admin.</source>
        <translation>还没有账号：appraisal-admin account create --user 用户名 --name 姓名 --role venue_admin。</translation>
    </message>
    <message>
        <source>%1  %2  %3%4%5%6</source>
        <translation>%1  %2  %3%4%5%6</translation>
    </message>
    <message>
        <source>  expert %1</source>
        <translation>  专家 %1</translation>
    </message>
    <message>
        <source>  (disabled)</source>
        <translation>  （已停用）</translation>
    </message>
    <message>
        <source>  (locked)</source>
        <translation>  （已锁定）</translation>
    </message>
    <message>
        <source>Give --user U.</source>
        <translation>请给出 --user 用户名。</translation>
    </message>
    <message>
        <source>Account %1 disabled.</source>
        <translation>账号 %1 已停用。</translation>
    </message>
    <message>
        <source>Account %1 enabled.</source>
        <translation>账号 %1 已启用。</translation>
    </message>
    <message>
        <source>Account %1 unlocked.</source>
        <translation>账号 %1 已解锁。</translation>
    </message>
    <message>
        <source>The password of %1 was reset; the account is unlocked.</source>
        <translation>%1 的密码已重置，账号已解锁。</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>用户名。</translation>
    </message>
    <message>
        <source>Create a staff account; the password is read from standard input.</source>
        <translation>创建工作人员账号；密码从标准输入读取。</translation>
    </message>
    <message>
        <source>User name (lowercase letters, digits, . _ -).</source>
        <translation>用户名（小写字母、数字、. _ -）。</translation>
    </message>
    <message>
        <source>The person&apos;s name.</source>
        <translation>使用人姓名。</translation>
    </message>
    <message>
        <source>front_desk, expert, reviewer, clerk or venue_admin.</source>
        <translation>front_desk、expert、reviewer、clerk 或 venue_admin。</translation>
    </message>
    <message>
        <source>The expert an expert or reviewer account acts as.</source>
        <translation>专家或复核账号所对应的鉴定专家。</translation>
    </message>
    <message>
        <source>List the staff accounts (never a password).</source>
        <translation>列出工作人员账号（从不显示密码）。</translation>
    </message>
    <message>
        <source>Disable an account (the last active venue admin cannot be disabled).</source>
        <translation>停用账号（最后一个在用的场所管理员不能停用）。</translation>
    </message>
    <message>
        <source>Enable a disabled account.</source>
        <translation>启用已停用的账号。</translation>
    </message>
    <message>
        <source>Unlock an account locked after failed logins.</source>
        <translation>解锁因登录失败被锁定的账号。</translation>
    </message>
    <message>
        <source>Set a new password, read from standard input; also unlocks the account.</source>
        <translation>设置新密码（从标准输入读取），同时解锁账号。</translation>
    </message>
    <message>
        <source>settings list takes no arguments.</source>
        <translation>settings list 不带参数。</translation>
    </message>
    <message>
        <source>Give the setting&apos;s key: settings get KEY.</source>
        <translation>请给出设置项的键：settings get 键。</translation>
    </message>
    <message>
        <source>Give the key and the value: settings set KEY VALUE.</source>
        <translation>请给出键和值：settings set 键 值。</translation>
    </message>
    <message>
        <source>%1 is set by the product itself (venue setup, roster import, enrolment), not by hand.</source>
        <translation>%1 由系统自身设置（场所设置、名单导入、入网登记），不能手工修改。</translation>
    </message>
    <message>
        <source>A key from settings list.</source>
        <translation>settings list 中的一个键。</translation>
    </message>
    <message>
        <source>The new value (settings list --json names what is allowed).</source>
        <translation>新值（settings list --json 列出允许的取值）。</translation>
    </message>
    <message>
        <source>Give the walk-in&apos;s id (from walkin list).</source>
        <translation>请给出临时到场记录的编号（见 walkin list）。</translation>
    </message>
    <message>
        <source>Give --reason R: it is kept with the decision and the desk shows it.</source>
        <translation>请给出 --reason 原因：原因随审批结果保存，前台会显示。</translation>
    </message>
    <message>
        <source>%1  %2  %3 %4  %5%6</source>
        <translation>%1  %2  %3 %4  %5%6</translation>
    </message>
    <message>
        <source>  → %1</source>
        <translation>  → %1</translation>
    </message>
    <message>
        <source>No walk-ins.</source>
        <translation>没有临时到场记录。</translation>
    </message>
    <message>
        <source>Unknown specialty; use neurology, orthopaedics, ophthalmology_ent, surgery or occupational.</source>
        <translation>未知专科；请使用 neurology、orthopaedics、ophthalmology_ent、surgery 或 occupational。</translation>
    </message>
    <message>
        <source>Unknown appraisal type; use work_injury, occupational_disease, illness, review or reappraisal.</source>
        <translation>未知鉴定类别；请使用 work_injury、occupational_disease、illness、review 或 reappraisal。</translation>
    </message>
    <message>
        <source>Walk-in %1 approved: case %2 is on today&apos;s roster.</source>
        <translation>临时到场 %1 已批准：案件 %2 已列入今日名单。</translation>
    </message>
    <message>
        <source>Walk-in %1 refused.</source>
        <translation>临时到场 %1 已拒绝。</translation>
    </message>
    <message>
        <source>List every setting with its value.</source>
        <translation>列出全部设置项及其取值。</translation>
    </message>
    <message>
        <source>Show one setting.</source>
        <translation>显示一个设置项。</translation>
    </message>
    <message>
        <source>Change a setting; an unknown key or a value outside the allowed ones is refused.</source>
        <translation>修改设置项；未知的键或不允许的取值会被拒绝。</translation>
    </message>
    <message>
        <source>List walk-in requests and their decisions.</source>
        <translation>列出临时到场申请及审批结果。</translation>
    </message>
    <message>
        <source>Only those waiting for a decision.</source>
        <translation>只列出待审批的。</translation>
    </message>
    <message>
        <source>Approve a walk-in: the person joins today&apos;s batch as a new case.</source>
        <translation>批准临时到场：此人作为新案件加入今日批次。</translation>
    </message>
    <message>
        <source>The walk-in&apos;s id.</source>
        <translation>临时到场记录编号。</translation>
    </message>
    <message>
        <source>Why the person is appraised today (default: the desk&apos;s note).</source>
        <translation>今日为此人鉴定的原因（默认：前台的说明）。</translation>
    </message>
    <message>
        <source>Specialty of the case (default orthopaedics).</source>
        <translation>案件专科（默认 orthopaedics）。</translation>
    </message>
    <message>
        <source>Appraisal type (default work_injury).</source>
        <translation>鉴定类别（默认 work_injury）。</translation>
    </message>
    <message>
        <source>Queue lane (default normal).</source>
        <translation>排队通道（默认 normal）。</translation>
    </message>
    <message>
        <source>The person&apos;s employer.</source>
        <translation>此人的用人单位。</translation>
    </message>
    <message>
        <source>Refuse a walk-in with a reason the desk shows.</source>
        <translation>拒绝临时到场，并给出前台显示的原因。</translation>
    </message>
    <message>
        <source>Why the person is not appraised today.</source>
        <translation>今日不为此人鉴定的原因。</translation>
    </message>
    <message>
        <source>Unknown specialty &quot;%1&quot;; use neurology, orthopaedics, ophthalmology_ent, surgery or occupational, separated by ;.</source>
        <translation>未知专科“%1”；请使用 neurology、orthopaedics、ophthalmology_ent、surgery 或 occupational，用 ; 分隔。</translation>
    </message>
    <message>
        <source>Give --id ID and --name NAME.</source>
        <translation>请给出 --id 编号和 --name 名称。</translation>
    </message>
    <message>
        <source>Venue %1 (%2) is set up.</source>
        <translation>场所 %1（%2）已设置。</translation>
    </message>
    <message>
        <source>Give --id ROOM and --name NAME.</source>
        <translation>请给出 --id 诊室编号和 --name 名称。</translation>
    </message>
    <message>
        <source>Room %1 (%2) saved.</source>
        <translation>诊室 %1（%2）已保存。</translation>
    </message>
    <message>
        <source>No rooms yet: appraisal-admin room add --id R1 --name NAME.</source>
        <translation>还没有诊室：appraisal-admin room add --id R1 --name 名称。</translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source> (paused: %1)</source>
        <translation>（暂停：%1）</translation>
    </message>
    <message>
        <source>%1  %2  [%3]  experts: %4%5</source>
        <translation>%1  %2  [%3]  专家：%4%5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Give --room R and --expert E.</source>
        <translation>请给出 --room 诊室和 --expert 专家。</translation>
    </message>
    <message>
        <source>Expert %1 sits in room %2 today.</source>
        <translation>专家 %1 今日在诊室 %2 坐诊。</translation>
    </message>
    <message>
        <source>Give --key K, --prefix P and --name N.</source>
        <translation>请给出 --key 键、--prefix 前缀和 --name 名称。</translation>
    </message>
    <message>
        <source>--ratio takes a whole number from 1 to 10.</source>
        <translation>--ratio 取 1 到 10 的整数。</translation>
    </message>
    <message>
        <source>Lane %1 (%2, prefix %3) saved.</source>
        <translation>通道 %1（%2，前缀 %3）已保存。</translation>
    </message>
    <message>
        <source>strict priority</source>
        <translation>严格优先</translation>
    </message>
    <message>
        <source>ratio %1</source>
        <translation>比例 %1</translation>
    </message>
    <message>
        <source>Set up this station&apos;s venue (or update its details); creates lanes A and G when none exist.</source>
        <translation>设置本工作站的鉴定场所（或更新其信息）；没有通道时创建 A 和 G 通道。</translation>
    </message>
    <message>
        <source>Venue id (cannot change once the venue has cases).</source>
        <translation>场所编号（场所有案件后不能更改）。</translation>
    </message>
    <message>
        <source>Venue name.</source>
        <translation>场所名称。</translation>
    </message>
    <message>
        <source>Appraisal committee printed on conclusions.</source>
        <translation>印在鉴定结论书上的鉴定委员会。</translation>
    </message>
    <message>
        <source>Address printed on notices.</source>
        <translation>印在告知书上的地址。</translation>
    </message>
    <message>
        <source>Enquiry phone printed on notices.</source>
        <translation>印在告知书上的咨询电话。</translation>
    </message>
    <message>
        <source>Add an exam room, or change its name and specialties.</source>
        <translation>添加诊室，或修改其名称和专科。</translation>
    </message>
    <message>
        <source>Room id, for example R1.</source>
        <translation>诊室编号，例如 R1。</translation>
    </message>
    <message>
        <source>Room name shown on the hall display.</source>
        <translation>大厅显示屏上显示的诊室名称。</translation>
    </message>
    <message>
        <source>Specialties examined there, separated by ; (neurology;orthopaedics).</source>
        <translation>该诊室检查的专科，用 ; 分隔（neurology;orthopaedics）。</translation>
    </message>
    <message>
        <source>List the rooms with the experts seated in them.</source>
        <translation>列出诊室及其中坐诊的专家。</translation>
    </message>
    <message>
        <source>Seat an expert in a room for today (an expert sits in one room at a time).</source>
        <translation>安排专家今日在某诊室坐诊（专家同一时间只在一个诊室）。</translation>
    </message>
    <message>
        <source>Room id.</source>
        <translation>诊室编号。</translation>
    </message>
    <message>
        <source>Expert id.</source>
        <translation>专家编号。</translation>
    </message>
    <message>
        <source>Add a queue lane or change one.</source>
        <translation>添加或修改排队通道。</translation>
    </message>
    <message>
        <source>Lane key, for example normal or green.</source>
        <translation>通道键，例如 normal 或 green。</translation>
    </message>
    <message>
        <source>One letter that starts the lane&apos;s queue numbers.</source>
        <translation>通道排队号开头的一个字母。</translation>
    </message>
    <message>
        <source>Lane name shown on tickets.</source>
        <translation>小票上显示的通道名称。</translation>
    </message>
    <message>
        <source>Calls per round among the lanes without strict priority (1 to 10, default 1).</source>
        <translation>非严格优先通道每轮的叫号次数（1 到 10，默认 1）。</translation>
    </message>
    <message>
        <source>Strict priority: served before every other lane.</source>
        <translation>严格优先：先于其他所有通道叫号。</translation>
    </message>
    <message>
        <source>Colour on the hall display, #RRGGBB.</source>
        <translation>大厅显示屏上的颜色，#RRGGBB。</translation>
    </message>
    <message>
        <source>List the queue lanes.</source>
        <translation>列出排队通道。</translation>
    </message>
    <message>
        <source>no data key yet (there is no station database)</source>
        <translation>尚无数据密钥（没有工作站数据库）</translation>
    </message>
    <message>
        <source>Set the station up (first start of appraisal-station, or appraisal-admin venue setup), or restore a backup.</source>
        <translation>请设置本工作站（首次启动 appraisal-station，或 appraisal-admin venue setup），或恢复备份。</translation>
    </message>
    <message>
        <source>there is no station database at %1</source>
        <translation>%1 处没有工作站数据库</translation>
    </message>
    <message>
        <source>the station database cannot be opened (see the message above)</source>
        <translation>无法打开工作站数据库（见上方信息）</translation>
    </message>
    <message>
        <source>Station health: %1</source>
        <translation>工作站健康状况：%1</translation>
    </message>
    <message>
        <source>Give the days to count: --from YYYY-MM-DD --to YYYY-MM-DD (both included).</source>
        <translation>请给出统计的日期范围：--from YYYY-MM-DD --to YYYY-MM-DD（含首尾两天）。</translation>
    </message>
    <message>
        <source>%1 %2 is not a date; write it as YYYY-MM-DD, e.g. 2026-12-01.</source>
        <translation>%1 %2 不是日期；请写成 YYYY-MM-DD，例如 2026-12-01。</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2; give the earlier day first.</source>
        <translation>--from %1 晚于 --to %2；请先写较早的日期。</translation>
    </message>
    <message>
        <source>The venue&apos;s figures for a range of days, as the dashboard shows them: arrivals, conclusions, no-shows, withdrawals, walk-ins, the wait from check-in to the first call (p50, p90 in minutes), cases by appraisal type, conclusions by grade (1–10, none: concluded without a grade), the legal time limits of the cases concluded in the range (on_time: within 60 days of acceptance; extended: later, within the recorded extension; overdue: later than that; delivered_on_time: delivered within 15 days of the conclusion; delivered_late: delivered later, or not delivered when the 15 days ran out), and per expert: examinations, reviews, agreement with the other examiner on the grade (same, one apart, more), reviews that concluded a grade no examiner gave (grade_changed_by_review), the share of the expert&apos;s examinations on concluded cases with the conclusion&apos;s grade (matches_conclusion, 0–1, null when none is concluded) and the median examination in minutes (median_exam_minutes). See the README for every field.</source>
        <translation>场所在一段日期内的统计数字，与统计看板一致：到场、作出结论、未到场、撤回、临时到场人数，签到到首次叫号的等候时间（p50、p90，分钟），按鉴定类别的案件数，按伤残等级的结论数（1–10 级，none：未达等级的结论），本期内作出结论案件的法定时限（on_time：受理后 60 日内作出结论；extended：超过 60 日但在已登记的延长期限内；overdue：超过期限；delivered_on_time：结论作出后 15 日内送达；delivered_late：超过 15 日送达，或 15 日届满仍未送达），以及每位专家：查体数、复核数、与另一名查体专家等级一致情况（same 相同、one_apart 相差一级、more 相差更多）、复核给出的等级与所有查体专家均不同的次数（grade_changed_by_review）、该专家查体意见中等级与最终结论一致的比例（matches_conclusion，0–1，无已结论案件时为 null）以及查体时长中位数（median_exam_minutes，分钟）。各字段详见 README。</translation>
    </message>
    <message>
        <source>First day counted (YYYY-MM-DD).</source>
        <translation>统计的第一天（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4  numbers from 1 at %5%6</source>
        <translation>%1  %2  %3  %4  每天 %5 起从 1 编号%6</translation>
    </message>
    <message>
        <source>The venue&apos;s day starts at %1 (setting queue.reset_time); a lane with a reset time of its own (lane set --reset-time) starts its numbers again at that time too.</source>
        <translation>场所的工作日从 %1 开始（设置项 queue.reset_time）；有自己重置时间的通道（lane set --reset-time）在该时间也从 1 重新编号。</translation>
    </message>
    <message>
        <source>The lane&apos;s numbers start again at 1 at this time each day, HH:mm (default: with the venue&apos;s day, setting queue.reset_time).</source>
        <translation>通道的号码每天在此时间从 1 重新开始，格式 HH:mm（默认：随场所的工作日，设置项 queue.reset_time）。</translation>
    </message>
    <message>
        <source>Name one command: check_in, call_next, call_ticket, recall, no_show, requeue, start_exam, finish_exam, transfer, pause, resume, override or queue.</source>
        <translation>请指定一个命令：check_in、call_next、call_ticket、recall、no_show、requeue、start_exam、finish_exam、transfer、pause、resume、override 或 queue。</translation>
    </message>
    <message>
        <source>check_in, call_next, call_ticket, recall, no_show, requeue, start_exam, finish_exam, transfer, pause, resume, override or queue.</source>
        <translation>check_in、call_next、call_ticket、recall、no_show、requeue、start_exam、finish_exam、transfer、pause、resume、override 或 queue。</translation>
    </message>
    <message>
        <source>%1 material files named by the database are missing from the data folder (for example %2); the backup does not have them. Restore them from an older backup.</source>
        <translation>数据库登记的 %1 个材料文件在数据目录中缺失（例如 %2），本次备份不含这些文件。请从较早的备份中恢复。</translation>
    </message>
    <message>
        <source>Backup written: %1 (%2 new material files, %3 MiB)</source>
        <translation>备份已写入：%1（新增材料文件 %2 个，%3 MiB）</translation>
    </message>
    <message>
        <source>Restored %1 into %2 (%3 material files checked).</source>
        <translation>已将 %1 恢复到 %2（已校验 %3 个材料文件）。</translation>
    </message>
    <message>
        <source>Check a backup and its material files, then replace the station database with it (the station must be closed; the replaced files are kept).</source>
        <translation>校验备份及其材料文件后用其替换工作站数据库（工作站必须已关闭；被替换的文件会保留）。</translation>
    </message>
    <message>
        <source>Retention is off (setting retention.archive_after_days is 0); nothing was archived.</source>
        <translation>保留策略未启用（设置 retention.archive_after_days 为 0），未归档任何案件。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) would be archived.</source>
        <translation>
            <numerusform>将归档 %n 个案件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) archived.</source>
        <translation>
            <numerusform>已归档 %n 个案件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive the cases that are concluded, delivered at least retention.archive_after_days days ago and confirmed by the central server: their material files and personal data leave this station, their confirmed outbox rows are pruned (audited).</source>
        <translation>归档已作出结论、送达已满 retention.archive_after_days 天且中心服务器已确认的案件：其材料文件和个人信息从本工作站删除，已确认的待同步记录被清理（记入审计）。</translation>
    </message>
    <message>
        <source>List the cases that would be archived; change nothing.</source>
        <translation>列出将被归档的案件，不做任何更改。</translation>
    </message>
    <message>
        <source>Check the station&apos;s health: free disk space, database and log size, last backup, upload lag and last sync error, set-aside records, venue hub, card reader, printers, clock, keychain and overdue cases.
--json prints {&quot;level&quot;:&quot;ok|warning|critical&quot;,&quot;checks&quot;:[{&quot;name&quot;,&quot;level&quot;,&quot;value&quot;,&quot;advice&quot;}]}.
Exit code: 0 ok, 1 warning, 2 critical (the worst check). Thresholds: settings health.*.</source>
        <translation>检查工作站健康状况：磁盘剩余空间、数据库及日志大小、最近备份、上传滞后与最近同步错误、搁置记录、场所中心、读卡器、打印机、时钟、钥匙串和超期案件。
--json 输出 {&quot;level&quot;:&quot;ok|warning|critical&quot;,&quot;checks&quot;:[{&quot;name&quot;,&quot;level&quot;,&quot;value&quot;,&quot;advice&quot;}]}。
退出码：0 正常，1 警告，2 严重（取最差的一项）。阈值：设置 health.*。</translation>
    </message>
    <message>
        <source>Last day counted (YYYY-MM-DD).</source>
        <translation>统计的最后一天（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>An argument, NAME=VALUE (repeatable): acceptance_no, room, ticket, ticket_id, to_expert, reason, as_role, as_expert.</source>
        <translation>参数，名称=值（可重复）：acceptance_no、room、ticket、ticket_id、to_expert、reason、as_role、as_expert。</translation>
    </message>
    <message>
        <source>Name one backup file, or pass --latest, or nothing.</source>
        <translation>请指定一个备份文件，或使用 --latest，或不带参数。</translation>
    </message>
    <message>
        <source>good     %1</source>
        <translation>完好     %1</translation>
    </message>
    <message>
        <source>DAMAGED  %1: %2</source>
        <translation>已损坏   %1：%2</translation>
    </message>
    <message>
        <source>%1 of %2 backups are damaged; do not restore them.</source>
        <translation>%2 个备份中有 %1 个已损坏；请勿用它们恢复。</translation>
    </message>
    <message>
        <source>Write a consistent copy of the station database into &lt;data dir&gt;/backups (the pieces changed since the previous copy into backups/chunks, a manifest naming them all), and the material files not backed up yet into &lt;data dir&gt;/backups/materials.</source>
        <translation>将工作站数据库的一致副本写入 &lt;数据目录&gt;/backups（自上一份副本以来变化的分块写入 backups/chunks，另写一份列出全部分块的清单），并把尚未备份的材料文件写入 &lt;数据目录&gt;/backups/materials。</translation>
    </message>
    <message>
        <source>Backup to restore: station-&lt;time&gt;.manifest, or an older station-&lt;time&gt;.db.</source>
        <translation>要恢复的备份：station-&lt;时间&gt;.manifest，或旧版的 station-&lt;时间&gt;.db。</translation>
    </message>
    <message>
        <source>Check backups without changing anything: every piece of a copy against its name, then the database it makes with SQLite&apos;s quick_check. All backups, or the one named, or the newest; exit status 1 when one is damaged.</source>
        <translation>检查备份，不做任何更改：逐一核对副本的每个分块与其名称，再用 SQLite 的 quick_check 检查由分块组成的数据库。检查全部备份、指定的备份或最新的备份；有备份损坏时退出状态为 1。</translation>
    </message>
    <message>
        <source>Backup to check (optional).</source>
        <translation>要检查的备份（可选）。</translation>
    </message>
    <message>
        <source>--limit takes a number of cases, 1 or more.</source>
        <translation>--limit 后面给出案件数，至少为 1。</translation>
    </message>
    <message>
        <source>%1 of %2 cases shown, the most urgent first; leave out --limit to list them all.</source>
        <translation>已按紧急程度显示 %2 件中的 %1 件；去掉 --limit 可列出全部。</translation>
    </message>
    <message>
        <source>Only the N most urgent cases (JSON then adds &quot;total&quot;, the count of all).</source>
        <translation>只列出最紧急的 N 件（JSON 另加 &quot;total&quot;，即全部件数）。</translation>
    </message>
    <message>
        <source>Check the newest backup only.</source>
        <translation>只检查最新的备份。</translation>
    </message>
    <message>
        <source>--until takes conclusion or review, not &quot;%1&quot;.</source>
        <translation>--until 只能是 conclusion 或 review，不能是“%1”。</translation>
    </message>
    <message>
        <source>%1 cases wait for their reviewer: %2</source>
        <translation>%1 个案件等待复核专家：%2</translation>
    </message>
    <message>
        <source>Where each case stops: conclusion (the default), or review (both opinions submitted, the case waits for its reviewer).</source>
        <translation>每个案件停在哪一步：conclusion（默认，作出结论），或 review（两份意见均已提交，案件等待复核专家）。</translation>
    </message>
</context>
<context>
    <name>administration::AccountAdministration</name>
    <message>
        <source>There is no expert %1; add the expert first, then the account.</source>
        <translation>没有专家 %1；请先添加专家，再创建账号。</translation>
    </message>
    <message>
        <source>%1 is the last active venue admin; create or enable another venue admin first, or nobody could manage this station.</source>
        <translation>%1 是最后一个在用的场所管理员；请先创建或启用另一名场所管理员，否则将无人能管理本工作站。</translation>
    </message>
    <message>
        <source>There is no account named %1.</source>
        <translation>没有名为 %1 的账号。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name for account %1.</source>
        <translation>请为账号 %1 填写使用人姓名。</translation>
    </message>
    <message>
        <source>Account %1 examines or reviews, so it must be linked to an expert.</source>
        <translation>账号 %1 承担查体或复核，必须关联一名鉴定专家。</translation>
    </message>
    <message>
        <source>There is no expert %1.</source>
        <translation>没有专家 %1。</translation>
    </message>
    <message>
        <source>Account %1 is already enabled.</source>
        <translation>账号 %1 已是启用状态。</translation>
    </message>
    <message>
        <source>Account %1 is already disabled.</source>
        <translation>账号 %1 已是停用状态。</translation>
    </message>
</context>
<context>
    <name>administration::CaseFiles</name>
    <message>
        <source>The PDF was not kept: its record could not be written (%1).</source>
        <translation>PDF 未保留：其记录未能写入（%1）。</translation>
    </message>
</context>
<context>
    <name>administration::ExpertAdministration</name>
    <message>
        <source>The expert id &quot;%1&quot; is not valid: use 1 to 32 letters, digits, dots, dashes or underscores, for example E101.</source>
        <translation>专家编号“%1”无效：请使用 1 到 32 个字母、数字、点、连字符或下划线，例如 E101。</translation>
    </message>
    <message>
        <source>Enter the expert&apos;s name.</source>
        <translation>请填写专家姓名。</translation>
    </message>
    <message>
        <source>Choose at least one specialty for expert %1; the draw picks experts by specialty.</source>
        <translation>请为专家 %1 至少选择一个专科；抽取专家按专科进行。</translation>
    </message>
    <message>
        <source>(person)</source>
        <translation>（个人）</translation>
    </message>
    <message>
        <source>There is no expert %1.</source>
        <translation>没有专家 %1。</translation>
    </message>
    <message>
        <source>There is no room %1; add it first (room add).</source>
        <translation>没有诊室 %1；请先添加（room add）。</translation>
    </message>
    <message>
        <source>Room %1 is retired; seat the expert in a room in use.</source>
        <translation>诊室 %1 已停用；请安排专家到在用的诊室。</translation>
    </message>
</context>
<context>
    <name>administration::VenueAdministration</name>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <source>The venue id &quot;%1&quot; is not valid: use 1 to 32 letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>场所编号“%1”无效：请使用 1 到 32 个字母、数字、点、连字符或下划线，以字母或数字开头。</translation>
    </message>
    <message>
        <source>Enter the venue&apos;s name.</source>
        <translation>请填写场所名称。</translation>
    </message>
    <message>
        <source>Venue %1 already has %2 cases, so its id cannot change to %3. Keep the id %1 and change the other details.</source>
        <translation>场所 %1 已有 %2 个案件，编号不能改为 %3。请保留编号 %1，只修改其他信息。</translation>
    </message>
    <message>
        <source>This station already has a venue admin (%1); log in as that admin to change the venue.</source>
        <translation>本工作站已有场所管理员（%1）；请以该管理员登录后修改场所。</translation>
    </message>
    <message>
        <source>Add at least one exam room.</source>
        <translation>请至少添加一个诊室。</translation>
    </message>
    <message>
        <source>The lane key &quot;%1&quot; is not valid: use 1 to 16 lowercase letters, digits, dashes or underscores, starting with a letter (for example normal, green).</source>
        <translation>通道键“%1”无效：请使用 1 到 16 个小写字母、数字、连字符或下划线，以字母开头（例如 normal、green）。</translation>
    </message>
    <message>
        <source>The lane prefix &quot;%1&quot; is not valid: use one letter A to Z; it starts the queue numbers.</source>
        <translation>通道前缀“%1”无效：请使用 A 到 Z 中的一个字母，它是排队号的开头。</translation>
    </message>
    <message>
        <source>Enter the lane&apos;s name (shown on tickets and the hall display).</source>
        <translation>请填写通道名称（显示在小票和大厅显示屏上）。</translation>
    </message>
    <message>
        <source>The colour &quot;%1&quot; is not valid: use #RRGGBB, for example #4ade80, or leave it empty.</source>
        <translation>颜色“%1”无效：请使用 #RRGGBB，例如 #4ade80，或留空。</translation>
    </message>
    <message>
        <source>The ratio of a lane is a whole number from 1 to 10.</source>
        <translation>通道比例为 1 到 10 的整数。</translation>
    </message>
    <message>
        <source>Prefix %1 is already used by lane %2; each lane needs its own prefix.</source>
        <translation>前缀 %1 已被通道 %2 使用；每个通道需要自己的前缀。</translation>
    </message>
    <message>
        <source>There is no lane %1.</source>
        <translation>没有通道 %1。</translation>
    </message>
    <message>
        <source>The room id &quot;%1&quot; is not valid: use 1 to 32 letters, digits, dots, dashes or underscores, for example R1.</source>
        <translation>诊室编号“%1”无效：请使用 1 到 32 个字母、数字、点、连字符或下划线，例如 R1。</translation>
    </message>
    <message>
        <source>Enter the room&apos;s name (the hall display calls people to it).</source>
        <translation>请填写诊室名称（大厅显示屏据此叫号）。</translation>
    </message>
    <message>
        <source>Pausing a room needs a reason.</source>
        <translation>暂停诊室必须注明原因。</translation>
    </message>
    <message>
        <source>There is no room %1.</source>
        <translation>没有诊室 %1。</translation>
    </message>
    <message>
        <source>Room %1 is not paused.</source>
        <translation>诊室 %1 未暂停。</translation>
    </message>
    <message>
        <source>Experts %1 are seated in room %2; seat them in another room first.</source>
        <translation>专家 %1 正在诊室 %2 坐诊；请先把他们安排到其他诊室。</translation>
    </message>
    <message>
        <source>The reset time &quot;%1&quot; is not valid: use HH:mm, for example 13:00, or leave it empty so the lane starts again with the venue&apos;s day (setting queue.reset_time).</source>
        <translation>重置时间“%1”无效：请使用 HH:mm，例如 13:00；或留空，使该通道随场所的工作日重新编号（设置项 queue.reset_time）。</translation>
    </message>
</context>
<context>
    <name>administration::WalkInAdministration</name>
    <message>
        <source>There is no walk-in %1.</source>
        <translation>没有临时到场记录 %1。</translation>
    </message>
    <message>
        <source>Walk-in %1 has already been decided.</source>
        <translation>临时到场 %1 已审批过。</translation>
    </message>
    <message>
        <source>The personal data of walk-in %1 does not open with this station&apos;s key.</source>
        <translation>临时到场 %1 的个人信息无法用本工作站的密钥打开。</translation>
    </message>
    <message>
        <source>This station has no venue set up yet; run venue setup first.</source>
        <translation>本工作站尚未设置场所；请先进行场所设置。</translation>
    </message>
    <message>
        <source>There is no lane %1 in use.</source>
        <translation>没有在用的通道 %1。</translation>
    </message>
    <message>
        <source>Today already has 999 walk-in cases.</source>
        <translation>今日临时到场案件已达 999 个。</translation>
    </message>
    <message>
        <source>Enter the reason for refusing the walk-in; the desk tells the person.</source>
        <translation>请填写拒绝临时到场的原因；前台会告知本人。</translation>
    </message>
</context>
<context>
    <name>announce::TtsSpeaker</name>
    <message>
        <source>text to speech (%1, %2)</source>
        <translation>语音合成（%1，%2）</translation>
    </message>
</context>
<context>
    <name>announce::WavSpeaker</name>
    <message>
        <source>chime only (no voice: the hall screen shows the calls)</source>
        <translation>仅提示音（无语音：由大厅显示屏显示叫号）</translation>
    </message>
    <message>
        <source>recorded clips from %1</source>
        <translation>录音片段（%1）</translation>
    </message>
    <message>
        <source>clip missing: %1</source>
        <translation>缺少录音片段：%1</translation>
    </message>
</context>
<context>
    <name>cases::CaseService</name>
    <message>
        <source>There is no case with acceptance number %1.</source>
        <translation>没有受理编号为 %1 的案件。</translation>
    </message>
    <message>
        <source>Case %1 is not drawn to you for review.</source>
        <translation>案件 %1 未抽取您为复核专家。</translation>
    </message>
</context>
<context>
    <name>centralsync</name>
    <message>
        <source>No central server is set up for this station.</source>
        <translation>本工作站尚未设置中心服务器。</translation>
    </message>
    <message>
        <source>This station has no sync token yet.</source>
        <translation>本工作站还没有同步令牌。</translation>
    </message>
    <message>
        <source>This station is not enrolled at the venue hub yet.</source>
        <translation>本工作站尚未在场所中心登记。</translation>
    </message>
    <message>
        <source>The central server %1 does not answer: %2</source>
        <translation>中心服务器 %1 没有应答：%2</translation>
    </message>
    <message>
        <source>The central server refused the station token (HTTP %1). Check the token the central system issued for this venue.</source>
        <translation>中心服务器拒绝了工作站令牌（HTTP %1）。请核对中心系统为本场所签发的令牌。</translation>
    </message>
    <message>
        <source>The central server answered HTTP %1 for the %2.</source>
        <translation>中心服务器对 %2 的请求返回 HTTP %1。</translation>
    </message>
    <message>
        <source>The central server&apos;s reply for the %1 is not valid.</source>
        <translation>中心服务器对 %1 的应答无效。</translation>
    </message>
</context>
<context>
    <name>checkin::CheckInService</name>
    <message>
        <source>%1 is not on today&apos;s roster. Check the number against the notice the person brought; if it is right, record a walk-in for the supervisor to approve.</source>
        <translation>%1 不在今天的名单中。请对照当事人带来的通知核对号码；如号码无误，请登记临时到场，由负责人审批。</translation>
    </message>
    <message>
        <source>Acceptance number %1 is not on today&apos;s roster. Check the barcode or the number on the notice.</source>
        <translation>受理编号 %1 不在今天的名单中。请核对条码或通知书上的编号。</translation>
    </message>
    <message>
        <source>Case %1 is %2 and cannot be checked in again. Ask the supervisor.</source>
        <translation>案件 %1 的状态为“%2”，不能再次签到。请联系负责人。</translation>
    </message>
    <message>
        <source>Case %1 vanished from the roster.</source>
        <translation>案件 %1 已不在名单中。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name for the walk-in record.</source>
        <translation>请填写临时到场人员的姓名。</translation>
    </message>
    <message>
        <source>There is no case with acceptance number %1.</source>
        <translation>没有受理编号为 %1 的案件。</translation>
    </message>
    <message>
        <source>Case %1 is already signed out.</source>
        <translation>案件 %1 已签退。</translation>
    </message>
    <message>
        <source>The appraisal of case %1 is not finished (%2). Choose why the person leaves: withdrawn, no-show or terminated.</source>
        <translation>案件 %1 的鉴定尚未完成（%2）。请选择离开原因：撤回申请、未到场或终止鉴定。</translation>
    </message>
    <message>
        <source>Enter the reason why the person leaves before the appraisal is finished.</source>
        <translation>请填写鉴定未完成即离开的原因。</translation>
    </message>
    <message>
        <source>There is no ticket %1.</source>
        <translation>没有排队号 %1。</translation>
    </message>
</context>
<context>
    <name>checkinprint::ConfiguredTicketOutput</name>
    <message>
        <source>Cannot create the print folder %1.</source>
        <translation>无法创建打印文件夹 %1。</translation>
    </message>
    <message>
        <source>The ticket printer profile &quot;%1&quot; is unknown; the venue admin sets printer.profile.</source>
        <translation>排队号打印机配置“%1”未知；请场所管理员设置 printer.profile。</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation>第 %1 行：带引号的字段没有闭合。</translation>
    </message>
    <message>
        <source>Enter an ID number.</source>
        <translation>请输入身份证号。</translation>
    </message>
    <message>
        <source>The ID number has %1 characters; it must have 18 (or 15 for an old card). Check for missing or extra characters.</source>
        <translation>身份证号有 %1 位，应为 18 位（旧证为 15 位）。请检查是否漏输或多输。</translation>
    </message>
    <message>
        <source>Character %1 of the ID number (&quot;%2&quot;) must be a digit.</source>
        <translation>身份证号第 %1 位（“%2”）必须是数字。</translation>
    </message>
    <message>
        <source>The last character of the ID number must be a digit or X.</source>
        <translation>身份证号最后一位必须是数字或 X。</translation>
    </message>
    <message>
        <source>The ID number starts with %1, which is not a known region code. Check the first six digits.</source>
        <translation>身份证号以 %1 开头，不是有效的行政区划代码。请检查前六位。</translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is not a real date. Check digits 7 to 14.</source>
        <translation>身份证号中的出生日期（%1）不是有效日期。请检查第 7 至 14 位。</translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is in the future. Check digits 7 to 14.</source>
        <translation>身份证号中的出生日期（%1）晚于今天。请检查第 7 至 14 位。</translation>
    </message>
    <message>
        <source>The last character should be %1, not %2; check that the number was typed correctly.</source>
        <translation>校验位应为 %1 而不是 %2，请核对号码是否输入正确。</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>鉴定专家</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>复核专家</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>文员</translation>
    </message>
    <message>
        <source>Venue admin</source>
        <translation>场所管理员</translation>
    </message>
    <message>
        <source>Work injury</source>
        <translation>工伤</translation>
    </message>
    <message>
        <source>Occupational disease</source>
        <translation>职业病</translation>
    </message>
    <message>
        <source>Illness or non-work injury</source>
        <translation>因病或非因工致残</translation>
    </message>
    <message>
        <source>Review of changed condition</source>
        <translation>复查鉴定</translation>
    </message>
    <message>
        <source>Re-appraisal</source>
        <translation>再次鉴定</translation>
    </message>
    <message>
        <source>Neurology, neurosurgery and psychiatry</source>
        <translation>神经内科、神经外科、精神科</translation>
    </message>
    <message>
        <source>Orthopaedics, plastic surgery and burns</source>
        <translation>骨科、整形外科、烧伤科</translation>
    </message>
    <message>
        <source>Ophthalmology, ENT and stomatology</source>
        <translation>眼科、耳鼻喉科、口腔科</translation>
    </message>
    <message>
        <source>General and thoracic surgery, urology</source>
        <translation>普外科、胸外科、泌尿生殖科</translation>
    </message>
    <message>
        <source>Occupational internal medicine</source>
        <translation>职业病内科</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Receipt notice of appraisal materials</source>
        <translation>劳动能力鉴定材料收讫告知书</translation>
    </message>
    <message>
        <source>The PDF %1 could not be written.</source>
        <translation>无法写入 PDF 文件 %1。</translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation>排队号</translation>
    </message>
    <message>
        <source>The ticket could not be printed.</source>
        <translation>排队票无法打印。</translation>
    </message>
</context>
<context>
    <name>core::CaseFlow</name>
    <message>
        <source>Registered</source>
        <translation>待签到</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>Waiting for exam 1</source>
        <translation>等候首次查体</translation>
    </message>
    <message>
        <source>In exam 1</source>
        <translation>首次查体中</translation>
    </message>
    <message>
        <source>Waiting for exam 2</source>
        <translation>等候二次查体</translation>
    </message>
    <message>
        <source>In exam 2</source>
        <translation>二次查体中</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>等候复核</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>复核中</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>已出结论</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>已签退</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到场</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>The case is already %1.</source>
        <translation>该案件已经是“%1”状态。</translation>
    </message>
    <message>
        <source>A case that is %1 cannot go to %2.</source>
        <translation>处于“%1”的案件不能变为“%2”。</translation>
    </message>
    <message>
        <source>A reason is required to mark a case %1.</source>
        <translation>将案件标记为“%1”必须填写原因。</translation>
    </message>
</context>
<context>
    <name>crypto::FileKeyStore</name>
    <message>
        <source>The key file %1 can be read by other users. Make it private (chmod 600 %1) and start again.</source>
        <translation>密钥文件 %1 可被其他用户读取。请将其设为仅本人可读（chmod 600 %1）后重新启动。</translation>
    </message>
    <message>
        <source>The key file %1 could not be read: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>The key file %1 does not hold a valid recovery key.</source>
        <translation>密钥文件 %1 中没有有效的恢复密钥。</translation>
    </message>
    <message>
        <source>Cannot create the folder of the key file %1.</source>
        <translation>无法创建密钥文件 %1 所在的文件夹。</translation>
    </message>
    <message>
        <source>The data key could not be written to %1: %2</source>
        <translation>无法将数据密钥写入 %1：%2</translation>
    </message>
    <message>
        <source>The key file %1 could not be removed.</source>
        <translation>无法删除密钥文件 %1。</translation>
    </message>
</context>
<context>
    <name>crypto::KeychainKeyStore</name>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>无法读取系统钥匙串：%1</translation>
    </message>
    <message>
        <source>The keychain entry of this station is not a valid data key.</source>
        <translation>本工作站在钥匙串中的条目不是有效的数据密钥。</translation>
    </message>
    <message>
        <source>The data key could not be stored in the system keychain: %1</source>
        <translation>无法将数据密钥保存到系统钥匙串：%1</translation>
    </message>
    <message>
        <source>The keychain entry could not be removed: %1</source>
        <translation>无法删除钥匙串条目：%1</translation>
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>系统钥匙串没有应答。</translation>
    </message>
</context>
<context>
    <name>crypto::KeychainSecret</name>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>无法读取系统钥匙串：%1</translation>
    </message>
    <message>
        <source>The secret could not be stored in the system keychain: %1</source>
        <translation>无法将密钥保存到系统钥匙串：%1</translation>
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>系统钥匙串没有应答。</translation>
    </message>
</context>
<context>
    <name>crypto::SecretFile</name>
    <message>
        <source>The token is empty.</source>
        <translation>令牌为空。</translation>
    </message>
    <message>
        <source>The token is longer than %1 characters.</source>
        <translation>令牌超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The token may hold only printable ASCII characters without spaces.</source>
        <translation>令牌只能包含可打印的 ASCII 字符，不能有空格。</translation>
    </message>
    <message>
        <source>The token file %1 does not exist.</source>
        <translation>令牌文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The token file %1 can be read by every user. Make it private (chmod 640 %1) and start again.</source>
        <translation>令牌文件 %1 所有用户都可读取。请将其设为私有（chmod 640 %1）后重新启动。</translation>
    </message>
    <message>
        <source>The token file %1 could not be read: %2</source>
        <translation>无法读取令牌文件 %1：%2</translation>
    </message>
    <message>
        <source>The token file %1 does not hold a token: %2</source>
        <translation>令牌文件 %1 中没有有效令牌：%2</translation>
    </message>
    <message>
        <source>There is no group %1 on this machine.</source>
        <translation>本机没有用户组 %1。</translation>
    </message>
    <message>
        <source>Cannot create the folder of the token file %1.</source>
        <translation>无法创建令牌文件 %1 所在的文件夹。</translation>
    </message>
    <message>
        <source>The token could not be written to %1: %2</source>
        <translation>无法将令牌写入 %1：%2</translation>
    </message>
    <message>
        <source>The token file %1 could not be given the group %2 (run this as root).</source>
        <translation>无法将令牌文件 %1 的用户组设为 %2（请以 root 身份运行）。</translation>
    </message>
</context>
<context>
    <name>deadlines</name>
    <message>
        <source>The personal data of case %1 does not open with this station&apos;s key; the list was not written.</source>
        <translation>案件 %1 的个人信息无法用本工作站的密钥解开；清单未写出。</translation>
    </message>
    <message>
        <source>Appraisal conclusion</source>
        <translation>劳动能力鉴定结论书</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>awaiting conclusion</source>
        <translation>待作结论</translation>
    </message>
    <message>
        <source>awaiting delivery</source>
        <translation>待送达</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>ended without conclusion</source>
        <translation>已终止（无结论）</translation>
    </message>
    <message>
        <source>acceptance date unknown</source>
        <translation>受理日期未知</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>剩余 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deadlines::DeadlineService</name>
    <message>
        <source>(unreadable)</source>
        <translation>（无法读取）</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>没有案件 %1。</translation>
    </message>
    <message>
        <source>Case %1 is no longer waiting for its conclusion; only that limit can be extended.</source>
        <translation>案件 %1 已不在待结论阶段；只有结论期限可以延长。</translation>
    </message>
    <message>
        <source>The limit of case %1 was already extended by %2 days (%3); the law allows one extension.</source>
        <translation>案件 %1 的期限已延长 %2 日（%3）；法规只允许延长一次。</translation>
    </message>
    <message>
        <source>An extension is 1 to %1 days.</source>
        <translation>延长期限为 1 至 %1 日。</translation>
    </message>
    <message>
        <source>Give the reason for the extension, e.g. a complex or multi-specialty case.</source>
        <translation>请填写延长理由，例如案情复杂或涉及多个专科。</translation>
    </message>
    <message>
        <source>The conclusion of case %1 was already delivered on %2.</source>
        <translation>案件 %1 的鉴定结论已于 %2 送达。</translation>
    </message>
    <message>
        <source>Case %1 is not concluded; there is nothing to deliver yet.</source>
        <translation>案件 %1 尚未作出结论，暂无可送达的文书。</translation>
    </message>
    <message>
        <source>The delivery date must lie between the conclusion (%1) and today.</source>
        <translation>送达日期须在结论日期（%1）与今天之间。</translation>
    </message>
    <message>
        <source>The delivery method is ems or in_person.</source>
        <translation>送达方式为 ems 或 in_person。</translation>
    </message>
    <message>
        <source>Enter the EMS tracking number of the letter.</source>
        <translation>请填写邮件的 EMS 运单号。</translation>
    </message>
</context>
<context>
    <name>demo::DemoVenue</name>
    <message>
        <source>The built-in demo file %1 is missing.</source>
        <translation>内置演示文件 %1 缺失。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The built-in demo venue has no id.</source>
        <translation>内置演示场所缺少编号。</translation>
    </message>
    <message>
        <source>The built-in demo roster is damaged: %1</source>
        <translation>内置演示名单已损坏：%1</translation>
    </message>
    <message>
        <source>The built-in demo expert list is damaged: %1</source>
        <translation>内置演示专家名单已损坏：%1</translation>
    </message>
    <message>
        <source>Demo account %1 has an unknown role.</source>
        <translation>演示账号 %1 的角色无法识别。</translation>
    </message>
</context>
<context>
    <name>exam::ExamDocument</name>
    <message>
        <source>grade change</source>
        <translation>等级修改</translation>
    </message>
    <message>
        <source>Examinations cannot be recorded at this station: the exam templates did not load.</source>
        <translation>本工作站无法录入查体：查体模板未能加载。</translation>
    </message>
    <message>
        <source>No opinion is open.</source>
        <translation>没有打开的鉴定意见。</translation>
    </message>
</context>
<context>
    <name>exam::OpinionService</name>
    <message>
        <source>Case %1 is not assigned to you; experts examine only the cases drawn to them.</source>
        <translation>案件 %1 未分配给您；专家只能检查抽取给自己的案件。</translation>
    </message>
    <message>
        <source>There is no exam template for case %1&apos;s specialty.</source>
        <translation>没有适用于案件 %1 专业的查体模板。</translation>
    </message>
    <message>
        <source>This opinion is not yours to change.</source>
        <translation>这份意见不是您的，不能修改。</translation>
    </message>
    <message>
        <source>The opinion is submitted and locked; a change needs a new version with a reason.</source>
        <translation>意见已提交并锁定；修改需要注明原因另起新版本。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of this form.</source>
        <translation>“%1”不是此表单的字段。</translation>
    </message>
    <message>
        <source>Clause %1 is not in the catalog.</source>
        <translation>条款 %1 不在目录中。</translation>
    </message>
    <message>
        <source>%1 is not a grade; grades run from 1 to 10.</source>
        <translation>%1 不是伤残等级；等级为 1 至 10 级。</translation>
    </message>
    <message>
        <source>Overriding the computed grade needs a reason; it is recorded.</source>
        <translation>修改计算得出的等级必须注明原因，原因将被记录。</translation>
    </message>
    <message>
        <source>The form is not complete: %1</source>
        <translation>表单尚未填写完整：%1</translation>
    </message>
    <message>
        <source>Choose the grading basis (clauses) before submitting.</source>
        <translation>提交前请选择评定依据（条款）。</translation>
    </message>
    <message>
        <source>Only a submitted opinion of yours can be changed.</source>
        <translation>只能修改您已提交的意见。</translation>
    </message>
    <message>
        <source>A change to a submitted opinion needs a reason.</source>
        <translation>修改已提交的意见必须注明原因。</translation>
    </message>
    <message>
        <source>Case %1 is not assigned to you; experts see only the cases drawn to them.</source>
        <translation>案件 %1 未分配给您；专家只能查看抽取给自己的案件。</translation>
    </message>
    <message>
        <source>Findings and opinions are for the experts and the reviewer assigned to the case.</source>
        <translation>查体结果和鉴定意见仅限分配到本案的专家和复核专家查看。</translation>
    </message>
    <message>
        <source>first examination</source>
        <translation>第一查体专家</translation>
    </message>
    <message>
        <source>second examination</source>
        <translation>第二查体专家</translation>
    </message>
    <message>
        <source>examination %1</source>
        <translation>第 %1 查体专家</translation>
    </message>
    <message>
        <source>Case %1 is not concluded; its opinion sheets are printed with the conclusion.</source>
        <translation>案件 %1 尚未作出结论；专家意见表随鉴定结论一并打印。</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>没有案件 %1。</translation>
    </message>
</context>
<context>
    <name>exam::ReviewService</name>
    <message>
        <source>Case %1 has %2 of its %3 opinions submitted; the review starts when all are in.</source>
        <translation>案件 %1 已提交 %2 份意见（共 %3 份）；全部提交后才能复核。</translation>
    </message>
    <message>
        <source>The grades differ.</source>
        <translation>等级不一致。</translation>
    </message>
    <message>
        <source>The grading bases (clauses) differ.</source>
        <translation>评定依据（条款）不一致。</translation>
    </message>
    <message>
        <source>The self-care levels differ.</source>
        <translation>生活自理障碍程度不一致。</translation>
    </message>
    <message>
        <source>That opinion is not one of this case&apos;s submitted opinions.</source>
        <translation>该意见不是本案已提交的意见。</translation>
    </message>
    <message>
        <source>%1 is not a grade; grades run from 1 to 10.</source>
        <translation>%1 不是伤残等级；等级为 1 至 10 级。</translation>
    </message>
    <message>
        <source>A conclusion of your own, different from the opinions, needs a reason.</source>
        <translation>与专家意见不同的复核结论必须注明原因。</translation>
    </message>
    <message>
        <source>Case %1 is not waiting for review; it may be concluded already.</source>
        <translation>案件 %1 不在待复核状态，可能已作出结论。</translation>
    </message>
    <message>
        <source>Case %1 is not concluded; only concluded cases are printed.</source>
        <translation>案件 %1 尚未作出结论；只能打印已作结论的案件。</translation>
    </message>
    <message>
        <source>Case %1 is not drawn to you for review; only its drawn reviewer compares and concludes it.</source>
        <translation>案件 %1 未抽取您为复核专家；只有抽取的复核专家才能比对意见并作出结论。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a self-care level; choose none, partial, most or complete.</source>
        <translation>“%1”不是生活自理障碍等级；请选择 none（无）、partial（部分）、most（大部分）或 complete（完全）。</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>eating</source>
        <translation>进食</translation>
    </message>
    <message>
        <source>turning over</source>
        <translation>翻身</translation>
    </message>
    <message>
        <source>toileting</source>
        <translation>大小便</translation>
    </message>
    <message>
        <source>dressing and washing</source>
        <translation>穿衣洗漱</translation>
    </message>
    <message>
        <source>moving about</source>
        <translation>自主行动</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>no light perception</source>
        <translation>无光感</translation>
    </message>
    <message>
        <source>light perception</source>
        <translation>光感</translation>
    </message>
    <message>
        <source>hand motion</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>counting fingers</source>
        <translation>指数</translation>
    </message>
    <message>
        <source>needs no help</source>
        <translation>均可自理</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language the exam template labels are named in, in messages: en for English, zh for Chinese</comment>
        <translation>zh</translation>
    </message>
</context>
<context>
    <name>forms::ExamTemplate</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1为必填项。</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 %4.</source>
        <translation>%1必须在 %2 至 %3 %4 之间。</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1必须是文字。</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1超过 %2 个字符。</translation>
    </message>
    <message>
        <source>%1: muscle strength is a whole grade from 0 to 5.</source>
        <translation>%1：肌力为 0 至 5 级的整数。</translation>
    </message>
    <message>
        <source>%1: visual acuity is a decimal from 0.01 to 2.0, or NLP, LP, HM or CF.</source>
        <translation>%1：视力为 0.01 至 2.0 的小数，或 NLP（无光感）、LP（光感）、HM（手动）、CF（指数）。</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1必须是以下之一：%2。</translation>
    </message>
    <message>
        <source>%1 may hold only: %2.</source>
        <translation>%1只能包含：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of template %2.</source>
        <translation>“%1”不是模板 %2 的字段。</translation>
    </message>
</context>
<context>
    <name>forms::ExamTemplates</name>
    <message>
        <source>Exam template %1, %2: %3</source>
        <translation>查体模板 %1，%2：%3</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>位置 %1</translation>
    </message>
    <message>
        <source>the template has no id</source>
        <translation>模板没有编号</translation>
    </message>
    <message>
        <source>the version must be a whole number from 1</source>
        <translation>版本号必须是从 1 开始的整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a specialty group</source>
        <translation>“%1”不是专业门类</translation>
    </message>
    <message>
        <source>the template has no sections</source>
        <translation>模板没有分节</translation>
    </message>
    <message>
        <source>every section needs an id and a title</source>
        <translation>每一节都需要编号和标题</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; in section &quot;%2&quot;</source>
        <translation>第“%2”节的字段“%1”</translation>
    </message>
    <message>
        <source>section &quot;%1&quot;</source>
        <translation>第“%1”节</translation>
    </message>
    <message>
        <source>a field has no id</source>
        <translation>有字段没有编号</translation>
    </message>
    <message>
        <source>the id is used twice</source>
        <translation>编号重复</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation>未知类型“%1”</translation>
    </message>
    <message>
        <source>the field has no label</source>
        <translation>字段没有名称</translation>
    </message>
    <message>
        <source>a number needs a unit, a min and a max</source>
        <translation>数值字段需要单位、最小值和最大值</translation>
    </message>
    <message>
        <source>a choice needs options</source>
        <translation>选择字段需要选项</translation>
    </message>
    <message>
        <source>min must be below max</source>
        <translation>最小值必须小于最大值</translation>
    </message>
    <message>
        <source>the section has no fields</source>
        <translation>该节没有字段</translation>
    </message>
    <message>
        <source>suggestion for field &quot;%1&quot;</source>
        <translation>字段“%1”的条款建议</translation>
    </message>
    <message>
        <source>there is no such field</source>
        <translation>没有这个字段</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of its options</source>
        <translation>“%1”不是其选项之一</translation>
    </message>
    <message>
        <source>no clauses to suggest</source>
        <translation>没有可建议的条款</translation>
    </message>
    <message>
        <source>the suggestion needs a value to match (&quot;equals&quot;)</source>
        <translation>条款建议需要一个匹配值（“equals”）</translation>
    </message>
    <message>
        <source>Cannot read the exam template %1: %2</source>
        <translation>无法读取查体模板 %1：%2</translation>
    </message>
    <message>
        <source>No exam templates in %1.</source>
        <translation>%1 中没有查体模板。</translation>
    </message>
    <message>
        <source>a label is given for &quot;%1&quot;, which is not an option</source>
        <translation>为“%1”给出了名称，但它不是选项</translation>
    </message>
</context>
<context>
    <name>grading</name>
    <message>
        <source>Give at least one grade.</source>
        <translation>请至少给出一个等级。</translation>
    </message>
    <message>
        <source>%1 is not a grade; grades run from 1 (most severe) to 10.</source>
        <translation>%1 不是伤残等级；等级为 1 级（最重）至 10 级。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the five activities (%2).</source>
        <translation>“%1”不是五项活动之一（%2）。</translation>
    </message>
    <message>
        <source>no self-care dependency</source>
        <translation>无生活自理障碍</translation>
    </message>
    <message>
        <source>partial self-care dependency</source>
        <translation>部分生活自理障碍</translation>
    </message>
    <message>
        <source>most self-care dependency</source>
        <translation>大部分生活自理障碍</translation>
    </message>
    <message>
        <source>complete self-care dependency</source>
        <translation>完全生活自理障碍</translation>
    </message>
</context>
<context>
    <name>grading::ClauseCatalog</name>
    <message>
        <source>The catalog is neither JSON nor a CSV with the columns %1.</source>
        <translation>该目录既不是 JSON，也不是含 %1 列的 CSV。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a clause id like 5.7.2(36)</source>
        <translation>“%1”不是形如 5.7.2(36) 的条款号</translation>
    </message>
    <message>
        <source>grade &quot;%1&quot; does not match clause %2</source>
        <translation>等级“%1”与条款 %2 不符</translation>
    </message>
    <message>
        <source>unknown specialty group &quot;%1&quot;</source>
        <translation>未知门类“%1”</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>条款文字为空</translation>
    </message>
    <message>
        <source>The built-in sample catalog is missing.</source>
        <translation>缺少内置示例目录。</translation>
    </message>
</context>
<context>
    <name>health</name>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
</context>
<context>
    <name>health::Rules</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation>磁盘剩余空间</translation>
    </message>
    <message>
        <source>Database size</source>
        <translation>数据库大小</translation>
    </message>
    <message>
        <source>Write-ahead log</source>
        <translation>预写日志</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>最近备份</translation>
    </message>
    <message>
        <source>Upload lag</source>
        <translation>上传滞后</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>最近同步</translation>
    </message>
    <message>
        <source>Set-aside records</source>
        <translation>搁置记录</translation>
    </message>
    <message>
        <source>Venue hub</source>
        <translation>场所中心</translation>
    </message>
    <message>
        <source>ID card reader</source>
        <translation>身份证读卡器</translation>
    </message>
    <message>
        <source>Ticket printer</source>
        <translation>排队票打印机</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>告知书打印机</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>钥匙串</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>法定时限</translation>
    </message>
    <message>
        <source>the free space of the data folder&apos;s disk is unknown</source>
        <translation>无法得知数据文件夹所在磁盘的剩余空间</translation>
    </message>
    <message>
        <source>Check that the data folder exists and its disk is mounted.</source>
        <translation>请确认数据文件夹存在且其磁盘已挂载。</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>Free space on the data folder&apos;s disk: delete old files there or move the backups to a larger disk (settings backup.keep, backup.budget_mb).</source>
        <translation>请释放数据文件夹所在磁盘的空间：删除其中的旧文件，或把备份移到更大的磁盘（设置 backup.keep、backup.budget_mb）。</translation>
    </message>
    <message>
        <source>station.db %1</source>
        <translation>station.db %1</translation>
    </message>
    <message>
        <source>The database has grown beyond what is backed up in seconds: ask the supplier to move old materials out (appraisal-admin materials) and to compact it.</source>
        <translation>数据库已大到无法在数秒内完成备份：请联系供应商迁出旧材料（appraisal-admin materials）并压缩数据库。</translation>
    </message>
    <message>
        <source>%1 not yet written into the database</source>
        <translation>%1 尚未写入数据库</translation>
    </message>
    <message>
        <source>A long-running reader keeps the log from being folded in: restart the station at the end of the day; if it stays large, call the supplier.</source>
        <translation>有长时间运行的读取阻止日志合并：请在当天结束时重启工作站；若仍然很大，请联系供应商。</translation>
    </message>
    <message>
        <source>Take a backup now (appraisal-admin backup create) and check the backup folder&apos;s disk; the station takes one every backup.interval_minutes while it runs.</source>
        <translation>请立即备份（appraisal-admin backup create）并检查备份文件夹所在磁盘；工作站运行时每隔 backup.interval_minutes 分钟自动备份一次。</translation>
    </message>
    <message>
        <source>no backup yet, and nothing to back up</source>
        <translation>尚无备份，也没有需要备份的数据</translation>
    </message>
    <message>
        <source>no backup yet</source>
        <translation>尚无备份</translation>
    </message>
    <message>
        <source>%1 ago (%2)</source>
        <translation>%1 前（%2）</translation>
    </message>
    <message>
        <source>sync is not set up</source>
        <translation>未设置同步</translation>
    </message>
    <message>
        <source>nothing waiting</source>
        <translation>没有待上传的记录</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting, the oldest for %1</source>
        <translation>
            <numerusform>%n 条记录待上传，最早的已等待 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Records are not reaching the central system: check the network and the Synchronization page; nothing is lost, they wait on this station.</source>
        <translation>记录未能送达中心系统：请检查网络和“同步”页面；数据不会丢失，仍保存在本工作站。</translation>
    </message>
    <message>
        <source>no sync run yet</source>
        <translation>尚未同步过</translation>
    </message>
    <message>
        <source>last run %1 went through</source>
        <translation>最近一次 %1 同步成功</translation>
    </message>
    <message>
        <source>last run %1: %2</source>
        <translation>最近一次 %1：%2</translation>
    </message>
    <message>
        <source>The server did not answer: check the network cable and the server address; the station tries again by itself.</source>
        <translation>服务器没有应答：请检查网线和服务器地址；工作站会自动重试。</translation>
    </message>
    <message>
        <source>The server refused the upload: check the sync token and the station id on the Synchronization page, or enrol the station again.</source>
        <translation>服务器拒绝了上传：请在“同步”页面检查同步令牌和工作站编号，或重新登记本工作站。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) set aside</source>
        <translation>
            <numerusform>%n 条记录被搁置</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused these records: open the Synchronization page, read each reason and tell the supplier.</source>
        <translation>服务器拒收了这些记录：请打开“同步”页面查看每条原因，并告知供应商。</translation>
    </message>
    <message numerus="yes">
        <source>, %n command(s) waiting for it</source>
        <translation>
            <numerusform>，%n 条指令等待中心应答</numerusform>
        </translation>
    </message>
    <message>
        <source>one PC (no venue hub)</source>
        <translation>单机（无场所中心）</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>The hub has not answered every command yet; if the number does not go down within a minute, check the hub PC.</source>
        <translation>中心尚未应答全部指令；若一分钟内数量不减少，请检查中心电脑。</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Wait a moment; if it stays like this, check the LAN cable and that the hub PC is on.</source>
        <translation>请稍候；若一直如此，请检查局域网网线以及中心电脑是否开机。</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <source>Check the LAN cable and that the hub PC and appraisal-server are running; work goes on here and what waits is sent when the hub is back.</source>
        <translation>请检查局域网网线，以及中心电脑和 appraisal-server 是否在运行；本机工作不受影响，待发送内容会在中心恢复后发出。</translation>
    </message>
    <message>
        <source>the hub refused this station</source>
        <translation>中心拒绝了本工作站</translation>
    </message>
    <message>
        <source>Enrol this station again with a code from the hub (appraisal-admin venue enrol).</source>
        <translation>请用中心提供的登记码重新登记本工作站（appraisal-admin venue enrol）。</translation>
    </message>
    <message>
        <source>none set up (ID numbers are typed)</source>
        <translation>未设置（手工输入身份证号）</translation>
    </message>
    <message>
        <source>ready on %1</source>
        <translation>%1 就绪</translation>
    </message>
    <message>
        <source>not answering on %1</source>
        <translation>%1 无应答</translation>
    </message>
    <message>
        <source>Unplug the reader and plug it in again; meanwhile type the ID number.</source>
        <translation>请拔下读卡器再重新插上；在此期间请手工输入身份证号。</translation>
    </message>
    <message>
        <source>port %1 does not exist</source>
        <translation>端口 %1 不存在</translation>
    </message>
    <message>
        <source>Plug the reader in, or correct the setting card_reader.port; meanwhile type the ID number.</source>
        <translation>请插上读卡器，或更正设置 card_reader.port；在此期间请手工输入身份证号。</translation>
    </message>
    <message>
        <source>PDF files in the spool folder</source>
        <translation>输出为假脱机文件夹中的 PDF 文件</translation>
    </message>
    <message>
        <source>Load paper (or switch the printer on), then press Retry on the desk&apos;s page.</source>
        <translation>请装纸（或打开打印机），然后在前台页面点“重试”。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n job(s) waiting</source>
        <translation>
            <numerusform>%1：%2，%n 个打印任务等待中</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Check that the printer is on and its network cable is plugged in.</source>
        <translation>请确认打印机已开机且网线已插好。</translation>
    </message>
    <message>
        <source>%1: reachable (it does not report paper or errors)</source>
        <translation>%1：可连接（该打印机不报告缺纸或故障）</translation>
    </message>
    <message>
        <source>%1: printer offline</source>
        <translation>%1：打印机离线</translation>
    </message>
    <message>
        <source>%1: out of paper</source>
        <translation>%1：缺纸</translation>
    </message>
    <message>
        <source>%1: paper is running low</source>
        <translation>%1：纸将用完</translation>
    </message>
    <message>
        <source>Put a new roll of paper beside the printer and change it at the next pause.</source>
        <translation>请在打印机旁备好新纸卷，在下次空闲时更换。</translation>
    </message>
    <message>
        <source>%1 cannot be opened</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>Plug the printer in and switch it on, or correct the printer setting.</source>
        <translation>请连接并打开打印机，或更正打印机设置。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n job(s) waiting</source>
        <translation>
            <numerusform>%1：%n 个打印任务等待中</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer is slow to take jobs; check it if the number does not go down.</source>
        <translation>打印机接收任务较慢；若数量不减少请检查打印机。</translation>
    </message>
    <message>
        <source>%1: ready</source>
        <translation>%1：就绪</translation>
    </message>
    <message>
        <source>not compared yet (no reply from a hub or server)</source>
        <translation>尚未比对（还没有中心或服务器的应答）</translation>
    </message>
    <message>
        <source>the venue hub</source>
        <translation>场所中心</translation>
    </message>
    <message>
        <source>the central system</source>
        <translation>中心系统</translation>
    </message>
    <message>
        <source>same time as %1</source>
        <translation>与%1时间一致</translation>
    </message>
    <message>
        <source>%1 s behind %2</source>
        <translation>比%2慢 %1 秒</translation>
    </message>
    <message>
        <source>%1 s ahead of %2</source>
        <translation>比%2快 %1 秒</translation>
    </message>
    <message>
        <source>Set this PC&apos;s clock right (time synchronisation, NTP): queue numbers, time limits and the audit trail depend on it.</source>
        <translation>请校准本机时钟（时间同步，NTP）：排队号、法定时限和审计记录都依赖它。</translation>
    </message>
    <message>
        <source>the data key is in the keychain</source>
        <translation>数据密钥在钥匙串中</translation>
    </message>
    <message>
        <source>the keychain holds no data key for this station</source>
        <translation>钥匙串中没有本工作站的数据密钥</translation>
    </message>
    <message>
        <source>Do not close the station: the next start needs the recovery key. Call the venue admin.</source>
        <translation>请不要关闭工作站：下次启动需要恢复密钥。请联系场所管理员。</translation>
    </message>
    <message>
        <source>the keychain cannot be reached: %1</source>
        <translation>无法访问钥匙串：%1</translation>
    </message>
    <message>
        <source>Log in to the desktop session again (the keychain opens with it); the next start of the station needs the keychain.</source>
        <translation>请重新登录桌面会话（钥匙串随之解锁）；工作站下次启动需要钥匙串。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) past the legal time limit</source>
        <translation>
            <numerusform>%n 个案件已超过法定时限</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the clerk&apos;s time limits list: conclude, extend (with a reason) or deliver these cases today.</source>
        <translation>请打开书记员的时限列表：今天就对这些案件作出结论、（说明理由）延期或送达。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) due soon</source>
        <translation>
            <numerusform>%n 个案件即将到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan these cases first: see the clerk&apos;s time limits list.</source>
        <translation>请优先安排这些案件：见书记员的时限列表。</translation>
    </message>
    <message>
        <source>no case near its limit</source>
        <translation>没有临近时限的案件</translation>
    </message>
    <message>
        <source> (%1)</source>
        <comment>the hub&apos;s error after the link state</comment>
        <translation>（%1）</translation>
    </message>
</context>
<context>
    <name>identity</name>
    <message>
        <source>The card data was cut short (%1 bytes). Hold the card still and read it again.</source>
        <translation>身份证数据不完整（%1 字节）。请将卡放稳后重新读取。</translation>
    </message>
    <message>
        <source>The card data has unexpected lengths (text %1, photo %2 bytes).</source>
        <translation>身份证数据长度异常（文字 %1 字节，照片 %2 字节）。</translation>
    </message>
    <message>
        <source>The card&apos;s gender code &quot;%1&quot; is not valid.</source>
        <translation>身份证上的性别代码“%1”无效。</translation>
    </message>
    <message>
        <source>The card has no name on it. Read it again.</source>
        <translation>身份证上没有读到姓名，请重新读取。</translation>
    </message>
    <message>
        <source>The card&apos;s expiry date &quot;%1&quot; is not a date.</source>
        <translation>身份证有效期限“%1”不是有效日期。</translation>
    </message>
    <message>
        <source>The ID number on the card failed its check: %1</source>
        <translation>身份证上的号码未通过校验：%1</translation>
    </message>
    <message>
        <source>Photo not decodable</source>
        <translation>照片无法解码</translation>
    </message>
    <message>
        <source>OK.</source>
        <translation>正常。</translation>
    </message>
    <message>
        <source>The card holds no such information.</source>
        <translation>身份证中无此项信息。</translation>
    </message>
    <message>
        <source>The reader reported a checksum error in the command. Try again; if it repeats, check the cable.</source>
        <translation>读卡器报告命令校验和错误。请重试；如反复出现，请检查连接线。</translation>
    </message>
    <message>
        <source>The reader reported a length error in the command. Try again; if it repeats, check the cable.</source>
        <translation>读卡器报告命令长度错误。请重试；如反复出现，请检查连接线。</translation>
    </message>
    <message>
        <source>The reader did not understand the command. Check that the reader is a GA 467 ID card reader.</source>
        <translation>读卡器无法识别该命令。请确认读卡器为符合 GA 467 的身份证阅读器。</translation>
    </message>
    <message>
        <source>The reader&apos;s security module refused the operation (not authorized).</source>
        <translation>读卡器安全模块拒绝了该操作（未授权）。</translation>
    </message>
    <message>
        <source>The card and the reader could not authenticate each other. Present the card again; if it repeats, the card may be damaged or not genuine.</source>
        <translation>身份证与读卡器相互认证失败。请重新放卡；如反复出现，该卡可能已损坏或并非真证。</translation>
    </message>
    <message>
        <source>The card&apos;s information failed validation. Present the card again; if it repeats, check the person&apos;s identity another way.</source>
        <translation>身份证信息校验失败。请重新放卡；如反复出现，请以其他方式核验身份。</translation>
    </message>
    <message>
        <source>This is not a second-generation ID card (unknown card type).</source>
        <translation>这不是第二代居民身份证（未知卡类型）。</translation>
    </message>
    <message>
        <source>Reading the card failed. Hold the card still on the reader and try again.</source>
        <translation>读卡失败。请将身份证放稳在读卡器上后重试。</translation>
    </message>
    <message>
        <source>No card on the reader. Place the ID card flat on the reader.</source>
        <translation>读卡器上没有卡。请将身份证平放在读卡器上。</translation>
    </message>
    <message>
        <source>The card could not be selected. Lift it and place it on the reader again.</source>
        <translation>无法选中身份证。请拿起后重新放到读卡器上。</translation>
    </message>
    <message>
        <source>The reader answered with unknown status %1.</source>
        <translation>读卡器返回了未知状态 %1。</translation>
    </message>
    <message>
        <source>The reader sent a frame with an impossible length (%1 bytes).</source>
        <translation>读卡器发送的数据帧长度不可能（%1 字节）。</translation>
    </message>
    <message>
        <source>The reader&apos;s reply had a wrong checksum; it was ignored.</source>
        <translation>读卡器应答的校验和错误，已忽略。</translation>
    </message>
</context>
<context>
    <name>identity::CardReader</name>
    <message>
        <source>Card reader connected on %1.</source>
        <translation>读卡器已连接（%1）。</translation>
    </message>
    <message>
        <source>The card reader on %1 is disconnected (%2). Check the cable; reading resumes by itself when it is back.</source>
        <translation>%1 上的读卡器已断开（%2）。请检查连接线；恢复连接后会自动继续读卡。</translation>
    </message>
    <message>
        <source>The card reader on %1 is disconnected.</source>
        <translation>%1 上的读卡器已断开。</translation>
    </message>
    <message>
        <source>The card reader did not answer in time. Hold the card still on the reader.</source>
        <translation>读卡器未及时响应。请将身份证放稳在读卡器上。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Demo venue</source>
        <translation>演示场所</translation>
    </message>
    <message>
        <source>Cannot open the station database</source>
        <translation>无法打开工作站数据库</translation>
    </message>
    <message>
        <source>Station database damaged</source>
        <translation>工作站数据库已损坏</translation>
    </message>
    <message>
        <source>The integrity check of the station database failed:
%1

The newest good backup was taken at %2 (%3 minutes ago). Work entered after that time is not in it; the damaged database is kept beside it for recovery.</source>
        <translation>工作站数据库完整性检查未通过：
%1

最新的完好备份生成于 %2（%3 分钟前）。此后录入的内容不在该备份中；损坏的数据库会保留在旁边以便恢复。</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>恢复此备份</translation>
    </message>
    <message>
        <source>Continue without restoring</source>
        <translation>不恢复，继续</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <source>The integrity check of the station database failed:
%1

There is no good backup. Stop entering data and call the venue admin.</source>
        <translation>工作站数据库完整性检查未通过：
%1

没有完好的备份。请停止录入数据并联系场所管理员。</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Exam templates</source>
        <translation>查体模板</translation>
    </message>
    <message>
        <source>Station database updated</source>
        <translation>工作站数据库已升级</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Setting up the station</source>
        <translation>设置工作站</translation>
    </message>
    <message>
        <source>Restore not recorded</source>
        <translation>恢复未记录</translation>
    </message>
    <message>
        <source>The backup was restored, but the audit log could not record it: %1</source>
        <translation>备份已恢复，但审计日志未能记录此次恢复：%1</translation>
    </message>
</context>
<context>
    <name>materials::MaterialStore</name>
    <message>
        <source>Materials are added at the front desk or by the venue admin.</source>
        <translation>医学材料由前台或场所管理员添加。</translation>
    </message>
    <message>
        <source>There is no case %1 on this station.</source>
        <translation>本工作站没有案件 %1。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>%1 is not a PDF, PNG or JPEG file; scan paper materials to PDF or JPEG.</source>
        <translation>%1 不是 PDF、PNG 或 JPEG 文件；纸质材料请扫描为 PDF 或 JPEG。</translation>
    </message>
    <message>
        <source>%1 is %2 MB; files up to %3 MB are accepted. Scan it at a lower resolution.</source>
        <translation>%1 大小为 %2 MB，单个文件最大 %3 MB。请降低扫描分辨率。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>目录 %1 不存在。</translation>
    </message>
    <message>
        <source>Case %1 is not assigned to you; experts see the materials of their own cases only.</source>
        <translation>案件 %1 未分配给您；专家只能查看本人承办案件的材料。</translation>
    </message>
    <message>
        <source>Your role does not read medical materials.</source>
        <translation>您的角色不能查看医学材料。</translation>
    </message>
    <message>
        <source>There is no such material file.</source>
        <translation>没有该材料文件。</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>This system cannot convert text to %1.</source>
        <translation>本系统无法将文字转换为 %1 编码。</translation>
    </message>
    <message>
        <source>The character &quot;%1&quot; cannot be printed in %2; choose a printer profile with another encoding or raster mode.</source>
        <translation>字符“%1”无法以 %2 编码打印；请选择其他编码或图像模式的打印机配置。</translation>
    </message>
    <message>
        <source>Receipt notice of appraisal materials</source>
        <translation>劳动能力鉴定材料收讫告知书</translation>
    </message>
    <message>
        <source>Acceptance number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Appraisal type</source>
        <translation>鉴定类型</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>Materials received</source>
        <translation>已收材料</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>后续安排</translation>
    </message>
    <message>
        <source>Today two experts drawn at random examine you, one after the other, and a third expert reviews their opinions. Wait in the hall until your number is called. The conclusion is sent to you in writing.</source>
        <translation>今天由随机抽取的两名专家先后为您进行现场查体，再由第三名专家对两份意见进行复核。请在大厅等候叫号。鉴定结论将以书面形式送达。</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>The committee makes its conclusion within 60 days of accepting the application; for complex cases, such as several specialties, it may extend this by 30 days.</source>
        <translation>鉴定委员会自受理申请之日起 60 日内作出鉴定结论；涉及多个专科等复杂情形的，可延长 30 日。</translation>
    </message>
    <message>
        <source>The conclusion is delivered within 15 days of being made.</source>
        <translation>鉴定结论自作出之日起 15 日内送达。</translation>
    </message>
    <message>
        <source>If you disagree with the conclusion, you may apply for a re-appraisal to the provincial committee within 15 days of receiving it.</source>
        <translation>对鉴定结论不服的，可在收到结论之日起 15 日内向省级劳动能力鉴定委员会申请再次鉴定。</translation>
    </message>
    <message>
        <source>Enquiries</source>
        <translation>查询方式</translation>
    </message>
    <message>
        <source>Quote the acceptance number. Telephone: %1. Address: %2.</source>
        <translation>查询时请提供受理编号。电话：%1。地址：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a printer address; use tcp:HOST or tcp:HOST:PORT.</source>
        <translation>“%1”不是打印机地址；请使用 tcp:HOST 或 tcp:HOST:PORT。</translation>
    </message>
    <message>
        <source>printer offline: no connection to %1:%2 (%3)</source>
        <translation>打印机离线：无法连接 %1:%2（%3）</translation>
    </message>
    <message>
        <source>printer offline: the job to %1:%2 was not accepted (%3)</source>
        <translation>打印机离线：%1:%2 未接收打印任务（%3）</translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation>排队号</translation>
    </message>
    <message>
        <source>People ahead: %1</source>
        <translation>前面还有 %1 人</translation>
    </message>
    <message>
        <source>Please wait in the hall for your number to be called.</source>
        <translation>请在大厅等候叫号。</translation>
    </message>
    <message>
        <source>(reprint)</source>
        <translation>（补打）</translation>
    </message>
    <message>
        <source>sent (the printer does not report its status)</source>
        <translation>已发送（打印机不报告状态）</translation>
    </message>
    <message>
        <source>printer offline</source>
        <translation>打印机离线</translation>
    </message>
    <message>
        <source>out of paper</source>
        <translation>打印机缺纸</translation>
    </message>
    <message>
        <source>printed; paper is running low</source>
        <translation>已打印；纸张即将用完</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>printer offline: cannot open %1 (%2)</source>
        <translation>打印机离线：无法打开 %1（%2）</translation>
    </message>
    <message>
        <source>printer offline: writing to %1 failed (%2)</source>
        <translation>打印机离线：写入 %1 失败（%2）</translation>
    </message>
    <message>
        <source>this computer has no printers set up</source>
        <translation>本机未设置任何打印机</translation>
    </message>
    <message>
        <source>printers here: %1</source>
        <translation>本机打印机：%1</translation>
    </message>
    <message>
        <source>There is no default system printer (%1).</source>
        <translation>没有默认的系统打印机（%1）。</translation>
    </message>
    <message>
        <source>There is no system printer named &quot;%1&quot; (%2).</source>
        <translation>没有名为“%1”的系统打印机（%2）。</translation>
    </message>
    <message>
        <source>Receipt notice %1</source>
        <translation>收讫告知书 %1</translation>
    </message>
    <message>
        <source>Queue ticket %1</source>
        <translation>排队票 %1</translation>
    </message>
    <message>
        <source>Appraisal conclusion</source>
        <translation>劳动能力鉴定结论书</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <source>Injury or illness</source>
        <translation>伤病情况</translation>
    </message>
    <message>
        <source>Basis (GB/T 16180-2014)</source>
        <translation>评定依据（GB/T 16180-2014）</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>鉴定结论</translation>
    </message>
    <message>
        <source>Disability grade %1</source>
        <translation>伤残等级：%1 级</translation>
    </message>
    <message>
        <source>Self-care dependency: %1</source>
        <translation>生活自理障碍：%1</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>权利告知</translation>
    </message>
    <message>
        <source>If you or your employer disagree with this conclusion, you may apply to the provincial labour capacity appraisal committee for a re-appraisal within 15 days of receiving it.</source>
        <translation>您或用人单位对本结论不服的，可以在收到结论之日起 15 日内向省级劳动能力鉴定委员会申请再次鉴定。</translation>
    </message>
    <message>
        <source>Concluded on %1 at %2.</source>
        <translation>%1 于 %2 作出结论。</translation>
    </message>
    <message>
        <source>Signed by the reviewing expert %1; the signature matches this conclusion.</source>
        <translation>复核专家 %1 已签名；签名与本结论内容一致。</translation>
    </message>
    <message>
        <source>WARNING: the reviewer&apos;s signature does not match this conclusion.</source>
        <translation>警告：复核专家签名与本结论内容不符。</translation>
    </message>
    <message>
        <source>Appraisal conclusion %1</source>
        <translation>劳动能力鉴定结论书 %1</translation>
    </message>
    <message>
        <source>Reviewing expert: %1</source>
        <translation>复核专家：%1</translation>
    </message>
    <message>
        <source>Expert opinion sheet</source>
        <translation>专家鉴定意见表</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>查体</translation>
    </message>
    <message>
        <source>%1 (form %2, version %3)</source>
        <translation>%1（%2，第 %3 版）</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>鉴定专家</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>version %1, because: %2</source>
        <translation>第 %1 版，理由：%2</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>鉴定意见</translation>
    </message>
    <message>
        <source>The computed grade %1 was changed by the expert, because: %2</source>
        <translation>计算等级为 %1 级，专家作了调整，理由：%2</translation>
    </message>
    <message>
        <source>Expert opinion %1</source>
        <translation>专家鉴定意见 %1</translation>
    </message>
    <message>
        <source>Submitted on %1.</source>
        <translation>提交时间：%1。</translation>
    </message>
    <message>
        <source>Expert&apos;s signature: %1</source>
        <translation>专家签名：%1</translation>
    </message>
    <message>
        <source>The expert&apos;s signature matches this opinion.</source>
        <translation>专家签名与本意见内容一致。</translation>
    </message>
    <message>
        <source>WARNING: the expert&apos;s signature does not match this opinion.</source>
        <translation>警告：专家签名与本意见内容不一致。</translation>
    </message>
    <message>
        <source>Nothing to print.</source>
        <translation>没有可打印的文书。</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 份文书</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF %1 could not be written.</source>
        <translation>无法写入 PDF 文件 %1。</translation>
    </message>
</context>
<context>
    <name>roster</name>
    <message>
        <source>The header row lacks the column(s) %1. Expected: %2.</source>
        <translation>表头缺少列 %1。应为：%2。</translation>
    </message>
    <message>
        <source>has %1 fields, the header has %2</source>
        <translation>有 %1 个字段，而表头有 %2 列</translation>
    </message>
    <message>
        <source>acceptance_no &quot;%1&quot; is empty or has characters other than letters, digits, - and _</source>
        <translation>受理编号 acceptance_no“%1”为空，或含有字母、数字、- 和 _ 以外的字符</translation>
    </message>
    <message>
        <source>acceptance_no %1 appears twice in the file</source>
        <translation>受理编号 acceptance_no %1 在文件中重复出现</translation>
    </message>
    <message>
        <source>name is empty</source>
        <translation>姓名 name 为空</translation>
    </message>
    <message>
        <source>id_number: %1</source>
        <translation>身份证号 id_number：%1</translation>
    </message>
    <message>
        <source>id_number %1 appears twice in the file</source>
        <translation>身份证号 id_number %1 在文件中重复出现</translation>
    </message>
    <message>
        <source>gender &quot;%1&quot; does not match the ID number (%2)</source>
        <translation>性别 gender“%1”与身份证号不符（应为 %2）</translation>
    </message>
    <message>
        <source>birth_date %1 does not match the ID number (%2)</source>
        <translation>出生日期 birth_date %1 与身份证号不符（应为 %2）</translation>
    </message>
    <message>
        <source>appraisal_type must be one of work_injury, occupational_disease, illness, review, reappraisal</source>
        <translation>鉴定类型 appraisal_type 必须是 work_injury、occupational_disease、illness、review、reappraisal 之一</translation>
    </message>
    <message>
        <source>specialty must be one of neurology, orthopaedics, ophthalmology_ent, surgery, occupational</source>
        <translation>专业 specialty 必须是 neurology、orthopaedics、ophthalmology_ent、surgery、occupational 之一</translation>
    </message>
    <message>
        <source>priority must be normal or green</source>
        <translation>优先级 priority 必须是 normal 或 green</translation>
    </message>
    <message>
        <source>expert_id and name are required</source>
        <translation>必须填写专家编号 expert_id 和姓名 name</translation>
    </message>
    <message>
        <source>expert_id %1 appears twice in the file</source>
        <translation>专家编号 expert_id %1 在文件中重复出现</translation>
    </message>
    <message>
        <source>unknown specialty &quot;%1&quot;</source>
        <translation>未知专业“%1”</translation>
    </message>
    <message>
        <source>specialties is empty</source>
        <translation>专业 specialties 为空</translation>
    </message>
    <message>
        <source>on_duty must be yes or no</source>
        <translation>在岗 on_duty 必须是 yes 或 no</translation>
    </message>
    <message>
        <source>accepted_on %1 must be the acceptance date as YYYY-MM-DD, not in the future</source>
        <translation>accepted_on %1 须为 YYYY-MM-DD 格式的受理日期，且不能晚于今天</translation>
    </message>
</context>
<context>
    <name>roster::RosterImporter</name>
    <message>
        <source>Name the batch the roster belongs to.</source>
        <translation>请指定名单所属的批次。</translation>
    </message>
    <message>
        <source>There is no batch %1. Pass --batch to create it for today, or check the name.</source>
        <translation>没有批次 %1。请使用 --batch 为今天新建该批次，或核对批次名称。</translation>
    </message>
    <message>
        <source>This station has no venue set up, so batch %1 cannot be created. Set the venue up first: appraisal-admin venue setup --id ID --name NAME, or the setup assistant of the station.</source>
        <translation>本工作站尚未设置场所，无法创建批次 %1。请先设置场所：appraisal-admin venue setup --id 编号 --name 名称，或使用工作站的设置向导。</translation>
    </message>
</context>
<context>
    <name>routing::DrawService</name>
    <message>
        <source>There is no case with acceptance number %1.</source>
        <translation>没有受理编号为 %1 的案件。</translation>
    </message>
    <message>
        <source>Case %1 already has its experts; a supervisor may redraw with a reason.</source>
        <translation>案件 %1 已抽取专家；主管可注明原因后重新抽取。</translation>
    </message>
    <message>
        <source>A redraw needs a reason; it is kept with both draws.</source>
        <translation>重新抽取必须注明原因；原因与两次抽取结果一并留档。</translation>
    </message>
    <message>
        <source>Case %1 has no draw to replace yet.</source>
        <translation>案件 %1 尚无可替换的抽取结果。</translation>
    </message>
    <message>
        <source>There is no expert %1.</source>
        <translation>没有专家 %1。</translation>
    </message>
    <message>
        <source>Name the employer or the person the conflict is with.</source>
        <translation>请指明存在利益冲突的单位或人员。</translation>
    </message>
</context>
<context>
    <name>routing::ExpertDraw</name>
    <message>
        <source>works for the person&apos;s employer (%1)</source>
        <translation>任职于被鉴定人的用人单位（%1）</translation>
    </message>
    <message>
        <source>declared a conflict of interest with the person%1</source>
        <translation>已申报与被鉴定人存在利益冲突%1</translation>
    </message>
    <message>
        <source>declared a conflict of interest with the employer %1</source>
        <translation>已申报与用人单位 %1 存在利益冲突</translation>
    </message>
    <message numerus="yes">
        <source>examined the person on %1, within the recusal period of %n day(s)</source>
        <translation>
            <numerusform>曾于 %1 为其鉴定，在 %n 天回避期内</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1 expert(s) on duty for %2 may take case %3 after recusal; a panel of %4 is needed. Put more experts on duty or ask the committee.</source>
        <translation>回避后仅有 %1 名%2在岗专家可承担案件 %3，需要 %4 人组成专家组。请安排更多专家在岗或请示鉴定委员会。</translation>
    </message>
    <message>
        <source>No expert on duty for %1 is flagged as a reviewer for case %2.</source>
        <translation>案件 %2 没有可担任复核的%1在岗专家。</translation>
    </message>
</context>
<context>
    <name>routing::LocalCallAuthority</name>
    <message>
        <source>There is no room %1.</source>
        <translation>没有诊室 %1。</translation>
    </message>
    <message>
        <source>Room %1 is paused (%2); resume it first.</source>
        <translation>诊室 %1 已暂停（%2），请先恢复。</translation>
    </message>
    <message>
        <source>Nobody is waiting for room %1.</source>
        <translation>诊室 %1 没有候检人员。</translation>
    </message>
    <message>
        <source>Ticket %1 is not waiting for room %2 (called elsewhere, in an exam, or for another room).</source>
        <translation>%1 号不在诊室 %2 候检（已在别处叫号、正在检查或属于其他诊室）。</translation>
    </message>
    <message>
        <source>Only a person who was called to this room and has not come yet can be called again.</source>
        <translation>只能重呼已被本诊室叫号但尚未到场的人员。</translation>
    </message>
    <message>
        <source>%1 has been called %2 times, the most allowed; mark them as not here (no-show).</source>
        <translation>%1 号已叫 %2 次，达到上限；请标记为未到（过号）。</translation>
    </message>
    <message>
        <source>%1 was called %2 s ago; wait %3 s before calling again.</source>
        <translation>%1 号 %2 秒前刚叫过；请 %3 秒后再重呼。</translation>
    </message>
    <message>
        <source>Only a person who was called to this room and has not come can be marked as not here.</source>
        <translation>只能将已被本诊室叫号但未到场的人员标记为未到。</translation>
    </message>
    <message>
        <source>This ticket is not on the list of people who were not there.</source>
        <translation>此号不在过号名单中。</translation>
    </message>
    <message>
        <source>Call the person to this room before starting the examination.</source>
        <translation>请先叫号到本诊室，再开始检查。</translation>
    </message>
    <message>
        <source>This person is not in an examination in this room.</source>
        <translation>此人不在本诊室检查中。</translation>
    </message>
    <message>
        <source>A transfer needs a reason.</source>
        <translation>转诊必须注明原因。</translation>
    </message>
    <message>
        <source>Only a person who is waiting or called can be transferred.</source>
        <translation>只能转移候检或已叫号的人员。</translation>
    </message>
    <message>
        <source>Expert %1 is not on duty in a room.</source>
        <translation>专家 %1 未在诊室值班。</translation>
    </message>
    <message>
        <source>Expert %1 already has a role in this case; the two opinions must come from different experts.</source>
        <translation>专家 %1 已参与此案件；两份意见必须来自不同专家。</translation>
    </message>
    <message>
        <source>to %1 in room %2: %3</source>
        <translation>转至诊室 %2 的 %1：%3</translation>
    </message>
    <message>
        <source>Pausing a room needs a reason.</source>
        <translation>暂停诊室必须注明原因。</translation>
    </message>
    <message>
        <source>You are seated in room %1 and call only for it. The venue admin can call for another room.</source>
        <translation>您的座位在诊室 %1，只能为该诊室叫号。如需为其他诊室叫号，请联系场所管理员。</translation>
    </message>
    <message>
        <source>Only the venue admin may call for another room; an expert calls for the room they are seated in.</source>
        <translation>只有场所管理员可以为其他诊室叫号；专家只为自己就座的诊室叫号。</translation>
    </message>
    <message>
        <source>Calling for another room needs a reason (it is audited).</source>
        <translation>为其他诊室叫号需要填写原因（将记入审计）。</translation>
    </message>
    <message>
        <source>As venue admin you call for room %1 only after choosing it with a reason (&quot;Call for this room…&quot;); the override is audited.</source>
        <translation>作为场所管理员，须先填写原因选定诊室 %1（“为此诊室叫号…”）才能为其叫号；此操作将记入审计。</translation>
    </message>
    <message>
        <source>%1 is drawn to %2, not to you; %3 examines this person now.</source>
        <translation>%1 抽取的专家是 %2，不是您；本次由 %3 检查。</translation>
    </message>
    <message>
        <source>%1 is drawn to %2, not to you; %3 calls this person now, in %4.</source>
        <translation>%1 抽取的专家是 %2，不是您；本次由 %3 在%4叫号。</translation>
    </message>
    <message numerus="yes">
        <source>Nobody waiting in %1 is drawn to you: the %n waiting there are for the room&apos;s other experts, who call them.</source>
        <translation>
            <numerusform>%1 等候的人员中没有抽到您检查的：这 %n 人由本诊室的其他专家叫号。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is examined by %2 first; they come to you after that examination.</source>
        <translation>%1 先由 %2 检查，检查完后再轮到您。</translation>
    </message>
    <message>
        <source>%1 is examined by %2 first, in %3; they come to you after that examination.</source>
        <translation>%1 先由 %2 在%3检查，检查完后再轮到您。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of a list of experts</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>signature</name>
    <message>
        <source>This is not signature stroke data.</source>
        <translation>这不是签名笔迹数据。</translation>
    </message>
    <message>
        <source>The signature has too many strokes.</source>
        <translation>签名笔画过多。</translation>
    </message>
    <message>
        <source>The signature data is cut short.</source>
        <translation>签名数据不完整。</translation>
    </message>
    <message>
        <source>A stroke of the signature has too many points.</source>
        <translation>签名的某一笔采样点过多。</translation>
    </message>
    <message>
        <source>The signature data has bytes after its end.</source>
        <translation>签名数据末尾有多余字节。</translation>
    </message>
</context>
<context>
    <name>signature::SignatureStore</name>
    <message>
        <source>Internal error: a signature must be saved with what it signs.</source>
        <translation>内部错误：签名必须与所签内容一同保存。</translation>
    </message>
    <message>
        <source>The signature is empty; sign on the pad.</source>
        <translation>签名为空，请在签名板上签名。</translation>
    </message>
    <message>
        <source>The signature is too short to be one (a tap or a dot); clear the pad and sign with your name.</source>
        <translation>签名过短，不像签名（只是一点或轻触）；请清除签名板后签上您的姓名。</translation>
    </message>
</context>
<context>
    <name>statistics</name>
    <message>
        <source>Statistics %1 to %2</source>
        <translation>统计 %1 至 %2</translation>
    </message>
    <message>
        <source>arrived %1, concluded %2, no-show %3, withdrawn %4, walk-ins %5</source>
        <translation>到场 %1，作出结论 %2，未到场 %3，撤回 %4，临时到场 %5</translation>
    </message>
    <message>
        <source>wait from check-in to first call: p50 %1 min, p90 %2 min</source>
        <translation>签到到首次叫号的等候：p50 %1 分钟，p90 %2 分钟</translation>
    </message>
    <message>
        <source>by type: %1</source>
        <translation>按鉴定类别：%1</translation>
    </message>
    <message>
        <source>none: %1</source>
        <translation>未达等级：%1</translation>
    </message>
    <message>
        <source>by grade: %1</source>
        <translation>按等级：%1</translation>
    </message>
    <message>
        <source>time limits: concluded within 60 days %1, within the extension %2, overdue %3; delivered within 15 days %4, late %5</source>
        <translation>法定时限：60 日内作出结论 %1，延长期限内 %2，超期 %3；15 日内送达 %4，逾期送达 %5</translation>
    </message>
    <message>
        <source>%1 %2: exams %3, reviews %4, agreement same %5 / one apart %6 / more %7, grade changed by review %8, matches the conclusion %9</source>
        <translation>%1 %2：查体 %3，复核 %4，等级一致 %5 / 相差一级 %6 / 相差更多 %7，复核改定等级 %8，与结论一致 %9</translation>
    </message>
</context>
<context>
    <name>statistics::StatisticsService</name>
    <message>
        <source>Expert %1</source>
        <translation>专家 %1</translation>
    </message>
</context>
<context>
    <name>store::AccountRepository</name>
    <message>
        <source>Saving account %1</source>
        <translation>保存账号 %1</translation>
    </message>
    <message>
        <source>Changing the password of %1</source>
        <translation>修改 %1 的密码</translation>
    </message>
    <message>
        <source>There is no account named %1.</source>
        <translation>没有名为 %1 的账号。</translation>
    </message>
    <message>
        <source>Recording a failed login of %1</source>
        <translation>记录 %1 的登录失败</translation>
    </message>
</context>
<context>
    <name>store::AssignmentRepository</name>
    <message>
        <source>Recording the assignments</source>
        <translation>记录专家分配</translation>
    </message>
    <message>
        <source>Replacing the draw</source>
        <translation>替换抽取结果</translation>
    </message>
    <message>
        <source>Updating the assignment</source>
        <translation>更新专家分配</translation>
    </message>
    <message>
        <source>Transferring</source>
        <translation>转诊</translation>
    </message>
</context>
<context>
    <name>store::AuditLog</name>
    <message>
        <source>Reading the audit trail</source>
        <translation>读取审计记录</translation>
    </message>
    <message>
        <source>Writing the audit trail</source>
        <translation>写入审计记录</translation>
    </message>
    <message>
        <source>row %1 follows row %2: rows in between were deleted</source>
        <translation>第 %1 条紧接在第 %2 条之后：中间的记录已被删除</translation>
    </message>
    <message>
        <source>row %1 does not link to the row before it</source>
        <translation>第 %1 条与前一条记录的链接不符</translation>
    </message>
    <message>
        <source>row %1 was changed after it was written</source>
        <translation>第 %1 条在写入后被修改</translation>
    </message>
    <message>
        <source>row %1, the last one verified before, is gone</source>
        <translation>第 %1 行（上次验证到的最后一行）已不存在</translation>
    </message>
    <message>
        <source>row %1 was changed after it was verified</source>
        <translation>第 %1 行在验证后被修改</translation>
    </message>
    <message>
        <source>Saving the checkpoint</source>
        <translation>保存验证检查点</translation>
    </message>
</context>
<context>
    <name>store::BackupScheduler</name>
    <message>
        <source>The backup budget (setting %1: %2 MiB) is smaller than one copy (%3 MiB); only the newest copy is kept. Raise the budget or free disk space.</source>
        <translation>备份空间预算（设置 %1：%2 MiB）小于一份备份（%3 MiB），只保留最新的一份。请提高预算或释放磁盘空间。</translation>
    </message>
    <message numerus="yes">
        <source>The backup at closing time was not done after %n second(s); it is taken when the station starts again.</source>
        <translation>
            <numerusform>关闭时的备份在 %n 秒内未完成，将在工作站下次启动时进行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n material file(s) named by the database are missing from the data folder (for example %1), so the backup does not have them. Restore the data folder from an older backup.</source>
        <translation>
            <numerusform>数据库登记的 %n 个材料文件在数据目录中缺失（例如 %1），备份中也没有这些文件。请从较早的备份恢复数据目录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>store::Backups</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>无法创建备份目录 %1。</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>The backup copy failed its integrity check: %1</source>
        <translation>备份副本未通过完整性检查：%1</translation>
    </message>
    <message>
        <source>Cannot name the backup file %1.</source>
        <translation>无法命名备份文件 %1。</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2); nothing was restored. Choose an older backup.</source>
        <translation>备份 %1 已损坏（%2），未作任何恢复。请选择更早的备份。</translation>
    </message>
    <message>
        <source>Cannot move the current database %1 aside; is the station still running? Nothing was restored.</source>
        <translation>无法移开当前数据库 %1；工作站是否仍在运行？未作任何恢复。</translation>
    </message>
    <message>
        <source>Copying the backup to %1 failed. The replaced database is kept as %2.</source>
        <translation>将备份复制到 %1 失败。被替换的数据库保留为 %2。</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Another backup of this station is being taken; try again when it is done.</source>
        <translation>本工作站的另一份备份正在进行，请在其完成后重试。</translation>
    </message>
    <message>
        <source>Listing the materials</source>
        <translation>列出材料</translation>
    </message>
    <message>
        <source>Copying the materials of the backup back failed: %1. The station database was not replaced.</source>
        <translation>复制备份中的材料文件失败：%1。工作站数据库未被替换。</translation>
    </message>
    <message>
        <source>The copy %1 was made, but the audit log could not record it: %2</source>
        <translation>副本 %1 已生成，但审计日志未能记录：%2</translation>
    </message>
    <message>
        <source>The backup %1 names %2 material files that are not in %3 (for example %4); nothing was restored. Choose another backup.</source>
        <translation>备份 %1 登记的 %2 个材料文件不在 %3 中（例如 %4），未恢复任何内容。请选择其他备份。</translation>
    </message>
    <message>
        <source>the folder %1 beside the manifest is missing (a copy elsewhere needs the whole backups folder)</source>
        <translation>清单旁的文件夹 %1 不存在（在别处使用备份需要复制整个 backups 文件夹）</translation>
    </message>
</context>
<context>
    <name>store::CallEventRepository</name>
    <message>
        <source>Recording the call</source>
        <translation>记录叫号</translation>
    </message>
    <message>
        <source>Reading the calls</source>
        <translation>读取叫号记录</translation>
    </message>
</context>
<context>
    <name>store::CaseRepository</name>
    <message>
        <source>Saving case %1</source>
        <translation>保存案件 %1</translation>
    </message>
    <message>
        <source>There is no case with acceptance number %1.</source>
        <translation>没有受理编号为 %1 的案件。</translation>
    </message>
    <message>
        <source>Updating case %1</source>
        <translation>更新案件 %1</translation>
    </message>
    <message>
        <source>Recording the transition of case %1</source>
        <translation>记录案件 %1 的状态变更</translation>
    </message>
    <message>
        <source>Case %1 was changed by someone else a moment ago; look at it again.</source>
        <translation>案件 %1 刚被他人修改，请重新查看。</translation>
    </message>
</context>
<context>
    <name>store::CatalogRepository</name>
    <message>
        <source>Saving clause %1</source>
        <translation>保存条款 %1</translation>
    </message>
</context>
<context>
    <name>store::ChunkStore</name>
    <message>
        <source>not a station backup manifest</source>
        <translation>不是工作站备份清单</translation>
    </message>
    <message>
        <source>the manifest&apos;s database size is unreadable</source>
        <translation>清单中的数据库大小无法读取</translation>
    </message>
    <message>
        <source>line %1 of the manifest is damaged</source>
        <translation>清单第 %1 行已损坏</translation>
    </message>
    <message>
        <source>the manifest is cut short</source>
        <translation>清单不完整</translation>
    </message>
    <message>
        <source>the manifest has bytes after its end</source>
        <translation>清单结尾之后还有多余内容</translation>
    </message>
    <message>
        <source>the manifest&apos;s pieces do not add up to its database size</source>
        <translation>清单中各分块的大小之和与数据库大小不符</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check that the disk is writable.</source>
        <translation>无法创建文件夹 %1。请检查磁盘是否可写。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the disk did not confirm the write</source>
        <translation>磁盘未确认写入</translation>
    </message>
    <message>
        <source>the file could not be renamed into place</source>
        <translation>文件无法重命名到位</translation>
    </message>
    <message>
        <source>the piece %1 is missing (%2)</source>
        <translation>分块 %1 缺失（%2）</translation>
    </message>
    <message>
        <source>the piece %1 is damaged (its content does not match its name)</source>
        <translation>分块 %1 已损坏（内容与名称不符）</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>the station kept writing; no quiet moment for a consistent copy</source>
        <translation>工作站持续写入，找不到可取得一致副本的空闲时刻</translation>
    </message>
    <message>
        <source>the database file cannot be read</source>
        <translation>无法读取数据库文件</translation>
    </message>
    <message>
        <source>reading the database file failed at byte %1</source>
        <translation>读取数据库文件时在第 %1 字节处失败</translation>
    </message>
    <message>
        <source>the disk did not confirm the backup&apos;s pieces</source>
        <translation>磁盘未确认备份分块的写入</translation>
    </message>
    <message>
        <source>the piece %1 has the wrong size</source>
        <translation>分块 %1 的大小不正确</translation>
    </message>
    <message>
        <source>the part %1 lists the wrong number of pieces</source>
        <translation>分段 %1 列出的片段数量不对</translation>
    </message>
    <message>
        <source>line %1 of a part of the manifest is damaged</source>
        <translation>清单分段的第 %1 行已损坏</translation>
    </message>
    <message>
        <source>a part of the manifest is empty</source>
        <translation>清单的一个分段是空的</translation>
    </message>
</context>
<context>
    <name>store::Database</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1. Check that the disk is writable.</source>
        <translation>无法创建数据目录 %1。请检查磁盘是否可写。</translation>
    </message>
    <message>
        <source>Cannot open the station database %1: %2</source>
        <translation>无法打开工作站数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a readable station database (%2). Restore a backup or choose another data folder.</source>
        <translation>%1 不是可读取的工作站数据库（%2）。请恢复备份或选择其他数据目录。</translation>
    </message>
    <message>
        <source>The station database %1 was written by a newer version of this program (schema %2; this version knows up to %3). It was not opened and not changed. Install the newer version to use it.</source>
        <translation>工作站数据库 %1 由更新版本的程序写入（结构版本 %2，本版本最高支持 %3）。数据库未被打开，也未作任何修改。请安装新版本后使用。</translation>
    </message>
    <message>
        <source>Cannot configure the station database: %1</source>
        <translation>无法设置工作站数据库：%1</translation>
    </message>
    <message>
        <source>Updating the station database to schema %1 failed: %2. Nothing was changed.</source>
        <translation>将工作站数据库升级到结构版本 %1 失败：%2。数据未作任何修改。</translation>
    </message>
    <message>
        <source>quick_check returned nothing</source>
        <translation>完整性检查没有返回结果</translation>
    </message>
    <message>
        <source>Cannot start a database transaction: %1</source>
        <translation>无法开始数据库事务：%1</translation>
    </message>
    <message>
        <source>Saving to the station database failed: %1</source>
        <translation>保存到工作站数据库失败：%1</translation>
    </message>
    <message>
        <source>Saving setting %1</source>
        <translation>保存设置 %1</translation>
    </message>
    <message>
        <source>Internal error: schema %1 expected but %2 migrations are built in.</source>
        <translation>内部错误：应为结构版本 %1，但内置的升级步骤只有 %2 个。</translation>
    </message>
    <message>
        <source>The data key does not belong to the station database %1. Personal data in it cannot be read with this key. Enter the recovery key written down when the station was set up.</source>
        <translation>数据密钥与工作站数据库 %1 不匹配，无法用它读取其中的个人信息。请输入工作站设置时抄写的恢复密钥。</translation>
    </message>
    <message>
        <source>Cannot record the data key check: %1</source>
        <translation>无法记录数据密钥校验值：%1</translation>
    </message>
    <message>
        <source>Cannot make the station database wait for the disk: %1</source>
        <translation>无法让工作站数据库等待写盘完成：%1</translation>
    </message>
    <message>
        <source>Before updating the station database %1 from schema %2 to %3 a checked backup is taken, and it failed: %4 Nothing was changed. Free disk space or make the data folder writable, then start again.</source>
        <translation>将工作站数据库 %1 从第 %2 版结构升级到第 %3 版之前需要先做一份经过校验的备份，但备份失败：%4 数据库未做任何改动。请释放磁盘空间或使数据文件夹可写，然后重新启动。</translation>
    </message>
    <message>
        <source>The station database %1 was updated from schema %2 to %3. A checked copy of it from before the update is kept as %4 (appraisal-admin backup restore puts it back for the older version).</source>
        <translation>工作站数据库 %1 已从第 %2 版结构升级到第 %3 版。升级前经过校验的副本保存在 %4（如需退回旧版本，可用 appraisal-admin backup restore 恢复）。</translation>
    </message>
    <message>
        <source>Updating the station database to schema %1 stopped: %2. What was done so far is kept; the update continues at the next start.</source>
        <translation>工作站数据库升级到结构版本 %1 时中止：%2。已完成的部分会保留，下次启动时继续升级。</translation>
    </message>
</context>
<context>
    <name>store::DeadlineRepository</name>
    <message>
        <source>Recording the extension</source>
        <translation>登记延期</translation>
    </message>
    <message>
        <source>Recording the delivery</source>
        <translation>登记送达</translation>
    </message>
</context>
<context>
    <name>store::DrawRepository</name>
    <message>
        <source>Recording the draw</source>
        <translation>记录抽取结果</translation>
    </message>
    <message>
        <source>Replacing the draw</source>
        <translation>替换抽取结果</translation>
    </message>
</context>
<context>
    <name>store::ExpertRepository</name>
    <message>
        <source>Saving expert %1</source>
        <translation>保存专家 %1</translation>
    </message>
    <message>
        <source>Seating expert %1</source>
        <translation>安排专家 %1 入座诊室</translation>
    </message>
    <message>
        <source>There is no expert %1.</source>
        <translation>没有专家 %1。</translation>
    </message>
    <message>
        <source>Recording the conflict of interest</source>
        <translation>记录利益冲突</translation>
    </message>
    <message>
        <source>Withdrawing the conflict of interest</source>
        <translation>撤回利益冲突</translation>
    </message>
    <message>
        <source>Expert %1 has no such declared conflict.</source>
        <translation>专家 %1 没有这项已申报的利益冲突。</translation>
    </message>
</context>
<context>
    <name>store::LoginFacts</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>store::MaterialFiles</name>
    <message>
        <source>%1 is not a SHA-256 content name.</source>
        <translation>%1 不是 SHA-256 内容名称。</translation>
    </message>
    <message>
        <source>The material file %1 is missing from the data folder (%2). Restore the last backup.</source>
        <translation>材料文件 %1 在数据目录中缺失（%2）。请恢复最近的备份。</translation>
    </message>
    <message>
        <source>The material file %1 does not open with this station&apos;s key.</source>
        <translation>材料文件 %1 无法用本工作站的密钥解开。</translation>
    </message>
    <message>
        <source>The material file %1 does not match its checksum.</source>
        <translation>材料文件 %1 与其校验值不符。</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
</context>
<context>
    <name>store::MaterialRepository</name>
    <message>
        <source>Saving %1</source>
        <translation>保存 %1</translation>
    </message>
</context>
<context>
    <name>store::OpinionRepository</name>
    <message>
        <source>Saving the opinion</source>
        <translation>保存鉴定意见</translation>
    </message>
    <message>
        <source>Saving the conclusion</source>
        <translation>保存鉴定结论</translation>
    </message>
</context>
<context>
    <name>store::Outbox</name>
    <message>
        <source>Internal error: an outbox row must be written in the same transaction as its record.</source>
        <translation>内部错误：待同步记录必须与业务记录在同一事务中写入。</translation>
    </message>
    <message>
        <source>Reading the outbox</source>
        <translation>读取待同步队列</translation>
    </message>
    <message>
        <source>Writing the outbox</source>
        <translation>写入待同步队列</translation>
    </message>
    <message>
        <source>Marking outbox rows sent</source>
        <translation>标记已上传的记录</translation>
    </message>
    <message>
        <source>Quarantining an outbox row</source>
        <translation>隔离一条待上传记录</translation>
    </message>
    <message>
        <source>Recording a failed upload</source>
        <translation>记录上传失败</translation>
    </message>
    <message>
        <source>Internal error: a forwarded record must be kept in a transaction.</source>
        <translation>内部错误：转发的记录必须在事务中保存。</translation>
    </message>
    <message>
        <source>Keeping the forwarded record</source>
        <translation>保存转发的记录</translation>
    </message>
</context>
<context>
    <name>store::Retention</name>
    <message>
        <source>Archiving case %1</source>
        <translation>归档案件 %1</translation>
    </message>
</context>
<context>
    <name>store::SettingsRegistry</name>
    <message>
        <source>The venue this station serves (set by venue setup).</source>
        <translation>本工作站服务的场所（由场所设置写入）。</translation>
    </message>
    <message>
        <source>The batch the desk checks in (set by roster import and walk-in approval).</source>
        <translation>前台签到的批次（由名单导入和临时到场审批写入）。</translation>
    </message>
    <message>
        <source>1 when the station holds the synthetic demo venue.</source>
        <translation>工作站载入合成演示场所时为 1。</translation>
    </message>
    <message>
        <source>Daily time at which queue numbers start again in every lane.</source>
        <translation>每天各通道排队号重新开始的时间。</translation>
    </message>
    <message>
        <source>Calls before a person who does not come is marked absent.</source>
        <translation>未到场者被记为缺席前的叫号次数。</translation>
    </message>
    <message>
        <source>Seconds before the same person may be called again.</source>
        <translation>同一人再次叫号前需间隔的秒数。</translation>
    </message>
    <message>
        <source>Experts drawn per case, the reviewer included (law: 3 or 5).</source>
        <translation>每个案件抽取的专家人数，含复核专家（法规：3 或 5）。</translation>
    </message>
    <message>
        <source>on: only experts flagged &quot;may review&quot; are drawn as reviewers.</source>
        <translation>开：只从标记为“可复核”的专家中抽取复核专家。</translation>
    </message>
    <message>
        <source>Days in which an expert who examined a person is not drawn for them again.</source>
        <translation>专家检查过某人后，在此天数内不再被抽取为其鉴定。</translation>
    </message>
    <message>
        <source>Minutes without input before the station locks (0: never).</source>
        <translation>无操作多少分钟后锁定工作站（0：从不）。</translation>
    </message>
    <message>
        <source>Failed logins in a row that lock an account.</source>
        <translation>连续登录失败多少次锁定账号。</translation>
    </message>
    <message>
        <source>Minutes an account stays locked.</source>
        <translation>账号锁定的分钟数。</translation>
    </message>
    <message>
        <source>Days before the conclusion limit from which a case is flagged.</source>
        <translation>距结论期限多少天起标记案件。</translation>
    </message>
    <message>
        <source>Days before the delivery limit from which a case is flagged.</source>
        <translation>距送达期限多少天起标记案件。</translation>
    </message>
    <message>
        <source>Province assumed on delivery lists when an address names none.</source>
        <translation>地址未写省份时送达清单采用的省份。</translation>
    </message>
    <message>
        <source>Serial port of the ID card reader (empty: none).</source>
        <translation>身份证读卡器的串口（空：无）。</translation>
    </message>
    <message>
        <source>Where queue tickets are printed.</source>
        <translation>排队小票的打印位置。</translation>
    </message>
    <message>
        <source>Paper width and character encoding of the ticket printer.</source>
        <translation>小票打印机的纸宽和字符编码。</translation>
    </message>
    <message>
        <source>Where receipt notices are printed.</source>
        <translation>收讫告知书的打印位置。</translation>
    </message>
    <message>
        <source>Folder of recorded voice clips (empty: the clips installed with the program).</source>
        <translation>录音语音片段所在文件夹（空：随程序安装的片段）。</translation>
    </message>
    <message>
        <source>Words of a hall call (empty: the built-in template).</source>
        <translation>大厅叫号的话术（空：内置模板）。</translation>
    </message>
    <message>
        <source>Volume of hall calls, in percent.</source>
        <translation>大厅叫号音量（百分比）。</translation>
    </message>
    <message>
        <source>How many times each hall call is spoken.</source>
        <translation>每次叫号播报的遍数。</translation>
    </message>
    <message>
        <source>Folder of the venue&apos;s own exam templates (empty: the built-in ones).</source>
        <translation>场所自有查体模板所在文件夹（空：内置模板）。</translation>
    </message>
    <message>
        <source>Largest medical-material file accepted, in MB.</source>
        <translation>接受的医疗材料文件上限（MB）。</translation>
    </message>
    <message>
        <source>Minutes between automatic backups.</source>
        <translation>自动备份的间隔分钟数。</translation>
    </message>
    <message>
        <source>Automatic backups kept.</source>
        <translation>保留的自动备份份数。</translation>
    </message>
    <message>
        <source>Days an automatic backup is kept (the newest is always kept).</source>
        <translation>自动备份保留的天数（最新一份始终保留）。</translation>
    </message>
    <message>
        <source>Disk space all backups together may use, in MiB; the oldest go first.</source>
        <translation>全部备份合计可占用的磁盘空间（MiB），超出时先删除最旧的。</translation>
    </message>
    <message>
        <source>Seconds the closing station waits for its last backup before leaving it to the next start.</source>
        <translation>关闭工作站时等待最后一次备份的秒数，超时则在下次启动时补做。</translation>
    </message>
    <message>
        <source>Why the last backup before closing was left to the next start (empty when it was taken).</source>
        <translation>关闭前最后一次备份为何推迟到下次启动（已完成时为空）。</translation>
    </message>
    <message>
        <source>Address of the central system (empty: no sync).</source>
        <translation>中心系统地址（空：不同步）。</translation>
    </message>
    <message>
        <source>CA certificate file that the central system&apos;s certificate must chain to.</source>
        <translation>中心系统证书须链接到的 CA 证书文件。</translation>
    </message>
    <message>
        <source>Minutes between automatic syncs.</source>
        <translation>自动同步的间隔分钟数。</translation>
    </message>
    <message>
        <source>Name of this station at the central system (empty: the venue id).</source>
        <translation>本工作站在中心系统中的名称（空：场所编号）。</translation>
    </message>
    <message>
        <source>The venue hub this station is enrolled at (set by enrolment).</source>
        <translation>本工作站登记的场所枢纽（由入网登记写入）。</translation>
    </message>
    <message>
        <source>SHA-256 of the hub&apos;s certificate, pinned at enrolment.</source>
        <translation>入网登记时固定的枢纽证书 SHA-256。</translation>
    </message>
    <message>
        <source>Name of this station at the hub (set by enrolment).</source>
        <translation>本工作站在枢纽中的名称（由入网登记写入）。</translation>
    </message>
    <message>
        <source>Role of this station at the hub (set by enrolment).</source>
        <translation>本工作站在枢纽中的角色（由入网登记写入）。</translation>
    </message>
    <message>
        <source>Last hub event copied into this station&apos;s database.</source>
        <translation>已复制到本工作站数据库的最后一个枢纽事件。</translation>
    </message>
    <message>
        <source>any text</source>
        <translation>任意文本</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>%1 到 %2 的整数</translation>
    </message>
    <message>
        <source>0 or 1</source>
        <translation>0 或 1</translation>
    </message>
    <message>
        <source>a time of day as HH:mm (00:00 to 23:59)</source>
        <translation>HH:mm 格式的时间（00:00 到 23:59）</translation>
    </message>
    <message>
        <source>empty, or an address starting with https://, http://, wss:// or ws://</source>
        <translation>留空，或以 https://、http://、wss:// 或 ws:// 开头的地址</translation>
    </message>
    <message>
        <source>empty, or a file or folder path</source>
        <translation>留空，或文件/文件夹路径</translation>
    </message>
    <message>
        <source>pdf | system | system:PRINTER | tcp:HOST[:PORT] | a device path such as /dev/usb/lp0</source>
        <translation>pdf | system | system:打印机名 | tcp:主机[:端口] | 设备路径（如 /dev/usb/lp0）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2; allowed: %3.</source>
        <translation>“%1”不是 %2 的有效取值；允许：%3。</translation>
    </message>
    <message>
        <source>The value for %1 is too long (at most 4096 characters).</source>
        <translation>%1 的取值过长（最多 4096 个字符）。</translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot;. The settings are: %2.</source>
        <translation>没有设置项“%1”。现有设置项：%2。</translation>
    </message>
    <message>
        <source>Seconds between two health checks of the station (and reports to the hub).</source>
        <translation>两次工作站健康检查（及向中心报告）之间的秒数。</translation>
    </message>
    <message>
        <source>Free disk space at the data folder, in MB, below which the station warns.</source>
        <translation>数据文件夹所在磁盘剩余空间低于此值（MB）时发出警告。</translation>
    </message>
    <message>
        <source>Free disk space at the data folder, in MB, below which the station is critical.</source>
        <translation>数据文件夹所在磁盘剩余空间低于此值（MB）时为严重。</translation>
    </message>
    <message>
        <source>Size of station.db, in MB, above which the station warns.</source>
        <translation>station.db 大于此值（MB）时发出警告。</translation>
    </message>
    <message>
        <source>Size of station.db, in MB, above which the station is critical.</source>
        <translation>station.db 大于此值（MB）时为严重。</translation>
    </message>
    <message>
        <source>Size of the database&apos;s write-ahead log, in MB, above which the station warns.</source>
        <translation>数据库预写日志大于此值（MB）时发出警告。</translation>
    </message>
    <message>
        <source>Size of the database&apos;s write-ahead log, in MB, above which the station is critical.</source>
        <translation>数据库预写日志大于此值（MB）时为严重。</translation>
    </message>
    <message>
        <source>Hours since the last good backup after which the station warns.</source>
        <translation>距最近一次有效备份超过此小时数时发出警告。</translation>
    </message>
    <message>
        <source>Hours since the last good backup after which the station is critical.</source>
        <translation>距最近一次有效备份超过此小时数时为严重。</translation>
    </message>
    <message>
        <source>Minutes the oldest record may wait for upload before the station warns.</source>
        <translation>最早的记录等待上传超过此分钟数时发出警告。</translation>
    </message>
    <message>
        <source>Minutes the oldest record may wait for upload before the station is critical.</source>
        <translation>最早的记录等待上传超过此分钟数时为严重。</translation>
    </message>
    <message>
        <source>Set-aside records from which the station is critical (one already warns).</source>
        <translation>搁置记录达到此数量时为严重（有一条即发出警告）。</translation>
    </message>
    <message>
        <source>Seconds the station&apos;s clock may differ from the hub&apos;s or the central system&apos;s before it warns.</source>
        <translation>本机时钟与中心或中心系统相差超过此秒数时发出警告。</translation>
    </message>
    <message>
        <source>Seconds the station&apos;s clock may differ from the hub&apos;s or the central system&apos;s before it is critical.</source>
        <translation>本机时钟与中心或中心系统相差超过此秒数时为严重。</translation>
    </message>
    <message>
        <source>Days after delivery before a concluded case the central system has confirmed is archived on this station (its materials and personal data removed); 0: never.</source>
        <translation>已作出结论且中心系统已确认的案件在送达多少天后于本工作站归档（删除其材料和个人信息）；0：从不。</translation>
    </message>
    <message>
        <source>Day the station last ran the retention policy by itself.</source>
        <translation>工作站上次自动执行保留策略的日期。</translation>
    </message>
    <message>
        <source>At the hub: minutes without a health report after which a station counts as a warning.</source>
        <translation>在中心：工作站超过此分钟数未报告健康状况即视为警告。</translation>
    </message>
</context>
<context>
    <name>store::SignatureRepository</name>
    <message>
        <source>Saving the signature</source>
        <translation>保存签名</translation>
    </message>
</context>
<context>
    <name>store::StationKeys</name>
    <message>
        <source>%1
Nothing was opened or changed. Unlock the system keyring (on Linux: a Secret Service such as GNOME Keyring in this session) and start again.</source>
        <translation>%1
未打开或更改任何数据。请解锁系统钥匙串（Linux 上为本会话中的 Secret Service，例如 GNOME Keyring）后重新启动。</translation>
    </message>
    <message>
        <source>The system keychain holds no data key for the station data in %1, so the personal data in it cannot be read. Enter the recovery key that was shown when the station was set up. Nothing has been changed.</source>
        <translation>系统钥匙串中没有 %1 中工作站数据的数据密钥，因此无法读取其中的个人信息。请输入工作站设置时显示的恢复密钥。未更改任何数据。</translation>
    </message>
    <message>
        <source>%1
The station was not set up. Unlock the system keyring and start again.</source>
        <translation>%1
工作站未完成设置。请解锁系统钥匙串后重新启动。</translation>
    </message>
    <message>
        <source>This is not a valid recovery key. It has 14 groups of letters and digits separated by dashes (it never contains I, O, 0 or 1); check each group for typing mistakes.</source>
        <translation>这不是有效的恢复密钥。恢复密钥由 14 组字母和数字组成，以短横线分隔（不含 I、O、0、1），请逐组检查是否输错。</translation>
    </message>
    <message>
        <source>This recovery key is valid but belongs to another station&apos;s data. Find the recovery key written down when this station was set up.</source>
        <translation>该恢复密钥有效，但属于另一台工作站的数据。请找到本工作站设置时抄写的恢复密钥。</translation>
    </message>
</context>
<context>
    <name>store::TicketRepository</name>
    <message>
        <source>Internal error: a ticket must be issued in the same transaction as its check-in.</source>
        <translation>内部错误：排队号必须与签到在同一事务中发放。</translation>
    </message>
    <message>
        <source>Recording the print of ticket %1</source>
        <translation>记录排队号 %1 的打印</translation>
    </message>
    <message>
        <source>Updating ticket %1</source>
        <translation>更新排队号 %1</translation>
    </message>
    <message>
        <source>Ticket %1 vanished.</source>
        <translation>排队号 %1 已不存在。</translation>
    </message>
    <message>
        <source>Issuing a ticket in lane %1</source>
        <translation>在通道 %1 发放排队号</translation>
    </message>
    <message>
        <source>Updating the ticket</source>
        <translation>更新排队号</translation>
    </message>
</context>
<context>
    <name>store::VenueRepository</name>
    <message>
        <source>Saving %1 %2</source>
        <translation>保存 %1 %2</translation>
    </message>
    <message>
        <source>Moving the batches of venue %1</source>
        <translation>迁移场所 %1 的批次</translation>
    </message>
    <message>
        <source>Removing venue %1</source>
        <translation>删除场所 %1</translation>
    </message>
    <message>
        <source>There is no lane %1.</source>
        <translation>没有通道 %1。</translation>
    </message>
    <message>
        <source>Removing lane %1</source>
        <translation>删除通道 %1</translation>
    </message>
    <message>
        <source>There is no room %1.</source>
        <translation>没有诊室 %1。</translation>
    </message>
    <message>
        <source>Removing room %1</source>
        <translation>删除诊室 %1</translation>
    </message>
</context>
<context>
    <name>store::WalkInRepository</name>
    <message>
        <source>Recording the walk-in</source>
        <translation>登记临时到场</translation>
    </message>
    <message>
        <source>Deciding the walk-in</source>
        <translation>审批临时到场</translation>
    </message>
    <message>
        <source>There is no pending walk-in %1.</source>
        <translation>没有待审批的临时到场记录 %1。</translation>
    </message>
</context>
<context>
    <name>ui</name>
    <message>
        <source>Add medical materials to %1</source>
        <translation>为 %1 添加医学材料</translation>
    </message>
    <message>
        <source>PDF and images (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>PDF 和图片 (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>未添加：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added to %1.</source>
        <translation>
            <numerusform>已为 %1 添加 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were already there.</source>
        <translation>
            <numerusform>%n 个文件此前已添加。</numerusform>
        </translation>
    </message>
    <message>
        <source>No card reader port is set: choose the port the reader is plugged into.</source>
        <translation>未设置读卡器端口：请选择读卡器所接的端口。</translation>
    </message>
    <message>
        <source>Opening %1… put an ID card on the reader.</source>
        <translation>正在打开 %1……请把身份证放在读卡器上。</translation>
    </message>
    <message>
        <source>The reader on %1 answers; put an ID card on it.</source>
        <translation>%1 上的读卡器已应答；请放上身份证。</translation>
    </message>
    <message>
        <source>The reader on %1 does not answer: %2</source>
        <translation>%1 上的读卡器没有应答：%2</translation>
    </message>
    <message>
        <source>A card was read. The reader works.</source>
        <translation>已读到一张卡，读卡器工作正常。</translation>
    </message>
    <message>
        <source>A card was there but could not be read: %1</source>
        <translation>检测到卡片但无法读取：%1</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Test ticket sent; waiting for the printer…</source>
        <translation>测试票已发送，正在等待打印机……</translation>
    </message>
    <message>
        <source>The printer took the test ticket.</source>
        <translation>打印机已接收测试票。</translation>
    </message>
    <message>
        <source>The printer did not take the test ticket: %1</source>
        <translation>打印机未接收测试票：%1</translation>
    </message>
    <message>
        <source>This station has no hall voice (screen only).</source>
        <translation>本工作站没有大厅语音（仅屏幕显示）。</translation>
    </message>
    <message>
        <source>Test room</source>
        <translation>测试诊室</translation>
    </message>
    <message>
        <source>A test call for A001 is spoken through %1.</source>
        <translation>已通过 %1 播报 A001 的测试呼叫。</translation>
    </message>
    <message>
        <source>Type the server address first, starting with https://.</source>
        <translation>请先输入以 https:// 开头的服务器地址。</translation>
    </message>
    <message>
        <source>The CA file %1 holds no certificate.</source>
        <translation>CA 文件 %1 中没有证书。</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>正在询问 %1……</translation>
    </message>
    <message>
        <source>The central server answers (HTTP %1).</source>
        <translation>中心服务器已应答（HTTP %1）。</translation>
    </message>
    <message>
        <source>No answer from the central server: %1</source>
        <translation>中心服务器无应答：%1</translation>
    </message>
    <message>
        <source>Enrol at a venue hub</source>
        <translation>加入场所枢纽</translation>
    </message>
    <message>
        <source>Enrolled at %1 as %2. Restart the station to work through the hub.</source>
        <translation>已以 %2 身份加入 %1。重启工作站后即通过枢纽工作。</translation>
    </message>
    <message>
        <source>No card was read on %1 within 10 seconds: put an ID card on the reader and test again.</source>
        <translation>10 秒内 %1 上没有读到卡：请把身份证放在读卡器上再测试一次。</translation>
    </message>
</context>
<context>
    <name>ui::AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>编辑账号</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Acts as expert</source>
        <translation>对应专家</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Type the user name and the person&apos;s name.</source>
        <translation>请输入用户名和本人姓名。</translation>
    </message>
    <message>
        <source>An expert or reviewer account acts as one expert: choose the expert.</source>
        <translation>专家或复核账号须对应一位专家：请选择专家。</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>ui::ActorNames</name>
    <message>
        <source>Administrator (command line)</source>
        <translation>管理员（命令行）</translation>
    </message>
    <message>
        <source>The station (automatic)</source>
        <translation>本工作站（自动）</translation>
    </message>
    <message>
        <source>Demo set-up</source>
        <translation>演示数据装载</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an account&apos;s name (its user name)</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ui::AdminAccountsTab</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>新建账号…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Disable or enable</source>
        <translation>停用或启用</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>Account %1 created.</source>
        <translation>已创建账号 %1。</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>请先选择一个账号。</translation>
    </message>
    <message>
        <source>Account %1 saved.</source>
        <translation>账号 %1 已保存。</translation>
    </message>
    <message>
        <source>Account %1 enabled.</source>
        <translation>账号 %1 已启用。</translation>
    </message>
    <message>
        <source>Account %1 disabled.</source>
        <translation>账号 %1 已停用。</translation>
    </message>
    <message>
        <source>The password of %1 is reset; tell the person in private.</source>
        <translation>%1 的密码已重置，请私下告知本人。</translation>
    </message>
    <message>
        <source>Account %1 unlocked.</source>
        <translation>账号 %1 已解锁。</translation>
    </message>
</context>
<context>
    <name>ui::AdminExpertsTab</name>
    <message>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职称</translation>
    </message>
    <message>
        <source>Specialties</source>
        <translation>专业</translation>
    </message>
    <message>
        <source>Employer or hospital</source>
        <translation>工作单位或医院</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>可复核</translation>
    </message>
    <message>
        <source>Room today</source>
        <translation>今日诊室</translation>
    </message>
    <message>
        <source>New expert…</source>
        <translation>新增专家…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Conflicts of interest…</source>
        <translation>利益冲突…</translation>
    </message>
    <message>
        <source>Seat in</source>
        <translation>安排到</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>安排</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Off duty</source>
        <translation>不在岗</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(stand down)</source>
        <translation>（撤下）</translation>
    </message>
    <message>
        <source>Expert %1 saved.</source>
        <translation>专家 %1 已保存。</translation>
    </message>
    <message>
        <source>Select an expert first.</source>
        <translation>请先选择一位专家。</translation>
    </message>
    <message>
        <source>Expert %1 stood down.</source>
        <translation>专家 %1 已撤下。</translation>
    </message>
    <message>
        <source>Expert %1 seated in %2.</source>
        <translation>专家 %1 已安排到 %2。</translation>
    </message>
</context>
<context>
    <name>ui::AdminImportsTab</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>%1 不是 UTF-8 文本。请另存为“CSV UTF-8”后重新导入。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Good lines are saved together; every refused line is listed with its line number and reason, and the list can be saved for whoever made the file.</source>
        <translation>正确的行一并保存；每个被拒绝的行都列出行号和原因，清单可保存下来交给制作文件的人。</translation>
    </message>
    <message>
        <source>Batch of the roster</source>
        <translation>名单所属批次</translation>
    </message>
    <message>
        <source>Roster CSV…</source>
        <translation>鉴定名单 CSV…</translation>
    </message>
    <message>
        <source>The people called for the batch (acceptance number, ID number, name, …).</source>
        <translation>本批次通知到场的人员（受理编号、身份证号、姓名……）。</translation>
    </message>
    <message>
        <source>Roster CSV</source>
        <translation>鉴定名单 CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Experts CSV…</source>
        <translation>专家 CSV…</translation>
    </message>
    <message>
        <source>expert_id,name,specialties,employer,title,on_duty</source>
        <translation>expert_id,name,specialties,employer,title,on_duty（专家编号、姓名、专业、单位、职称、在岗）</translation>
    </message>
    <message>
        <source>Experts CSV</source>
        <translation>专家 CSV</translation>
    </message>
    <message>
        <source>Medical materials folder…</source>
        <translation>医疗材料文件夹…</translation>
    </message>
    <message>
        <source>A folder per acceptance number with its PDF, PNG or JPEG files.</source>
        <translation>每个受理编号一个文件夹，内含 PDF、PNG 或 JPEG 文件。</translation>
    </message>
    <message>
        <source>Medical materials folder</source>
        <translation>医疗材料文件夹</translation>
    </message>
    <message>
        <source>Clause catalog…</source>
        <translation>条款目录…</translation>
    </message>
    <message>
        <source>JSON {&quot;clauses&quot;:[…]} or CSV clause,grade,group,text.</source>
        <translation>JSON {&quot;clauses&quot;:[…]} 或 CSV clause,grade,group,text。</translation>
    </message>
    <message>
        <source>Clause catalog</source>
        <translation>条款目录</translation>
    </message>
    <message>
        <source>Catalog (*.json *.csv);;All files (*)</source>
        <translation>目录文件 (*.json *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Roster import</source>
        <translation>导入鉴定名单</translation>
    </message>
    <message>
        <source>%1 people imported into batch %2; %3 lines refused.</source>
        <translation>已向批次 %2 导入 %1 人；拒绝 %3 行。</translation>
    </message>
    <message>
        <source>Experts import</source>
        <translation>导入专家</translation>
    </message>
    <message>
        <source>%1 experts imported; %2 lines refused.</source>
        <translation>已导入 %1 位专家；拒绝 %2 行。</translation>
    </message>
    <message>
        <source>This station keeps no medical materials.</source>
        <translation>本工作站不保存医疗材料。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Medical materials import</source>
        <translation>导入医疗材料</translation>
    </message>
    <message>
        <source>%1 files added, %2 already stored; %3 refused.</source>
        <translation>新增 %1 个文件，%2 个已存在；拒绝 %3 个。</translation>
    </message>
    <message>
        <source>Clause catalog import</source>
        <translation>导入条款目录</translation>
    </message>
    <message>
        <source>%1 clauses imported; %2 refused.</source>
        <translation>已导入 %1 条条款；拒绝 %2 条。</translation>
    </message>
</context>
<context>
    <name>ui::AdminPage</name>
    <message>
        <source>Venue administration</source>
        <translation>场所管理</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>鉴定场所</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Accounts, experts, rooms and lanes of %1. Every change is audited and sent to the central system.</source>
        <translation>%1 的账号、专家、诊室和通道。每项更改都记入审计日志并上报中心系统。</translation>
    </message>
    <message>
        <source>Station settings…</source>
        <translation>工作站设置…</translation>
    </message>
    <message>
        <source>Rooms and lanes</source>
        <translation>诊室与通道</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>临时到场</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Redraw</source>
        <translation>重新抽取</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>下一个标签页</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>上一个标签页</translation>
    </message>
</context>
<context>
    <name>ui::AdminRedrawTab</name>
    <message>
        <source>Acceptance number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>e.g. examiner declared a conflict after the draw</source>
        <translation>例如：抽取后查体专家申报了回避事由</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Show draws</source>
        <translation>查看抽取记录</translation>
    </message>
    <message>
        <source>Redraw the experts</source>
        <translation>重新抽取专家</translation>
    </message>
    <message>
        <source>Drawn at</source>
        <translation>抽取时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Examiners</source>
        <translation>查体专家</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>复核专家</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>已被替换</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No draw recorded for %1.</source>
        <translation>%1 没有抽取记录。</translation>
    </message>
    <message>
        <source>Redrawn: examiners %1, reviewer %2.</source>
        <translation>已重新抽取：查体专家 %1，复核专家 %2。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>expert id, name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of a list of experts</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ui::AdminRoomsTab</name>
    <message>
        <source>Exam rooms</source>
        <translation>诊室</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>诊室</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Specialties</source>
        <translation>专业</translation>
    </message>
    <message>
        <source>Experts seated</source>
        <translation>在座专家</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>New room…</source>
        <translation>新增诊室…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation>暂停…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Queue lanes</source>
        <translation>排队通道</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>New lane…</source>
        <translation>新增通道…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>开放</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>已暂停：%1</translation>
    </message>
    <message>
        <source>Always first</source>
        <translation>始终优先</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) per round</source>
        <translation>
            <numerusform>每轮 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Select a room first.</source>
        <translation>请先选择一个诊室。</translation>
    </message>
    <message>
        <source>Room %1 saved.</source>
        <translation>诊室 %1 已保存。</translation>
    </message>
    <message>
        <source>Pause room %1</source>
        <translation>暂停诊室 %1</translation>
    </message>
    <message>
        <source>Why (shown to the desk):</source>
        <translation>原因（前台可见）：</translation>
    </message>
    <message>
        <source>Room %1 paused.</source>
        <translation>诊室 %1 已暂停。</translation>
    </message>
    <message>
        <source>Room %1 resumed.</source>
        <translation>诊室 %1 已恢复。</translation>
    </message>
    <message>
        <source>Room %1 was used, so it is retired (kept for the record).</source>
        <translation>诊室 %1 已被使用过，因此改为停用（保留记录）。</translation>
    </message>
    <message>
        <source>Room %1 deleted.</source>
        <translation>诊室 %1 已删除。</translation>
    </message>
    <message>
        <source>Select a lane first.</source>
        <translation>请先选择一个通道。</translation>
    </message>
    <message>
        <source>Lane %1 saved.</source>
        <translation>通道 %1 已保存。</translation>
    </message>
    <message>
        <source>Lane %1 was used, so it is retired (kept for the record).</source>
        <translation>通道 %1 已被使用过，因此改为停用（保留记录）。</translation>
    </message>
    <message>
        <source>Lane %1 deleted.</source>
        <translation>通道 %1 已删除。</translation>
    </message>
    <message>
        <source>Numbers from 1 at</source>
        <translation>每天从 1 编号的时间</translation>
    </message>
    <message>
        <source>%1 (venue&apos;s day)</source>
        <translation>%1（随场所工作日）</translation>
    </message>
</context>
<context>
    <name>ui::AdminVenueTab</name>
    <message>
        <source>Venue id</source>
        <translation>场所编号</translation>
    </message>
    <message>
        <source>Venue name</source>
        <translation>场所名称</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>鉴定委员会</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Enquiry phone</source>
        <translation>咨询电话</translation>
    </message>
    <message>
        <source>Save venue details</source>
        <translation>保存场所信息</translation>
    </message>
    <message>
        <source>Venue details saved; receipts and conclusions print them from now on.</source>
        <translation>场所信息已保存；此后的回执和结论都将打印新信息。</translation>
    </message>
</context>
<context>
    <name>ui::AdminWalkInsTab</name>
    <message>
        <source>Waiting</source>
        <translation>待决定</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Only those waiting for a decision</source>
        <translation>只显示待决定的申请</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Desk&apos;s note</source>
        <translation>前台备注</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Select a walk-in request first.</source>
        <translation>请先选择一条临时到场申请。</translation>
    </message>
    <message>
        <source>Approve the walk-in</source>
        <translation>批准临时到场</translation>
    </message>
    <message>
        <source>Refuse the walk-in</source>
        <translation>拒绝临时到场</translation>
    </message>
    <message>
        <source>Reason (kept with the new case):</source>
        <translation>原因（随新案件保存）：</translation>
    </message>
    <message>
        <source>Reason (the desk tells the person):</source>
        <translation>原因（由前台告知本人）：</translation>
    </message>
    <message>
        <source>Approved: case %1 joins today&apos;s batch.</source>
        <translation>已批准：案件 %1 加入今日批次。</translation>
    </message>
    <message>
        <source>Refused; the desk sees why.</source>
        <translation>已拒绝；前台可看到原因。</translation>
    </message>
</context>
<context>
    <name>ui::AuditModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>ui::AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Logins and logouts</source>
        <translation>登录与退出</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Case steps</source>
        <translation>案件流转</translation>
    </message>
    <message>
        <source>Account changes</source>
        <translation>账号变更</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>CHAIN BROKEN at row %1: %2</source>
        <translation>哈希链在第 %1 条处断裂：%2</translation>
    </message>
    <message>
        <source>Every login, account change and case step, newest first. Each row is chained to the one before it, so later edits are detected.</source>
        <translation>每次登录、账号变更和案件流转，按时间倒序显示。每条记录都与前一条链接，事后的任何修改都会被发现。</translation>
    </message>
    <message>
        <source>Station enrolments at the hub</source>
        <translation>现场主机的工作站注册</translation>
    </message>
    <message>
        <source>Chain intact: no rows yet.</source>
        <translation>哈希链完整：尚无记录。</translation>
    </message>
    <message>
        <source>Chain intact: rows %1 to %2 checked since the last check (the whole chain: appraisal-admin audit verify --full).</source>
        <translation>哈希链完整：自上次校验以来已校验第 %1 至 %2 条（校验整条链：appraisal-admin audit verify --full）。</translation>
    </message>
</context>
<context>
    <name>ui::CallingPage</name>
    <message>
        <source>Exam 1</source>
        <translation>第一检查</translation>
    </message>
    <message>
        <source>Exam 2</source>
        <translation>第二检查</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>叫号</translation>
    </message>
    <message>
        <source>F2 calls the next person. The hall display and the announcement follow each call.</source>
        <translation>F2 呼叫下一位。大厅显示屏和语音播报随每次叫号更新。</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>诊室：</translation>
    </message>
    <message>
        <source>Nobody called yet.</source>
        <translation>尚未叫号。</translation>
    </message>
    <message>
        <source>Call next (F2)</source>
        <translation>叫下一位 (F2)</translation>
    </message>
    <message>
        <source>Call again (F3)</source>
        <translation>重呼 (F3)</translation>
    </message>
    <message>
        <source>Not here (F4)</source>
        <translation>未到 (F4)</translation>
    </message>
    <message>
        <source>Start exam (F5)</source>
        <translation>开始检查 (F5)</translation>
    </message>
    <message>
        <source>Finish exam (F6)</source>
        <translation>结束检查 (F6)</translation>
    </message>
    <message>
        <source>Call a number (F7)</source>
        <translation>指定号码 (F7)</translation>
    </message>
    <message>
        <source>Transfer (F8)</source>
        <translation>转诊 (F8)</translation>
    </message>
    <message>
        <source>Pause room (F9)</source>
        <translation>暂停诊室 (F9)</translation>
    </message>
    <message>
        <source>Waiting for this room, in call order</source>
        <translation>本诊室候检（按叫号顺序）</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Not here when called</source>
        <translation>过号未到</translation>
    </message>
    <message>
        <source>Back in the queue</source>
        <translation>重新排队</translation>
    </message>
    <message>
        <source>Calling is not available at this station.</source>
        <translation>本工作站不提供叫号。</translation>
    </message>
    <message>
        <source>%1 · %2 · in examination</source>
        <translation>%1 · %2 · 检查中</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · called %n time(s)</source>
        <translation>
            <numerusform>%1 · %2 · 已叫 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>已暂停：%1</translation>
    </message>
    <message>
        <source>Resume room (F9)</source>
        <translation>恢复诊室 (F9)</translation>
    </message>
    <message>
        <source>Called %1.</source>
        <translation>已呼叫 %1。</translation>
    </message>
    <message>
        <source>Called %1 again.</source>
        <translation>已重呼 %1。</translation>
    </message>
    <message>
        <source>%1 is on the list of people who were not there.</source>
        <translation>%1 已列入过号名单。</translation>
    </message>
    <message>
        <source>Examining %1.</source>
        <translation>正在检查 %1。</translation>
    </message>
    <message>
        <source>%1 finished here.</source>
        <translation>%1 本诊室检查结束。</translation>
    </message>
    <message>
        <source>Call a number</source>
        <translation>指定号码</translation>
    </message>
    <message>
        <source>Queue number (e.g. A012):</source>
        <translation>排队号（如 A012）：</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转诊</translation>
    </message>
    <message>
        <source>To which expert?</source>
        <translation>转给哪位专家？</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>原因？</translation>
    </message>
    <message>
        <source>%1 transferred.</source>
        <translation>%1 已转诊。</translation>
    </message>
    <message>
        <source>The room calls again.</source>
        <translation>诊室已恢复叫号。</translation>
    </message>
    <message>
        <source>Pause room</source>
        <translation>暂停诊室</translation>
    </message>
    <message>
        <source>Why is the room pausing?</source>
        <translation>暂停原因？</translation>
    </message>
    <message>
        <source>The room is paused.</source>
        <translation>诊室已暂停。</translation>
    </message>
    <message>
        <source>%1 waits again with the same number.</source>
        <translation>%1 以原号码重新排队。</translation>
    </message>
    <message>
        <source>You are seated in this room. The venue admin can call for another room.</source>
        <translation>您的座位在本诊室。如需为其他诊室叫号，请联系场所管理员。</translation>
    </message>
    <message>
        <source>Call for this room…</source>
        <translation>为此诊室叫号…</translation>
    </message>
    <message>
        <source>Give the reason once; the calls you make for this room today are then allowed and audited.</source>
        <translation>填写一次原因后，您今天即可为此诊室叫号，每次叫号均记入审计。</translation>
    </message>
    <message>
        <source>Call for room %1</source>
        <translation>为诊室 %1 叫号</translation>
    </message>
    <message>
        <source>Why do you call for this room (audited)?</source>
        <translation>为何为此诊室叫号（将记入审计）？</translation>
    </message>
    <message>
        <source>You may call for %1 until the end of the day; each call is audited.</source>
        <translation>今天结束前您可以为 %1 叫号；每次叫号均记入审计。</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <comment>expert id, name (room); the id comes first and ends at the first space</comment>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>Waiting for you, in call order</source>
        <translation>等候您检查的人员（按叫号顺序）</translation>
    </message>
    <message numerus="yes">
        <source>%n more wait here for the room&apos;s other experts; they call them.</source>
        <translation>
            <numerusform>另有 %n 人等候本诊室的其他专家，由他们叫号。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::CheckInPanel</name>
    <message>
        <source>Place the ID card on the reader, scan the notice barcode, or type the ID number</source>
        <translation>请将身份证放在读卡器上、扫描通知书条码，或输入身份证号</translation>
    </message>
    <message>
        <source>Check in and print (Enter)</source>
        <translation>签到并打印（Enter）</translation>
    </message>
    <message>
        <source>Reprint (F5)</source>
        <translation>补打（F5）</translation>
    </message>
    <message>
        <source>Sign out (F8)</source>
        <translation>签退（F8）</translation>
    </message>
    <message>
        <source>Walk-in (F9)</source>
        <translation>临时到场（F9）</translation>
    </message>
    <message>
        <source>Valid ID number (%1, born %2).</source>
        <translation>身份证号有效（%1，出生于 %2）。</translation>
    </message>
    <message>
        <source>%1 of 18 characters.</source>
        <translation>已输入 %1 位，共 18 位。</translation>
    </message>
    <message>
        <source>Acceptance number %1.</source>
        <translation>受理编号 %1。</translation>
    </message>
    <message>
        <source>This ID card has expired. Check identity with another valid document before check-in.</source>
        <translation>该身份证已过有效期。签到前请用其他有效证件核验身份。</translation>
    </message>
    <message>
        <source>Card read: %1. Press Enter to check in.</source>
        <translation>已读卡：%1。按 Enter 签到。</translation>
    </message>
    <message>
        <source>Read the ID card, scan the barcode or type the ID number first.</source>
        <translation>请先读取身份证、扫描条码或输入身份证号。</translation>
    </message>
    <message>
        <source>Already checked in with ticket %1. Press F5 to reprint it.</source>
        <translation>已签到，排队号 %1。按 F5 补打。</translation>
    </message>
    <message>
        <source>Checked in: ticket %1. No ticket printer is set up; tell the person the number.</source>
        <translation>签到成功：排队号 %1。未设置排队号打印机，请告知当事人号码。</translation>
    </message>
    <message>
        <source>Ticket %1 is saved but was not printed: %2</source>
        <translation>排队号 %1 已保存，但未能打印：%2</translation>
    </message>
    <message>
        <source>The receipt notice was not printed: %1</source>
        <translation>收讫告知书未能打印：%1</translation>
    </message>
    <message>
        <source>Ticket %1 printed again.</source>
        <translation>排队号 %1 已补打。</translation>
    </message>
    <message>
        <source>Check the person in first (or read their card again) to reprint their ticket.</source>
        <translation>请先为当事人签到（或重新读卡）后再补打排队号。</translation>
    </message>
    <message>
        <source>Read the card or type the ID number of the person who is leaving, and press Enter first.</source>
        <translation>请先读取离开人员的身份证或输入其身份证号，并按 Enter。</translation>
    </message>
    <message>
        <source>%1 signed out at %2.</source>
        <translation>%1 已于 %2 签退。</translation>
    </message>
    <message>
        <source>Read the card or type the person&apos;s ID number first; a walk-in is recorded by ID number.</source>
        <translation>请先读卡或输入身份证号；临时到场按身份证号登记。</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>临时到场</translation>
    </message>
    <message>
        <source>Name of the person:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Why is the person here without being on the roster?</source>
        <translation>当事人不在名单中却到场的原因：</translation>
    </message>
    <message>
        <source>Walk-in recorded for the supervisor&apos;s approval. The person is not checked in yet.</source>
        <translation>已登记临时到场，待负责人审批。当事人尚未签到。</translation>
    </message>
    <message>
        <source>Receipt preview (F6)</source>
        <translation>告知书预览 (F6)</translation>
    </message>
    <message>
        <source>Enter checks in. F2 types an ID or social-security number, F5 reprints, F6 previews the receipt, F8 signs out, F9 records a walk-in.</source>
        <translation>回车签到。F2 输入身份证号或社会保障号码，F5 补打，F6 预览告知书，F8 签退，F9 登记临时到场。</translation>
    </message>
    <message>
        <source>Social-security card: number %1.</source>
        <translation>社会保障卡：号码 %1。</translation>
    </message>
    <message>
        <source>Printing ticket %1 again…</source>
        <translation>正在补打 %1 号票……</translation>
    </message>
    <message>
        <source>Checked in: ticket %1. The ticket and the receipt notice are printing…</source>
        <translation>已签到：%1 号。排队票和收讫告知书正在打印……</translation>
    </message>
    <message>
        <source>Checked in: ticket %1 and the receipt notice are printed.</source>
        <translation>已签到：%1 号票和收讫告知书已打印。</translation>
    </message>
    <message>
        <source>Ticket %1 is saved, but the printer has a problem: %2. Tell the person their number; the ticket prints by itself when the printer is back.</source>
        <translation>%1 号已保存，但打印机有问题：%2。请口头告知排队号；打印机恢复后会自动打印。</translation>
    </message>
    <message>
        <source>The receipt notice for ticket %1 waits for the printer: %2.</source>
        <translation>%1 号的收讫告知书正在等待打印机：%2。</translation>
    </message>
    <message>
        <source>Receipt notice %1</source>
        <translation>收讫告知书 %1</translation>
    </message>
    <message>
        <source>Ticket preview (Shift+F6)</source>
        <translation>排队票预览 (Shift+F6)</translation>
    </message>
    <message>
        <source>Check the person in first (or read their card again) to preview their ticket or receipt notice.</source>
        <translation>请先为此人签到（或重新读卡），再预览其排队票或收讫告知书。</translation>
    </message>
    <message>
        <source>Queue ticket %1</source>
        <translation>排队票 %1</translation>
    </message>
    <message>
        <source>%1 was sent to %2.</source>
        <translation>%1 已发送到 %2。</translation>
    </message>
    <message>
        <source>Checked in with ticket %1, but the experts could not be drawn: %2</source>
        <translation>已签到，排队号 %1，但无法抽取专家：%2</translation>
    </message>
    <message>
        <source>Add materials…</source>
        <translation>添加材料…</translation>
    </message>
    <message>
        <source>Add scanned medical materials (PDF, PNG, JPEG) to this case</source>
        <translation>为本案件添加扫描的医学材料（PDF、PNG、JPEG）</translation>
    </message>
    <message>
        <source>Check the person in first (or read their card again) to add their materials.</source>
        <translation>请先为此人签到（或重新读卡），再添加材料。</translation>
    </message>
    <message>
        <source>The venue hub does not answer. The check-in is kept on this station and is made when the hub is back; the ticket prints then. Ask the person to wait.</source>
        <translation>场所中心没有应答。签到已保存在本工作站，中心恢复后即完成签到并打印号票。请当事人稍候。</translation>
    </message>
    <message>
        <source>Type an ID or social-security number</source>
        <translation>输入身份证号或社保卡号</translation>
    </message>
    <message>
        <source>Reprint the ticket</source>
        <translation>补打排队票</translation>
    </message>
    <message>
        <source>Receipt preview</source>
        <translation>收讫告知书预览</translation>
    </message>
    <message>
        <source>Ticket preview</source>
        <translation>排队票预览</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>Record a walk-in</source>
        <translation>登记临时到场人员</translation>
    </message>
</context>
<context>
    <name>ui::ClerkPage</name>
    <message>
        <source>Print centre</source>
        <translation>文书打印</translation>
    </message>
    <message>
        <source>Every case against its legal time limit: 60 days from acceptance to the conclusion (+30 when extended), 15 days from the conclusion to delivery. Print, export the EMS list, record deliveries.</source>
        <translation>按法定时限跟踪每个案件：受理后 60 日内作出结论（延长可再加 30 日），结论后 15 日内送达。可打印文书、导出 EMS 清单、登记送达。</translation>
    </message>
    <message>
        <source>Needs attention (overdue or due soon)</source>
        <translation>需关注（已逾期或即将到期）</translation>
    </message>
    <message>
        <source>All open cases</source>
        <translation>全部未办结案件</translation>
    </message>
    <message>
        <source>All cases, delivered ones too</source>
        <translation>全部案件（含已送达）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Acceptance no.</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>当前阶段</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Concluded on</source>
        <translation>结论日期</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>送达</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>您的角色无此权限。</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>预览并打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Record delivery…</source>
        <translation>登记送达…</translation>
    </message>
    <message>
        <source>Extend limit…</source>
        <translation>延长期限…</translation>
    </message>
    <message>
        <source>EMS list of the conclusions of</source>
        <translation>EMS 送达清单，结论日期</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>%1 overdue · %2 due soon · %3 awaiting delivery</source>
        <translation>已逾期 %1 件 · 即将到期 %2 件 · 待送达 %3 件</translation>
    </message>
    <message>
        <source>EMS %1, %2</source>
        <translation>EMS %1，%2</translation>
    </message>
    <message>
        <source>in person, %1</source>
        <translation>当面送达，%1</translation>
    </message>
    <message>
        <source>%1 (extended: %2)</source>
        <translation>%1（已延期：%2）</translation>
    </message>
    <message>
        <source>Select one or more concluded cases in the list first.</source>
        <translation>请先在列表中选择一个或多个已作结论的案件。</translation>
    </message>
    <message>
        <source>Not concluded, left out: %1.</source>
        <translation>以下案件尚未作出结论，未包括：%1。</translation>
    </message>
    <message>
        <source>Conclusions and opinion sheets: %1</source>
        <translation>鉴定结论书与专家意见表：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) sent to %1.</source>
        <translation>
            <numerusform>%n 份文书已发送到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the documents as PDF</source>
        <translation>将文书另存为 PDF</translation>
    </message>
    <message>
        <source>conclusions-%1.pdf</source>
        <translation>鉴定结论-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) saved to %1.</source>
        <translation>
            <numerusform>%n 份文书已保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the EMS delivery list</source>
        <translation>导出 EMS 送达清单</translation>
    </message>
    <message>
        <source>ems-%1.csv</source>
        <translation>EMS送达清单-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>EMS list of %1: %n letter(s), saved to %2.</source>
        <translation>
            <numerusform>%1 的 EMS 清单：共 %n 封，已保存到 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Record deliveries one case at a time.</source>
        <translation>请逐个案件登记送达。</translation>
    </message>
    <message>
        <source>Delivery of %1 recorded.</source>
        <translation>已登记 %1 的送达。</translation>
    </message>
    <message>
        <source>Select the one case whose limit is to be extended.</source>
        <translation>请选择要延长期限的一个案件。</translation>
    </message>
    <message>
        <source>The limit of %1 was extended.</source>
        <translation>%1 的期限已延长。</translation>
    </message>
    <message>
        <source>Printed, but the print of %1 could not be recorded: %2</source>
        <translation>已打印，但 %1 的打印记录未能写入：%2</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>显示更多</translation>
    </message>
    <message>
        <source>The %1 most urgent of %2 cases are shown.</source>
        <translation>显示 %2 件中最紧急的 %1 件。</translation>
    </message>
    <message>
        <source>Export the EMS delivery list…</source>
        <translation>导出 EMS 送达清单…</translation>
    </message>
</context>
<context>
    <name>ui::ConflictsDialog</name>
    <message>
        <source>Conflicts of interest of %1</source>
        <translation>%1 的利益冲突</translation>
    </message>
    <message>
        <source>The expert is never drawn for a case of a declared employer or person. A person is kept only as a blind index of the ID number.</source>
        <translation>该专家不会被抽到已申报单位或人员的案件。人员仅以身份证号的盲索引保存。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Employer or person</source>
        <translation>单位或人员</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Person (ID number)</source>
        <translation>人员（身份证号）</translation>
    </message>
    <message>
        <source>Employer&apos;s name or ID number</source>
        <translation>单位名称或身份证号</translation>
    </message>
    <message>
        <source>Why (e.g. works there, relative)</source>
        <translation>原因（例如：在该单位工作、亲属）</translation>
    </message>
    <message>
        <source>Declare</source>
        <translation>申报</translation>
    </message>
    <message>
        <source>Withdraw selected</source>
        <translation>撤回所选</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>(a person)</source>
        <translation>（某人员）</translation>
    </message>
    <message>
        <source>Conflict declared.</source>
        <translation>已申报利益冲突。</translation>
    </message>
    <message>
        <source>Select a conflict first.</source>
        <translation>请先选择一条利益冲突。</translation>
    </message>
    <message>
        <source>Conflict withdrawn.</source>
        <translation>已撤回利益冲突。</translation>
    </message>
</context>
<context>
    <name>ui::DashboardCard</name>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Show the numbers behind the chart</source>
        <translation>显示图表背后的数字</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Save the table as a CSV file</source>
        <translation>将表格保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
</context>
<context>
    <name>ui::DashboardPage</name>
    <message>
        <source>Venue dashboard, %1 to %2 — made %3</source>
        <translation>场所统计看板，%1 至 %2 — 生成于 %3</translation>
    </message>
    <message>
        <source>Venue dashboard</source>
        <translation>场所统计看板</translation>
    </message>
    <message>
        <source>Cannot write %1: check the folder and that the file is not open elsewhere.</source>
        <translation>无法写入 %1：请检查文件夹，并确认该文件未被其他程序打开。</translation>
    </message>
    <message>
        <source>  (page %1)</source>
        <translation>  （第 %1 页）</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>统计看板</translation>
    </message>
    <message>
        <source>How the venue runs today and over a range of days; experts by name (venue admin only).</source>
        <translation>今日及一段日期内场所的运行情况；专家显示姓名（仅场所管理员可见）。</translation>
    </message>
    <message>
        <source>How the venue runs today and over a range of days; read-only, experts anonymised.</source>
        <translation>今日及一段日期内场所的运行情况；只读，专家已匿名。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <source>Today, live</source>
        <translation>今日实时</translation>
    </message>
    <message>
        <source>Over the range</source>
        <translation>所选日期范围</translation>
    </message>
    <message>
        <source>Save the table as CSV</source>
        <translation>将表格保存为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Save the dashboard as PDF</source>
        <translation>将统计看板保存为 PDF</translation>
    </message>
    <message>
        <source>dashboard-%1-%2.pdf</source>
        <translation>统计看板-%1-%2.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save the dashboard as PNG</source>
        <translation>将统计看板保存为 PNG</translation>
    </message>
    <message>
        <source>dashboard-%1-%2.png</source>
        <translation>统计看板-%1-%2.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>The first day (%1) is after the last (%2): choose an earlier first day.</source>
        <translation>第一天（%1）晚于最后一天（%2）：请选择更早的第一天。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ui::DeliveryDialog</name>
    <message>
        <source>Delivery of %1</source>
        <translation>%1 的送达</translation>
    </message>
    <message>
        <source>EMS letter</source>
        <translation>EMS 邮寄</translation>
    </message>
    <message>
        <source>Handed over in person</source>
        <translation>当面送达</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>EMS tracking number</source>
        <translation>EMS 运单号</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>送达日期</translation>
    </message>
    <message>
        <source>Record delivery</source>
        <translation>登记送达</translation>
    </message>
</context>
<context>
    <name>ui::DeskActions</name>
    <message>
        <source>More…</source>
        <translation>更多…</translation>
    </message>
</context>
<context>
    <name>ui::DeskCard</name>
    <message numerus="yes">
        <source>%n people ahead</source>
        <translation>
            <numerusform>前面还有 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Materials: %1</source>
        <translation>材料：%1</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
</context>
<context>
    <name>ui::ExamCaseList</name>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>in examination</source>
        <translation>检查中</translation>
    </message>
    <message>
        <source>called</source>
        <translation>已叫号</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>not yet seen</source>
        <translation>尚未检查</translation>
    </message>
</context>
<context>
    <name>ui::ExamPage</name>
    <message>
        <source>Examination</source>
        <translation>查体录入</translation>
    </message>
    <message>
        <source>Every entry is saved at once. Ctrl+Z undoes, Ctrl+Y redoes. Other opinions stay hidden until yours is submitted.</source>
        <translation>每项录入即时保存。Ctrl+Z 撤销，Ctrl+Y 重做。提交您的意见之前看不到其他专家的意见。</translation>
    </message>
    <message>
        <source>Suggested by the findings</source>
        <translation>根据查体结果建议的条款</translation>
    </message>
    <message>
        <source>Search clauses: 5.7.2 or words</source>
        <translation>查找条款：条款号（如 5.7.2）或文字</translation>
    </message>
    <message>
        <source>Grading basis (double-click to remove)</source>
        <translation>评定依据（双击移除）</translation>
    </message>
    <message>
        <source>No case is assigned to you yet. Cases appear here once drawn to you.</source>
        <translation>暂无分配给您的案件。案件抽取给您后会显示在这里。</translation>
    </message>
    <message>
        <source>Case %1, %2 (template %3, version %4).</source>
        <translation>案件 %1，%2（模板 %3，版本 %4）。</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>%1 (grade %2) %3</source>
        <translation>%1（%2 级）%3</translation>
    </message>
    <message>
        <source>Grade %1 · self-care: %2</source>
        <translation>%1 级 · 生活自理障碍：%2</translation>
    </message>
    <message>
        <source>No grade yet: choose the clauses. Self-care: %1</source>
        <translation>尚无等级：请选择条款。生活自理障碍：%1</translation>
    </message>
    <message>
        <source>Opinion on %1 submitted and locked: grade %2.</source>
        <translation>案件 %1 的意见已提交并锁定：%2 级。</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Undo stroke</source>
        <translation>撤销一笔</translation>
    </message>
    <message>
        <source>Sign and submit</source>
        <translation>签名并提交</translation>
    </message>
    <message>
        <source>Sign on the pad before submitting.</source>
        <translation>提交前请在签名板上签名。</translation>
    </message>
    <message>
        <source>Change grade to</source>
        <translation>调整等级为</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>按计算</translation>
    </message>
    <message>
        <source>reason for the change</source>
        <translation>调整理由</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source> Conclusion due %1: %2.</source>
        <translation> 结论期限 %1：%2。</translation>
    </message>
    <message>
        <source>Grade changed to %1 (computed: %2); the reason is recorded.</source>
        <translation>等级已调整为 %1 级（计算为 %2 级）；理由已记录。</translation>
    </message>
    <message>
        <source>The computed grade stands again.</source>
        <translation>已恢复按计算的等级。</translation>
    </message>
    <message>
        <source>Changed from the computed grade %1: %2</source>
        <translation>由计算等级 %1 级调整，理由：%2</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>新版本</translation>
    </message>
    <message>
        <source>Opinion on %1 was submitted. Why does it change? The reason is kept with the new version.</source>
        <translation>%1 的意见已提交。为什么要修改？原因将随新版本一并保存。</translation>
    </message>
    <message>
        <source>A new version needs a reason: nothing was changed.</source>
        <translation>新版本必须填写原因：未作任何修改。</translation>
    </message>
    <message>
        <source>Version %1 of the opinion on %2 is open for changes; sign and submit it again.</source>
        <translation>%2 的意见第 %1 版已打开，可以修改；修改后请重新签名提交。</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>新版本…</translation>
    </message>
    <message>
        <source>Change a submitted opinion: asks for the reason and opens an editable copy</source>
        <translation>修改已提交的意见：先填写原因，再打开可编辑的副本</translation>
    </message>
    <message>
        <source>Materials in own window</source>
        <translation>材料单独窗口显示</translation>
    </message>
    <message>
        <source>Show the medical materials in a window of their own, e.g. on a second screen; close that window to bring them back here</source>
        <translation>在单独窗口（例如第二块屏幕）中显示医学材料；关闭该窗口后材料回到此处</translation>
    </message>
    <message>
        <source>Undo the last entry, clause or grade change</source>
        <translation>撤销上一次录入、条款或等级修改</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Case %1 is not one of your examinations.</source>
        <translation>案件 %1 不是分配给您的查体。</translation>
    </message>
    <message>
        <source>Medical materials</source>
        <translation>医学材料</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>查找结果</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建议条款</translation>
    </message>
    <message>
        <source>Basis (%1)</source>
        <translation>评定依据（%1）</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>改定…</translation>
    </message>
    <message>
        <source>Change the computed grade, with the reason</source>
        <translation>改定计算得出的等级，须写明理由</translation>
    </message>
    <message>
        <source>No grade yet: choose the clauses.</source>
        <translation>尚无等级：请选择条款。</translation>
    </message>
    <message>
        <source>Grade %1 (computed: %2)</source>
        <translation>%1 级（计算结果：%2 级）</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>No grade yet</source>
        <translation>尚无等级</translation>
    </message>
    <message>
        <source>Case %1, %2.</source>
        <translation>案件 %1，%2。</translation>
    </message>
    <message>
        <source>Search the grading clauses</source>
        <translation>查找评定条款</translation>
    </message>
    <message>
        <source>Sign and submit (after signing)</source>
        <translation>签名并提交（先签名）</translation>
    </message>
    <message>
        <source>Double-click or Enter takes the clause as a basis (↓ from the search).</source>
        <translation>双击或按回车将该条款列为评定依据（在查找框中按 ↓ 进入结果）。</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>尚未评定</translation>
    </message>
</context>
<context>
    <name>ui::ExpertDialog</name>
    <message>
        <source>Edit expert</source>
        <translation>编辑专家</translation>
    </message>
    <message>
        <source>New expert</source>
        <translation>新增专家</translation>
    </message>
    <message>
        <source>On duty today</source>
        <translation>今日在岗</translation>
    </message>
    <message>
        <source>May review other experts&apos; opinions</source>
        <translation>可复核其他专家的意见</translation>
    </message>
    <message>
        <source>Expert id</source>
        <translation>专家编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职称</translation>
    </message>
    <message>
        <source>Employer or hospital</source>
        <translation>工作单位或医院</translation>
    </message>
    <message>
        <source>Specialties</source>
        <translation>专业</translation>
    </message>
</context>
<context>
    <name>ui::ExtensionDialog</name>
    <message>
        <source>Extend the limit of %1</source>
        <translation>延长 %1 的期限</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Extend by</source>
        <translation>延长</translation>
    </message>
    <message>
        <source>Why the case needs more time, e.g. several specialties must examine</source>
        <translation>需要延长的理由，例如需多个专科共同查体</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>延长</translation>
    </message>
    <message>
        <source>The law allows one extension of up to 30 days for a complex or multi-specialty case (管理办法 art. 10).</source>
        <translation>案情复杂或涉及多个专科的，可延长一次，最多 30 日（管理办法第十条）。</translation>
    </message>
</context>
<context>
    <name>ui::FrontDeskPage</name>
    <message>
        <source>Check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Batch %1. Read the ID card or scan the notice barcode, then press Enter.</source>
        <translation>批次 %1。读取身份证或扫描通知书条码，然后按 Enter。</translation>
    </message>
    <message>
        <source>Search name, ID number, acceptance number or ticket</source>
        <translation>搜索姓名、身份证号、受理编号或排队号</translation>
    </message>
    <message>
        <source>%1 on the roster · %2 arrived</source>
        <translation>名单 %1 人 · 已到 %2 人</translation>
    </message>
    <message>
        <source>%1 %2 waiting</source>
        <translation>%1 候检 %2 人</translation>
    </message>
    <message>
        <source>Card reader: connecting to %1…</source>
        <translation>读卡器：正在连接 %1…</translation>
    </message>
    <message>
        <source>No card reader set up: type the ID number or scan the barcode.</source>
        <translation>未设置读卡器：请输入身份证号或扫描条码。</translation>
    </message>
    <message>
        <source>Card reader: %1</source>
        <translation>读卡器：%1</translation>
    </message>
    <message>
        <source>Retry printing now</source>
        <translation>立即重试打印</translation>
    </message>
    <message>
        <source>No ticket printer set up.</source>
        <translation>未设置排队票打印机。</translation>
    </message>
    <message numerus="yes">
        <source>Ticket printer: %1. %n job(s) waiting; they print by themselves when it is back.</source>
        <translation>
            <numerusform>排队票打印机：%1。%n 个任务等待中；打印机恢复后自动打印。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ticket printer: printing %n job(s)…</source>
        <translation>
            <numerusform>排队票打印机：正在打印 %n 个任务……</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket printer: ready.</source>
        <translation>排队票打印机：就绪。</translation>
    </message>
</context>
<context>
    <name>ui::HallDisplay</name>
    <message>
        <source>Hall display — %1</source>
        <translation>大厅显示屏 — %1</translation>
    </message>
    <message>
        <source>Number %1</source>
        <translation>请 %1 号</translation>
    </message>
    <message>
        <source>please go to %1</source>
        <translation>到 %1 就诊</translation>
    </message>
    <message>
        <source>%1 · called again</source>
        <translation>%1 · 重呼</translation>
    </message>
    <message>
        <source>Please wait for your number</source>
        <translation>请留意叫号</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>诊室</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>暂停中</translation>
    </message>
    <message>
        <source>No connection to the call data since %1 — the calls shown may be out of date.</source>
        <translation>自 %1 起叫号数据连接中断 — 显示内容可能不是最新。</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
</context>
<context>
    <name>ui::HealthPage</name>
    <message>
        <source>Station health</source>
        <translation>工作站健康</translation>
    </message>
    <message>
        <source>Early warnings for this PC and, with a venue hub, for every PC of the venue: what is measured, how serious it is and what to do. Checked every minute; thresholds are the settings health.*.</source>
        <translation>本机以及（有场所中心时）场所内每台电脑的预警：测得什么、严重程度以及如何处理。每分钟检查一次；阈值见设置 health.*。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>立即检查</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理建议</translation>
    </message>
    <message>
        <source>PCs of the venue</source>
        <translation>场所内的电脑</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>电脑</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>The hub did not list the venue&apos;s PCs: %1</source>
        <translation>中心未能列出场所内的电脑：%1</translation>
    </message>
    <message>
        <source>This PC: everything is OK</source>
        <translation>本机：一切正常</translation>
    </message>
    <message numerus="yes">
        <source>This PC: %1 — %n check(s) need attention</source>
        <translation>
            <numerusform>本机：%1 — %n 项需要处理</numerusform>
        </translation>
    </message>
    <message>
        <source>The venue hub is not reachable: the list shows what it said last.</source>
        <translation>无法连接场所中心：列表显示的是其最后一次的信息。</translation>
    </message>
    <message>
        <source>This station works without a venue hub: it is the only PC shown.</source>
        <translation>本工作站未连接场所中心：只显示本机。</translation>
    </message>
    <message>
        <source>this PC</source>
        <translation>本机</translation>
    </message>
    <message numerus="yes">
        <source>As the venue hub last heard from each PC (%n PC(s) report to it). A PC silent for a few minutes counts as a warning.</source>
        <translation>
            <numerusform>场所中心最近一次收到的各电脑状况（共 %n 台电脑向其报告）。数分钟没有报告的电脑视为警告。</numerusform>
        </translation>
    </message>
    <message>
        <source>no report for several minutes</source>
        <translation>数分钟没有报告</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>ui::ImportResultDialog</name>
    <message>
        <source>Save the list…</source>
        <translation>保存清单…</translation>
    </message>
    <message>
        <source>Save the refused lines</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
</context>
<context>
    <name>ui::KeyRecoveryDialog</name>
    <message>
        <source>Data key missing</source>
        <translation>数据密钥缺失</translation>
    </message>
    <message>
        <source>The station&apos;s data key is missing</source>
        <translation>工作站的数据密钥缺失</translation>
    </message>
    <message>
        <source>Nothing has been deleted: the data is intact and encrypted. Type the recovery key from the venue safe to open it again. If it cannot be found, close this window and call the venue admin; do not set up the station again.</source>
        <translation>没有删除任何数据：数据完好并处于加密状态。请输入保存在场所保险柜中的恢复密钥以重新打开。如找不到恢复密钥，请关闭此窗口并联系场所管理员，不要重新设置工作站。</translation>
    </message>
    <message>
        <source>Open the data</source>
        <translation>打开数据</translation>
    </message>
</context>
<context>
    <name>ui::LaneDialog</name>
    <message>
        <source>Edit lane</source>
        <translation>编辑通道</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>新增通道</translation>
    </message>
    <message>
        <source>e.g. elderly</source>
        <translation>例如 elderly</translation>
    </message>
    <message>
        <source>Strict priority: always called before the other lanes</source>
        <translation>严格优先：始终先于其他通道呼叫</translation>
    </message>
    <message>
        <source>Lane key</source>
        <translation>通道代码</translation>
    </message>
    <message>
        <source>Ticket prefix</source>
        <translation>票号前缀</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Calls per round</source>
        <translation>每轮呼叫数</translation>
    </message>
    <message>
        <source>empty: with the venue&apos;s day; e.g. 13:00</source>
        <translation>留空：随场所工作日；例如 13:00</translation>
    </message>
    <message>
        <source>The lane&apos;s numbers start again at 1 at this time each day (HH:mm). Empty: when the venue&apos;s day starts (setting queue.reset_time).</source>
        <translation>通道的号码每天在此时间从 1 重新开始（HH:mm）。留空：在场所工作日开始时（设置项 queue.reset_time）。</translation>
    </message>
    <message>
        <source>Numbers from 1 at</source>
        <translation>每天从 1 编号的时间</translation>
    </message>
</context>
<context>
    <name>ui::LoginDialog</name>
    <message>
        <source>Appraisal Site Workstation</source>
        <translation>劳动能力鉴定现场工作站</translation>
    </message>
    <message>
        <source>Labour-capacity appraisal · on-site service</source>
        <translation>劳动能力鉴定 · 现场服务</translation>
    </message>
    <message>
        <source>No venue is set up on this station yet.</source>
        <translation>本工作站尚未设置鉴定场所。</translation>
    </message>
    <message>
        <source>%1
Batch %2 · %3</source>
        <translation>%1
批次 %2 · %3</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>密码或 PIN</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>Check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>叫号</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>查体录入</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>Print centre</source>
        <translation>打印中心</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>场所管理</translation>
    </message>
    <message>
        <source>Synchronization</source>
        <translation>数据同步</translation>
    </message>
    <message>
        <source>Appraisal Site Workstation — %1</source>
        <translation>劳动能力鉴定现场工作站 — %1</translation>
    </message>
    <message>
        <source>Appraisal Site
Workstation</source>
        <translation>劳动能力鉴定
现场工作站</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Hall display</source>
        <translation>大厅显示屏</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Appraisal Site Workstation %1&lt;/h3&gt;&lt;p&gt;Check-in, examination and conclusions at a labour-capacity appraisal venue.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;劳动能力鉴定现场工作站 %1&lt;/h3&gt;&lt;p&gt;劳动能力鉴定场所的签到、查体录入与鉴定结论。&lt;/p&gt;&lt;p&gt;使用 Qt %2 构建，运行于 Qt %3。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>统计看板</translation>
    </message>
    <message>
        <source>Station health</source>
        <translation>工作站健康</translation>
    </message>
    <message>
        <source>Open the pages of the sidebar, from the top</source>
        <translation>打开侧栏的各页（从上往下）</translation>
    </message>
</context>
<context>
    <name>ui::MaterialsViewer</name>
    <message>
        <source>Previous page (PgUp)</source>
        <translation>上一页 (PgUp)</translation>
    </message>
    <message>
        <source>Next page (PgDn)</source>
        <translation>下一页 (PgDn)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Fit the page to the width</source>
        <translation>按宽度显示整页</translation>
    </message>
    <message>
        <source>This PDF cannot be shown (damaged or protected).</source>
        <translation>无法显示此 PDF（文件损坏或受保护）。</translation>
    </message>
    <message>
        <source>Open a case to see its medical materials.</source>
        <translation>打开案件即可查看其医学材料。</translation>
    </message>
    <message>
        <source>the PDF is damaged or protected</source>
        <translation>PDF 文件损坏或受保护</translation>
    </message>
    <message>
        <source>No medical materials were received for case %1.</source>
        <translation>案件 %1 没有收到医学材料。</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>无法显示 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be shown: the image is damaged.</source>
        <translation>无法显示 %1：图片已损坏。</translation>
    </message>
    <message>
        <source>%1  (%2 KB)</source>
        <comment>file name (size)</comment>
        <translation>%1（%2 KB）</translation>
    </message>
</context>
<context>
    <name>ui::PasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>%1 的新密码</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>ui::RecordNames</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>案件：%1</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Account set up</source>
        <translation>初始化账号</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>创建账号</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>账号锁定</translation>
    </message>
    <message>
        <source>Demo venue loaded</source>
        <translation>载入演示场所</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>Backup taken</source>
        <translation>生成备份</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Wrong station enrolment code</source>
        <translation>工作站注册码错误</translation>
    </message>
    <message>
        <source>Enrolment attempts paused (too many wrong codes)</source>
        <translation>注册尝试已暂停（错误注册码过多）</translation>
    </message>
    <message>
        <source>Data key created</source>
        <translation>创建数据密钥</translation>
    </message>
    <message>
        <source>Data key recovered</source>
        <translation>恢复数据密钥</translation>
    </message>
    <message>
        <source>Ticket printed</source>
        <translation>打印排队票</translation>
    </message>
    <message>
        <source>Receipt printed</source>
        <translation>打印收讫告知书</translation>
    </message>
    <message>
        <source>Case documents printed</source>
        <translation>打印案件文书</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>Time limit extended</source>
        <translation>延长期限</translation>
    </message>
    <message>
        <source>Delivery recorded</source>
        <translation>登记送达</translation>
    </message>
    <message>
        <source>Walk-in recorded</source>
        <translation>登记临时到场</translation>
    </message>
    <message>
        <source>Walk-in approved</source>
        <translation>批准临时到场</translation>
    </message>
    <message>
        <source>Walk-in refused</source>
        <translation>拒绝临时到场</translation>
    </message>
    <message>
        <source>Experts drawn</source>
        <translation>抽取专家</translation>
    </message>
    <message>
        <source>Experts drawn again</source>
        <translation>重新抽取专家</translation>
    </message>
    <message>
        <source>Conflict of interest recorded</source>
        <translation>登记回避关系</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>叫号</translation>
    </message>
    <message>
        <source>Called again</source>
        <translation>重呼</translation>
    </message>
    <message>
        <source>Not there when called</source>
        <translation>过号未到</translation>
    </message>
    <message>
        <source>Back in the queue</source>
        <translation>重新排队</translation>
    </message>
    <message>
        <source>Examination started</source>
        <translation>开始检查</translation>
    </message>
    <message>
        <source>Examination finished</source>
        <translation>检查结束</translation>
    </message>
    <message>
        <source>Transferred to another expert</source>
        <translation>转给其他专家</translation>
    </message>
    <message>
        <source>Room paused</source>
        <translation>诊室暂停</translation>
    </message>
    <message>
        <source>Room resumed</source>
        <translation>诊室恢复</translation>
    </message>
    <message>
        <source>Opinion submitted</source>
        <translation>提交意见</translation>
    </message>
    <message>
        <source>Opinion changed (new version)</source>
        <translation>修改意见（新版本）</translation>
    </message>
    <message>
        <source>Case concluded</source>
        <translation>作出结论</translation>
    </message>
    <message>
        <source>Materials added</source>
        <translation>添加材料</translation>
    </message>
    <message>
        <source>Roster imported</source>
        <translation>导入名单</translation>
    </message>
    <message>
        <source>EMS list exported</source>
        <translation>导出 EMS 清单</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>排队号</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>诊室</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Acceptance no.</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候选专家</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>依据意见</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>上一版本</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>替代</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Examiners</source>
        <translation>查体专家</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>复核专家</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation>工作人员账号</translation>
    </message>
    <message>
        <source>Audit entry</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Call at a room</source>
        <translation>诊室叫号</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Time limit extension</source>
        <translation>期限延长</translation>
    </message>
    <message>
        <source>Case step</source>
        <translation>案件流程</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>鉴定结论</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>送达</translation>
    </message>
    <message>
        <source>Expert draw</source>
        <translation>专家抽取</translation>
    </message>
    <message>
        <source>Expert seating</source>
        <translation>专家座位</translation>
    </message>
    <message>
        <source>Medical material</source>
        <translation>医学材料</translation>
    </message>
    <message>
        <source>Exam opinion</source>
        <translation>查体意见</translation>
    </message>
    <message>
        <source>Station record</source>
        <translation>工作站记录</translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation>排队号</translation>
    </message>
    <message>
        <source>Station health level changed</source>
        <translation>工作站健康级别变化</translation>
    </message>
    <message>
        <source>Call no.</source>
        <translation>叫号序号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Day&apos;s batch</source>
        <translation>鉴定批次</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>回避关系</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>Exam room</source>
        <translation>诊室</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>鉴定场所</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件数</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>诊室数</translation>
    </message>
    <message>
        <source>Previous code</source>
        <translation>原编码</translation>
    </message>
    <message>
        <source>Ticket prefix</source>
        <translation>排队号前缀</translation>
    </message>
    <message>
        <source>Calls per round</source>
        <translation>每轮叫号数</translation>
    </message>
    <message>
        <source>Served before the others</source>
        <translation>优先于其他通道</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Numbers start again at</source>
        <translation>重新编号时间</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Specialties</source>
        <translation>专业</translation>
    </message>
    <message>
        <source>Previous role</source>
        <translation>原角色</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>May review</source>
        <translation>可复核</translation>
    </message>
    <message>
        <source>Previous room</source>
        <translation>原诊室</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料数</translation>
    </message>
    <message>
        <source>Upload records removed</source>
        <translation>移除的上传记录</translation>
    </message>
    <message>
        <source>After (days)</source>
        <translation>期满（天）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>送达日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>At</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>校验值</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>Random numbers</source>
        <translation>随机数</translation>
    </message>
    <message>
        <source>Panel size</source>
        <translation>专家组人数</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>(a person, not named)</source>
        <translation>（某人，不显示姓名）</translation>
    </message>
    <message>
        <source>EMS</source>
        <translation>EMS 邮寄</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面领取</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>扫描仪</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>账号已锁定</translation>
    </message>
    <message>
        <source>account disabled</source>
        <translation>账号已停用</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>修改账号</translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation>启用账号</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>解除账号锁定</translation>
    </message>
    <message>
        <source>Venue details saved</source>
        <translation>保存场所信息</translation>
    </message>
    <message>
        <source>Station set up (first start)</source>
        <translation>工作站初始设置</translation>
    </message>
    <message>
        <source>Lane saved</source>
        <translation>保存通道</translation>
    </message>
    <message>
        <source>Lane retired</source>
        <translation>停用通道</translation>
    </message>
    <message>
        <source>Lane deleted</source>
        <translation>删除通道</translation>
    </message>
    <message>
        <source>Exam room saved</source>
        <translation>保存诊室</translation>
    </message>
    <message>
        <source>Exam room retired</source>
        <translation>停用诊室</translation>
    </message>
    <message>
        <source>Exam room deleted</source>
        <translation>删除诊室</translation>
    </message>
    <message>
        <source>Expert saved</source>
        <translation>保存专家</translation>
    </message>
    <message>
        <source>Experts imported</source>
        <translation>导入专家</translation>
    </message>
    <message>
        <source>Expert seated</source>
        <translation>安排专家诊室</translation>
    </message>
    <message>
        <source>Conflict of interest withdrawn</source>
        <translation>撤销回避关系</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>升级数据库</translation>
    </message>
    <message>
        <source>Backup put off</source>
        <translation>推迟备份</translation>
    </message>
    <message>
        <source>Conclusion printed</source>
        <translation>打印鉴定结论</translation>
    </message>
    <message>
        <source>Opinion sheets printed</source>
        <translation>打印专家意见表</translation>
    </message>
    <message>
        <source>Case archived</source>
        <translation>案件归档</translation>
    </message>
    <message>
        <source>Called for another room (admin)</source>
        <translation>代其他诊室叫号（管理员）</translation>
    </message>
    <message>
        <source>Schema %1 to %2, copy kept: %3</source>
        <translation>数据结构 %1 升级到 %2，保留副本：%3</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
</context>
<context>
    <name>ui::RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>Write down the recovery key</source>
        <translation>请抄写恢复密钥</translation>
    </message>
    <message>
        <source>Personal data at this station is encrypted with a key kept in the system keychain. If the keychain is lost (a new user profile, a reinstalled system, a restored disk), only this recovery key opens the data again. It is shown only now.</source>
        <translation>本工作站的个人信息使用保存在系统钥匙串中的密钥加密。如果钥匙串丢失（新建用户、重装系统、恢复磁盘），只有此恢复密钥能重新打开数据。它只显示这一次。</translation>
    </message>
    <message>
        <source>Keep it on paper in the venue safe, not on this computer.</source>
        <translation>请抄在纸上存放于场所保险柜，不要保存在这台电脑上。</translation>
    </message>
    <message>
        <source>I have written down the recovery key</source>
        <translation>我已抄写恢复密钥</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>ui::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>Compare the submitted opinions, agree with one or conclude with your own result and a reason, and sign.</source>
        <translation>比较已提交的专家意见，同意其中一份，或注明原因作出自己的结论，并签名。</translation>
    </message>
    <message>
        <source>Agree with opinion %1</source>
        <translation>同意意见 %1</translation>
    </message>
    <message>
        <source>Own conclusion: grade</source>
        <translation>自行结论：等级</translation>
    </message>
    <message>
        <source>Why your result differs from the opinions</source>
        <translation>与专家意见不同的原因</translation>
    </message>
    <message>
        <source>Conclude with my own result</source>
        <translation>按我的结论作出</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>No review is assigned to you yet.</source>
        <translation>暂无分配给您的复核。</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>生活自理</translation>
    </message>
    <message>
        <source>Injured site</source>
        <translation>受伤部位</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>主诉</translation>
    </message>
    <message>
        <source>The opinions agree.</source>
        <translation>各份意见一致。</translation>
    </message>
    <message>
        <source>Majority grade: %1.</source>
        <translation>多数意见等级：%1 级。</translation>
    </message>
    <message>
        <source>Sign on the pad before concluding.</source>
        <translation>作出结论前请在签名板上签名。</translation>
    </message>
    <message>
        <source>Case %1 concluded: grade %2.</source>
        <translation>案件 %1 已作出结论：%2 级。</translation>
    </message>
    <message>
        <source>Conclusion due %1: %2.</source>
        <translation>结论期限 %1：%2。</translation>
    </message>
    <message>
        <source>Concluded %1 by %2: grade %3, self-care: %4.</source>
        <translation>%2 于 %1 作出结论：%3 级，生活自理：%4。</translation>
    </message>
    <message>
        <source>Basis: %1.</source>
        <translation>依据：%1。</translation>
    </message>
    <message>
        <source>The reviewer&apos;s own result: %1</source>
        <translation>复核专家自行结论：%1</translation>
    </message>
    <message>
        <source>Agrees with one of the opinions.</source>
        <translation>同意其中一份专家意见。</translation>
    </message>
    <message>
        <source>Opinion %1
%2</source>
        <translation>意见 %1
%2</translation>
    </message>
    <message>
        <source>Own grade </source>
        <translation>自行结论等级 </translation>
    </message>
    <message>
        <source>Agree with opinion %1 (after signing)</source>
        <translation>同意意见 %1（先签名）</translation>
    </message>
    <message>
        <source>Conclude with my own result (after signing)</source>
        <translation>按我的结论作出（先签名）</translation>
    </message>
    <message>
        <source>Self-care dependency of your own conclusion</source>
        <translation>自行结论的生活自理障碍等级</translation>
    </message>
    <message>
        <source>Concluded %1 by %2: grade %3.</source>
        <translation>%2 于 %1 作出结论：%3 级。</translation>
    </message>
</context>
<context>
    <name>ui::RoomDialog</name>
    <message>
        <source>Edit room</source>
        <translation>编辑诊室</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>新增诊室</translation>
    </message>
    <message>
        <source>Room id</source>
        <translation>诊室编号</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>诊室名称</translation>
    </message>
    <message>
        <source>Specialties</source>
        <translation>专业</translation>
    </message>
</context>
<context>
    <name>ui::RosterModel</name>
    <message>
        <source>Green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Acceptance no.</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Appraisal type</source>
        <translation>鉴定类型</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>专业</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Not arrived</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>候检</translation>
    </message>
    <message>
        <source>In exam</source>
        <translation>检查中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>已签退</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>排队号</translation>
    </message>
    <message>
        <source>Examined, in review</source>
        <translation>查体完毕，复核中</translation>
    </message>
</context>
<context>
    <name>ui::SettingField</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>A PDF file shown on screen (no printer)</source>
        <translation>在屏幕上显示的 PDF 文件（不用打印机）</translation>
    </message>
    <message>
        <source>The system&apos;s default printer</source>
        <translation>系统默认打印机</translation>
    </message>
    <message>
        <source>System printer %1</source>
        <translation>系统打印机 %1</translation>
    </message>
    <message>
        <source>Raw ESC/POS printer on USB</source>
        <translation>USB 接口的 ESC/POS 打印机（直接发送）</translation>
    </message>
    <message>
        <source>Choose a printer or type tcp:HOST[:PORT] for a network ticket printer (port 9100 by default) or a device path.</source>
        <translation>选择打印机，或输入网络小票打印机 tcp:主机[:端口]（默认端口 9100）或设备路径。</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
</context>
<context>
    <name>ui::SettingsDialog</name>
    <message>
        <source>Station settings</source>
        <translation>工作站设置</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>大厅</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Venue LAN</source>
        <translation>场所局域网</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Queue and draw</source>
        <translation>排队与抽取</translation>
    </message>
    <message>
        <source>Files and backups</source>
        <translation>文件与备份</translation>
    </message>
    <message>
        <source>(applies after a restart)</source>
        <translation>（重启后生效）</translation>
    </message>
    <message>
        <source>sync token</source>
        <translation>同步令牌</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>没有更改。</translation>
    </message>
    <message>
        <source>Saved: %1. Some of these apply after the station is restarted.</source>
        <translation>已保存：%1。其中部分设置在工作站重启后生效。</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>已保存：%1。</translation>
    </message>
    <message>
        <source>Test read</source>
        <translation>测试读卡</translation>
    </message>
    <message>
        <source>Save and test print</source>
        <translation>保存并测试打印</translation>
    </message>
    <message>
        <source>Test announcement</source>
        <translation>测试播报</translation>
    </message>
    <message>
        <source>Kept in the system keychain; leave empty to keep the current one</source>
        <translation>保存在系统钥匙串中；留空则保留现有令牌</translation>
    </message>
    <message>
        <source>Station token</source>
        <translation>工作站令牌</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>This station is not enrolled at a venue hub: it decides queue numbers and calls itself (single PC).</source>
        <translation>本工作站未加入场所枢纽：由本机自行决定排队号和呼叫（单机模式）。</translation>
    </message>
    <message>
        <source>Enrolled at %1 as %2 (%3).</source>
        <translation>已以 %2（%3）身份加入 %1。</translation>
    </message>
    <message>
        <source>Enrol at a hub…</source>
        <translation>加入枢纽…</translation>
    </message>
</context>
<context>
    <name>ui::SetupAdminPage</name>
    <message>
        <source>The first venue administrator</source>
        <translation>第一位场所管理员</translation>
    </message>
    <message>
        <source>This account creates the other accounts, experts and rooms. The password has at least 8 characters with letters and digits, and is not the user name.</source>
        <translation>此账号用于创建其他账号、专家和诊室。密码至少 8 位，须包含字母和数字，且不能与用户名相同。</translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation>例如 admin</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Type the administrator&apos;s name.</source>
        <translation>请输入管理员姓名。</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>ui::SetupApplier</name>
    <message>
        <source>The venue is set up, but the sync token could not be kept: %1</source>
        <translation>场所已设置，但无法保存同步令牌：%1</translation>
    </message>
    <message>
        <source>The venue is set up, but the central server is not usable: %1</source>
        <translation>场所已设置，但中心服务器不可用：%1</translation>
    </message>
    <message>
        <source>The venue is set up, but its reference data could not be fetched: %1. The Sync page fetches it again.</source>
        <translation>场所已设置，但无法获取其基础数据：%1。可在“同步”页面重新获取。</translation>
    </message>
    <message>
        <source>This installation has no demo venue.</source>
        <translation>本安装不含演示场所。</translation>
    </message>
    <message>
        <source>The backup %1 fails its check: %2</source>
        <translation>备份 %1 未通过检查：%2</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>无法创建数据文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>ui::SetupChoicePage</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>This station has no venue yet. Choose what this PC is for; nothing is saved until you press Finish on the last page.</source>
        <translation>本工作站尚未设置场所。请选择这台电脑的用途；在最后一页按“完成”之前不会保存任何内容。</translation>
    </message>
    <message>
        <source>This PC runs the venue</source>
        <translation>本机运行场所</translation>
    </message>
    <message>
        <source>A single PC, or the PC that runs the venue hub: name the venue, its lanes and rooms, and the first venue administrator.</source>
        <translation>单机使用，或作为场所枢纽的电脑：填写场所、通道、诊室和第一位场所管理员。</translation>
    </message>
    <message>
        <source>Join a venue hub</source>
        <translation>加入场所枢纽</translation>
    </message>
    <message>
        <source>A front desk, exam room or hall display PC at a venue that already runs a hub: the hub&apos;s address and the one-time code shown there.</source>
        <translation>已有枢纽的场所中的前台、诊室或大厅显示电脑：填写枢纽地址和枢纽上显示的一次性代码。</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>This PC replaces one whose backup file you have; the file is checked first.</source>
        <translation>本机替换一台已有备份文件的电脑；先检查备份文件。</translation>
    </message>
    <message>
        <source>Try the demo venue</source>
        <translation>试用演示场所</translation>
    </message>
    <message>
        <source>Synthetic people, experts and accounts for training and trying the station. Not for a real appraisal day.</source>
        <translation>虚构的人员、专家和账号，用于培训和试用。不可用于真实鉴定日。</translation>
    </message>
</context>
<context>
    <name>ui::SetupDemoPage</name>
    <message>
        <source>Try the demo venue</source>
        <translation>试用演示场所</translation>
    </message>
    <message>
        <source>Synthetic data only.</source>
        <translation>仅含虚构数据。</translation>
    </message>
    <message>
        <source>The demo venue has invented people, ID numbers, experts, rooms and staff accounts with the passwords listed in the README. Use it to learn the station; do not enter real people into it. To set up a real venue later, start with an empty data folder.</source>
        <translation>演示场所包含虚构的人员、身份证号、专家、诊室和工作人员账号，密码见 README。仅用于学习使用本工作站，请勿录入真实人员。以后设置真实场所时，请使用空的数据文件夹重新开始。</translation>
    </message>
</context>
<context>
    <name>ui::SetupHubPage</name>
    <message>
        <source>Join a venue hub</source>
        <translation>加入场所枢纽</translation>
    </message>
    <message>
        <source>At the hub PC, create a one-time code for this station; type its address and the code here, then compare the fingerprint with the one the hub shows.</source>
        <translation>在枢纽电脑上为本工作站生成一次性代码；在此输入枢纽地址和代码，然后核对指纹与枢纽显示的是否一致。</translation>
    </message>
    <message>
        <source>e.g. desk-1 or room-R1</source>
        <translation>例如 desk-1 或 room-R1</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Exam room</source>
        <translation>诊室</translation>
    </message>
    <message>
        <source>Hall display</source>
        <translation>大厅显示屏</translation>
    </message>
    <message>
        <source>Connect to the hub</source>
        <translation>连接枢纽</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>枢纽地址</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>一次性代码</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>本工作站名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>证书指纹</translation>
    </message>
    <message>
        <source>The fingerprint is the same as the one shown at the hub</source>
        <translation>指纹与枢纽上显示的一致</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>正在询问枢纽……</translation>
    </message>
    <message>
        <source>The hub accepted %1 as %2. Compare the fingerprint below with the one on the hub&apos;s screen before you press Finish.</source>
        <translation>枢纽已接受 %1 作为%2。按“完成”前，请核对下方指纹与枢纽屏幕上的是否一致。</translation>
    </message>
</context>
<context>
    <name>ui::SetupRestorePage</name>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Station backup</source>
        <translation>工作站备份</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>This file is not a good station backup: %1</source>
        <translation>此文件不是完好的工作站备份：%1</translation>
    </message>
    <message>
        <source>The backup passed its check (%1, %2 KB). Press Finish to restore it.</source>
        <translation>备份已通过检查（%1，%2 KB）。按“完成”进行恢复。</translation>
    </message>
    <message>
        <source>Choose a station backup (station-*.manifest in a copied backups folder, or an older station-*.db). It is checked before anything is restored; if this PC&apos;s keychain lacks the data key, the station asks for the recovery key next.</source>
        <translation>选择工作站备份（复制来的 backups 文件夹中的 station-*.manifest，或旧版的 station-*.db）。恢复前先检查备份；如本机钥匙串中没有数据密钥，工作站随后会要求输入恢复密钥。</translation>
    </message>
    <message>
        <source>Station backups (*.manifest *.db);;All files (*)</source>
        <translation>工作站备份 (*.manifest *.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ui::SetupRoomsPage</name>
    <message>
        <source>Lanes and rooms</source>
        <translation>通道与诊室</translation>
    </message>
    <message>
        <source>The green channel is always called first. Add at least one exam room; more rooms, experts and seats are set on the Administration page later.</source>
        <translation>绿色通道始终优先呼叫。请至少添加一个诊室；更多诊室、专家和座位稍后在“场所管理”页面设置。</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>Ticket prefix</source>
        <translation>票号前缀</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>e.g. R1</source>
        <translation>例如 R1</translation>
    </message>
    <message>
        <source>e.g. Room 1</source>
        <translation>例如 第一诊室</translation>
    </message>
    <message>
        <source>Room id</source>
        <translation>诊室编号</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>诊室名称</translation>
    </message>
    <message>
        <source>Specialties</source>
        <translation>专业</translation>
    </message>
    <message>
        <source>Add room</source>
        <translation>添加诊室</translation>
    </message>
    <message>
        <source>Remove room</source>
        <translation>移除诊室</translation>
    </message>
    <message>
        <source>The room id is 1 to 32 letters, digits, dashes or underscores, e.g. R1.</source>
        <translation>诊室编号为 1 至 32 个字母、数字、连字符或下划线，例如 R1。</translation>
    </message>
    <message>
        <source>Type the room&apos;s name as the hall display shows it.</source>
        <translation>请输入大厅显示屏上显示的诊室名称。</translation>
    </message>
    <message>
        <source>There is already a room %1.</source>
        <translation>已有诊室 %1。</translation>
    </message>
    <message>
        <source>A ticket prefix is one letter A to Z (lane %1).</source>
        <translation>票号前缀为 A 至 Z 中的一个字母（通道 %1）。</translation>
    </message>
    <message>
        <source>Two lanes have the prefix %1; give each its own letter.</source>
        <translation>两个通道都使用前缀 %1，请为每个通道指定不同的字母。</translation>
    </message>
    <message>
        <source>Name lane %1 as the hall display shows it.</source>
        <translation>请填写通道 %1 在大厅显示屏上显示的名称。</translation>
    </message>
    <message>
        <source>Add at least one exam room: its id and name, then Add room.</source>
        <translation>请至少添加一个诊室：填写编号和名称后按“添加诊室”。</translation>
    </message>
    <message>
        <source>The green channel is always called first. The rooms come from the central system (change them here if needed); its %1 experts and %2 exam templates are fetched at Finish.</source>
        <translation>绿色通道总是优先叫号。诊室来自中心系统（如需可在此修改）；其 %1 名专家和 %2 个查体模板在点击“完成”时获取。</translation>
    </message>
</context>
<context>
    <name>ui::SetupServerPage</name>
    <message>
        <source>Central server (optional)</source>
        <translation>中心服务器（可选）</translation>
    </message>
    <message>
        <source>When the province&apos;s central system serves this venue, its rooms, experts, clauses and exam templates are fetched from there at Finish. Leave empty to type them here.</source>
        <translation>如本场所由省级中心系统管理，按“完成”时将从中心获取诊室、专家、条款和查体模板。留空则在此手工填写。</translation>
    </message>
    <message>
        <source>CA certificate (PEM), when not a public one</source>
        <translation>CA 证书（PEM），非公共证书时填写</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA 文件</translation>
    </message>
    <message>
        <source>Station token</source>
        <translation>工作站令牌</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The server address starts with https://, e.g. https://sync.example.gov.cn:8443.</source>
        <translation>服务器地址以 https:// 开头，例如 https://sync.example.gov.cn:8443。</translation>
    </message>
    <message>
        <source>Type the station token the central system issued for this venue.</source>
        <translation>请输入中心系统为本场所签发的工作站令牌。</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>CA 文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The CA file %1 holds no certificate (PEM).</source>
        <translation>CA 文件 %1 中没有证书（PEM）。</translation>
    </message>
    <message>
        <source>Correct the address, CA file or token, or leave the address empty to type the venue here.</source>
        <translation>请更正地址、CA 文件或令牌，或将地址留空，在此手工填写场所信息。</translation>
    </message>
    <message>
        <source>The central server answers but lists no venue for this token; ask the central system to publish the venue, or leave the address empty.</source>
        <translation>中心服务器有应答，但没有为此令牌列出任何场所；请中心系统发布该场所，或将地址留空。</translation>
    </message>
</context>
<context>
    <name>ui::SetupVenuePage</name>
    <message>
        <source>The venue</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>As printed on receipts, notices and conclusions.</source>
        <translation>与回执、告知书和结论上打印的一致。</translation>
    </message>
    <message>
        <source>e.g. V3301</source>
        <translation>例如 V3301</translation>
    </message>
    <message>
        <source>e.g. Hangzhou Labour Capacity Appraisal Centre</source>
        <translation>例如 杭州市劳动能力鉴定中心</translation>
    </message>
    <message>
        <source>e.g. Hangzhou Labour Capacity Appraisal Committee</source>
        <translation>例如 杭州市劳动能力鉴定委员会</translation>
    </message>
    <message>
        <source>Venue id</source>
        <translation>场所编号</translation>
    </message>
    <message>
        <source>Venue name</source>
        <translation>场所名称</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>鉴定委员会</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Enquiry phone</source>
        <translation>咨询电话</translation>
    </message>
    <message>
        <source>The venue id is 1 to 32 letters, digits, dashes or underscores, e.g. V3301.</source>
        <translation>场所编号为 1 至 32 个字母、数字、连字符或下划线，例如 V3301。</translation>
    </message>
    <message>
        <source>Type the venue&apos;s name as it is printed on notices.</source>
        <translation>请输入告知书上打印的场所名称。</translation>
    </message>
    <message>
        <source>From the central system</source>
        <translation>来自中心系统</translation>
    </message>
</context>
<context>
    <name>ui::SetupWizard</name>
    <message>
        <source>Set up this station</source>
        <translation>设置本工作站</translation>
    </message>
</context>
<context>
    <name>ui::ShortcutHelp</name>
    <message>
        <source>Keys on this page</source>
        <translation>本页快捷键</translation>
    </message>
    <message>
        <source>This list of keys</source>
        <translation>显示本快捷键列表</translation>
    </message>
</context>
<context>
    <name>ui::SignOutDialog</name>
    <message>
        <source>Sign out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>Sign out %1</source>
        <translation>签退 %1</translation>
    </message>
    <message>
        <source>Current step: %1</source>
        <translation>当前环节：%1</translation>
    </message>
    <message>
        <source>The appraisal is not finished. Why does the person leave?</source>
        <translation>鉴定尚未完成。当事人离开的原因是？</translation>
    </message>
    <message>
        <source>Withdraws the application</source>
        <translation>撤回鉴定申请</translation>
    </message>
    <message>
        <source>Not present / did not come back</source>
        <translation>未到场 / 未返回</translation>
    </message>
    <message>
        <source>Ending an appraisal under art. 14 (refusal, fraud) is decided by the reviewer or the venue admin.</source>
        <translation>依据第十四条终止鉴定（拒不配合、弄虚作假）由复核专家或场所管理员决定。</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <source>Choose why the person leaves.</source>
        <translation>请选择离开原因。</translation>
    </message>
    <message>
        <source>Enter the reason; it is kept with the case.</source>
        <translation>请填写原因，原因将随案件保存。</translation>
    </message>
</context>
<context>
    <name>ui::SignaturePad</name>
    <message>
        <source>Sign here with the pen, the mouse or a finger.</source>
        <translation>请用手写笔、鼠标或手指在此签名。</translation>
    </message>
</context>
<context>
    <name>ui::StationStatusBar</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · batch %2</source>
        <translation>%1 · 批次 %2</translation>
    </message>
    <message>
        <source>DATABASE DAMAGED: call the venue admin</source>
        <translation>数据库已损坏：请联系场所管理员</translation>
    </message>
    <message>
        <source>Database OK (schema %1)</source>
        <translation>数据库正常（结构版本 %1）</translation>
    </message>
    <message>
        <source>Venue hub: connected</source>
        <translation>场所中心：已连接</translation>
    </message>
    <message>
        <source>Venue hub: connecting…</source>
        <translation>场所中心：正在连接…</translation>
    </message>
    <message>
        <source>Venue hub NOT REACHABLE</source>
        <translation>场所中心无法连接</translation>
    </message>
    <message>
        <source>Venue hub REFUSED this station</source>
        <translation>场所中心拒绝了本工作站</translation>
    </message>
    <message numerus="yes">
        <source> · %n command(s) waiting</source>
        <translation>
            <numerusform> · %n 条指令等待中</numerusform>
        </translation>
    </message>
    <message>
        <source>Work goes on at this station; what waits is sent when the hub is back.</source>
        <translation>本工作站可继续工作；待发送的内容在中心恢复后发送。</translation>
    </message>
    <message>
        <source>Enrol this station again with a code from the hub (appraisal-admin venue enrol).</source>
        <translation>请用中心给出的登记码重新登记本工作站（appraisal-admin venue enrol）。</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>正在检查数据库…</translation>
    </message>
    <message>
        <source>Health: checking…</source>
        <translation>健康：正在检查…</translation>
    </message>
    <message>
        <source>%1 Health: OK</source>
        <translation>%1 健康：正常</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message numerus="yes">
        <source>%1 Health: %2 (%n)</source>
        <translation>
            <numerusform>%1 健康：%2（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>批次 %1</translation>
    </message>
    <message>
        <source>Database…</source>
        <translation>数据库…</translation>
    </message>
    <message>
        <source>Health…</source>
        <translation>健康…</translation>
    </message>
    <message>
        <source>%1 OK</source>
        <translation>%1 正常</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>Hub OK</source>
        <translation>枢纽正常</translation>
    </message>
    <message>
        <source>Hub…</source>
        <translation>枢纽…</translation>
    </message>
    <message>
        <source>NO HUB</source>
        <translation>枢纽不通</translation>
    </message>
    <message>
        <source>HUB REFUSED</source>
        <translation>枢纽拒绝</translation>
    </message>
    <message>
        <source> · %1 waiting</source>
        <translation> · 待发 %1</translation>
    </message>
    <message>
        <source>DATABASE DAMAGED</source>
        <translation>数据库损坏</translation>
    </message>
    <message>
        <source>Database OK</source>
        <translation>数据库正常</translation>
    </message>
</context>
<context>
    <name>ui::SyncPage</name>
    <message>
        <source>Synchronization</source>
        <translation>数据同步</translation>
    </message>
    <message>
        <source>waiting for upload</source>
        <translation>等待上传</translation>
    </message>
    <message>
        <source>records saved in total</source>
        <translation>累计保存记录</translation>
    </message>
    <message>
        <source>set aside with an error</source>
        <translation>因错误被隔离</translation>
    </message>
    <message>
        <source>Syncing · %1 waiting</source>
        <translation>正在同步 · 待上传 %1 条</translation>
    </message>
    <message>
        <source>Single-PC mode · central sync not set up · %1 waiting</source>
        <translation>单机模式 · 未设置中心同步 · 待上传 %1 条</translation>
    </message>
    <message>
        <source>Not synced yet · %1 waiting</source>
        <translation>尚未同步 · 待上传 %1 条</translation>
    </message>
    <message>
        <source>Online · synced %1 · %2 waiting</source>
        <translation>在线 · %1 已同步 · 待上传 %2 条</translation>
    </message>
    <message>
        <source>Offline · last success %1 · %2 waiting</source>
        <translation>离线 · 上次成功 %1 · 待上传 %2 条</translation>
    </message>
    <message>
        <source>Sync error · %1 waiting</source>
        <translation>同步出错 · 待上传 %1 条</translation>
    </message>
    <message>
        <source>Every record saved at this station waits in the outbox until the central system has confirmed it. Nothing is deleted here when an upload fails.</source>
        <translation>本工作站保存的每条记录都在待上传队列中等待，直到中心系统确认收到。上传失败时，这里不会删除任何数据。</translation>
    </message>
    <message>
        <source>last complete sync</source>
        <translation>上次完整同步</translation>
    </message>
    <message>
        <source>Central server</source>
        <translation>中心服务器</translation>
    </message>
    <message>
        <source>Trusted CA (PEM file, optional)</source>
        <translation>信任的 CA（PEM 文件，可选）</translation>
    </message>
    <message>
        <source>Station token</source>
        <translation>工作站令牌</translation>
    </message>
    <message>
        <source>paste a new token to replace it; it is kept in the system keychain</source>
        <translation>粘贴新令牌即可替换；令牌保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>%v of %m records</source>
        <translation>%v / %m 条记录</translation>
    </message>
    <message>
        <source>Waiting, by kind of record</source>
        <translation>待上传（按记录类型）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待上传</translation>
    </message>
    <message>
        <source>Set aside: the central system refused them (the rest still goes up)</source>
        <translation>已隔离：中心系统拒收的记录（其余记录照常上传）</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>关键字</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The server must be an address like https://central.example:8470.</source>
        <translation>服务器地址应形如 https://central.example:8470。</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 中没有 PEM 证书。</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>Uploaded %1, already there %2, set aside %3; %4 waiting.</source>
        <translation>已上传 %1 条，服务器已有 %2 条，隔离 %3 条；待上传 %4 条。</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>同步中…</translation>
    </message>
    <message>
        <source>No central sync</source>
        <translation>未设中心同步</translation>
    </message>
    <message>
        <source>Not synced · %1</source>
        <translation>未同步 · %1 条</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>已同步 %1</translation>
    </message>
    <message>
        <source>OFFLINE · %1</source>
        <translation>离线 · %1 条</translation>
    </message>
    <message>
        <source>SYNC ERROR · %1</source>
        <translation>同步出错 · %1 条</translation>
    </message>
</context>
<context>
    <name>ui::TableFit</name>
    <message>
        <source>Select a row to see its %1.</source>
        <translation>选中一行可查看其%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ui::UnlockDialog</name>
    <message>
        <source>Station locked</source>
        <translation>工作站已锁定</translation>
    </message>
    <message>
        <source>Locked after a period without use. %1, enter your password to continue; your work is kept as it was.</source>
        <translation>工作站闲置一段时间后已自动锁定。%1，请输入密码继续；您的工作内容保持不变。</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>密码或 PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Not %1? Sign them out to log in yourself; what they entered is saved.</source>
        <translation>不是%1？可将其登出后用您自己的账户登录；其已录入的内容均已保存。</translation>
    </message>
    <message>
        <source>Sign %1 out</source>
        <translation>登出%1</translation>
    </message>
</context>
<context>
    <name>ui::dashboard</name>
    <message>
        <source>complete dependency</source>
        <translation>完全护理依赖</translation>
    </message>
    <message>
        <source>mostly dependent</source>
        <translation>大部分护理依赖</translation>
    </message>
    <message>
        <source>partly dependent</source>
        <translation>部分护理依赖</translation>
    </message>
    <message>
        <source>no dependency</source>
        <translation>无护理依赖</translation>
    </message>
    <message>
        <source>waiting for a decision</source>
        <translation>待决定</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>signed out after the conclusion</source>
        <translation>结论后签退</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Today: arrivals per hour</source>
        <translation>今日：每小时到场人数</translation>
    </message>
    <message>
        <source>Today: people waiting per lane</source>
        <translation>今日：各通道等候人数</translation>
    </message>
    <message>
        <source>Today: rooms and median examination (minutes)</source>
        <translation>今日：诊室与查体时长中位数（分钟）</translation>
    </message>
    <message>
        <source>Cases per day by appraisal type</source>
        <translation>每日案件数（按鉴定类别）</translation>
    </message>
    <message>
        <source>Cases by specialty group</source>
        <translation>案件数（按专科门类）</translation>
    </message>
    <message>
        <source>Conclusions by grade</source>
        <translation>结论（按伤残等级）</translation>
    </message>
    <message>
        <source>Conclusions by self-care dependency</source>
        <translation>结论（按生活自理障碍程度）</translation>
    </message>
    <message>
        <source>Legal time limits of the cases concluded</source>
        <translation>已结论案件的法定时限</translation>
    </message>
    <message>
        <source>Walk-ins and their decisions</source>
        <translation>临时到场及处理结果</translation>
    </message>
    <message>
        <source>Sign-outs by reason</source>
        <translation>签退（按原因）</translation>
    </message>
    <message>
        <source>Experts: agreement on the grade</source>
        <translation>专家：等级一致情况</translation>
    </message>
    <message>
        <source>Experts (anonymised): agreement on the grade</source>
        <translation>专家（匿名）：等级一致情况</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>到场人数</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候人数</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>诊室</translation>
    </message>
    <message>
        <source>Median examination (min)</source>
        <translation>查体时长中位数（分钟）</translation>
    </message>
    <message>
        <source>Examinations</source>
        <translation>查体数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Appraisal type</source>
        <translation>鉴定类别</translation>
    </message>
    <message>
        <source>Specialty group</source>
        <translation>专科门类</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件数</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>结论数</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>未达等级</translation>
    </message>
    <message>
        <source>Self-care dependency</source>
        <translation>生活自理障碍</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>concluded within 60 days</source>
        <translation>60 日内作出结论</translation>
    </message>
    <message>
        <source>within the extension</source>
        <translation>在延长期限内</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>delivered within 15 days</source>
        <translation>15 日内送达</translation>
    </message>
    <message>
        <source>delivered late</source>
        <translation>逾期送达</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>临时到场</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>结束方式</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>复核数</translation>
    </message>
    <message>
        <source>Same grade</source>
        <translation>等级相同</translation>
    </message>
    <message>
        <source>One grade apart</source>
        <translation>相差一级</translation>
    </message>
    <message>
        <source>More apart</source>
        <translation>相差更多</translation>
    </message>
    <message>
        <source>Grade changed by review</source>
        <translation>复核改定等级</translation>
    </message>
    <message>
        <source>Matches the conclusion</source>
        <translation>与结论一致</translation>
    </message>
    <message>
        <source>Today %1: %2 arrived, %3 waiting, wait to the first call p50 %4 min / p90 %5 min; rooms %6 busy, %7 idle, %8 paused; %9 no-shows, %10 concluded so far</source>
        <translation>今日 %1：到场 %2 人，等候 %3 人，签到到首次叫号 p50 %4 分钟 / p90 %5 分钟；诊室忙碌 %6、空闲 %7、暂停 %8；未到场 %9 人，已作出结论 %10 件</translation>
    </message>
    <message>
        <source>%1 to %2: %3 arrived, %4 concluded, %5 no-shows, %6 withdrawn, %7 walk-ins; wait to the first call p50 %8 min / p90 %9 min</source>
        <translation>%1 至 %2：到场 %3 人，作出结论 %4 件，未到场 %5 人，撤回 %6 件，临时到场 %7 人；签到到首次叫号 p50 %8 分钟 / p90 %9 分钟</translation>
    </message>
    <message>
        <source>none</source>
        <translation>未达级</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>room name (room state)</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>venue::Enrolment</name>
    <message>
        <source>Give the hub&apos;s address as https://HOST:PORT, as shown at the hub.</source>
        <translation>请按枢纽上显示的格式输入地址：https://主机:端口。</translation>
    </message>
    <message>
        <source>Type the one-time code shown at the hub.</source>
        <translation>请输入枢纽上显示的一次性代码。</translation>
    </message>
    <message>
        <source>Name this station, e.g. desk-1 or room-R1.</source>
        <translation>请为本工作站命名，例如 desk-1 或 room-R1。</translation>
    </message>
    <message>
        <source>Choose the station&apos;s role: desk, room or display.</source>
        <translation>请选择工作站角色：前台、诊室或显示屏。</translation>
    </message>
    <message>
        <source>The hub refused the enrolment: %1</source>
        <translation>枢纽拒绝了加入请求：%1</translation>
    </message>
    <message>
        <source>The certificate seen is not the hub&apos;s own: someone may be in between. Enrolment stopped.</source>
        <translation>收到的证书不是枢纽自己的证书：可能有人在中间拦截。已停止加入。</translation>
    </message>
    <message>
        <source>The hub&apos;s answer has no token. Ask for a new code at the hub and try again.</source>
        <translation>枢纽的答复中没有令牌。请在枢纽上重新生成代码后再试。</translation>
    </message>
</context>
<context>
    <name>venue::HubCallAuthority</name>
    <message>
        <source>The venue hub does not answer. The command is kept and goes to the hub when it is back; check the hall display then.</source>
        <translation>场所中枢没有应答。该命令已保留，中枢恢复后会自动送达；届时请查看大厅屏。</translation>
    </message>
    <message>
        <source>The venue hub is not reachable.</source>
        <translation>无法连接场所中枢。</translation>
    </message>
    <message>
        <source>The command could not be saved on this station (%1); it was not sent. Try again.</source>
        <translation>指令未能保存在本工作站（%1），未发送。请重试。</translation>
    </message>
</context>
<context>
    <name>venue::HubDeskAuthority</name>
    <message>
        <source>The check-in could not be saved on this station (%1); nothing was sent. Try again.</source>
        <translation>签到未能保存在本工作站（%1），未发送任何内容。请重试。</translation>
    </message>
    <message>
        <source>The venue hub refused the check-in: %1</source>
        <translation>场所中心拒绝了签到：%1</translation>
    </message>
    <message>
        <source>Case %1 is no longer in this station&apos;s roster.</source>
        <translation>案件 %1 已不在本工作站的名单中。</translation>
    </message>
</context>
</TS>
