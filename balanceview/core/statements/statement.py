"""A statement file read whole: its card, its purses, their rows in order, and its problems."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain

import numpy as np

from balanceview.core import bulk
from balanceview.core.chunks import ChunkReader, NotPlain
from balanceview.core.errors import CellError, CellProblem, UserError
from balanceview.core.messages import Message
from balanceview.core.rows import RowReader
from balanceview.core.statements import source as src
from balanceview.core.statements.columns import NONE, PurseColumns, TextTable
from balanceview.core.statements.encoding import detect_encoding, refuse_undecodable
from balanceview.core.statements.layout import Layout, find_layout
from balanceview.core.statements.title import CardClue, insurance_type, is_payment_app, read_clue
from balanceview.core.vocabulary import contains_any, normalise_header, words


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

    @property
    def row_count(self) -> int:
        return sum(len(p) for p in self.purses.values())


def parse_statement(source: src.SourceFile, account: str | None = None,
                    profile: dict[str, list[str]] | None = None) -> Statement:
    """Read a whole file. Bad rows become problems; the caller decides to refuse or skip."""
    records, encoding, delimiter = _records(source, profile)
    head: list[src.Record] = []
    layout = None
    for record in records:
        head.append(record)
        layout = find_layout([cells for _, cells in head], profile)
        if layout or len(head) > 40:
            break
    if layout is None:
        raise UserError(f"{source.name}: no header row with a date and an amount column was "
                        "found in the first 30 lines; this does not look like a statement")
    title = "\n".join(",".join(cells) for _, cells in head[: layout.header_index])
    _refuse_payment_app(source.name, title, layout.header)
    statement = Statement(source.name, source.sha256, encoding, layout, head[-1][0],
                          read_clue(title), account or _file_purse(title, layout), TextTable())
    reader = RowReader(layout, statement.default_purse, account, statement.texts)
    _read_rows(statement, reader, _plain_first(statement, source, reader, records, delimiter))
    for purse in statement.purses.values():
        purse.insurance = insurance_type(title)
        _put_in_order(purse)
        _take_opening(purse)
    return statement


def _records(source: src.SourceFile, profile: dict[str, list[str]] | None
             ) -> tuple[Iterator[src.Record], str, str]:
    if source.is_excel:
        return src.excel_records(source), "excel", ""
    encoding = detect_encoding(source.data, source.name, checked=False)
    try:
        head = src.head_lines(source, encoding)
    except UnicodeDecodeError:
        refuse_undecodable(source.data, encoding, source.name)
        raise
    delimiter = _best_delimiter(head, profile)
    return _decoded(source, encoding, src.records(src.text_stream(source, encoding), delimiter)
                    ), encoding, delimiter


def _plain_first(statement: Statement, source: src.SourceFile, reader: RowReader,
                 records: Iterator[src.Record], delimiter: str) -> Iterator[src.Record]:
    """Reads a large file's plain stretch of data lines at once (bulk.py); gives back the
    records the row reader still has to read."""
    first = next(records, None)
    opening: list[src.Record] = []  # 期初余额 lines on top: read row by row, before the rest
    while first is not None and len(opening) < _OPENING_LINES and reader.opens(first[1]):
        opening.append(first)
        first = next(records, None)
    _read_rows(statement, reader, iter(opening))
    if first is None or source.is_excel:
        return chain([] if first is None else [first], records)
    start = _line_offset(source.data, first[0])
    stretch = bulk.read_stretch(source.data, start, first[0], statement.encoding, delimiter,
                                reader, bulk_min_rows)
    if stretch is None:
        return chain([first], records)
    for purse in list(stretch.rows):
        columns, references = stretch.rows.pop(purse)  # let each go once it is copied
        found = statement.purses.get(purse)
        if found is None:
            found = statement.purses[purse] = PurseColumns(purse)
        found.extend_arrays(columns, references)
    rest = src.records(src.text_stream(source, statement.encoding, stretch.end), delimiter)
    return _decoded(source, statement.encoding,
                    ((line + stretch.next_line - 1, cells) for line, cells in rest))


bulk_min_rows = bulk.MIN_ROWS  # tests lower it to read small files the bulk way
_OPENING_LINES = 5


def _line_offset(data: bytes, line: int) -> int:
    """The byte where an editor's line number `line` begins."""
    offset = 0
    for _ in range(line - 1):
        offset = data.index(b"\n", offset) + 1
    return offset


def _decoded(source: src.SourceFile, encoding: str, records: Iterator[src.Record]
             ) -> Iterator[src.Record]:
    """The records, with a byte the encoding cannot read refused as the whole-file check
    would have refused it (the text is decoded once, as it is read)."""
    try:
        yield from records
    except UnicodeDecodeError:
        refuse_undecodable(source.data, encoding, source.name)
        raise


def _best_delimiter(head: list[str], profile: dict[str, list[str]] | None) -> str:
    best, best_width = ",", 0
    for delimiter in src.delimiters():
        rows = [cells for _, cells in src.records(head, delimiter)]
        layout = find_layout(rows, profile)
        width = len(layout.columns) if layout else 0
        if width > best_width:
            best, best_width = delimiter, width
    return best


def _refuse_payment_app(name: str, title: str, header: list[str]) -> None:
    app = is_payment_app(title, header)
    if app:
        raise UserError(
            f"{name}: this is a bill from {app}, a payment-app record, not a statement of the "
            "social security card. Import the card's bank statement or the medical account "
            "export instead; payments made with the card through the app show up there."
        )


def _file_purse(title: str, layout: Layout) -> str:
    """Medical words or settlement columns mean the medical account; anything else the bank."""
    header = "".join(normalise_header(h) for h in layout.header)
    if layout.is_settlement or contains_any(title + header, words("medical_words")):
        return "medical"
    return "bank"


def _read_rows(statement: Statement, reader: RowReader, records: Iterator[src.Record]) -> None:
    header_first = statement.layout.header[0].strip() if statement.layout.header else ""
    footers = tuple(words("footer_words")) + ("以上", "#")
    chunk_reader = ChunkReader(reader)
    lines: list[int] = []
    chunk: list[list[str]] = []
    for line, cells in records:
        first = cells[0].strip() if cells else ""
        if not first or first.startswith(footers) or first == header_first or first[0] in "-=—":
            why = _not_data(cells, statement.layout.header)
            if why:
                if why != "blank":
                    statement.skipped.append((line, why))
                continue
        lines.append(line)
        chunk.append(cells)
        if len(chunk) >= _CHUNK:
            _read_chunk(statement, reader, chunk_reader, lines, chunk)
            lines, chunk = [], []
    if chunk:
        _read_chunk(statement, reader, chunk_reader, lines, chunk)


_CHUNK = 20_000  # data records read column by column at once


def _read_chunk(statement: Statement, reader: RowReader, chunk_reader: ChunkReader,
                lines: list[int], chunk: list[list[str]]) -> None:
    """Column by column when the chunk is plain; else row by row, naming each bad cell."""
    try:
        per_purse = chunk_reader.read(lines, chunk)
    except NotPlain:
        per_purse = _read_each_row(statement, reader, lines, chunk)
    for purse, columns in per_purse.items():
        found = statement.purses.get(purse)
        if found is None:
            found = statement.purses[purse] = PurseColumns(purse)
        found.extend_columns(columns)


def _read_each_row(statement: Statement, reader: RowReader, lines: list[int],
                   chunk: list[list[str]]) -> dict[str, list[list[object]]]:
    rows: dict[str, list[tuple[object, ...]]] = {}
    for line, cells in zip(lines, chunk, strict=True):
        try:
            purse, row = reader.read(line, cells)
        except CellError as error:
            statement.problems.append(CellProblem(line, error.column, error.message))
            continue
        rows.setdefault(purse, []).append(row)
    return {purse: [list(c) for c in zip(*found, strict=True)] for purse, found in rows.items()}


def _not_data(cells: list[str], header: list[str]) -> str:
    """Why a row whose first cell looks unusual is not a transaction ('' if it is one)."""
    texts = [c.strip() for c in cells]
    first = next((t for t in texts if t), "")
    if not first:
        return "blank"
    if first.startswith("#") or set(first) <= set("-=—_ "):
        return Message("not_data.comment")
    if first.startswith(tuple(words("footer_words"))) or first.startswith("以上"):
        return Message("not_data.footer")
    if [normalise_header(c) for c in cells] == [normalise_header(h) for h in header]:
        return Message("not_data.header")
    return ""


def _put_in_order(purse: PurseColumns) -> None:
    """Oldest first. Newest-first files (ICBC, BOC) are reversed before a stable sort, so rows
    of one day keep the order the bank gave them."""
    if len(purse) < 2:
        return
    posted = np.frombuffer(purse.posted, dtype=np.int64)
    if (posted[1:] >= posted[:-1]).all():
        return  # already oldest first: nothing to move
    order = np.arange(len(posted))
    if posted[0] > posted[-1]:
        order = order[::-1]
    if (posted[order][1:] < posted[order][:-1]).any():
        order = order[np.argsort(posted[order], kind="stable")]
    purse.select(order)


def _take_opening(purse: PurseColumns) -> None:
    """期初余额 and its kin set the opening balance and are not transactions; without one the
    opening is the first stated balance less the first amount."""
    opening, amount, balance = purse.opening, purse.amount, purse.balance
    start = 0
    while start < len(purse) and opening[start]:
        if purse.opening_balance is None:
            purse.opening_balance = purse.value("balance", start) if balance[start] != NONE \
                else amount[start]
        start += 1
    # Later carry-forward lines (承前余额 at a page top) move no money: not transactions.
    carried = [i for i in range(start, len(purse)) if opening[i] and amount[i] == 0]
    if start or carried:
        dropped = set(carried)
        purse.select([i for i in range(start, len(purse)) if i not in dropped])
    if purse.opening_balance is None and len(purse) and purse.balance[0] != NONE:
        purse.opening_balance = purse.balance[0] - purse.amount[0]
