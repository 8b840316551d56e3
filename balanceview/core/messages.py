"""What the core tells a reader about their files, in Chinese or English, with the exact data."""

from __future__ import annotations

from typing import Any

# code -> {language: str.format template}. Every code has both languages and the same
# placeholders (tests/core/test_messages.py checks); the English is the text the core has
# always written, so logs, JSON and scripts read it unchanged.
CATALOGUE: dict[str, dict[str, str]] = {
    "amount.not_money": {"en": "'{text}' is not an amount of money", "zh": "“{text}”不是金额"},
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
    "row.no_purse": {"en": "'{text}' is neither the medical account nor the bank account",
                     "zh": "“{text}”既不是医保个人账户，也不是银行账户"},
    "duplicate": {"en": "already imported (import #{batch}, line {line}): {date} {amount}",
                  "zh": "已经导入过（第 {batch} 次导入，第 {line} 行）：{date} {amount}"},
    "not_data.footer": {"en": "a footer (totals or a notice)", "zh": "页脚（合计或说明）"},
    "not_data.comment": {"en": "a comment or separator line", "zh": "注释或分隔线"},
    "not_data.header": {"en": "the header repeated", "zh": "重复的表头"},
    "problem.line": {"en": "{file}, line {line}: {problem}",
                     "zh": "{file}，第 {line} 行：{problem}"},
    "problem.cell": {"en": "{file}, line {line}, column {column}: {problem}",
                     "zh": "{file}，第 {line} 行，“{column}”列：{problem}"},
    "refused.bad_rows": {
        "en": "{file} was not imported: {count} bad row(s). Nothing was changed. Fix the file, "
              "or use --skip-bad-rows to import the rest.",
        "zh": "{file} 没有导入：有 {count} 行读不懂，数据库没有任何改动。请修改文件，"
              "或用 --skip-bad-rows 导入其余各行。"},
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
    "report.imported": {
        "en": "{file}: imported as import #{batch} for card {card}: {parts} row(s); "
              "{duplicates} duplicate(s) skipped",
        "zh": "{file}：已导入（第 {batch} 次导入），卡 {card}：{parts}；跳过重复 {duplicates} 行"},
    "report.would_import": {
        "en": "{file}: would import for card {card}: {parts} row(s); "
              "{duplicates} duplicate(s) skipped",
        "zh": "{file}：将导入到卡 {card}：{parts}；跳过重复 {duplicates} 行"},
    "report.new_rows": {"en": "{count} new {purse}", "zh": "{purse}新增 {count} 行"},
    "report.separator": {"en": ", ", "zh": "，"},
    "report.medical": {"en": "medical", "zh": "医保个人账户"},
    "report.bank": {"en": "bank", "zh": "银行账户"},
    "report.duplicate": {"en": "  line {line}: duplicate, {why}",
                         "zh": "  第 {line} 行：重复，{why}"},
    "report.more_duplicates": {"en": "  ... and {count} more duplicates",
                               "zh": "  ……还有 {count} 行重复"},
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
