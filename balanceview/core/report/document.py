"""What a printer is handed: blocks of HTML, and histories read row by row as pages are made.

A history can hold a million rows, so it is never one HTML string: the printer asks for its
rows while it fills pages (ui/printing.py), and an HTML file is written piece by piece.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TextIO

from balanceview.core.report.markup import Column, table_end, table_row, table_start, text

# For a browser printing the HTML file; the printer starts a page for such a block itself.
_PAGE_BREAK = "<p style='page-break-before: always; margin: 0;'></p>"


@dataclass(frozen=True)
class Html:
    """A part laid out by Qt's rich text as a whole: it holds no more than a few pages."""

    html: str
    new_page: bool = False


@dataclass(frozen=True)
class Table:
    """A history: an introduction, then rows of plain text, a header repeated on each page."""

    intro_html: str
    columns: tuple[Column, ...]
    rows: Callable[[], Iterator[Sequence[str]]]  # a fresh reading each time it is called


Block = Html | Table


@dataclass(frozen=True)
class Report:
    """The printed explanation: its blocks, the document's title, the footer of every page."""

    title: str
    footer_left: str  # plain text, scrubbed
    page_label: str  # '第 {number} 页 / 共 {count} 页' or 'Page {number} of {count}'
    blocks: tuple[Block, ...]

    def html_parts(self) -> Iterator[str]:
        """The report as one HTML page, in pieces: a history is read row by row."""
        yield "<html><body>"
        for block in self.blocks:
            if isinstance(block, Html):
                yield (_PAGE_BREAK if block.new_page else "") + block.html
                continue
            yield block.intro_html + table_start(block.columns)
            for index, row in enumerate(block.rows()):
                yield table_row(block.columns, [text(cell) for cell in row], index)
            yield table_end()
        yield "</body></html>"

    @property
    def html(self) -> str:
        return "".join(self.html_parts())

    def write_html(self, out: TextIO) -> None:
        for part in self.html_parts():
            out.write(part)
