"""The data rows of a text statement as columns of raw cells, read by pyarrow's CSV engine.

Cells stay bytes (binary columns): GB18030 and UTF-8 alike, since neither uses the bytes of
a delimiter, quote or line break inside a character. Only the columns the layout uses are
kept. Rows with another number of cells than the header (a footer of one cell, a row whose
trailing empty cells were left out) are read again by Python's csv module and put back in
their place, so every row keeps the line an editor gives it, quoted line breaks included.
"""

from __future__ import annotations

import codecs
import csv
from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.csv as pa_csv

from balanceview.core.errors import UserError
from balanceview.core.statements.encoding import unreadable
from balanceview.core.statements.head import Head

BLOCK_BYTES = 4 << 20  # pyarrow reads in blocks; a record must fit in one


@dataclass
class RawTable:
    """Cells by column index (binary arrays, one chunk each) and each row's line."""

    columns: dict[int, pa.Array]
    lines: np.ndarray  # int64, the line each row starts on
    encoding: str  # of the cells' bytes
    pages: np.ndarray | None = None  # int64, each row's page (a PDF); None for other files

    def __len__(self) -> int:
        return len(self.lines)


def read_table(data: bytes, head: Head, encoding: str, wanted: set[int], name: str) -> RawTable:
    """The rows after the header. `wanted`: the column indices to keep."""
    _use_the_system_allocator()
    region = pa.py_buffer(data)[head.data_offset:]
    # Quotes may hide line breaks: then every column is read, to count them.
    quoted = _breaks_in_quotes(data, head.data_offset)
    columns = range(head.width) if quoted else sorted(wanted | {0})
    try:  # pyarrow can only hand over an odd row as UTF-8 text: others are read again
        table, odd = _parse(region, head, columns, quoted, encoding.startswith("utf-8"))
    except _NotUtf8:
        utf8 = _transcoded(data, head, encoding, name)
        table, odd = _parse(pa.py_buffer(utf8), head, columns, quoted, True)
        encoding = "utf-8"
    lines = _lines(table, odd, head, quoted)
    return _with_odd_rows(table, odd, lines, head, encoding, columns, wanted, name)


def _breaks_in_quotes(data: bytes, offset: int) -> bool:
    """Whether a quoted cell may hold a line break: a line break between a quote mark and
    the next one that closes it. Real exports quote a few cells ("个人账户余额不足,差额自付")
    and almost never break a line inside one: the quote marks are found one pair at a time
    (memchr), and only a file quoting many cells has its quote marks counted line by line."""
    opening, pairs = data.find(b'"', offset), 0
    while opening >= 0:
        closing = data.find(b'"', opening + 1)
        if closing < 0 or data.find(b"\n", opening, closing) >= 0 or \
                data.find(b"\r", opening, closing) >= 0:
            return True
        pairs += 1
        if pairs > _FEW_QUOTES // 2:  # every cell quoted: count each line's quote marks
            quotes = np.flatnonzero(np.frombuffer(data, dtype=np.uint8)[offset:] == 34) + offset
            return _odd_quotes_on_a_line(data, offset, quotes)
        opening = data.find(b'"', closing + 1)
    return False


_FEW_QUOTES = 200_000  # quote marks looked between one by one (a million-row file: 2,000)


def _odd_quotes_on_a_line(data: bytes, offset: int, quotes: np.ndarray) -> bool:
    text = np.frombuffer(data, dtype=np.uint8)[offset:]
    ends = np.flatnonzero((text == 10) | (text == 13))
    lines = np.searchsorted(ends, quotes - offset)
    return bool((np.bincount(lines) % 2).any())


def _use_the_system_allocator() -> None:
    """Arrow's default allocator (mimalloc) spends half a second setting itself up on its
    first large read and keeps what it freed (a million rows: 0.89 s and 805 MiB at the
    peak, against 0.36 s and 658 MiB with jemalloc)."""
    if pa.default_memory_pool().backend_name in ("jemalloc", "system"):
        return
    try:  # jemalloc gives freed memory back to the system soonest; Windows wheels lack it
        pa.set_memory_pool(pa.jemalloc_memory_pool())
    except NotImplementedError:
        pa.set_memory_pool(pa.system_memory_pool())


class _NotUtf8(Exception):
    pass


def _parse(region: pa.Buffer, head: Head, columns: range | list[int], quoted: bool,
           utf8: bool) -> tuple[pa.Table, list[tuple[int, str]]]:
    names = [f"c{i}" for i in range(head.width)]
    odd: list[tuple[int, str]] = []

    def handler(row: pa_csv.InvalidRow) -> str:
        odd.append((row.number, row.text))
        return "skip"

    try:
        table = pa_csv.read_csv(
            pa.BufferReader(region),
            read_options=pa_csv.ReadOptions(column_names=names, use_threads=False,
                                            block_size=BLOCK_BYTES),
            parse_options=pa_csv.ParseOptions(
                delimiter=head.delimiter, quote_char='"', double_quote=True,
                newlines_in_values=quoted, ignore_empty_lines=False,
                invalid_row_handler=handler if utf8 else None),
            convert_options=pa_csv.ConvertOptions(
                column_types=dict.fromkeys(names, pa.binary()),
                include_columns=[names[i] for i in columns], strings_can_be_null=False,
                quoted_strings_can_be_null=False, null_values=[]))
    except pa.ArrowInvalid as error:
        if "Empty CSV file" in str(error):  # the header is the file's last line
            return pa.table({names[i]: pa.array([], pa.binary()) for i in columns}), odd
        if "Expected" in str(error) and "columns" in str(error):
            raise _NotUtf8 from None
        raise UserError(f"the rows cannot be read as a table ({error})") from None
    return table, odd


def _transcoded(data: bytes, head: Head, encoding: str, name: str) -> bytes:
    """The rows as UTF-8, a few MB at a time; a byte the encoding cannot read is refused
    naming its line."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    step, start, parts = 1 << 22, head.data_offset, []
    for offset in range(start, len(data), step):
        try:
            parts.append(decoder.decode(data[offset:offset + step],
                                        final=offset + step >= len(data)).encode())
        except UnicodeDecodeError as error:
            raise unreadable(data, offset + error.start, encoding, name) from None
    return b"".join(parts)


def _lines(table: pa.Table, odd: list[tuple[int, str]], head: Head, quoted: bool
           ) -> np.ndarray:
    """The line of every record, good and odd, by record number (1 = the first after the
    header): records before it and the line breaks quoted inside them."""
    count = table.num_rows + len(odd)
    extra = np.zeros(count, dtype=np.int64)  # line breaks inside each record's quotes
    good = _good_numbers(count, odd)
    if quoted:
        extra[good - 1] = _breaks_in_cells(table)
        for number, text in odd:
            extra[number - 1] = _breaks(text)
    before = np.concatenate(([0], np.cumsum(extra)[:-1]))
    return head.data_line + np.arange(count, dtype=np.int64) + before


def _good_numbers(count: int, odd: list[tuple[int, str]]) -> np.ndarray:
    mask = np.ones(count, dtype=bool)
    mask[[number - 1 for number, _ in odd]] = False
    return np.flatnonzero(mask) + 1


def _breaks_in_cells(table: pa.Table) -> np.ndarray:
    import pyarrow.compute as pc

    total = np.zeros(table.num_rows, dtype=np.int64)
    for column in table.columns:
        for ending, weight in ((b"\n", 1), (b"\r", 1), (b"\r\n", -1)):
            total += weight * pc.count_substring(column, ending).to_numpy(zero_copy_only=False)
    return total


def _breaks(text: str) -> int:
    return text.count("\n") + text.count("\r") - text.count("\r\n")


def _with_odd_rows(table: pa.Table, odd: list[tuple[int, str]], lines: np.ndarray,
                   head: Head, encoding: str, columns: range | list[int], wanted: set[int],
                   name: str) -> RawTable:
    """Odd rows read by csv, padded or cut to the row width, put back in file order."""
    kept = sorted(wanted | {0})
    cells = {}
    for i in kept:  # one column at a time: a whole second copy of the table never exists
        cells[i] = table.column(f"c{i}").combine_chunks() if table.num_rows \
            else pa.array([], pa.binary())
        table = table.drop_columns([f"c{i}"])
    good = _good_numbers(len(lines), odd)
    if not odd:
        return RawTable(cells, lines[good - 1], encoding)
    rows = [_cells_of(text, head.delimiter, head.width) for _, text in odd]
    order = np.argsort(np.concatenate((good, [n for n, _ in odd])), kind="stable")
    merged = {i: pa.concat_arrays([cells[i], pa.array(
        [row[i].encode(encoding if encoding != "utf-8-sig" else "utf-8") for row in rows],
        pa.binary())]).take(pa.array(order)) for i in kept}
    every = np.concatenate((lines[good - 1], lines[[n - 1 for n, _ in odd]]))
    return RawTable(merged, every[order], encoding)


def _cells_of(text: str, delimiter: str, width: int) -> list[str]:
    try:
        found = next(csv.reader([text], delimiter=delimiter), [])
    except csv.Error:  # a cell beyond csv's limit: kept whole, refused for its size later
        found = [text]
    return (found + [""] * width)[:width]


def records_table(records: list[tuple[int, list[str]]], wanted: set[int],
                  pages: list[int] | None = None) -> RawTable:
    """Rows already split into cells (a spreadsheet; a PDF, with each row's page) as the
    same raw table."""
    kept = sorted(wanted | {0})
    lines = np.array([line for line, _ in records], dtype=np.int64)
    columns = {i: pa.array([(cells[i] if i < len(cells) else "").encode()
                            for _, cells in records], pa.binary()) for i in kept}
    return RawTable(columns, lines, "utf-8",
                    None if pages is None else np.array(pages, dtype=np.int64))
