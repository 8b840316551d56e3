"""The top of a text statement: its title lines, its header, and where its data begins.

Only the first lines are decoded here, with Python's csv module: they are few, and the header
must be found by its words before the fast reader (table.py) can be told the columns.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass

from balanceview.core.statements.layout import Layout, Mapping, find_layout

HEAD_BYTES = 256 * 1024  # title lines, header and the first data rows fit well inside
SAMPLE_ROWS = 50  # data records looked at to learn how many cells a row has
DELIMITERS = (",", "\t", ";", "|")
_LINE_END = re.compile(rb"\r\n|\n|\r")

Record = tuple[int, list[str]]  # (line as an editor numbers it, cells)


@dataclass
class Head:
    titles: list[Record]  # the records above the header
    layout: Layout
    header_line: int
    delimiter: str
    data_offset: int  # the byte where the first record after the header begins
    data_line: int  # that record's line
    width: int  # cells in a data row, trailing empty ones included


def read_head(data: bytes, encoding: str, name: str, chosen: Mapping | None = None
              ) -> Head | None:
    """Find the header among the first lines; None if there is none."""
    text = head_text(data, encoding)
    delimiter, records, layout = _best_reading(text, chosen)
    if layout is None:
        return None
    header_line, _ = records[layout.header_index]
    after = records[layout.header_index + 1:]
    data_line = after[0][0] if after else _lines_in(text) + 1
    offset = _line_start(data, data_line) if after else len(data)
    return Head(records[:layout.header_index], layout, header_line, delimiter, offset,
                data_line, _width(layout, after[:SAMPLE_ROWS]))


def head_text(data: bytes, encoding: str) -> str:
    """The first lines, cut after a line break (a break is never part of a character in
    UTF-8 or GB18030, so the cut splits none)."""
    head = data[:HEAD_BYTES]
    if len(data) > HEAD_BYTES:
        last = max(head.rfind(b"\n"), head.rfind(b"\r"))
        head = head[:last + 1] if last > 0 else head
    return head.decode(encoding, errors="replace")


def _best_reading(text: str, chosen: Mapping | None
                  ) -> tuple[str, list[Record], Layout | None]:
    """The delimiter under which the header names the most roles."""
    best: tuple[str, list[Record], Layout | None] = (",", [], None)
    best_width = 0
    for delimiter in DELIMITERS:
        records = list(records_of(text, delimiter))
        layout = find_layout([cells for _, cells in records], chosen)
        width = len(layout.columns) if layout else 0
        if width > best_width:
            best, best_width = (delimiter, records, layout), width
    return best


def records_of(text: str, delimiter: str) -> list[Record]:
    """Records of a delimited text, each with the line it starts on."""
    lines = text.splitlines(keepends=True)
    reader = csv.reader(lines, delimiter=delimiter)
    found: list[Record] = []
    previous_end = 0
    try:
        for cells in reader:
            found.append((previous_end + 1, cells))
            previous_end = reader.line_num
    except csv.Error:
        pass  # a cell longer than csv's limit: the header is found before it, or not at all
    return found


def _lines_in(text: str) -> int:
    return len(text.splitlines())


def _line_start(data: bytes, line: int) -> int:
    """The byte where an editor's line number `line` begins (CR, LF or CRLF endings)."""
    if line <= 1:
        return 0
    for count, match in enumerate(_LINE_END.finditer(data), start=2):
        if count == line:
            return match.end()
    return len(data)


def _width(layout: Layout, sample: list[Record]) -> int:
    """Cells per data row: the header's, or more where rows end in extra delimiters."""
    needed = max((i for cols in layout.columns.values() for i in cols), default=0) + 1
    counts = Counter(len(cells) for _, cells in sample if len(cells) >= needed)
    usual = counts.most_common(1)[0][0] if counts else 0
    return max(len(layout.header), needed, usual)
