"""The balance chart: it draws for any card, marks the zero date, and reads its data lazily."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QColor, QImage

from balanceview.core import browse
from balanceview.ui import chart as chart_module
from balanceview.ui.chart import ChartView, purse_line
from balanceview.ui.session import Session


@pytest.fixture
def chart(qtbot) -> ChartView:  # type: ignore[no-untyped-def]
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(800, 400)
    return view


def rendered(view: ChartView) -> QImage:
    image = QImage(view.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    view.render(image)
    return image


def colours(image: QImage) -> set[str]:
    return {image.pixelColor(x, y).name() for x in range(0, image.width(), 2)
            for y in range(0, image.height(), 2)}


def test_an_empty_chart_renders(chart: ChartView) -> None:
    assert not rendered(chart).isNull()
    assert chart.zero_dates() == {}
    assert chart.accessibleName() == "Balance over time"


def test_every_sample_card_renders_with_its_purses(chart: ChartView, session: Session) -> None:
    for card in session.cards():
        chart.set_card(session, card)
        seen = colours(rendered(chart))
        for line in chart.lines():
            if line.points:
                assert chart.colour(line.kind).name() in seen


def test_the_zero_date_is_reported(chart: ChartView, session: Session) -> None:
    card = next(c for c in session.cards() if (c.number or "").endswith("0001"))
    chart.set_card(session, card)
    rendered(chart)
    assert chart.zero_dates() == {"medical": date(2024, 10, 18)}
    assert "at zero since 2024-10-18" in chart.accessibleDescription()


def test_a_hidden_chart_reads_nothing_until_shown(qtbot, chart: ChartView, session: Session,  # type: ignore[no-untyped-def]
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = browse.balance_series
    monkeypatch.setattr(chart_module.browse, "balance_series",
                        lambda conn, account, points: calls.append(account) or real(
                            conn, account, points))
    chart.set_card(session, session.cards()[0])
    assert calls == []
    chart.show()
    qtbot.waitExposed(chart)
    assert calls


def test_the_line_steps_from_the_opening_and_keeps_spikes() -> None:
    bucket = browse.Bucket(20240101000000, 20240103000000, 500, 100, 900, 300, 4, 1, 700,
                           20240102000000)
    series = browse.BalanceSeries(1, 200, (bucket,), None)
    line = purse_line("medical", series)
    assert [fen for _, fen in line.points] == [200, 500, 100, 900, 300]
    assert line.credits and line.last_fen == 300 and line.zero_day is None


@pytest.mark.parametrize(("left", "right", "label"), [
    ("2014-01-01", "2024-01-01", "2016"), ("2024-01-01", "2024-12-31", "2024-03"),
    ("2024-03-01", "2024-03-20", "2024-03-05"),
])
def test_time_ticks_are_round_and_few(left: str, right: str, label: str) -> None:
    from datetime import datetime

    def seconds(text: str) -> float:
        return (datetime.fromisoformat(text) - datetime(1970, 1, 1)).total_seconds()

    ticks = chart_module._time_ticks(seconds(left), seconds(right), 8)
    assert 2 <= len(ticks) <= 8
    assert label in [text for _, text in ticks]
