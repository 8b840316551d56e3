"""A bank's PDF statement (交易明细 / 交易流水) read into records: the rows of its table as
printed, page by page, with the title lines above it; page furniture skipped with a reason."""

from __future__ import annotations

from dataclasses import dataclass, field

from balanceview.core.statements import pdf_furniture as furniture
from balanceview.core.statements.pdf_columns import grid_of
from balanceview.core.statements.pdf_lines import Line, lines_of
from balanceview.core.statements.pdf_table import TableRow, cells_of_runs, table_rows
from balanceview.core.statements.pdf_text import read_pages
from balanceview.core.statements.pdf_zone import Zone, find_zones


@dataclass(frozen=True)
class PdfRecord:
    """One row as printed: its page (from 1), its row as a person counts the rows of that
    page's table (from 1, the header row included; 0 for a line above the table) and its
    cells' text exactly as printed."""

    page: int
    row: int
    cells: list[str]


@dataclass
class PdfTable:
    records: list[PdfRecord] = field(default_factory=list)  # in reading order
    skipped: list[tuple[int, int, str]] = field(default_factory=list)  # (page, row, reason)
    pages: int = 0


def read_pdf(data: bytes, name: str) -> PdfTable:
    """The statement's records. Raises StatementRefused (a UserError) for a PDF that is
    locked with a password, damaged, or a scan without text, saying what to ask for instead."""
    pages = read_pages(data, name)
    lines = [lines_of(page.glyphs) for page in pages]
    grids = [grid_of(page.rules) for page in pages]
    apart = [[furniture.reason_of(line, True) != "" for line in page] for page in lines]
    zones = find_zones(lines, grids, apart)
    table = PdfTable(pages=len(pages))
    first_rows: list[list[str]] = []
    for number, (page, grid, zone) in enumerate(zip(lines, grids, zones, strict=True), 1):
        if not page:  # a scanned page among printed ones: said, not silently passed over
            table.skipped.append((number, 0, furniture.NO_TEXT))
            continue
        if zone is None:
            _outside(table, number, page, 0, above=number == 1 or not table.records)
            continue
        _outside(table, number, page[: zone.first], 0, above=True)
        inside = page[zone.first: zone.last + 1]
        rows = table_rows(inside, zone.columns, grid, [_totals(line, zone) for line in inside])
        if not first_rows:
            first_rows = [row.cells for row in rows[:3]]
        _table(table, number, rows, first_rows if table.records and number > 1 else [])
        _outside(table, number, page[zone.last + 1:], len(rows), above=False)
    return table


def _outside(table: PdfTable, page: int, lines: list[Line], last_row: int, above: bool) -> None:
    """Lines above the table are title lines on the first page and page headers after it;
    lines below it are page footers."""
    for offset, line in enumerate(lines, start=1):
        row = 0 if above else last_row + offset
        reason = furniture.reason_of(line, above)
        if not reason and above and page == 1:
            table.records.append(PdfRecord(page, row, cells_of_runs(line)))
        else:
            table.skipped.append((page, row, reason or (
                furniture.PAGE_HEADER if above else furniture.PAGE_FOOTER)))


def _totals(line: Line, zone: Zone) -> bool:
    """A totals line inside the table starts in its first column (a wrapped cell that reads
    合计 stands further right)."""
    first = line.glyphs[0]
    return (zone.columns.of((first.x0 + first.x1) / 2) == 0
            and furniture.reason_of(line, False) == furniture.TOTALS)


def _table(table: PdfTable, page: int, rows: list[TableRow], first_rows: list[list[str]]
           ) -> None:
    repeating = bool(first_rows)
    for index, row in enumerate(rows):
        reason = furniture.TOTALS if row.apart else ""
        if repeating and index < len(first_rows) and row.cells == first_rows[index] \
                and not furniture.has_digit(row.cells):
            reason = furniture.REPEATED_HEADER
        else:
            repeating = False
        if reason:
            table.skipped.append((page, row.number, reason))
        else:
            table.records.append(PdfRecord(page, row.number, row.cells))

