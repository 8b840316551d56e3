"""A statement file read whole, stage by stage: bytes, text, records, layout, typed rows,
purses. Its card, its purses with their rows in order, and its problems."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from balanceview.core.errors import CellProblem
from balanceview.core.masking import mask_card, mask_id_number, mask_name
from balanceview.core.messages import Message
from balanceview.core.statements import source as src
from balanceview.core.statements.cells import Cells
from balanceview.core.statements.columns import PurseColumns, TextTable
from balanceview.core.statements.encoding import detect_encoding
from balanceview.core.statements.excel import excel_rows, sheet_table, text_records
from balanceview.core.statements.head import Head, head_text, read_head
from balanceview.core.statements.layout import (
    MAX_TITLE_LINES,
    Layout,
    Mapping,
    find_layout,
)
from balanceview.core.statements.pdf import read_pdf
from balanceview.core.statements.purse import choose_purse
from balanceview.core.statements.purses import split_purses
from balanceview.core.statements.refusals import (
    no_header,
    refuse_negative_balances,
    refuse_other_files,
)
from balanceview.core.statements.rows import read_rows, read_texts
from balanceview.core.statements.table import RawTable, read_table, records_table
from balanceview.core.statements.title import (
    CardClue,
    insurance_type,
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
    skipped: list[tuple[int, str]] = field(default_factory=list)  # lines left out before


def parse_statement(source: src.SourceFile, account: str | None = None,
                    profile: Mapping | None = None) -> Statement:
    """Read a whole file. Bad rows become problems; the caller decides to refuse or skip."""
    read = _spreadsheet(source, profile) if source.is_excel else \
        _pdf(source, profile) if source.is_pdf else _text_file(source, profile)
    source.let_go()
    refuse_other_files(source.name, read.title, read.layout)
    texts = TextTable()
    cells = Cells(read.table, source.name)
    row_texts = read_texts(cells, read.layout, texts)
    # The rows vote for a purse; blank lines and notices below the table do not ("3 of 5 rows"
    # for a file of three transactions).
    dated = cells.with_digits(read.layout.columns["date"][0])
    choice = choose_purse(source.name, read.title, read.layout, row_texts.raw_type[dated],
                          row_texts.description[dated], texts, account)
    purse = choice.purse or "bank"  # an account-type column decides row by row
    rows = read_rows(cells, read.layout, row_texts, texts, purse, choice.purse is not None)
    refuse_negative_balances(source.name, rows.kept(rows.balance), texts.texts)
    statement = Statement(source.name, source.sha256, read.encoding, read.layout,
                          read.header_line, _clue(read.title, cells, read.layout), purse, texts,
                          problems=rows.problems, skipped=rows.skipped,
                          purse_reason=choice.reason, notes=rows.notes,
                          period=read_period(read.title))
    statement.skipped = sorted(read.skipped + statement.skipped, key=lambda s: s[0])
    insurance = insurance_type(read.title)
    del read, cells  # the raw cells let go before the purses are copied out: a lower peak
    statement.purses = split_purses(rows, insurance)
    return statement


def _clue(title: str, cells: Cells, layout: Layout) -> CardClue:
    """Whose card: the title's labels, else columns that hold one card number (a whole
    one: BOC's 借记卡号 holds only its last four digits), one holder or one ID number."""
    clue = read_clue(title)
    card, holder, id_number = (_one_value(cells, layout, role)
                               for role in ("card_number", "holder", "id_number"))
    digits = "".join((card or "").split())
    if not clue.card and digits.isdigit() and len(digits) >= 12:
        clue = replace(clue, card=mask_card(digits), card_full=digits)
    if not clue.holder and holder:
        clue = replace(clue, holder=mask_name(holder), holder_name=holder)
    if not clue.id_number and id_number:
        clue = replace(clue, id_number=mask_id_number(id_number))
    return clue


def _one_value(cells: Cells, layout: Layout, role: str) -> str | None:
    if role not in layout.columns:
        return None
    found = {v.strip() for v in cells.distinct_texts(layout.columns[role][0]) if v.strip()}
    return found.pop() if len(found) == 1 else None


def _text_file(source: src.SourceFile, profile: Mapping | None) -> _Read:
    detected = encoding = detect_encoding(source.data, source.name, checked=False)
    data = source.data
    if encoding.startswith("utf-16"):  # the CSV engine reads bytes of one-byte units
        data, encoding = data.decode(encoding).encode(), "utf-8"
    head = read_head(data, encoding, source.name, profile)
    if head is None:
        raise no_header(source.name, head_text(data, encoding))
    if head.delimiter == "|" and encoding == "gb18030":  # '|' is also a GB18030 trail byte
        data, encoding = data.decode(encoding).encode(), "utf-8"
        head = read_head(data, encoding, source.name, profile)
        assert head is not None  # the same lines, in other bytes
    table = read_table(data, head, encoding, _wanted(head.layout), source.name)
    return _Read(detected, head.layout, head.header_line, _title(head), table)


def _title(head: Head) -> str:
    return "\n".join(",".join(cells) for _, cells in head.titles)


def _spreadsheet(source: src.SourceFile, profile: Mapping | None) -> _Read:
    rows = excel_rows(source.data, source.name)
    records = text_records(rows, max(MAX_TITLE_LINES + 1, 40))
    layout = find_layout([cells for _, cells in records[:MAX_TITLE_LINES + 1]], profile)
    if layout is None:
        raise no_header(source.name, "\n".join(",".join(cells) for _, cells in records[:40]))
    title = "\n".join(",".join(cells) for _, cells in records[:layout.header_index])
    table = sheet_table(rows, layout.header_index + 1, _wanted(layout))
    return _Read("excel", layout, records[layout.header_index][0], title, table)


def _pdf(source: src.SourceFile, profile: Mapping | None) -> _Read:
    """A bank's PDF statement: its printed rows as records, each with its page and row;
    the lines above the table are the title, page furniture is left out with its reason."""
    table = read_pdf(source.data, source.name)
    records = table.records
    layout = find_layout([r.cells for r in records[:MAX_TITLE_LINES + 1]], profile)
    if layout is None:
        raise no_header(source.name, "\n".join(",".join(r.cells) for r in records[:40]))
    data = records[layout.header_index + 1:]
    title = "\n".join(",".join(r.cells) for r in records[:layout.header_index])
    skipped = [(row, Message("not_data.on_page", page=page, why=Message(f"pdf.skipped.{why}")))
               for page, row, why in table.skipped]
    raw = records_table([(r.row, r.cells) for r in data], _wanted(layout),
                        [r.page for r in data])
    header = records[layout.header_index]
    return _Read("pdf", layout, header.row, title, raw, skipped)


def _wanted(layout: Layout) -> set[int]:
    return {i for columns in layout.columns.values() for i in columns}
