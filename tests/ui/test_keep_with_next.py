"""A heading never ends a page: it moves to the next one with what follows it, and prints."""

from __future__ import annotations

from pathlib import Path

import pytest

from balanceview.core.report import Html, Report
from balanceview.ui.printing import render_pdf
from tests.ui.poppler import page_texts, require_poppler


def page_of(texts: list[str], words: str) -> int:
    return next(number for number, text in enumerate(texts) if words in text)


@pytest.mark.usefixtures("qapp")
def test_a_heading_near_the_bottom_goes_with_its_text(tmp_path: Path) -> None:
    require_poppler()
    moved = 0
    for filler in range(18, 34):  # the heading walks down page 1 and over onto page 2
        paragraphs = "".join(f"<p>第 {n} 行 line {n}</p>" for n in range(filler))
        html = (f"{paragraphs}<h2>HEADING 标题</h2><p>FIRST LINE AFTER</p>"
                "<table><tr><td>A TABLE AFTER</td></tr></table><h3>LAST</h3><p>THE END</p>")
        pdf = tmp_path / f"keep{filler}.pdf"
        render_pdf(Report("t", "f", "{number}/{count}", (Html(html),)), pdf)
        texts = page_texts(pdf)
        heading = page_of(texts, "HEADING 标题")
        assert page_of(texts, "FIRST LINE AFTER") == heading, filler
        assert page_of(texts, "LAST") == page_of(texts, "THE END"), filler
        assert f"第 {filler - 1} 行" in "".join(texts)  # nothing before it was lost
        moved += heading == 1 and f"第 {filler - 1} 行" in texts[0]
    assert moved  # at least once the heading left room on page 1 to start page 2
