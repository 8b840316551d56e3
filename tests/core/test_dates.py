"""Dates as Chinese statements write them all land on the same day."""

from __future__ import annotations

from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from balanceview.core.dates import parse_posted, posted_to_date, posted_to_iso
from balanceview.core.errors import CellError

days = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))
times = st.times().map(lambda t: t.replace(microsecond=0))


@given(days)
def test_every_date_format_gives_the_same_day(day: date) -> None:
    forms = [day.isoformat(), f"{day.year}/{day.month}/{day.day}", day.strftime("%Y%m%d"),
             f"{day.year}年{day.month}月{day.day}日", f"{day.year}.{day.month:02d}.{day.day:02d}"]
    results = {parse_posted(form) for form in forms}
    assert len(results) == 1
    posted, time_known = results.pop()
    assert posted_to_date(posted) == day and not time_known


@given(days, times)
def test_time_inline_or_in_its_own_column(day: date, clock: time) -> None:
    inline = parse_posted(f"{day.isoformat()} {clock.isoformat()}")
    separate = parse_posted(day.strftime("%Y%m%d"), clock.strftime("%H%M%S"))
    assert inline == separate
    assert posted_to_iso(inline[0]) == f"{day.isoformat()} {clock.isoformat()}"


@pytest.mark.parametrize("text", ["2024-02-30", "2023-13-01", "yesterday", "", "1850-01-01"])
def test_impossible_dates_are_refused(text: str) -> None:
    with pytest.raises(CellError):
        parse_posted(text)


def test_impossible_time_is_refused() -> None:
    with pytest.raises(CellError):
        parse_posted("2024-01-05", "25:00:00")
