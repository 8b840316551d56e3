"""A page's table as rows of cells: a wrapped cell's lines joined back to the row they belong to."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from balanceview.core.statements.pdf_columns import Columns, Grid, bridges
from balanceview.core.statements.pdf_lines import Line, join_wrapped, text_of


@dataclass
class TableRow:
    number: int  # as a person counts the rows of the page's table, from 1
    cells: list[str]
    lines: list[Line]
    apart: bool = False  # a line of the page's furniture (本页合计), not of the table


def cells_of_runs(line: Line) -> list[str]:
    """A line outside the table (a title, a note): its pieces as far apart as cells are."""
    return [text_of(run) for run in line.runs()]


def table_rows(zone: list[Line], columns: Columns, grid: Grid | None, apart: list[bool]
               ) -> list[TableRow]:
    """The zone's lines grouped into rows: by the grid's horizontal rules where each band
    holds one row, else each line that starts a row takes the wrapped lines nearest it.
    Lines `apart` (page furniture) and lines across columns (notes) are rows of their own."""
    rules = grid.rows if grid else []
    band = [bisect_left(rules, line.middle) for line in zone]  # rules run top to bottom
    lone = [alone or (grid is None and bridges(line, columns))
            for line, alone in zip(zone, apart, strict=True)]
    starts = [not lone[i] and _starts_row(line, columns) for i, line in enumerate(zone)]
    if rules and _one_row_a_band(band, starts):
        groups = _by_band(band, lone)
    else:
        groups = _by_nearness(zone, band, starts, lone)
    rows = []
    for number, group in enumerate(sorted(groups, key=min), start=1):
        lines = [zone[i] for i in sorted(group)]
        cells = cells_of_runs(lines[0]) if lone[group[0]] else _cells(lines, columns)
        rows.append(TableRow(number, cells, lines, apart[group[0]]))
    return rows


def _starts_row(line: Line, columns: Columns) -> bool:
    """A row's own line fills its first column (the date, a serial number); the further
    lines of its wrapped cells only fill columns further right."""
    return 0 in columns.used(line)


def _one_row_a_band(band: list[int], starts: list[bool]) -> bool:
    counts: dict[int, int] = {}
    for where, start in zip(band, starts, strict=True):
        counts[where] = counts.get(where, 0) + start
    return max(counts.values(), default=0) <= 1


def _by_band(band: list[int], lone: list[bool]) -> list[list[int]]:
    groups: dict[int, list[int]] = {}
    for index, where in enumerate(band):
        groups.setdefault(-index - 1 if lone[index] else where, []).append(index)
    return list(groups.values())


def _by_nearness(zone: list[Line], band: list[int], starts: list[bool], lone: list[bool]
                 ) -> list[list[int]]:
    """Wrapped lines between two rows go to the row on their side of the widest gap; a rule
    between two lines is the widest gap of all. A top-aligned cell wraps downwards, a cell
    centred in its row (CMB) both ways."""
    heads = [i for i, start in enumerate(starts) if start]
    groups = {i: [i] for i in heads} | {i: [i] for i, alone in enumerate(lone) if alone}
    bounds = [-1, *heads, len(zone)]
    for above, below in zip(bounds, bounds[1:], strict=False):
        between = [i for i in range(above + 1, below) if not lone[i]]
        if not between:
            continue
        if above < 0 or below >= len(zone):
            owner = below if above < 0 else above
            if owner < 0 or owner >= len(zone):
                groups[between[0]] = between  # no row on the page to join: a row of its own
            else:
                groups[owner].extend(between)
            continue
        chain = [above, *between, below]
        gaps = [_gap(zone, band, a, b) for a, b in zip(chain, chain[1:], strict=False)]
        cut = max(range(len(gaps)), key=lambda k: (gaps[k], k))
        groups[above].extend(chain[1:cut + 1])
        groups[below].extend(chain[cut + 1:-1])
    return list(groups.values())


def _gap(zone: list[Line], band: list[int], a: int, b: int) -> float:
    if band[a] != band[b]:
        return float("inf")
    return zone[b].top - zone[a].bottom


def _cells(lines: list[Line], columns: Columns) -> list[str]:
    pieces: list[list[str]] = [[] for _ in range(len(columns))]
    for line in lines:
        parts: list[list] = [[] for _ in range(len(columns))]  # type: ignore[type-arg]
        for glyph in line.glyphs:
            parts[columns.of((glyph.x0 + glyph.x1) / 2)].append(glyph)
        for column, glyphs in enumerate(parts):
            pieces[column].append(text_of(glyphs))
    return [join_wrapped(p) for p in pieces]
