<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <location filename="../../balanceview/ui/help.py" line="49"/>
        <source>The two balances of a Chinese social security card, explained from your own statements.</source>
        <translation>用您自己的对账单，说明社保卡上两个账户的余额是怎么来的。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/help.py" line="52"/>
        <source>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>许可协议：GNU 通用公共许可证第 3 版或更高版本（GPL-3.0-or-later）。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/help.py" line="54"/>
        <source>Where your data lives</source>
        <translation>您的数据保存在哪里</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/help.py" line="55"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/help.py" line="56"/>
        <source>Log file:</source>
        <translation>日志文件：</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/help.py" line="57"/>
        <source>BalanceView never uses the network: your statements stay on this computer.</source>
        <translation>BalanceView 从不联网：您的对账单只保存在这台电脑上。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/help.py" line="59"/>
        <source>Chinese font: Noto Sans CJK SC (a subset), © Adobe, under the SIL Open Font License 1.1.</source>
        <translation>中文字体：思源黑体 Noto Sans CJK SC（部分字符），© Adobe，采用 SIL 开放字体许可证 1.1。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/help.py" line="71"/>
        <source>About BalanceView</source>
        <translation>关于 BalanceView</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../balanceview/ui/backups_dialog.py" line="38"/>
        <location filename="../../balanceview/ui/backups_dialog.py" line="60"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/backups_dialog.py" line="40"/>
        <source>Before each import, undo or move, BalanceView keeps a copy of all your data; the last five are kept. Putting one back returns all your data to how it was then.</source>
        <translation>每次导入、撤销导入或移动之前，本软件都会把全部数据另存一份备份，保留最近五份。恢复一份备份，全部数据就回到当时的样子。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/backups_dialog.py" line="46"/>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/backups_dialog.py" line="59"/>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/backups_dialog.py" line="59"/>
        <source>Taken before</source>
        <translation>在哪一步之前</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/backups_dialog.py" line="59"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/backups_dialog.py" line="77"/>
        <source>No backup yet: the first one is taken before your next import, undo or move.</source>
        <translation>还没有备份：下一次导入、撤销导入或移动之前，会留下第一份备份。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/backups_dialog.py" line="82"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/backups_dialog.py" line="83"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/backups_dialog.py" line="88"/>
        <source>(this backup cannot be read)</source>
        <translation>（这份备份无法读取）</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/backups_dialog.py" line="90"/>
        <source>importing %1</source>
        <translation>导入%1</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/backups_dialog.py" line="92"/>
        <source>undoing the import of %1</source>
        <translation>撤销导入%1</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/backups_dialog.py" line="94"/>
        <source>moving %1 to the %2</source>
        <translation>把%1移到%2</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/backups_dialog.py" line="97"/>
        <source>an import that added nothing</source>
        <translation>一次没有新增内容的导入</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/backups_dialog.py" line="98"/>
        <source>an import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/backups_dialog.py" line="99"/>
        <source>an undo</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/backups_dialog.py" line="99"/>
        <source>a move</source>
        <translation>移动</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/backups_dialog.py" line="100"/>
        <source>putting back an earlier backup</source>
        <translation>恢复以前的备份</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/backups_dialog.py" line="104"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/backups_dialog.py" line="107"/>
        <source>medical account</source>
        <translation>医保个人账户</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/backups_dialog.py" line="107"/>
        <source>bank account</source>
        <translation>银行账户</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/backups_dialog.py" line="128"/>
        <source>Putting the backup back…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/backups_dialog.py" line="136"/>
        <source>Put back the backup taken at %1, before %2?</source>
        <translation>要恢复 %1 在%2之前留下的备份吗？</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/backups_dialog.py" line="139"/>
        <source>Your data as it is now is backed up first (it will be at the top of this list), so you can come back to it.</source>
        <translation>恢复之前，会先把现在的数据另存为一份备份（列在最上面），以后还可以再恢复回来。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/backups_dialog.py" line="142"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/backups_dialog.py" line="150"/>
        <source>The imported files stay as they are.</source>
        <translation>导入的文件不会有变化。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/backups_dialog.py" line="151"/>
        <source>After it is put back:</source>
        <translation>恢复之后：</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/backups_dialog.py" line="152"/>
        <source>“%1” is taken out (%2)</source>
        <translation>去掉“%1”（%2）</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/backups_dialog.py" line="154"/>
        <source>“%1” comes back (%2)</source>
        <translation>找回“%1”（%2）</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/backups_dialog.py" line="156"/>
        <source>“%1” goes back to the %2</source>
        <translation>“%1”回到%2</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/backups_dialog.py" line="162"/>
        <source>1 row</source>
        <translation>1 行</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balanceview/ui/backups_dialog.py" line="162"/>
        <source>%n rows</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/backups_dialog.py" line="168"/>
        <source>Done: your data is back as it was then. The data from just before is kept as the newest backup.</source>
        <translation>已恢复：数据回到了当时的样子。恢复之前的数据已另存为最新的一份备份。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/backups_dialog.py" line="181"/>
        <source>Nothing was changed.</source>
        <translation>数据没有任何改变。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/backups_dialog.py" line="182"/>
        <source>The backup was not put back; your data is as it was.</source>
        <translation>备份没有恢复，数据保持原样。</translation>
    </message>
</context>
<context>
    <name>BalancePanel</name>
    <message>
        <location filename="../../balanceview/ui/balance_panel.py" line="43"/>
        <source>Medical insurance personal account (医保个人账户)</source>
        <translation>医保个人账户</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/balance_panel.py" line="44"/>
        <source>Kept by the medical insurance agency; spent at designated hospitals and pharmacies.</source>
        <translation>由医保经办机构管理，在定点医院和药店看病买药时使用。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/balance_panel.py" line="47"/>
        <source>Bank account (银行账户 / 金融功能)</source>
        <translation>银行账户（金融功能）</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/balance_panel.py" line="48"/>
        <source>Kept by the card&apos;s bank: deposits, withdrawals, pension and reimbursements.</source>
        <translation>由发卡银行管理，用于存款、取款、领养老金和收报销款。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/balance_panel.py" line="55"/>
        <source>Balance unknown</source>
        <translation>余额不详</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/balance_panel.py" line="57"/>
        <source>Not imported</source>
        <translation>还没有导入</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/balance_panel.py" line="59"/>
        <source>¥ %1</source>
        <translation>¥ %1</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/balance_panel.py" line="61"/>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/balance_panel.py" line="63"/>
        <source>net change %1</source>
        <translation>净变化 %1</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/balance_panel.py" line="65"/>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>CardList</name>
    <message>
        <location filename="../../balanceview/ui/card_list.py" line="19"/>
        <source>Cards</source>
        <translation>卡片</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/card_list.py" line="27"/>
        <source>&amp;Cards</source>
        <translation>卡片(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/card_list.py" line="57"/>
        <source>Medical</source>
        <translation>医保</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/card_list.py" line="57"/>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/card_list.py" line="60"/>
        <source>balance unknown</source>
        <translation>余额不详</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/card_list.py" line="61"/>
        <source>not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/card_list.py" line="70"/>
        <source>&amp;Rename this card…</source>
        <translation>给这张卡起名(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <source>Cards</source>
        <translation type="vanished">社保卡</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/card_page.py" line="54"/>
        <source>Transactions</source>
        <translation>交易明细</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/card_page.py" line="55"/>
        <source>Balance over time</source>
        <translation>余额变化</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/card_page.py" line="81"/>
        <source>Demo: sample statements, not your data.</source>
        <translation>演示：这里是示例对账单，不是您的数据。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/card_page.py" line="123"/>
        <source>The explanation could not be worked out just now. Choose the card again, or press F5 to read the data again.</source>
        <translation>暂时无法得出说明。请重新选择这张卡，或按 F5 重新读取数据。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/card_page.py" line="156"/>
        <source>Rename card</source>
        <translation>给卡起名</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/card_page.py" line="157"/>
        <source>A name for this card (for example, “Mother&apos;s card”). Leave it empty to show the card&apos;s number again.</source>
        <translation>给这张卡起个名字（例如“妈妈的卡”）。留空则重新显示卡号。</translation>
    </message>
    <message>
        <source>The balances could not be explained.</source>
        <translation type="vanished">无法解释这些余额。</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../balanceview/ui/chart.py" line="87"/>
        <source>Balance over time</source>
        <translation>余额变化</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/chart.py" line="94"/>
        <source>Medical purse</source>
        <translation>医保个人账户</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/chart.py" line="94"/>
        <source>Bank purse</source>
        <translation>银行账户</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/chart.py" line="135"/>
        <source>%1: %2 at the end, at zero since %3</source>
        <translation>%1：最后余额 %2，从 %3 起为 0</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/chart.py" line="136"/>
        <source>%1: %2 at the end</source>
        <translation>%1：最后余额 %2</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/chart.py" line="140"/>
        <source>No transactions to chart.</source>
        <translation>没有交易记录，画不出图。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/chart.py" line="164"/>
        <source>No balance to chart: the statements imported give none.</source>
        <translation>没有可画的余额：导入的对账单都没有写余额。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/chart.py" line="166"/>
        <source>No transactions to chart for this card yet.</source>
        <translation>这张卡还没有交易记录，画不出图。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/chart.py" line="255"/>
        <source>%1 at zero since %2</source>
        <translation>%1 从 %2 起为 0</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/chart.py" line="284"/>
        <source>money in</source>
        <translation>进账</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../../balanceview/ui/import_reasons.py" line="28"/>
        <source>Question</source>
        <translation>需要您选择</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_reasons.py" line="41"/>
        <source>&amp;Purse:</source>
        <translation>账户(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_reasons.py" line="42"/>
        <source>&amp;Card:</source>
        <translation>社保卡(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_reasons.py" line="67"/>
        <source>Which purse is this file? It does not say, and BalanceView does not guess.</source>
        <translation>这个文件是哪个账户的明细？文件里看不出来，本软件不会猜。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_reasons.py" line="69"/>
        <source>Medical account (医保个人账户): kept by the medical insurance agency, it moves with the contributions paid into it and with medical spending.</source>
        <translation>医保个人账户：由医保经办机构管理，随缴费划入和看病买药的支出变动。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_reasons.py" line="72"/>
        <source>Bank account (银行账户): the card&apos;s ordinary bank account, for deposits, withdrawals, transfers and pension.</source>
        <translation>银行账户：社保卡的普通银行账户，用于存取款、转账和领取养老金等。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_reasons.py" line="74"/>
        <source>Choose the purse in the Purse box above; the file is then checked again and can be imported.</source>
        <translation>请在上面的“账户”框里选择；选好后会重新检查文件，然后就可以导入。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_reasons.py" line="78"/>
        <source>Which card is this file of? It names no card and no holder, and the database holds several cards. Choose the card in the Card box above (or type its number); the file is then checked again.</source>
        <translation>这个文件是哪张卡的？文件里既没有卡号也没有持卡人，而数据库里有好几张卡。请在上面的“社保卡”框里选择（或输入卡号）；选好后会重新检查文件。</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="61"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="61"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="61"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="62"/>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="62"/>
        <source>Expense</source>
        <translation>支出</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="63"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="63"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="64"/>
        <source>Description</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="64"/>
        <source>Other party</source>
        <translation>交易对方</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="65"/>
        <source>In or out</source>
        <translation>收支方向</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="65"/>
        <source>Reference</source>
        <translation>流水号</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="66"/>
        <source>Purse</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="66"/>
        <source>Insurance</source>
        <translation>险种</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="67"/>
        <source>Total cost</source>
        <translation>医疗费总额</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="67"/>
        <source>Personal account</source>
        <translation>个人账户支付</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="68"/>
        <source>Pooled fund</source>
        <translation>统筹基金支付</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="68"/>
        <source>Cash</source>
        <translation>现金支付</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="105"/>
        <source>(not used)</source>
        <translation>（不使用）</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="114"/>
        <source>Role of column %1</source>
        <translation>“%1”列是什么内容</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../balanceview/ui/errors.py" line="29"/>
        <source>BalanceView</source>
        <translation>BalanceView</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/errors.py" line="79"/>
        <source>BalanceView could not finish what it was doing. Your data is safe: nothing that was imported has been lost.

Please try again. If it happens again, close BalanceView and open it again; if it still happens, show the details to whoever helps you with the computer.</source>
        <translation>BalanceView 没能完成刚才的操作。您的数据是安全的：已导入的内容没有丢失。

请再试一次。如果还是这样，请关闭 BalanceView 后重新打开；如果仍然出现，请把详细信息给帮您看电脑的人看。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/errors.py" line="89"/>
        <source>The details could not be saved to the log file.</source>
        <translation>详细信息没能保存到日志文件。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/errors.py" line="92"/>
        <source>Saved in the log file: %1</source>
        <translation>已保存在日志文件：%1</translation>
    </message>
    <message>
        <source>Something went wrong, and BalanceView could not finish what it was doing.</source>
        <translation type="vanished">出了点问题，BalanceView 没能完成刚才的操作。</translation>
    </message>
    <message>
        <source>The details could not be saved; they are shown below.</source>
        <translation type="vanished">详细情况没能保存下来，显示在下面。</translation>
    </message>
    <message>
        <source>The details were saved to %1</source>
        <translation type="vanished">详细情况已保存到 %1</translation>
    </message>
</context>
<context>
    <name>ExplanationPane</name>
    <message>
        <location filename="../../balanceview/ui/explanation_pane.py" line="33"/>
        <source>Explanation</source>
        <translation>余额说明</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/explanation_pane.py" line="50"/>
        <source>Choose a card to see why its balances are what they are.</source>
        <translation>请选择一张卡，看看它的余额为什么是现在这样。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/explanation_pane.py" line="80"/>
        <source>Medical insurance personal account (医保个人账户)</source>
        <translation>医保个人账户</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/explanation_pane.py" line="81"/>
        <source>Bank account (银行账户 / 金融功能)</source>
        <translation>银行账户（金融功能）</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/explanation_pane.py" line="88"/>
        <source>At zero</source>
        <translation>余额为 0</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/explanation_pane.py" line="93"/>
        <source>Opening balance</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/explanation_pane.py" line="94"/>
        <source>+ Money in</source>
        <translation>+ 收入</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/explanation_pane.py" line="95"/>
        <source>− Money out</source>
        <translation>− 支出</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/explanation_pane.py" line="97"/>
        <source>± Not explained by the statement</source>
        <translation>± 对账单里对不上的差额</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/explanation_pane.py" line="103"/>
        <source>How the balance came about</source>
        <translation>余额是怎么来的</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/explanation_pane.py" line="129"/>
        <source>Show this transaction in the table</source>
        <translation>在交易明细里显示这笔交易</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balanceview/ui/explanation_pane.py" line="130"/>
        <source>Show these %n transactions in the table</source>
        <translation>
            <numerusform>在交易明细里显示这 %n 笔交易</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/explanation_pane.py" line="69"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/explanation_pane.py" line="74"/>
        <source>What you can do</source>
        <translation>您可以怎么做</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/explanation_pane.py" line="100"/>
        <source>= Closing balance</source>
        <translation>= 期末余额</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/explanation_pane.py" line="113"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/explanation_pane.py" line="113"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/explanation_pane.py" line="113"/>
        <source>Description</source>
        <translation>摘要</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balanceview/ui/explanation_pane.py" line="121"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… 还有 %n 笔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../balanceview/ui/help.py" line="26"/>
        <source>Why is my balance zero?</source>
        <translation>为什么我的余额是 0？</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/help.py" line="29"/>
        <source>Help text</source>
        <translation>帮助内容</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="76"/>
        <location filename="../../balanceview/ui/import_dialog.py" line="547"/>
        <source>Import statements</source>
        <translation>导入对账单</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="90"/>
        <source>Files to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="98"/>
        <source>Purse</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="99"/>
        <location filename="../../balanceview/ui/import_dialog.py" line="312"/>
        <source>Automatic</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="103"/>
        <source>Saved column mapping</source>
        <translation>已保存的列对应方案</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="105"/>
        <source>&amp;Save mapping as profile…</source>
        <translation>保存为方案(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="113"/>
        <source>&amp;Leave out the rows that cannot be read (marked ⚠) and import the rest</source>
        <translation>跳过读不出来的行（标有 ⚠），导入其余的行(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="117"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="131"/>
        <source>Card</source>
        <translation>社保卡</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="131"/>
        <source>Automatic (from the file)</source>
        <translation>自动（按文件识别）</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="137"/>
        <source>or type the card number</source>
        <translation>或者输入卡号</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="144"/>
        <source>As detected</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>&amp;Purse:</source>
        <translation type="vanished">账户(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation type="vanished">社保卡(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="194"/>
        <source>Columns of the file</source>
        <translation>文件里的各列</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="195"/>
        <source>If a column was read wrongly, choose what it holds in the drop-down under its name.</source>
        <translation>如果哪一列认错了，请在列名下面的下拉框里选出这一列是什么内容。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="198"/>
        <source>Saved &amp;mapping:</source>
        <translation>已保存的方案(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="219"/>
        <source>Medical account</source>
        <translation>医保个人账户</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="219"/>
        <source>Bank account</source>
        <translation>银行账户</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="228"/>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="248"/>
        <source>Checking the file…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation type="vanished">自动识别（%1）</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="264"/>
        <source>Nothing is imported until you choose the purse.</source>
        <translation>选定账户之前，不会导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="266"/>
        <source>Nothing is imported until you choose the card.</source>
        <translation>选定社保卡之前，不会导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="290"/>
        <source>This file cannot be read.</source>
        <translation>这个文件读不出来。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="296"/>
        <source>Text encoding: %1</source>
        <translation>文字编码：%1</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="297"/>
        <source>Column names on line %1</source>
        <translation>列名在第 %1 行</translation>
    </message>
    <message>
        <source>Card in the file: %1</source>
        <translation type="vanished">文件里的卡号：%1</translation>
    </message>
    <message>
        <source>Holder: %1</source>
        <translation type="vanished">持卡人：%1</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="299"/>
        <source>ID number: %1</source>
        <translation>身份证号：%1</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="303"/>
        <source>First rows of the file (rows read: %1)</source>
        <translation>文件的前几行（读到的行数：%1）</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="310"/>
        <source>Automatic (each row&apos;s purse column)</source>
        <translation>自动（按每行的账户列）</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="311"/>
        <source>Choose the purse…</source>
        <translation>请选择账户…</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="329"/>
        <source>a new card, %1</source>
        <translation>一张新卡，%1</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="330"/>
        <source>a new card (the file does not give its number: you can type it in the Card box)</source>
        <translation>一张新卡（文件里没有卡号，可以在“社保卡”框里输入）</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="334"/>
        <source>Excel spreadsheet</source>
        <translation>Excel 表格</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="335"/>
        <source>GB18030 (Chinese)</source>
        <translation>GB18030（中文）</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="401"/>
        <location filename="../../balanceview/ui/import_dialog.py" line="422"/>
        <source>Save mapping as profile</source>
        <translation>保存列对应方案</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="402"/>
        <source>A name for this column mapping (for example, the bank&apos;s name):</source>
        <translation>给这个列对应方案起个名字（比如银行的名称）：</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="410"/>
        <source>The profile could not be saved; try again in a moment.</source>
        <translation>方案没能保存，请过一会儿再试。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="423"/>
        <source>A profile named “%1” exists already. Replace it?</source>
        <translation>已经有一个叫“%1”的方案了，要替换它吗？</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="477"/>
        <source>The database cannot be opened.</source>
        <translation>数据库打不开。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="492"/>
        <source>None of these files can be imported.</source>
        <translation>这些文件都不能导入。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="508"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="510"/>
        <source>Files that will be imported: %1 of %2</source>
        <translation>可以导入的文件：%1 个（共 %2 个）</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="519"/>
        <source>checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="521"/>
        <source>ready</source>
        <translation>可以导入</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="523"/>
        <source>cannot be imported</source>
        <translation>不能导入</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="545"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="545"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="560"/>
        <source>Importing “%1”…</source>
        <translation>正在导入“%1”…</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="562"/>
        <source>File %1 of %2</source>
        <translation>第 %1 个文件，共 %2 个</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="574"/>
        <source>Cancelling… The file being read is finished first, then everything this import added is taken out again.</source>
        <translation>正在取消… 会先读完当前这个文件，然后把这次导入加进去的内容全部撤回。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="615"/>
        <source>Import finished.</source>
        <translation>导入完成。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="625"/>
        <source>Import cancelled: nothing was changed.</source>
        <translation>已取消导入，什么都没有改动。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="627"/>
        <source>“%1” was not imported, and nothing was changed.</source>
        <translation>“%1”没有导入，什么都没有改动。</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../balanceview/ui/import_report.py" line="27"/>
        <source>%1: nothing new, everything in it was already in the database.</source>
        <translation>%1：没有新内容，文件里的记录都已经在数据库里。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_report.py" line="29"/>
        <source>%1: %2 new rows (import #%3)</source>
        <translation>%1：新增 %2 行（第 %3 次导入）</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_report.py" line="32"/>
        <source>%1, %2 rows</source>
        <translation>%1，%2 行</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_report.py" line="34"/>
        <source>Purse: %1</source>
        <translation>账户：%1</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_report.py" line="36"/>
        <source>Card: %1</source>
        <translation>社保卡：%1</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_report.py" line="38"/>
        <source>%1 already imported</source>
        <translation>%1 行已经导入过</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_report.py" line="39"/>
        <source>%1 that cannot be read</source>
        <translation>%1 行读不懂</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_report.py" line="42"/>
        <source>Left out: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_report.py" line="51"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_report.py" line="31"/>
        <location filename="../../balanceview/ui/import_report.py" line="42"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_report.py" line="43"/>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="vanished">%1——%2</translation>
    </message>
</context>
<context>
    <name>ImportsDialog</name>
    <message>
        <location filename="../../balanceview/ui/imports_dialog.py" line="44"/>
        <location filename="../../balanceview/ui/imports_dialog.py" line="70"/>
        <source>Imported files</source>
        <translation>已导入的文件</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/imports_dialog.py" line="46"/>
        <source>&amp;Undo import…</source>
        <translation>撤销导入(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/imports_dialog.py" line="67"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/imports_dialog.py" line="69"/>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/imports_dialog.py" line="68"/>
        <source>New rows</source>
        <translation>新增行数</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/imports_dialog.py" line="48"/>
        <source>&amp;Move to the other purse…</source>
        <translation>移到另一个账户(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/imports_dialog.py" line="50"/>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/imports_dialog.py" line="64"/>
        <source>Medical account</source>
        <translation>医保个人账户</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/imports_dialog.py" line="64"/>
        <source>Bank account</source>
        <translation>银行账户</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/imports_dialog.py" line="67"/>
        <source>Card</source>
        <translation>卡</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/imports_dialog.py" line="67"/>
        <source>Purse</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/imports_dialog.py" line="67"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/imports_dialog.py" line="68"/>
        <source>Duplicates</source>
        <translation>重复行数</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/imports_dialog.py" line="68"/>
        <source>Bad rows</source>
        <translation>读不出的行数</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/imports_dialog.py" line="69"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>文件指纹（SHA-256）</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/imports_dialog.py" line="95"/>
        <source>none (no rows)</source>
        <translation>无（没有交易）</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/imports_dialog.py" line="137"/>
        <source>Move the %1 rows of “%2” from the %3 to the %4?</source>
        <translation>把“%2”的 %1 笔交易从%3移到%4吗？</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/imports_dialog.py" line="140"/>
        <source>Rows the other purse holds already are not doubled.</source>
        <translation>另一个账户里已有的交易不会重复记入。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/imports_dialog.py" line="142"/>
        <source>Move to the other purse</source>
        <translation>移到另一个账户</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/imports_dialog.py" line="152"/>
        <source>The rows could not be moved.</source>
        <translation>这些交易没能移动。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/imports_dialog.py" line="166"/>
        <source>Remove the 1 row imported from “%1”?</source>
        <translation>要删除从“%1”导入的 1 行吗？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balanceview/ui/imports_dialog.py" line="168"/>
        <source>Remove the %n rows imported from “%1”?</source>
        <translation>
            <numerusform>要删除从“%1”导入的 %n 行吗？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/imports_dialog.py" line="169"/>
        <source>The file itself is not touched; you can import it again.</source>
        <translation>文件本身不会被改动，以后还可以再导入。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/imports_dialog.py" line="171"/>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="60"/>
        <source> (demo)</source>
        <translation>（演示）</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="61"/>
        <source>BalanceView</source>
        <translation>BalanceView</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="74"/>
        <source>&amp;Import statement…</source>
        <translation>导入对账单(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="76"/>
        <source>Open the sample &amp;data</source>
        <translation>打开示例数据(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="78"/>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="80"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="82"/>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="83"/>
        <source>Imported &amp;files…</source>
        <translation>已导入的文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="84"/>
        <source>&amp;Rename this card…</source>
        <translation>给这张卡起名(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="86"/>
        <source>Re&amp;load</source>
        <translation>重新读取(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="88"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="89"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="90"/>
        <source>&amp;Why is my balance zero?</source>
        <translation>为什么我的余额是 0？(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="92"/>
        <source>&amp;About BalanceView</source>
        <translation>关于 BalanceView(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="94"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="96"/>
        <source>&amp;Recent statements</source>
        <translation>最近导入的对账单(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="107"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="110"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="118"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="119"/>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="120"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="121"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="159"/>
        <source>The window could not read your data just now. Nothing was lost. Press F5 (or choose File ▸ Reload) to read it again.</source>
        <translation>窗口暂时没能读取您的数据，没有任何内容丢失。请按 F5（或选择“文件 ▸ 重新读取”）再读一次。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="169"/>
        <source>Import statements</source>
        <translation>导入对账单</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="170"/>
        <source>Statements (%1);;All files (*)</source>
        <translation>对账单 (%1);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>OutcomeView</name>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="199"/>
        <source>What importing will do</source>
        <translation>导入后会怎样</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="203"/>
        <source>&amp;Details…</source>
        <translation>详细情况(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="206"/>
        <source>Duplicates and rows that cannot be read</source>
        <translation>重复的行和读不出来的行</translation>
    </message>
    <message>
        <source>already imported: %1</source>
        <translation type="vanished">已经导入过：%1</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="224"/>
        <source>What the import did</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="241"/>
        <source>Nothing new: everything in this file is already in the database.</source>
        <translation>没有新内容：这个文件里的记录都已经导入过了。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="243"/>
        <source>New rows to add: %1 (%2)</source>
        <translation>将新增 %1 行（%2）</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="245"/>
        <source>Already in the database, left out: %1</source>
        <translation>已经导入过，不再重复导入：%1 行</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="246"/>
        <source>Rows that cannot be read, left out: %1</source>
        <translation>读不出来，将跳过：%1 行</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="247"/>
        <source>Lines that are not transactions, left out: %1</source>
        <translation>不是交易记录，将跳过：%1 行</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="249"/>
        <source>Card: %1</source>
        <translation>社保卡：%1</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="251"/>
        <source>A new purse will be added: %1</source>
        <translation>将新增一个账户：%1</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="256"/>
        <source>column %1: </source>
        <translation>“%1”列：</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="257"/>
        <source>cannot be read: %1</source>
        <translation>读不出来：%1</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="262"/>
        <source>Line %1 — %2</source>
        <translation>第 %1 行 — %2</translation>
    </message>
</context>
<context>
    <name>PreviewTable</name>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="140"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="140"/>
        <source>Purse</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="140"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="140"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="141"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="141"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="141"/>
        <source>Description</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="142"/>
        <source>Preview of the first rows</source>
        <translation>前几行预览</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="165"/>
        <source>Medical</source>
        <translation>医保</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="165"/>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="177"/>
        <source>p. %1, %2</source>
        <translation>第%1页 %2</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="183"/>
        <source>column %1: </source>
        <translation>“%1”列：</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_parts.py" line="184"/>
        <source>Cannot be read — %1</source>
        <translation>读不出来 — %1</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <location filename="../../balanceview/ui/print_options.py" line="24"/>
        <source>What to print</source>
        <translation>打印哪些内容</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/print_options.py" line="25"/>
        <source>Which transactions should the printed pages list?</source>
        <translation>打印出来的页面要列出哪些交易？</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/print_options.py" line="27"/>
        <source>The statement&apos;s &amp;period: the transactions that explain the balance</source>
        <translation>对账单期间(&amp;P)：说明余额所需的交易</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/print_options.py" line="29"/>
        <source>The &amp;whole history: every transaction imported (may be many pages)</source>
        <translation>全部流水(&amp;W)：导入的每一笔交易（可能有很多页）</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../balanceview/ui/print_actions.py" line="32"/>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/print_actions.py" line="61"/>
        <source>The document could not be printed.</source>
        <translation>这份文件没能打印出来。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/print_actions.py" line="80"/>
        <source>balance-explanation.pdf</source>
        <translation>余额说明.pdf</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/print_actions.py" line="84"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/print_actions.py" line="86"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/print_actions.py" line="97"/>
        <source>The PDF could not be written.</source>
        <translation>PDF 文件没能保存。</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look &amp;in:</source>
        <translation type="vanished">查找范围(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/qt_words.py" line="20"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/qt_words.py" line="21"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../balanceview/ui/qt_words.py" line="16"/>
        <source>Show Details...</source>
        <translation>显示详细信息…</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/qt_words.py" line="17"/>
        <source>Hide Details...</source>
        <translation>隐藏详细信息…</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../balanceview/ui/qt_words.py" line="23"/>
        <source>Page &amp;Set:</source>
        <translation>页面组(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>SavedFile</name>
    <message>
        <location filename="../../balanceview/ui/saved_file.py" line="17"/>
        <source>PDF saved</source>
        <translation>PDF 已保存</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/saved_file.py" line="18"/>
        <source>The PDF was saved as “%1”.</source>
        <translation>PDF 已保存为“%1”。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/saved_file.py" line="20"/>
        <source>In the folder: %1</source>
        <translation>所在文件夹：%1</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/saved_file.py" line="23"/>
        <source>&amp;Open the PDF</source>
        <translation>打开 PDF(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/saved_file.py" line="26"/>
        <source>Show in &amp;folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../balanceview/ui/settings_dialog.py" line="31"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/settings_dialog.py" line="39"/>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/settings_dialog.py" line="40"/>
        <source>Use the &amp;default</source>
        <translation>用默认位置(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/settings_dialog.py" line="51"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/settings_dialog.py" line="52"/>
        <source>Data&amp;base:</source>
        <translation>数据库(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/settings_dialog.py" line="57"/>
        <source>Another file opens the database kept there, or starts an empty one; nothing is copied, moved or deleted.</source>
        <translation>换成另一个文件，就打开那里的数据库；那里还没有的话，就新建一个空的。原来的数据不会被复制、移动或删除。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/settings_dialog.py" line="72"/>
        <source>Where to keep the database</source>
        <translation>数据库保存在哪里</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/settings_dialog.py" line="73"/>
        <source>BalanceView database (*.db);;All files (*)</source>
        <translation>BalanceView 数据库 (*.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>TransactionsModel</name>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="131"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="131"/>
        <source>Purse</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="131"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="132"/>
        <source>Description</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="133"/>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="132"/>
        <source>Amount (¥)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="132"/>
        <source>Balance (¥)</source>
        <translation>余额（元）</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="133"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="135"/>
        <source>Medical</source>
        <translation>医保</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="135"/>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="141"/>
        <source>Contribution</source>
        <translation>缴费划入</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="141"/>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="142"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="142"/>
        <source>Transfer in</source>
        <translation>转入</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="143"/>
        <source>Transfer out</source>
        <translation>转出</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="143"/>
        <source>Pharmacy</source>
        <translation>药店购药</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="144"/>
        <source>Outpatient</source>
        <translation>门诊</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="144"/>
        <source>Inpatient</source>
        <translation>住院</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="145"/>
        <source>Medical care</source>
        <translation>看病结算</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="145"/>
        <source>Family aid (共济)</source>
        <translation>家庭共济</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="146"/>
        <source>Resident premium</source>
        <translation>居民医保费</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="147"/>
        <source>Medical insurance payment</source>
        <translation>医保缴费</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="148"/>
        <source>Reimbursement</source>
        <translation>报销款</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="149"/>
        <source>Advance payment</source>
        <translation>垫付医疗费</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="149"/>
        <source>Deposit</source>
        <translation>存款</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="150"/>
        <source>Withdrawal</source>
        <translation>取款</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="150"/>
        <source>Pension or salary</source>
        <translation>养老金或工资</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="151"/>
        <source>Fee</source>
        <translation>手续费</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="151"/>
        <source>Year-end roll-over</source>
        <translation>年度结转</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="152"/>
        <source>Closed or inherited</source>
        <translation>清退或继承</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="153"/>
        <source>Inherited</source>
        <translation>继承转入</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="153"/>
        <source>Spending</source>
        <translation>消费</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="154"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="253"/>
        <source>No statement gives this purse&apos;s balance, so none is shown.</source>
        <translation>对账单没有给出这个账户的余额，所以这里不显示余额。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="256"/>
        <source>The statement says %1; its rows add up to %2.</source>
        <translation>对账单上写的是 %1，按各笔交易算出来是 %2。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="277"/>
        <source>%1, page %2, row %3</source>
        <translation>%1 第 %2 页第 %3 行</translation>
    </message>
</context>
<context>
    <name>TransactionsView</name>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="321"/>
        <source>Type, description, counterparty or reference</source>
        <translation>类型、摘要、交易对方或流水号</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="322"/>
        <source>Search transactions</source>
        <translation>搜索交易</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="325"/>
        <source>Purse</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="326"/>
        <source>Both purses</source>
        <translation>两个账户</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="330"/>
        <source>Kind of transaction</source>
        <translation>交易类型</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="331"/>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="vanished">从(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="336"/>
        <source>From date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="336"/>
        <source>Fro&amp;m</source>
        <translation>从(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="337"/>
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="337"/>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="354"/>
        <source>Transactions</source>
        <translation>交易明细</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="379"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="450"/>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balanceview/ui/transactions.py" line="453"/>
        <source>%n transaction(s)</source>
        <translation>
            <numerusform>%n 笔交易</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="462"/>
        <source>The transactions could not be read just now. Nothing was lost. Press F5 to read them again.</source>
        <translation>暂时没能读取交易明细，没有任何内容丢失。请按 F5 再读一次。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../balanceview/ui/welcome.py" line="17"/>
        <source>Why is my balance 0.00?</source>
        <translation>为什么我的余额是 0.00？</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/welcome.py" line="24"/>
        <source>A social security card has two separate purses: the medical insurance personal account and the card&apos;s bank account. Import a statement downloaded from your bank or from the medical insurance app, and BalanceView explains each balance, transaction by transaction.</source>
        <translation>社保卡上有两个互不相干的账户：医保个人账户和银行账户（金融功能）。导入从银行或医保 App 下载的对账单，BalanceView 会逐笔说明每个账户的余额是怎么来的。</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/welcome.py" line="30"/>
        <source>Import a statement…</source>
        <translation>导入对账单…</translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/welcome.py" line="31"/>
        <source>Open the sample data</source>
        <translation>打开示例数据</translation>
    </message>
</context>
</TS>
