"""What a bank prints around a statement's table on every page, told by its words: page
numbers, the time it was printed, totals."""

from __future__ import annotations

import re

from balanceview.core.statements.pdf_lines import Line

PAGE_NUMBER = "page number"
PAGE_HEADER = "page header"
PAGE_FOOTER = "page footer"
TOTALS = "totals line"
REPEATED_HEADER = "repeated header"
NO_TEXT = "page without text"  # a scanned page in a PDF whose other pages have text

_PAGE_NUMBER = re.compile(
    r"(第\d+页[,，/]?(共\d+页)?|共\d+页[,，/]?第\d+页|\d+/\d+|-\d+-|page\d+(of\d+)?|\d+of\d+)",
    re.IGNORECASE)
_PRINTED = re.compile(r"(打印时间|打印日期|打印于|printtime|printedon)[:：]?\d", re.IGNORECASE)
TOTALS_WORDS = ("合计", "总计", "小计", "共计", "本页合计", "本页小计", "人民币合计", "本页累计",
           "收入合计", "支出合计", "借方合计", "贷方合计", "借方发生额合计", "贷方发生额合计")


def reason_of(line: Line, above_table: bool) -> str:
    """Why a line is page furniture rather than a record; '' when it is not."""
    text = "".join(line.text.split())
    if _PAGE_NUMBER.fullmatch(text):
        return PAGE_NUMBER
    if _PRINTED.search(text):  # 打印时间：2024-04-01 10:00, not a column named 打印时间
        return PAGE_HEADER if above_table else PAGE_FOOTER
    first = "".join(text_of_first_run(line).split())
    if first.startswith(TOTALS_WORDS):
        return TOTALS
    return ""


def text_of_first_run(line: Line) -> str:
    from balanceview.core.statements.pdf_lines import text_of

    return text_of(line.runs()[0])


def has_digit(cells: list[str]) -> bool:
    """Rows of transactions carry dates and amounts; a table's header has no digits."""
    return any(ch.isdigit() and ch.isascii() for cell in cells for ch in cell)
