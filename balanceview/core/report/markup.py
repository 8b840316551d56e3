"""HTML pieces for Qt's rich text: escaped, scrubbed text, money cells and paged tables.

Qt's rich text is a subset of HTML 4 and CSS 2: font sizes in pt, no font-family (printing
puts the shipped CJK font first), and table headers in <thead> so they repeat on every page.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from balanceview.core.masking import scrub
from balanceview.core.money import format_fen

# No cell borders: Qt lays out and paints collapsed borders about four times slower (a
# 2,000-row history took 1.7 s instead of 0.45 s); alternate rows are shaded instead.
TABLE = ("<table width='100%' cellspacing='0' cellpadding='3' border='0' "
         "style='font-size: 8.5pt; margin-top: 3px; margin-bottom: 6px;'>")
HEAD_STYLE = "background-color: #dcdcdc; font-weight: bold;"
SHADED_ROW = "<tr bgcolor='#f0f0f0'>"


def text(value: object) -> str:
    """Any text put on the page: long digit runs hidden (an unmasked number), then escaped."""
    return html.escape(scrub(str(value)), quote=True)


def money(fen: int) -> str:
    return text(format_fen(fen, grouping=True))


def signed(fen: int) -> str:
    """+1,234.56 or -1,234.56: credits and debits told apart by the sign, not by colour."""
    return text(("+" if fen > 0 else "") + format_fen(fen, grouping=True))


def heading(level: int, content: str, size: float, extra: str = "") -> str:
    return (f"<h{level} style='font-size: {size}pt; margin-top: 10px; margin-bottom: 4px; "
            f"{extra}'>{text(content)}</h{level}>")


def para(content: str, style: str = "", escaped: bool = False) -> str:
    return f"<p style='margin-top: 2px; margin-bottom: 4px; {style}'>" \
           f"{content if escaped else text(content)}</p>"


def bullets(items: Iterable[str]) -> str:
    lines = "".join(f"<li style='margin-bottom: 3px;'>{text(item)}</li>" for item in items)
    return f"<ul style='margin-top: 2px; margin-bottom: 6px;'>{lines}</ul>"


@dataclass(frozen=True)
class Column:
    title: str
    percent: int  # of the table's width, given once in the header for all rows
    numeric: bool = False  # right-aligned, never wrapped

    def head(self) -> str:
        align = "right" if self.numeric else "left"
        return (f"<th width='{self.percent}%' align='{align}' valign='bottom' "
                f"style='{HEAD_STYLE}'>{text(self.title)}</th>")

    def cell(self, content: str) -> str:
        # As few attributes as will do: each costs layout time on every row.
        if self.numeric:
            return f"<td align='right' valign='top' style='white-space: nowrap;'>{content}</td>"
        return f"<td valign='top'>{content}</td>"


def table_start(columns: Sequence[Column]) -> str:
    return f"{TABLE}<thead><tr>{''.join(c.head() for c in columns)}</tr></thead><tbody>"


def table_row(columns: Sequence[Column], cells: Sequence[str], index: int) -> str:
    """One row of escaped cells; every other row shaded, so a long table reads across."""
    return ((SHADED_ROW if index % 2 else "<tr>")
            + "".join(c.cell(v) for c, v in zip(columns, cells, strict=True)) + "</tr>")


def table_end() -> str:
    return "</tbody></table>"


def table(columns: Sequence[Column], rows: Iterable[Sequence[str]]) -> str:
    """Cells of `rows` are already escaped (text(), money(), signed())."""
    body = "".join(table_row(columns, row, index) for index, row in enumerate(rows))
    return table_start(columns) + body + table_end()
