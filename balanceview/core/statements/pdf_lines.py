"""Printed glyphs gathered into lines of text, runs of words, and the text a person reads."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from statistics import median

from balanceview.core.statements.pdf_text import Glyph

SPACE_EM = 0.15  # a gap this wide between two glyphs reads as a space
CELL_GAP_EM = 0.8  # a gap this wide parts two cells where no column says where they are
SAME_LINE_EM = 0.3  # glyphs whose middles are this close vertically share a line


@dataclass
class Line:
    """Glyphs that share a baseline, left to right (measured once they are all in)."""

    glyphs: list[Glyph]

    @cached_property
    def top(self) -> float:
        return min(g.top for g in self.glyphs)

    @cached_property
    def bottom(self) -> float:
        return max(g.bottom for g in self.glyphs)

    @cached_property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2

    @cached_property
    def size(self) -> float:
        return median(g.size for g in self.glyphs)

    @cached_property
    def text(self) -> str:
        return text_of(self.glyphs)

    def runs(self, gap_em: float = CELL_GAP_EM) -> list[list[Glyph]]:
        """The glyphs cut wherever a gap of `gap_em` ems or more parts them."""
        found: list[list[Glyph]] = [[self.glyphs[0]]]
        for glyph in self.glyphs[1:]:
            if glyph.x0 - found[-1][-1].x1 >= gap_em * glyph.size:
                found.append([glyph])
            else:
                found[-1].append(glyph)
        return found


def lines_of(glyphs: list[Glyph]) -> list[Line]:
    """Lines top to bottom. A wrapped cell set half a line off its row is a line of its own."""
    lines: list[Line] = []
    middle = 0.0
    for glyph in sorted(glyphs, key=_middle):
        if lines and abs(_middle(glyph) - middle) <= SAME_LINE_EM * glyph.size:
            lines[-1].glyphs.append(glyph)
        else:
            lines.append(Line([glyph]))
            middle = _middle(glyph)
    for line in lines:
        line.glyphs = _once(sorted(line.glyphs, key=lambda g: g.x0))
    return lines


def _middle(glyph: Glyph) -> float:
    return (glyph.top + glyph.bottom) / 2


def _once(glyphs: list[Glyph]) -> list[Glyph]:
    """Without the copies some PDFs print over a glyph, a hair to the right, to look bold."""
    kept = glyphs[:1]
    for glyph in glyphs[1:]:
        last = kept[-1]
        if not (glyph.text == last.text and glyph.x0 - last.x0 < 0.5 * (last.x1 - last.x0)):
            kept.append(glyph)
    return kept


def text_of(glyphs: list[Glyph]) -> str:
    """The glyphs' text, with a space wherever they stand apart (runs of spaces as one)."""
    if not glyphs:
        return ""
    parts = [glyphs[0].text]
    for before, glyph in zip(glyphs, glyphs[1:], strict=False):
        if glyph.x0 - before.x1 >= SPACE_EM * glyph.size:
            parts.append(" ")
        parts.append(glyph.text)
    return "".join(parts)


def join_wrapped(pieces: list[str]) -> str:
    """A cell's lines as one text. A typesetter breaks Chinese, numbers and signs anywhere
    and drops nothing; it breaks Latin words at a space, which the join puts back."""
    text = ""
    for piece in (p for p in pieces if p):
        if text and _latin(text[-1]) and _latin(piece[0]):
            text += " "
        text += piece
    return text


def _latin(char: str) -> bool:
    return char.isascii() and char.isalpha()
