"""A statement file read whole, stage by stage: bytes, text, records, layout, typed rows,
purses. Its card, its purses with their rows in order, and its problems."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from balanceview.core.errors import CellProblem, UserError
from balanceview.core.masking import mask_card
from balanceview.core.messages import Message
from balanceview.core.statements import source as src
from balanceview.core.statements.cells import Cells
from balanceview.core.statements.columns import PurseColumns, TextTable
from balanceview.core.statements.encoding import detect_encoding
from balanceview.core.statements.excel import excel_records
from balanceview.core.statements.head import Head, read_head
from balanceview.core.statements.layout import (
    AMOUNT_ROLES,
    MAX_TITLE_LINES,
    Layout,
    Mapping,
    find_layout,
)
from balanceview.core.statements.purse import choose_purse
from balanceview.core.statements.purses import split_purses
from balanceview.core.statements.rows import read_rows, read_texts
from balanceview.core.statements.table import RawTable, read_table, records_table
from balanceview.core.statements.title import (
    CardClue,
    insurance_type,
    is_credit_card,
    is_payment_app,
    read_clue,
    read_period,
)


@dataclass
class Statement:
    file_name: str
    sha256: str
    encoding: str
    layout: Layout
    header_line: int
    clue: CardClue
    default_purse: str
    texts: TextTable
    purses: dict[str, PurseColumns] = field(default_factory=dict)
    problems: list[CellProblem] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (line, why: a Message)
    purse_reason: str = ""  # why the rows went to their purse: a Message
    notes: list[str] = field(default_factory=list)  # Messages: what else the reader must know
    period: tuple[date, date] | None = None  # the period the title states

    @property
    def row_count(self) -> int:
        return sum(len(p) for p in self.purses.values())


@dataclass
class _Read:
    """A file up to its raw table: what every format hands on to the typed stages."""

    encoding: str
    layout: Layout
    header_line: int
    title: str
    table: RawTable


def parse_statement(source: src.SourceFile, account: str | None = None,
                    profile: Mapping | None = None) -> Statement:
    """Read a whole file. Bad rows become problems; the caller decides to refuse or skip."""
    read = _spreadsheet(source, profile) if source.is_excel else _text_file(source, profile)
    _refuse_payment_app(source.name, read.title, read.layout.header)
    if not any(role in read.layout.columns for role in AMOUNT_ROLES):
        raise UserError(f"{source.name}: the header names no amount column (金额, 收入/支出, "
                        "个人账户支付); map one, or import the statement that has it")
    _refuse_credit_card(source.name, read.title, read.layout)
    texts = TextTable()
    cells = Cells(read.table, source.name)
    row_texts = read_texts(cells, read.layout, texts)
    choice = choose_purse(source.name, read.title, read.layout, row_texts.raw_type,
                          row_texts.description, texts, account)
    purse = choice.purse or "bank"  # an account-type column decides row by row
    rows = read_rows(cells, read.layout, row_texts, texts, purse, choice.purse is not None)
    statement = Statement(source.name, source.sha256, read.encoding, read.layout,
                          read.header_line, _clue(read.title, cells, read.layout), purse, texts,
                          problems=rows.problems, skipped=rows.skipped,
                          purse_reason=choice.reason, notes=rows.notes,
                          period=read_period(read.title))
    statement.purses = split_purses(rows, insurance_type(read.title))
    return statement


def _clue(title: str, cells: Cells, layout: Layout) -> CardClue:
    """Whose card: the title's labels, else a card-number column holding one number."""
    clue = read_clue(title)
    if clue.card or "card_number" not in layout.columns:
        return clue
    numbers = {n for n in cells.distinct_texts(layout.columns["card_number"][0]) if n.strip()}
    if len(numbers) != 1:
        return clue
    number = numbers.pop().strip()
    return replace(clue, card=mask_card(number),
                   card_full=number if number.isdigit() and len(number) >= 12 else None)


def _text_file(source: src.SourceFile, profile: Mapping | None) -> _Read:
    detected = encoding = detect_encoding(source.data, source.name, checked=False)
    data = source.data
    if encoding.startswith("utf-16"):  # the CSV engine reads bytes of one-byte units
        data, encoding = data.decode(encoding).encode(), "utf-8"
    head = read_head(data, encoding, source.name, profile)
    if head.delimiter == "|" and encoding == "gb18030":  # '|' is also a GB18030 trail byte
        data, encoding = data.decode(encoding).encode(), "utf-8"
        head = read_head(data, encoding, source.name, profile)
    table = read_table(data, head, encoding, _wanted(head.layout), source.name)
    return _Read(detected, head.layout, head.header_line, _title(head), table)


def _title(head: Head) -> str:
    return "\n".join(",".join(cells) for _, cells in head.titles)


def _spreadsheet(source: src.SourceFile, profile: Mapping | None) -> _Read:
    records = excel_records(source.data, source.name)
    layout = find_layout([cells for _, cells in records[:MAX_TITLE_LINES + 1]], profile)
    if layout is None:
        raise UserError(f"{source.name}: no header row with a date and an amount column was "
                        f"found in the first {MAX_TITLE_LINES} lines; this does not look "
                        "like a statement")
    title = "\n".join(",".join(cells) for _, cells in records[:layout.header_index])
    table = records_table(records[layout.header_index + 1:], _wanted(layout))
    return _Read("excel", layout, records[layout.header_index][0], title, table)


def _wanted(layout: Layout) -> set[int]:
    return {i for columns in layout.columns.values() for i in columns}


def _refuse_credit_card(name: str, title: str, layout: Layout) -> None:
    if is_credit_card(title, layout.header):
        raise UserError(Message("refused.credit_card", file=name))


def _refuse_payment_app(name: str, title: str, header: list[str]) -> None:
    app = is_payment_app(title, header)
    if app:
        raise UserError(
            f"{name}: this is a bill from {app}, a payment-app record, not a statement of the "
            "social security card. Import the card's bank statement or the medical account "
            "export instead; payments made with the card through the app show up there."
        )
