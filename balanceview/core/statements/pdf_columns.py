"""Where a printed table's columns are: between its ruling lines, or between the gutters its
text leaves empty from top to bottom."""

from __future__ import annotations

from dataclasses import dataclass, field
from statistics import median

from balanceview.core.statements.pdf_lines import Line
from balanceview.core.statements.pdf_text import Rule

GUTTER_EM = 0.4  # the narrowest gap between two columns of a table without lines
_SAME_RULE = 1.5  # points: strokes this close are one ruling line
_BIN = 0.5  # points: the resolution gutters are found at


@dataclass
class Columns:
    """Column edges left to right (n + 1 edges for n columns); without ruling lines, also
    the stretch each column's text covers."""

    edges: list[float]
    extents: list[tuple[float, float]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.edges) - 1

    def of(self, x: float) -> int:
        """The column a point falls in; the outer ones take what lies beyond the edges."""
        for index, edge in enumerate(self.edges[1:-1]):
            if x < edge:
                return index
        return len(self) - 1

    def used(self, line: Line) -> set[int]:
        return {self.of((g.x0 + g.x1) / 2) for g in line.glyphs}


@dataclass
class Grid:
    """A table drawn with lines: its columns, its extent and its horizontal rules."""

    columns: Columns
    top: float
    bottom: float
    rows: list[float] = field(default_factory=list)  # the y of each horizontal rule

    def holds(self, line: Line) -> bool:
        left, right = self.columns.edges[0], self.columns.edges[-1]
        return (self.top <= line.middle <= self.bottom
                and left - 2 <= line.glyphs[0].x0 and line.glyphs[-1].x1 <= right + 2)


def grid_of(rules: list[Rule]) -> Grid | None:
    """The ruled table on a page, if it has one of two columns or more."""
    verticals = _bundles([r for r in rules if r.vertical], lambda r: r.x0,
                         lambda r: r.bottom - r.top)
    if not verticals:
        return None
    longest = max(length for _, length, _ in verticals)
    kept = [(x, members) for x, length, members in verticals if length >= 0.3 * longest]
    if len(kept) < 3:
        return None  # a box around the text, or the sides of a shaded band
    top = min(r.top for _, members in kept for r in members)
    bottom = max(r.bottom for _, members in kept for r in members)
    edges = [x for x, _ in kept]
    width = edges[-1] - edges[0]
    across = [r for r in rules if not r.vertical and top - 2 <= r.top <= bottom + 2]
    rows = [y for y, length, _ in _bundles(across, lambda r: r.top, lambda r: _inside(r, edges))
            if length >= 0.5 * width]
    return Grid(Columns(edges), top, bottom, rows)


def _inside(rule: Rule, edges: list[float]) -> float:
    return max(0.0, min(rule.x1, edges[-1]) - max(rule.x0, edges[0]))


def _bundles(rules, place, length):  # type: ignore[no-untyped-def]
    """Strokes at one place (within a point and a half) as one line: its place, its total
    length and its strokes. A grid draws a cell's border stroke by stroke."""
    found: list[tuple[float, float, list[Rule]]] = []
    for rule in sorted(rules, key=place):
        if found and place(rule) - found[-1][0] <= _SAME_RULE:
            at, total, members = found[-1]
            found[-1] = (at, total + length(rule), [*members, rule])
        else:
            found.append((place(rule), length(rule), [rule]))
    return found


class Coverage:
    """How many glyphs of the table's lines cover each half point across the page."""

    def __init__(self, lines: list[Line], width: float) -> None:
        import numpy as np

        self.counts = np.zeros(int(width / _BIN) + 4, dtype=np.int32)
        self.size = median(line.size for line in lines) if lines else 10.0
        self.lines: set[int] = set()  # id() of the lines counted
        for line in lines:
            self.add(line, 1)

    def add(self, line: Line, sign: int) -> None:
        import numpy as np

        if sign > 0:
            self.lines.add(id(line))
        else:
            self.lines.discard(id(line))
        starts = np.array([g.x0 for g in line.glyphs]) / _BIN
        ends = np.array([g.x1 for g in line.glyphs]) / _BIN
        steps = np.zeros_like(self.counts)
        last = len(steps) - 1
        np.add.at(steps, np.clip(starts.astype(int), 0, last), sign)
        np.add.at(steps, np.clip(ends.astype(int) + 1, 0, last), -sign)
        self.counts += np.cumsum(steps, dtype=np.int32)

    def columns(self) -> Columns | None:
        """The gaps no line covers, GUTTER_EM wide or more, as the edges between columns."""
        import numpy as np

        full = np.flatnonzero(self.counts > 0)
        if len(full) == 0:
            return None
        gaps = np.flatnonzero(np.diff(full) > GUTTER_EM * self.size / _BIN)
        edges = [full[0] * _BIN]
        edges += [(full[i] + full[i + 1]) / 2 * _BIN for i in gaps]
        edges.append((full[-1] + 1) * _BIN)
        starts = [full[0], *(full[i + 1] for i in gaps)]
        ends = [*(full[i] for i in gaps), full[-1]]
        extents = [(float(a * _BIN), float((b + 1) * _BIN)) for a, b in zip(starts, ends,
                                                                          strict=True)]
        return Columns([float(e) for e in edges], extents) if len(edges) > 2 else None


def bridges(line: Line, columns: Columns) -> bool:
    """Whether a run of the line's text reaches over a gutter into the text of the next
    column: a title or a note, not a row of the table."""
    for run in line.runs(GUTTER_EM):
        start, end = run[0].x0, run[-1].x1
        if sum(1 for a, b in columns.extents if a < end - 0.5 and start + 0.5 < b) > 1:
            return True
    return False
