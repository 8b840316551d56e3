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

TABLE = ("<table width='100%' cellspacing='0' cellpadding='3' border='1' "
         "style='border-collapse: collapse; border-color: #999; font-size: 8.5pt; "
         "margin-top: 3px; margin-bottom: 6px;'>")
HEAD_STYLE = "background-color: #e8e8e8; font-weight: bold;"


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
    width: str  # a percentage of the table; Qt shares what is left among columns without one
    numeric: bool = False  # right-aligned, never wrapped

    def cell(self, content: str, tag: str = "td", style: str = "") -> str:
        align = " align='right'" if self.numeric else " align='left'"
        wrap = " white-space: nowrap;" if self.numeric else ""
        return (f"<{tag} width='{self.width}'{align} valign='top' style='{style}{wrap}'>"
                f"{content}</{tag}>")


def table(columns: Sequence[Column], rows: Iterable[Sequence[str]]) -> str:
    """Cells of `rows` are already escaped (text(), money(), signed())."""
    head = "".join(c.cell(text(c.title), "th", HEAD_STYLE) for c in columns)
    body = "".join("<tr>" + "".join(c.cell(v) for c, v in zip(columns, row, strict=True))
                   + "</tr>" for row in rows)
    return f"{TABLE}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
