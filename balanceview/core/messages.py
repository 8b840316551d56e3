# ruff: noqa: E501  (the sentences are data: broken to fit 100 columns they are harder to translate)
"""What the core tells a reader about their files, in Chinese or English, with the exact data."""

from __future__ import annotations

from typing import Any

from balanceview.core.masking import scrub

# code -> {language: str.format template}. Every code has both languages and the same
# placeholders (tests/core/test_messages.py checks); the English is the text the core has
# always written, so logs, JSON and scripts read it unchanged.
CATALOGUE: dict[str, dict[str, str]] = {
    "amount.not_money": {"en": "'{text}' is not an amount of money", "zh": "“{text}”不是金额"},
    "amount.too_large": {"en": "'{text}' is larger than any amount a statement holds",
                         "zh": "“{text}”比任何对账单上的金额都大"},
    "amount.too_precise": {"en": "'{text}' has more than two decimal places",
                           "zh": "“{text}”的小数超过两位"},
    "date.not_date": {"en": "'{text}' is not a date", "zh": "“{text}”不是日期"},
    "date.not_real": {"en": "'{text}' is not a real date", "zh": "“{text}”不是真实的日期"},
    "date.unlikely_year": {"en": "'{text}' has an unlikely year",
                           "zh": "“{text}”的年份不合常理"},
    "time.unreadable": {"en": "'{text}' has a time that cannot be read",
                        "zh": "“{text}”里的时间读不懂"},
    "time.not_real": {"en": "'{text}' is not a real time", "zh": "“{text}”不是真实的时间"},
    "row.no_amount": {"en": "the row has no amount", "zh": "这一行没有金额"},
    "row.no_direction": {"en": "'{text}' says neither credit nor debit",
                         "zh": "“{text}”没有说明是收入还是支出"},
    "row.foreign_currency": {
        "en": "booked in another currency ({text}), not in yuan: BalanceView counts the card's "
              "yuan only, so the row is not added",
        "zh": "记账币种是“{text}”，不是人民币：本软件只记社保卡的人民币账，这一行不计入"},
    "note.balance_unreadable": {
        "en": "the balance column {column} holds no readable balance (the bank hides it): the "
              "balance is worked out from the rows, or unknown without an opening balance",
        "zh": "余额列“{column}”里没有可读的余额（银行隐去了）：余额只能由各行推算，没有期初余额"
              "时无法得知"},
    "row.no_purse": {"en": "'{text}' is neither the medical account nor the bank account",
                     "zh": "“{text}”既不是医保个人账户，也不是银行账户"},
    "duplicate": {"en": "already imported (import #{batch}, line {line}): {date} {amount}",
                  "zh": "已经导入过（第 {batch} 次导入，第 {line} 行）：{date} {amount}"},
    "not_data.footer": {"en": "a footer (totals or a notice)", "zh": "页脚（合计或说明）"},
    "not_data.comment": {"en": "a comment or separator line", "zh": "注释或分隔线"},
    "not_data.summary": {"en": "a closing or totals line (期末余额, 合计), not a transaction",
                         "zh": "期末余额或合计行，不是一笔交易"},
    "not_data.header": {"en": "the header repeated", "zh": "重复的表头"},
    "problem.page_cell": {"en": "{file}, page {page}, row {line}, column {column}: {problem}",
                          "zh": "{file}，第 {page} 页第 {line} 行，“{column}”列：{problem}"},
    "not_data.on_page": {"en": "page {page}: {why}", "zh": "第 {page} 页：{why}"},
    "not_data.words": {"en": "a line of words, with no date or amount", "zh": "只有文字的一行，没有日期和金额"},
    "pdf.skipped.page header": {"en": "a page header", "zh": "页眉"},
    "pdf.skipped.page footer": {"en": "a page footer", "zh": "页脚"},
    "pdf.skipped.page number": {"en": "a page number", "zh": "页码"},
    "pdf.skipped.totals line": {"en": "a totals line", "zh": "合计行"},
    "pdf.skipped.repeated header": {"en": "the header repeated", "zh": "重复的表头"},
    "pdf.skipped.page without text": {"en": "a page with no text (a scan)", "zh": "没有文字的一页（扫描件）"},
    "problem.line": {"en": "{file}, line {line}: {problem}",
                     "zh": "{file}，第 {line} 行：{problem}"},
    "problem.cell": {"en": "{file}, line {line}, column {column}: {problem}",
                     "zh": "{file}，第 {line} 行，“{column}”列：{problem}"},
    "refused.bad_rows": {
        "en": "{file} was not imported: {count} bad row(s). Nothing was changed. Fix the file, "
              "or use --skip-bad-rows to import the rest.",
        "zh": "{file} 没有导入：有 {count} 行读不懂，数据库没有任何改动。请修改文件，"
              "或用 --skip-bad-rows 导入其余各行。"},
    "refused.credit_card": {
        "en": "{file}: this is a credit card's bill, not a statement of the social security "
              "card: the card's bank function is a debit account. Import the card's own "
              "transaction list (交易明细) from its bank instead.",
        "zh": "{file}：这是信用卡账单，不是社保卡的对账单。社保卡的金融功能是借记账户，请导入"
              "发卡银行提供的社保卡交易明细。"},
    "refused.foreign_currency": {
        "en": "{file}: this statement is in another currency ({currency}), not in yuan: the social "
              "security card's bank purse is a yuan account. Import its yuan (人民币) statement.",
        "zh": "{file}：这份对账单的币种是{currency}，不是人民币。社保卡的银行账户是人民币账户，请导入"
              "人民币账户的对账单。"},
    "refused.credit_card_balances": {
        "en": "{file}: the balances are below zero, as a credit card's are, not a statement of the "
              "social security card: the card's bank function is a debit account. Import the card's "
              "own transaction list (交易明细) from its bank instead.",
        "zh": "{file}：余额是负数，像信用卡账单，不是社保卡的对账单。社保卡的金融功能是借记账户，请导入"
              "发卡银行提供的社保卡交易明细。"},
    "refused.payment_app": {
        "en": "{file}: this is a bill from {app}, a payment-app record, not a statement of the "
              "social security card. Import the card's bank statement or the medical account "
              "export instead; payments made with the card through the app show up there.",
        "zh": "{file}：这是{app}的账单，是支付软件的记录，不是社保卡的对账单。请导入社保卡的银行流水或"
              "医保个人账户明细；通过支付软件用卡付的钱会出现在那里。"},
    "refused.more": {"en": "... and {count} more bad rows", "zh": "……还有 {count} 行读不懂"},
    "refused.reason": {"en": "{file}: {reason}", "zh": "{file}：{reason}"},
    # PDF statements (core/statements/pdf_text.py): what to ask the bank for instead.
    "pdf.no_text": {
        "en": "this PDF has no text to read, only pictures (a scan or a photo of the "
              "statement). Ask the bank for the 交易明细 as a PDF from its app or website, "
              "whose text can be selected, or as Excel or CSV",
        "zh": "这个 PDF 里只有图片，没有可读取的文字（是扫描件或照片）。请向银行索取由手机银行"
              "或网上银行导出的交易明细 PDF（文字可以选中），或 Excel、CSV 格式"},
    "pdf.password": {
        "en": "this PDF is locked with a password. Ask the bank for the statement without a "
              "password, or as Excel or CSV",
        "zh": "这个 PDF 设有打开密码，无法读取。请向银行索取不加密码的交易明细，或 Excel、"
              "CSV 格式"},
    "pdf.damaged": {
        "en": "this PDF is damaged or incomplete and cannot be read. Download the statement "
              "again, or ask the bank for a new copy",
        "zh": "这个 PDF 已损坏或不完整，无法读取。请重新下载交易明细，或向银行重新索取"},
    # The command line's import report.
    "report.nothing_new": {
        "en": "{file}: already imported, nothing new ({duplicates} duplicate rows skipped)",
        "zh": "{file}：已经导入过，没有新内容（跳过 {duplicates} 行重复）"},
    "report.no_rows": {
        "en": "{file}: no rows to import (every row was left out; see below)",
        "zh": "{file}：没有可导入的行（各行都被跳过，见下文）"},
    "report.imported": {
        "en": "{file}: imported as import #{batch} to {card}: {parts} row(s); "
              "{duplicates} duplicate(s) skipped",
        "zh": "{file}：已导入（第 {batch} 次导入）到 {card}：{parts}；跳过重复 {duplicates} 行"},
    "report.would_import": {
        "en": "{file}: would import to {card}: {parts} row(s); "
              "{duplicates} duplicate(s) skipped",
        "zh": "{file}：将导入到 {card}：{parts}；跳过重复 {duplicates} 行"},
    "report.new_rows": {"en": "{count} new {purse}", "zh": "{purse}新增 {count} 行"},
    "report.separator": {"en": ", ", "zh": "，"},
    "report.medical": {"en": "medical", "zh": "医保个人账户"},
    "report.bank": {"en": "bank", "zh": "银行账户"},
    "report.duplicate": {"en": "  line {line}: duplicate, {why}",
                         "zh": "  第 {line} 行：重复，{why}"},
    "report.more_duplicates": {"en": "  ... and {count} more duplicates",
                               "zh": "  ……还有 {count} 行重复"},
    "report.moved": {
        "en": "Import #{batch} moved to the {purse} purse: {rows} row(s); {duplicates} "
              "row(s) it held already dropped",
        "zh": "第 {batch} 次导入已移到{purse}：{rows} 行；其中已有的 {duplicates} 行不重复记账"},
    "ask.restore": {"en": "Put back backup {name}? The database as it is now is backed up "
                          "first. [y/N]",
                    "zh": "要恢复备份 {name} 吗？恢复前会先备份现在的数据库。[y/N]"},
    "report.not_restored": {"en": "Nothing was changed.", "zh": "什么都没有改变。"},
    "report.restored": {"en": "Backup {name} put back; the database as it was is backup "
                              "{saved}.",
                        "zh": "已恢复备份 {name}；恢复前的数据库已备份为 {saved}。"},
    "backup.missing": {
        "en": "there is no backup named {name} any more (see `balanceview backups`); nothing "
              "was changed",
        "zh": "备份 {name} 已经不在了（可用 `balanceview backups` 查看现有的备份）；数据没有任何改变"},
    "backup.damaged": {
        "en": "backup {name} is damaged and cannot be put back; nothing was changed. Choose "
              "another backup",
        "zh": "备份 {name} 已损坏，无法恢复；数据没有任何改变。请选另一份备份"},
    "backup.busy": {
        "en": "backup {name} was not put back: another BalanceView is writing to this "
              "database; nothing was changed. Try again when it has finished",
        "zh": "备份 {name} 没有恢复：另一个本软件窗口正在写入这个数据库；数据没有任何改变。"
              "请等它完成后再试"},
    "backup.disk_full": {
        "en": "backup {name} was not put back: the disk is full; nothing was changed. Free "
              "some space, then try again",
        "zh": "备份 {name} 没有恢复：磁盘已满；数据没有任何改变。请腾出一些空间后再试"},
    "backup.newer": {
        "en": "backup {name} was written by a newer BalanceView; nothing was changed. Update "
              "BalanceView to put it back",
        "zh": "备份 {name} 是较新版本的本软件留下的；数据没有任何改变。请先更新本软件再恢复"},
    "purse.name.medical": {"en": "the medical account (医保个人账户)", "zh": "医保个人账户"},
    "purse.name.bank": {"en": "the bank account (银行账户)", "zh": "银行账户"},
    "purse.chosen": {"en": "{purse}, as you chose", "zh": "{purse}，这是您选定的"},
    "purse.column": {"en": "each row's purse from its “{column}” column",
                     "zh": "每一行按“{column}”列分到两个账户"},
    "purse.title": {"en": "{purse}: the title says {words}", "zh": "{purse}：标题写着{words}"},
    "purse.header": {"en": "{purse}: the columns include {words}",
                     "zh": "{purse}：表头有{words}"},
    "purse.rows": {"en": "{purse}: {count} of {total} rows are {words}",
                   "zh": "{purse}：{total} 行中有 {count} 行是{words}"},
    "purse.unknown": {
        "en": "{file}: this file does not say which purse it is, and BalanceView does not "
              "guess. The medical insurance personal account (医保个人账户) is kept by the "
              "medical insurance agency and moves with contributions and medical spending; the "
              "bank account (银行账户) is the card's ordinary bank account. Import the file "
              "again with --account medical or --account bank.",
        "zh": "{file}：文件里看不出是哪个账户，本软件不会猜。医保个人账户由医保经办机构管理，随"
              "缴费划入和看病买药变动；银行账户是社保卡的普通银行账户。请加上 --account medical"
              "（医保个人账户）或 --account bank（银行账户）重新导入。"},
    "card.by_number": {"en": "the file names card {card}", "zh": "文件写明是卡 {card}"},
    "card.named_now": {"en": "the file names card {card}: the database's only card now carries "
                             "this number",
                       "zh": "文件写明卡号 {card}：数据库里唯一的卡记下了这个卡号"},
    "card.new_number": {"en": "the file names card {card}, which is not in the database yet: a "
                              "new card",
                        "zh": "文件写明卡号 {card}，数据库里还没有：新建一张卡"},
    "card.by_holder": {"en": "the file names the holder of card {card}",
                       "zh": "文件写明的持卡人是卡 {card} 的持卡人"},
    "card.new_person": {"en": "the file names another person ({card}) than every card in the "
                              "database: a new card",
                        "zh": "文件写明的人（{card}）与数据库里每张卡的持卡人都不同：新建一张卡"},
    "card.first": {"en": "a new card {card}: the database holds no card yet",
                   "zh": "新建一张卡 {card}：数据库里还没有卡"},
    "card.first_unnamed": {"en": "a new card: the database holds no card yet",
                           "zh": "新建一张卡：数据库里还没有卡"},
    "card.only": {"en": "no card number in the file: joined {card}, the database's only card",
                  "zh": "文件里没有卡号：并入数据库里唯一的卡 {card}"},
    "card.which": {
        "en": "this file does not say which card it belongs to, and the database holds {count} "
              "cards: name one with --card (for example its last four digits)",
        "zh": "文件里没有写明是哪张卡，而数据库里有 {count} 张卡：请用 --card 指明"
              "（例如卡号后四位）"},
    "card.chosen": {"en": "card {card}, as you chose", "zh": "您选定的卡 {card}"},
    "card.ambiguous": {"en": "--card {wanted} matches {count} cards; give more digits",
                       "zh": "--card {wanted} 对应 {count} 张卡，请多写几位"},
    "card.not_this": {"en": "the file is the statement of card {card}, not of --card {wanted}",
                      "zh": "这个文件是卡 {card} 的对账单，不是 --card {wanted} 的"},
    "card.no_match": {"en": "no card matches --card {wanted}; give the full card number to add "
                            "a card",
                      "zh": "没有与 --card {wanted} 相符的卡；要添加新卡请写完整卡号"},
    "card.unnamed": {"en": "Card {id}", "zh": "社保卡 {id}"},
    "report.purse": {"en": "  {reason}", "zh": "  {reason}"},
    "report.card": {"en": "  card: {reason}", "zh": "  卡：{reason}"},
    "report.note": {"en": "  note: {note}", "zh": "  注意：{note}"},
    "balances.none": {"en": "No statements imported yet. Start with: balanceview import FILE",
                      "zh": "还没有导入对账单。先运行：balanceview import 文件"},
    "balances.line": {"en": "{card}  {purse}: {shown} ({count} transaction(s){as_of})",
                      "zh": "{card}  {purse}：{shown}（{count} 笔交易{as_of}）"},
    "balances.not_imported": {"en": "not imported", "zh": "没有导入"},
    "balances.unknown": {"en": "balance unknown (no statement states it); net change of the rows {net}",
                         "zh": "余额不详（没有对账单写明余额）；各行净变化 {net}"},
    "balances.last_row": {"en": ", last row {day}", "zh": "，最后一笔 {day}"},
    "report.bad_row": {"en": "  skipped bad row: {problem}", "zh": "  跳过读不懂的行：{problem}"},
}


def template(code: str, lang: str) -> str:
    """The code's template in the language; English for a language we do not speak."""
    texts = CATALOGUE[code]
    return texts.get(lang, texts["en"])


class Message(str):
    """A sentence for the reader, kept as its code and facts so it can be said in Chinese.

    It is also the str of its English text: callers that print, compare, search or write it
    to JSON (the CLI's contract, golden files, tests) go on working as before.
    """

    code: str
    facts: dict[str, Any]

    def __new__(cls, code: str, **facts: Any) -> Message:
        # A fact may quote a cell: a card or ID number in it is masked before anyone sees it.
        facts = {name: scrub(value) if type(value) is str else value
                 for name, value in facts.items()}
        made = super().__new__(cls, template(code, "en").format(**facts))
        made.code, made.facts = code, facts
        return made

    def text(self, lang: str = "en") -> str:
        """The sentence in 'zh' or 'en'; facts that are messages are said in it too."""
        facts = {name: say(value, lang) for name, value in self.facts.items()}
        return template(self.code, lang).format(**facts)

    def __reduce__(self) -> tuple[Any, ...]:
        # Copies (dataclasses.asdict deep-copies) are made from the code and facts.
        return _rebuild, (self.code, self.facts)


def _rebuild(code: str, facts: dict[str, Any]) -> Message:
    return Message(code, **facts)


def say(value: object, lang: str) -> Any:
    """A Message in the reader's language; anything else (a number, a file name) as it is."""
    return value.text(lang) if isinstance(value, Message) else value
