<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <location filename="../../balanceview/ui/help.py" line="49"/>
        <source>The two balances of a Chinese social security card, explained from your own statements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/help.py" line="52"/>
        <source>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/help.py" line="54"/>
        <source>Where your data lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/help.py" line="55"/>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/help.py" line="56"/>
        <source>Log file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/help.py" line="57"/>
        <source>BalanceView never uses the network: your statements stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/help.py" line="59"/>
        <source>Chinese font: Noto Sans CJK SC (a subset), © Adobe, under the SIL Open Font License 1.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/help.py" line="71"/>
        <source>About BalanceView</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalancePanel</name>
    <message>
        <location filename="../../balanceview/ui/balance_panel.py" line="42"/>
        <source>Medical insurance personal account (医保个人账户)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/balance_panel.py" line="43"/>
        <source>Kept by the medical insurance agency; spent at designated hospitals and pharmacies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/balance_panel.py" line="46"/>
        <source>Bank account (银行账户 / 金融功能)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/balance_panel.py" line="47"/>
        <source>Kept by the card&apos;s bank: deposits, withdrawals, pension and reimbursements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/balance_panel.py" line="52"/>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/balance_panel.py" line="54"/>
        <source>¥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/balance_panel.py" line="56"/>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <location filename="../../balanceview/ui/card_page.py" line="37"/>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/card_page.py" line="46"/>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/card_page.py" line="47"/>
        <source>Balance over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/card_page.py" line="81"/>
        <source>Demo: sample statements, not your data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../balanceview/ui/chart.py" line="87"/>
        <source>Balance over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/chart.py" line="93"/>
        <source>Medical purse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/chart.py" line="93"/>
        <source>Bank purse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/chart.py" line="130"/>
        <source>%1: %2 at the end, at zero since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/chart.py" line="131"/>
        <source>%1: %2 at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/chart.py" line="135"/>
        <source>No transactions to chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/chart.py" line="159"/>
        <source>No transactions to chart for this card yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/chart.py" line="248"/>
        <source>%1 at zero since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/chart.py" line="277"/>
        <source>money in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="173"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="173"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="173"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="174"/>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="174"/>
        <source>Expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="175"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="175"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="176"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="176"/>
        <source>Other party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="177"/>
        <source>In or out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="177"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="178"/>
        <source>Purse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="178"/>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="179"/>
        <source>Total cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="179"/>
        <source>Personal account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="180"/>
        <source>Pooled fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="180"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="217"/>
        <source>(not used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="226"/>
        <source>Role of column %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../balanceview/ui/errors.py" line="23"/>
        <source>BalanceView</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/errors.py" line="73"/>
        <source>Something went wrong, and BalanceView could not finish what it was doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/errors.py" line="76"/>
        <source>The details could not be saved; they are shown below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/errors.py" line="78"/>
        <source>The details were saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplanationPane</name>
    <message>
        <location filename="../../balanceview/ui/explanation_pane.py" line="33"/>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/explanation_pane.py" line="50"/>
        <source>Choose a card to see why its balances are what they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/explanation_pane.py" line="78"/>
        <source>Medical insurance personal account (医保个人账户)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/explanation_pane.py" line="79"/>
        <source>Bank account (银行账户 / 金融功能)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/explanation_pane.py" line="86"/>
        <source>At zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/explanation_pane.py" line="91"/>
        <source>Opening balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/explanation_pane.py" line="92"/>
        <source>+ Money in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/explanation_pane.py" line="93"/>
        <source>− Money out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/explanation_pane.py" line="95"/>
        <source>± Not explained by the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/explanation_pane.py" line="100"/>
        <source>How the balance came about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/explanation_pane.py" line="125"/>
        <source>Show this transaction in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../balanceview/ui/explanation_pane.py" line="126"/>
        <source>Show these %n transactions in the table</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../balanceview/ui/help.py" line="26"/>
        <source>Why is my balance zero?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/help.py" line="29"/>
        <source>Help text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="376"/>
        <location filename="../../balanceview/ui/import_dialog.py" line="808"/>
        <source>Import statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="390"/>
        <source>Files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="398"/>
        <source>Purse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="399"/>
        <location filename="../../balanceview/ui/import_dialog.py" line="571"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="402"/>
        <source>Saved column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="404"/>
        <source>&amp;Save mapping as profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="412"/>
        <source>&amp;Leave out the rows that cannot be read (marked ⚠) and import the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="416"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="430"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="430"/>
        <source>Automatic (from the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="436"/>
        <source>or type the card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="443"/>
        <source>As detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="454"/>
        <source>&amp;Purse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="455"/>
        <source>&amp;Card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="488"/>
        <source>Columns of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="489"/>
        <source>If a column was read wrongly, choose what it holds in the drop-down under its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="492"/>
        <source>Saved &amp;mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="513"/>
        <source>Medical account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="513"/>
        <source>Bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="522"/>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="541"/>
        <source>Checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="573"/>
        <source>Automatic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="577"/>
        <source>This file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="580"/>
        <source>Text encoding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="581"/>
        <source>Column names on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="582"/>
        <source>Card in the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="583"/>
        <source>Holder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="584"/>
        <source>ID number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="589"/>
        <source>First rows of the file (rows read: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="599"/>
        <source>a new card, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="600"/>
        <source>a new card (the file does not give its number: you can type it in the Card box)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="604"/>
        <source>Excel spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="605"/>
        <source>GB18030 (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="661"/>
        <location filename="../../balanceview/ui/import_dialog.py" line="682"/>
        <source>Save mapping as profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="662"/>
        <source>A name for this column mapping (for example, the bank&apos;s name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="670"/>
        <source>The profile could not be saved; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="683"/>
        <source>A profile named “%1” exists already. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="737"/>
        <source>The database cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="752"/>
        <source>None of these files can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="768"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="770"/>
        <source>Files that will be imported: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="779"/>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="781"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="783"/>
        <source>cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="806"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="806"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="821"/>
        <source>Importing “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="823"/>
        <source>File %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="835"/>
        <source>Cancelling… The file being read is finished first, then everything this import added is taken out again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="865"/>
        <source>Import cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="867"/>
        <source>“%1” was not imported, and nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportsDialog</name>
    <message>
        <location filename="../../balanceview/ui/imports_dialog.py" line="40"/>
        <location filename="../../balanceview/ui/imports_dialog.py" line="59"/>
        <source>Imported files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/imports_dialog.py" line="42"/>
        <source>&amp;Undo import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/imports_dialog.py" line="55"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/imports_dialog.py" line="55"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/imports_dialog.py" line="55"/>
        <source>New rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/imports_dialog.py" line="56"/>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/imports_dialog.py" line="56"/>
        <source>Bad rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/imports_dialog.py" line="56"/>
        <source>Fingerprint (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/imports_dialog.py" line="112"/>
        <source>Remove the 1 row imported from “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../balanceview/ui/imports_dialog.py" line="114"/>
        <source>Remove the %n rows imported from “%1”?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/imports_dialog.py" line="115"/>
        <source>The file itself is not touched; you can import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/imports_dialog.py" line="117"/>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="44"/>
        <source> (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="45"/>
        <source>BalanceView</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="58"/>
        <source>&amp;Import statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="60"/>
        <source>Open the &amp;sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="61"/>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="63"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="65"/>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="66"/>
        <source>Imported &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="67"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="68"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="69"/>
        <source>&amp;Why is my balance zero?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="71"/>
        <source>&amp;About BalanceView</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="72"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="81"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="84"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="103"/>
        <source>Import statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/main_window.py" line="104"/>
        <source>Statements (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeView</name>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="293"/>
        <source>What importing will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="297"/>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="300"/>
        <source>Duplicates and rows that cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="324"/>
        <source>already imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="330"/>
        <source>Nothing new: everything in this file is already in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="332"/>
        <source>New rows to add: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="334"/>
        <source>Already in the database, left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="335"/>
        <source>Rows that cannot be read, left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="336"/>
        <source>Lines that are not transactions, left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="338"/>
        <source>Card: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="340"/>
        <source>A new purse will be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="345"/>
        <source>column %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="346"/>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="351"/>
        <source>Line %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewTable</name>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="243"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="243"/>
        <source>Purse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="243"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="243"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="244"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="244"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="244"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="245"/>
        <source>Preview of the first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="268"/>
        <source>Medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="268"/>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="278"/>
        <source>column %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/import_dialog.py" line="279"/>
        <source>Cannot be read — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../balanceview/ui/settings_dialog.py" line="31"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/settings_dialog.py" line="39"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/settings_dialog.py" line="40"/>
        <source>Use the &amp;default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/settings_dialog.py" line="51"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/settings_dialog.py" line="52"/>
        <source>Data&amp;base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/settings_dialog.py" line="57"/>
        <source>Another file opens the database kept there, or starts an empty one; nothing is copied, moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/settings_dialog.py" line="72"/>
        <source>Where to keep the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/settings_dialog.py" line="73"/>
        <source>BalanceView database (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransactionsModel</name>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="75"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="75"/>
        <source>Purse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="75"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="76"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="76"/>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="76"/>
        <source>Amount (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="77"/>
        <source>Balance (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="77"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="79"/>
        <source>Medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="79"/>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="83"/>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="83"/>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="84"/>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="84"/>
        <source>Transfer in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="85"/>
        <source>Transfer out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="85"/>
        <source>Pharmacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="86"/>
        <source>Outpatient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="86"/>
        <source>Inpatient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="87"/>
        <source>Medical care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="87"/>
        <source>Family aid (共济)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="88"/>
        <source>Resident premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="89"/>
        <source>Reimbursement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="90"/>
        <source>Advance payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="90"/>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="91"/>
        <source>Withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="91"/>
        <source>Pension or salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="92"/>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="92"/>
        <source>Year-end roll-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="93"/>
        <source>Closed or inherited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="94"/>
        <source>Inherited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="94"/>
        <source>Spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="95"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="161"/>
        <source>The statement says %1; its rows add up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransactionsView</name>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="213"/>
        <source>Type, description, counterparty or reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="214"/>
        <source>Search transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="217"/>
        <source>Purse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="218"/>
        <source>Both purses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="222"/>
        <source>Kind of transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="223"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="228"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="228"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="229"/>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="229"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="246"/>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/transactions.py" line="271"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../balanceview/ui/transactions.py" line="343"/>
        <source>%n transaction(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../balanceview/ui/welcome.py" line="17"/>
        <source>Why is my balance 0.00?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/welcome.py" line="24"/>
        <source>A social security card has two separate purses: the medical insurance personal account and the card&apos;s bank account. Import a statement downloaded from your bank or from the medical insurance app, and BalanceView explains each balance, transaction by transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/welcome.py" line="30"/>
        <source>Import a statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balanceview/ui/welcome.py" line="31"/>
        <source>Open the sample data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
