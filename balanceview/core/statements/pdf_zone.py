"""Which lines of each page are the table: inside its ruling lines, or the run of lines laid
out in columns, without the title lines above and the notes below."""

from __future__ import annotations

from dataclasses import dataclass

from balanceview.core.statements.pdf_columns import GUTTER_EM, Columns, Coverage, Grid, bridges
from balanceview.core.statements.pdf_lines import Line

_ROW_RUNS = 3  # a line of three cells or more is laid out as a table row
_TRIM = 4  # title lines tried above a table, notes below it
_WRAP_GAP_EM = 1.0  # a wrapped line stands this close to its row


@dataclass
class Zone:
    first: int  # the index of the table's first line on the page
    last: int  # and of its last
    columns: Columns


def find_zones(pages: list[list[Line]], grids: list[Grid | None],
               apart: list[list[bool]]) -> list[Zone | None]:
    """Each page's table. Columns without ruling lines are found over all pages at once:
    one page may leave a column empty that the others fill."""
    spans = [None if grid else _row_span(lines, away)
             for lines, grid, away in zip(pages, grids, apart, strict=True)]
    width = max((g.x1 for lines in pages for line in lines for g in line.glyphs), default=0.0)
    coverage = Coverage([line for lines, span in zip(pages, spans, strict=True) if span
                         for line in lines[span[0]: span[1] + 1]
                         if len(line.runs(GUTTER_EM)) >= 2], width + 10)
    for lines, span in zip(pages, spans, strict=True):
        if span:
            _trim(lines, span, coverage)
    columns = coverage.columns()
    if columns:
        for lines, span in zip(pages, spans, strict=True):
            if span and span[0] <= span[1]:
                span[:] = _widen(lines, span, columns)
        columns = _with_wrapped(pages, spans, coverage, columns)
    zones: list[Zone | None] = []
    for lines, grid, span in zip(pages, grids, spans, strict=True):
        if grid:
            zones.append(_grid_zone(lines, grid))
        elif span and columns and span[0] <= span[1]:
            zones.append(Zone(span[0], span[1], columns))
        else:
            zones.append(None)
    return zones


def _row_span(lines: list[Line], apart: list[bool]) -> list[int] | None:
    rows = [i for i, line in enumerate(lines)
            if not apart[i] and len(line.runs(GUTTER_EM)) >= _ROW_RUNS]
    return [rows[0], rows[-1]] if rows else None


def _trim(lines: list[Line], span: list[int], coverage: Coverage) -> None:
    """Drops from the span's ends the lines that cross the gutters the other lines leave:
    titles above the table (户名 … 账号 …), notes below it."""
    for end, step in ((0, 1), (1, -1)):
        for _ in range(_TRIM):
            if span[0] > span[1]:
                return
            line = lines[span[end]]
            if len(line.runs(GUTTER_EM)) < 2:
                break
            coverage.add(line, -1)
            columns = coverage.columns()
            if columns is None or not bridges(line, columns):
                coverage.add(line, 1)
                break
            span[end] += step


def _with_wrapped(pages: list[list[Line]], spans: list[list[int] | None], coverage: Coverage,
                  columns: Columns) -> Columns | None:
    """The columns once the lines of wrapped cells are in: a cell wrapped in a column the
    rest of the table leaves almost empty shows how wide that column is."""
    for lines, span in zip(pages, spans, strict=True):
        for line in lines[span[0]: span[1] + 1] if span else []:
            if id(line) not in coverage.lines and not bridges(line, columns):
                coverage.add(line, 1)
    return coverage.columns()


def _widen(lines: list[Line], span: list[int], columns: Columns) -> list[int]:
    """Takes in the wrapped lines just outside the span: a last row's cell that wraps below
    it, a first row's cell centred on it that starts above it."""
    first, last = span
    while first > 0 and _wraps(lines[first - 1], lines[first], columns):
        first -= 1
    while last + 1 < len(lines) and _wraps(lines[last + 1], lines[last], columns):
        last += 1
    return [first, last]


def _wraps(line: Line, neighbour: Line, columns: Columns) -> bool:
    used = columns.used(line)
    gap = max(line.top - neighbour.bottom, neighbour.top - line.bottom)
    # Words do not count here: a wrapped cell may well read 合计 (furniture starts in the
    # first column, or stands well apart from the table).
    return 0 not in used and not bridges(line, columns) and gap <= _WRAP_GAP_EM * line.size


def _grid_zone(lines: list[Line], grid: Grid) -> Zone | None:
    inside = [i for i, line in enumerate(lines) if grid.holds(line)]
    return Zone(inside[0], inside[-1], grid.columns) if inside else None
