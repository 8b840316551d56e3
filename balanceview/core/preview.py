# ruff: noqa: E501  (the refusal sentences are data: broken to fit 100 columns they are harder to translate)
"""A statement as detected, and what importing it would do, shown before anything is stored."""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field, replace
from pathlib import Path

from balanceview.core import importer
from balanceview.core.dates import posted_to_iso
from balanceview.core.errors import CellProblem, StatementRefused, UserError
from balanceview.core.importer import FileOutcome, ImportOptions
from balanceview.core.masking import mask_card
from balanceview.core.money import format_fen
from balanceview.core.statements.layout import AMOUNT_ROLES
from balanceview.core.statements.source import read_source
from balanceview.core.statements.statement import Statement, parse_statement
from balanceview.core.store import Store
from balanceview.core.store.cards import CardDecision, decide_card

__all__ = ["Check", "Preview", "PreviewRow", "Refusal", "check", "import_mapped",
           "mapping_refusal", "outcome", "preview", "refusal_of"]

ROWS_SHOWN = 20  # per purse: enough to judge the mapping, few enough to read at a glance
Mapping = dict[str, list[str]]  # role -> header names, as a profile saves them


@dataclass(frozen=True)
class PreviewRow:
    """One parsed row, ready to show: every value is already text."""

    line: int
    purse: str
    date: str
    amount: str  # signed: '+186.40' came in, '-45.60' went out
    balance: str  # '' when the statement left it empty
    kind: str  # the statement's own word for the row ('药店购药'), else ours ('pharmacy')
    description: str
    page: int | None = None  # a PDF's page (line is then the row on it)

    def cells(self) -> tuple[str, str, str, str, str]:
        return self.date, self.amount, self.balance, self.kind, self.description


@dataclass
class Preview:
    """The file as BalanceView reads it; `refusal` set (and the rest empty) if it cannot."""

    file_name: str
    encoding: str = ""
    header_line: int = 0
    header: list[str] = field(default_factory=list)
    column_names: list[str] = field(default_factory=list)  # '交易时间 (A)': name and letter
    roles: list[str | None] = field(default_factory=list)  # the role of each header column
    columns: Mapping = field(default_factory=dict)
    default_purse: str = ""
    purse_reason: str = ""  # a Message: why this purse (say it with .text(lang))
    card_reason: str = ""  # a Message: which card the import will go to, and why
    card: str | None = None  # masked
    holder: str | None = None  # masked
    id_number: str | None = None  # masked
    purses: dict[str, int] = field(default_factory=dict)  # purse -> rows read
    rows: list[PreviewRow] = field(default_factory=list)  # first rows of each purse, by line
    problems: list[CellProblem] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)
    refusal: Refusal | None = None


@dataclass
class Check:
    """A preview and the dry run of the import, from one reading of the file."""

    preview: Preview
    outcome: FileOutcome | None = None
    refusal: Refusal | None = None  # the preview's, or the dry run's


def preview(path: Path, account: str | None = None, card: str | None = None,
            columns: Mapping | None = None) -> Preview:
    """Read the file without a database; `columns` overrides the detected mapping."""
    try:
        statement = parse_statement(read_source(path), account, columns)
    except UserError as error:
        return Preview(path.name, refusal=refusal_of(error))
    return describe(statement, card)


def outcome(store: Store, path: Path, options: ImportOptions,
            columns: Mapping | None = None) -> FileOutcome | Refusal:
    """What importing would do (new rows, duplicates and why, bad rows); nothing is stored."""
    checked = check(store, path, options, columns)
    return checked.outcome or checked.refusal or Refusal("other", path.name)


def check(store: Store, path: Path, options: ImportOptions,
          columns: Mapping | None = None) -> Check:
    """Preview and dry run together, so a large file is read once."""
    try:
        statement = _parse(store, path, options, columns)
    except UserError as error:
        refused = refusal_of(error)
        return Check(Preview(path.name, refusal=refused), refusal=refused)
    shown = describe(statement, options.card, store)
    try:
        return Check(shown, _store(store, statement, replace(options, dry_run=True)))
    except UserError as error:
        return Check(shown, refusal=refusal_of(error))


def import_mapped(store: Store, path: Path, options: ImportOptions,
                  columns: Mapping | None = None) -> FileOutcome:
    """import_file, with a mapping the user chose and did not save. Raises UserError."""
    return importer.import_file(store, path, replace(options, columns=columns or options.columns))


def mapping_refusal(columns: Mapping) -> Refusal | None:
    """A mapping made column by column must name the date and the money, or no row can be
    read (statement.parse_statement fails on a layout without a date column)."""
    if "date" not in columns:
        return Refusal("mapping", "no column is marked as the date")
    if not any(role in columns for role in AMOUNT_ROLES):
        return Refusal("mapping", "no column is marked as the amount, income or expense")
    return None


def _parse(store: Store, path: Path, options: ImportOptions,
           columns: Mapping | None) -> Statement:
    """As import_file reads a file, with the columns the user chose in the dialog."""
    return importer.read_statement(store, path, replace(options, columns=columns))


@dataclass(frozen=True)
class Refusal:
    """Why a file cannot be imported: a kind with a plain summary, and the technical words."""

    kind: str
    details: str
    # Bad rows are the user's to fix, so their details are said in the reader's language too;
    # the other refusals' details are the core's technical English.
    refused: StatementRefused | None = field(default=None, compare=False, repr=False)

    def summary(self, lang: str = "en") -> str:
        texts = REFUSALS.get(lang, REFUSALS["en"])
        return texts.get(self.kind, texts["other"])

    def details_in(self, lang: str = "en") -> str:
        return self.details if self.refused is None else self.refused.text(lang)


# (kind, words of the core's message that tell it). Order matters: the first match wins.
_KINDS = (
    ("empty", "the file is empty"), ("picture", "picture, not a statement"),
("archive", "a ZIP archive"), ("folder", "this is a folder"),
    ("missing", "no such file"), ("too_big", "more than a statement can be"),
    ("binary", "it holds binary data"), ("encoding", "the text cannot be read"),
    ("spreadsheet", "the spreadsheet cannot be read"), ("payment_app", "payment-app record"),
    ("pdf", "this PDF"), ("credit_card", "a credit card's"), ("credit_card", "as a credit card's are"),
    ("foreign_currency", "in another currency"), ("which_purse", "does not say which purse"),
    ("no_amount", "names no amount column"), ("disk_full", "the disk is full"),
    ("no_header", "no header row with a date"), ("busy", "another BalanceView is writing"),
    ("which_card", "does not say which card"), ("wrong_card", "is the statement of card"),
    ("unknown_card", "no card matches"), ("unknown_card", "cards; give more digits"),
    ("profile", "no saved profile named"), ("database", "the database refused"),
)


def refusal_of(error: UserError) -> Refusal:
    """The plain-language kind of a refusal; the core's own message stays as the details."""
    message = str(error)
    if isinstance(error, StatementRefused) and error.problems:
        # A copy never raised: the original's traceback would keep the whole file alive.
        return Refusal("bad_rows", message, StatementRefused(error.file_name, error.problems))
    kind = next((kind for kind, words in _KINDS if words in message), "other")
    return Refusal(kind, message)


def _store(store: Store, statement: Statement, options: ImportOptions) -> FileOutcome:
    return importer.import_statement(store, statement, options)


def describe(statement: Statement, card: str | None = None, store: Store | None = None
             ) -> Preview:
    """A parsed statement as the preview shows it; with the database, the card it will go
    to, decided by the very function the import uses."""
    layout, clue = statement.layout, statement.clue
    decision = _card_decision(statement, card, store)
    roles: list[str | None] = [None] * len(layout.header)
    for role, indices in layout.columns.items():
        for index in indices:
            roles[index] = role
    return Preview(
        statement.file_name, statement.encoding, statement.header_line, list(layout.header),
        [layout.column_name(i) for i in range(len(layout.header))], roles, layout.names(),
        statement.default_purse, statement.purse_reason,
        decision.reason if decision else "",
        decision.number if decision else (mask_card(card) if card else None) or clue.card,
        decision.holder if decision else clue.holder, clue.id_number,
        {name: len(purse) for name, purse in statement.purses.items()},
        _first_rows(statement), list(statement.problems), list(statement.skipped))


def _card_decision(statement: Statement, card: str | None, store: Store | None
                   ) -> CardDecision | None:
    if store is None:
        return None
    try:
        return decide_card(store.conn, statement.clue, card)
    except UserError:
        return None  # the dry run says why, as the import would


def _first_rows(statement: Statement) -> list[PreviewRow]:
    """The first rows of each purse as the file lists them (not oldest first, as stored)."""
    texts = statement.texts.texts
    rows = []
    for name, purse in statement.purses.items():
        place = [(purse.page[i], purse.line[i]) for i in range(len(purse))]
        for i in heapq.nsmallest(ROWS_SHOWN, range(len(purse)), key=place.__getitem__):
            amount, balance = purse.amount[i], purse.value("balance", i)
            words = [texts[purse.description[i]], texts[purse.counterparty[i]]]
            rows.append(PreviewRow(
                purse.line[i], name, posted_to_iso(purse.posted[i], bool(purse.time_known[i])),
                ("+" if amount > 0 else "") + format_fen(amount, grouping=True),
                "" if balance is None else format_fen(balance, grouping=True),
                texts[purse.raw_type[i]] or purse.kind_name(i).replace("_", " "),
                " · ".join(w for w in words if w), purse.page[i] or None))
    return sorted(rows, key=lambda row: (row.page or 0, row.line))


REFUSALS: dict[str, dict[str, str]] = {"en": {
    "empty": "The file is empty: there is nothing in it to import. Download the statement again.",
    "picture": "This is a picture, not a statement. Import the file you download from the bank's or the medical insurance website (Excel or CSV), not a photo or a screenshot of it.",
    "pdf": "This PDF cannot be read: it is a scan (pictures only), locked with a password, or damaged. Ask the bank for the statement as a PDF whose text can be selected, or as Excel or CSV.",
    "archive": "This is a compressed (ZIP) file. Unpack it first, then import the statement inside it.",
    "folder": "This is a folder. Open it and choose the statement file inside.",
    "missing": "The file is not there any more; it may have been moved or deleted.",
    "too_big": "This file is far too large to be a statement.",
    "binary": "This file is not a statement BalanceView can read. Import the Excel or CSV file you downloaded.",
    "encoding": "The text in this file cannot be read. Open it in Excel or WPS, save it again as CSV, then import that.",
    "spreadsheet": "This spreadsheet is damaged or cannot be read. Open it in Excel or WPS, save it again, then import it.",
    "payment_app": "This is a payment app's bill (Alipay, WeChat Pay, JD, Meituan…), not a statement of your social security card. Import the card's bank statement or the medical account statement instead; what you paid through the app shows up there.",
    "credit_card": "This is a credit card's bill. The bank function of the social security card is a debit account: import the card's own transaction list (交易明细) from its bank.",
    "foreign_currency": "This statement holds amounts in another currency than yuan. The card's bank account counts yuan only: import its yuan (人民币) statement.",
    "which_purse": "BalanceView cannot tell which purse this file is, and does not guess. The medical insurance personal account (医保个人账户) is kept by the medical insurance agency; the bank account (银行账户) is the card's ordinary bank account. Choose the purse, then import.",
    "no_amount": "This table has no amount column BalanceView recognises. Choose which column holds the amount (or the income and the expense).",
    "disk_full": "The disk is full: nothing was changed. Free some space, then try again.",
    "no_header": "BalanceView found no table of transactions in this file (a row of column names with a date and an amount). It may not be a statement.",
    "bad_rows": "Some rows of this file cannot be read; they are marked in the preview. Nothing was imported. You can leave those rows out and import the rest.",
    "busy": "BalanceView is already saving to this database, perhaps in another window. Wait until it has finished, then try again.",
    "which_card": "This file does not say which card it belongs to. Choose the card, then try again.",
    "wrong_card": "This file is the statement of another card than the one chosen. Choose the right card, or let BalanceView find it.",
    "unknown_card": "No card matches the number given. Type the full card number to add a new card.",
    "profile": "The saved column mapping chosen for this file no longer exists.",
    "mapping": "Choose which column holds the date, and which holds the amount (or the income and the expense).",
    "database": "The database could not store this import. Nothing was changed.",
    "other": "This file cannot be imported. Nothing was changed.",
}, "zh": {
    "empty": "这个文件是空的，没有可以导入的内容。请重新下载对账单。",
    "picture": "这是一张图片，不是对账单。请导入从银行或医保网站下载的文件（Excel 或 CSV 格式），而不是照片或截图。",
    "pdf": "这个 PDF 读不了：它是扫描件（只有图片）、设了密码，或已损坏。请向银行索取文字可以选中的 PDF 对账单，或 Excel、CSV 格式的对账单。",
    "archive": "这是压缩文件（ZIP）。请先解压，再导入里面的对账单。",
    "folder": "这是一个文件夹。请打开它，选择里面的对账单文件。",
    "missing": "文件已经不在原处，可能被移动或删除了。",
    "too_big": "这个文件太大了，不可能是对账单。",
    "binary": "这个文件不是本软件能读取的对账单。请导入下载的 Excel 或 CSV 文件。",
    "encoding": "这个文件里的文字无法识别。请用 Excel 或 WPS 打开，另存为 CSV 后再导入。",
    "spreadsheet": "这个表格文件已损坏或无法读取。请用 Excel 或 WPS 打开并重新保存后再导入。",
    "payment_app": "这是支付软件（支付宝、微信支付、京东、美团……）的账单，不是社保卡的对账单。请导入社保卡的银行流水或医保个人账户明细；通过支付软件用卡付的钱会出现在那里。",
    "credit_card": "这是信用卡账单。社保卡的金融功能是借记账户：请导入发卡银行提供的社保卡交易明细。",
    "foreign_currency": "这份对账单里有人民币以外的币种。社保卡的银行账户只记人民币：请导入人民币账户的对账单。",
    "which_purse": "看不出这个文件是哪个账户，本软件不会猜。医保个人账户由医保经办机构管理；银行账户是社保卡的普通银行账户。请选择账户后再导入。",
    "no_amount": "这个表格里没有能认出的金额列。请指定哪一列是金额（或收入和支出）。",
    "disk_full": "磁盘已满，什么都没有改变。请腾出空间后再试。",
    "no_header": "在这个文件里没有找到交易表格（含日期和金额的列名行），它可能不是对账单。",
    "bad_rows": "这个文件有几行无法读取，已在预览中标出。什么都没有导入。可以跳过这些行，导入其余的行。",
    "busy": "本软件正在向这个数据库保存数据（可能在另一个窗口）。请等它完成后再试。",
    "which_card": "这个文件没有写明属于哪张卡。请选择卡片后再试。",
    "wrong_card": "这个文件是另一张卡的对账单，与所选的卡不符。请选择正确的卡，或让软件自动识别。",
    "unknown_card": "没有与所填卡号相符的卡。要添加新卡，请填写完整卡号。",
    "profile": "为这个文件选择的列对应方案已不存在。",
    "mapping": "请指定哪一列是日期，哪一列是金额（或收入和支出）。",
    "database": "数据库无法保存这次导入，什么都没有改变。",
    "other": "这个文件无法导入，什么都没有改变。",
}}
