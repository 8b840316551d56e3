"""Dates and times as statements write them, turned into one sortable integer."""

from __future__ import annotations

import re
from datetime import date, datetime

from balanceview.core.errors import CellError
from balanceview.core.messages import Message

_FULL_WIDTH = str.maketrans("０１２３４５６７８９－／：　", "0123456789-/: ")
_DATE = re.compile(
    r"(\d{4})\s*(?:[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?|(\d{2})(\d{2}))"
)
_TIME = re.compile(
    r"(\d{1,2})[:：时](\d{1,2})(?:[:：分](\d{1,2})(?:\.\d+)?秒?)?"  # 08:30:00, 8时30分
    r"|(\d{2})(\d{2})(\d{2})"  # 083000
)


def parse_posted(date_text: str, time_text: str = "") -> tuple[int, bool]:
    """Return (YYYYMMDDHHMMSS, whether a time was given) from a date cell and a time cell.

    The date cell may carry the time itself ('2024-01-05 08:30:00').
    """
    text = date_text.translate(_FULL_WIDTH).strip()
    match = _DATE.match(text)
    if not match:
        raise CellError(Message("date.not_date", text=date_text.strip()))
    year, month, day = _date_parts(match)
    _check_date(date_text, year, month, day)
    inline = text[match.end():].strip()
    if inline:
        clock = _parse_time(inline, date_text)
    else:
        clock = _time_cell(time_text)
    day_key = (year * 100 + month) * 100 + day
    if clock is None:
        return day_key * 1_000_000, False
    return day_key * 1_000_000 + clock, True


def _date_parts(match: re.Match[str]) -> tuple[int, int, int]:
    year = int(match.group(1))
    if match.group(2):
        return year, int(match.group(2)), int(match.group(3))
    return year, int(match.group(4)), int(match.group(5))


def _check_date(original: str, year: int, month: int, day: int) -> None:
    try:
        date(year, month, day)
    except ValueError:
        raise CellError(Message("date.not_real", text=original.strip())) from None
    if not 1990 <= year <= 2100:
        raise CellError(Message("date.unlikely_year", text=original.strip()))


def _time_cell(time_text: str) -> int | None:
    """A time column's cell; some banks (CIB, BOCOM) write the whole date and time there.
    A problem is the time column's (CellError.column 'time'), not the date's."""
    text = time_text.translate(_FULL_WIDTH).strip()
    dated = _DATE.match(text)
    if dated and len(text) > 8:  # '2024-03-05 10:22:13', not a bare '102213'
        text = text[dated.end():]
    try:
        return _parse_time(text, time_text)
    except CellError as error:
        raise CellError(error.message, "time") from None


def _parse_time(text: str, original: str) -> int | None:
    text = text.strip().strip("Tt").strip()
    if text in ("", "-", "--", "/"):
        return None
    if len(text) == 5 and text.isdigit():  # a time stored as a number: 91522 is 09:15:22
        text = "0" + text
    match = _TIME.fullmatch(text)
    if not match:
        raise CellError(Message("time.unreadable", text=original.strip()))
    if match.group(4):
        hour, minute, second = (int(match.group(i)) for i in (4, 5, 6))
    else:
        hour, minute = int(match.group(1)), int(match.group(2))
        second = int(match.group(3) or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise CellError(Message("time.not_real", text=original.strip()))
    return hour * 10_000 + minute * 100 + second


def posted_to_iso(posted: int, with_time: bool = True) -> str:
    """'2024-01-05 08:30:00', or '2024-01-05' when the time is not wanted or not known."""
    day, clock = divmod(posted, 1_000_000)
    year, rest = divmod(day, 10_000)
    month, dom = divmod(rest, 100)
    text = f"{year:04d}-{month:02d}-{dom:02d}"
    if with_time:
        hour, rest = divmod(clock, 10_000)
        text += f" {hour:02d}:{rest // 100:02d}:{rest % 100:02d}"
    return text


def posted_to_date(posted: int) -> date:
    day = posted // 1_000_000
    return date(day // 10_000, day // 100 % 100, day % 100)


def date_to_posted(day: date, end_of_day: bool = False) -> int:
    key = (day.year * 100 + day.month) * 100 + day.day
    return key * 1_000_000 + (235959 if end_of_day else 0)


def now_iso() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


class PostedReader:
    """parse_posted with a memory of the days it has seen: a million rows fall on a few
    thousand days, and the common 'YYYY-MM-DD HH:MM:SS' needs no regular expression."""

    def __init__(self) -> None:
        self._days: dict[str, int] = {}

    def __call__(self, date_text: str, time_text: str = "") -> tuple[int, bool]:
        text = date_text.strip()
        if len(text) == 19 and text[13] == ":" and text[16] == ":" and not time_text:
            day = self.day(text[:10])
            clock = text[11:13] + text[14:16] + text[17:19]
            if day is not None and clock.isdigit() and clock < "240000" and \
                    clock[2] < "6" and clock[4] < "6":
                return day + int(clock), True
        elif not time_text.strip():
            day = self.day(text)
            if day is not None:
                return day, False
        return parse_posted(date_text, time_text)

    def day(self, text: str) -> int | None:
        """The key of a date cell without a time, or None if it is not a plain real date."""
        day = self._days.get(text)
        if day is None and len(self._days) < 100_000:
            try:
                posted, known = parse_posted(text)
            except CellError:
                return None
            if known:
                return None
            day = self._days[text] = posted
        return day
