"""Printed pages: Chinese stays real text, every page has its footer, and no system font is needed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from balanceview.core.report import Html, Report
from balanceview.ui.printing import print_report, render_pdf, use_a4_portrait
from tests.ui.poppler import embedded_fonts, info, page_texts, require_poppler

SENTENCE = "医保个人账户余额为 0.00 元：最后一笔划入是 2024-06-15 的 186.40 元。一心堂（南内环店）"
FOOTER_LEFT = "打印于 2024-07-01"
PAGE_LABEL = "第 {number} 页 / 共 {count} 页"
FONT_NAME = "NotoSansSC-BalanceView"
RADICALS = [(0x2E80, 0x2FDF), (0xF900, 0xFAFF)]  # look like 一, 心... but are other characters


def long_html(rows: int = 150) -> str:
    """A heading, the sentence in bold and plain, and a table long enough for several pages."""
    body = "".join(f"<tr><td>2024-05-{day % 28 + 1:02d}</td><td>一心堂（南内环店） purchase {day}"
                   f"</td><td align='right'>-{day}.50</td></tr>" for day in range(rows))
    return (f"<h1>余额说明 Balance explanation</h1><p><b>{SENTENCE}</b></p><p>{SENTENCE}</p>"
            "<table border='1' cellspacing='0' cellpadding='4' width='100%'><thead><tr>"
            f"<th>日期 Date</th><th>摘要 Description</th><th>金额 Amount</th></tr></thead>{body}"
            "</table><p>The end. 完。</p>")


def html_report(html: str, title: str = "余额说明 Balance") -> Report:
    return Report(title, FOOTER_LEFT, PAGE_LABEL, (Html(html),))


def page_label(number: int, count: int) -> str:
    """As pdftotext gives it back: the spaces between Chinese and digits are not kept."""
    return PAGE_LABEL.format(number=number, count=count).replace(" ", "")


@pytest.fixture
def printed(qapp: object, tmp_path: Path) -> tuple[Path, int]:  # qapp: Qt must be running
    require_poppler()
    pdf = tmp_path / "explanation.pdf"
    return pdf, render_pdf(html_report(long_html()), pdf)


def test_the_chinese_comes_back_exactly(printed: tuple[Path, int]) -> None:
    text = "".join(page_texts(printed[0]))
    assert text.count(SENTENCE) == 2  # the bold (synthesised) line and the plain one
    assert not [ch for ch in text if any(low <= ord(ch) <= high for low, high in RADICALS)]


def test_every_page_has_its_footer(printed: tuple[Path, int]) -> None:
    pdf, pages = printed
    assert pages >= 3
    for number, text in enumerate(page_texts(pdf), start=1):
        assert FOOTER_LEFT in text
        assert page_label(number, pages) in text


def test_the_page_count_and_title_are_those_pdfinfo_reads(printed: tuple[Path, int]) -> None:
    pdf, pages = printed
    meta = info(pdf)
    assert int(meta["Pages"]) == pages == len(page_texts(pdf))
    assert meta["Title"] == "余额说明 Balance"
    assert meta["Page size"].endswith("(A4)")


@pytest.mark.usefixtures("qapp")
def test_a_printer_gets_the_same_pages(tmp_path: Path) -> None:
    require_poppler()
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a printer that writes a file
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert use_a4_portrait(printer)
    pages = print_report(html_report(long_html()), printer)
    texts = page_texts(tmp_path / "printed.pdf")
    assert len(texts) == pages >= 3
    assert SENTENCE in texts[0] and page_label(pages, pages) in texts[-1]


CHILD = """
import sys
from pathlib import Path
from PySide6.QtGui import QFontDatabase
from balanceview.ui.printing import app_font_family, ensure_app, render_pdf
from tests.ui.test_printing import html_report, long_html

ensure_app()
print("system fonts:", [f for f in QFontDatabase.families() if f not in {generic}])
print("pages:", render_pdf(html_report(long_html()), Path(sys.argv[1])))
print("family:", app_font_family())
"""
GENERIC = {"Monospace", "Sans Serif", "Serif", "System-ui"}  # fontconfig's aliases, not fonts


def fontless_environment(tmp_path: Path) -> dict[str, str]:
    """fontconfig with no font directory at all, and Qt's own font directory empty."""
    (tmp_path / "empty").mkdir()
    conf = tmp_path / "fonts.conf"
    conf.write_text(f"<?xml version='1.0'?><fontconfig><cachedir>{tmp_path / 'cache'}"
                    "</cachedir></fontconfig>", encoding="utf-8")
    return {**os.environ, "FONTCONFIG_FILE": str(conf), "QT_QPA_FONTDIR": str(tmp_path / "empty"),
            "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(Path(__file__).parents[2])}


def test_chinese_prints_on_a_machine_without_fonts(tmp_path: Path) -> None:
    require_poppler()
    env, pdf = fontless_environment(tmp_path), tmp_path / "fontless.pdf"
    if shutil.which("fc-list"):
        assert subprocess.run(["fc-list"], env=env, capture_output=True, text=True).stdout == ""
    child = subprocess.run([sys.executable, "-c", CHILD.format(generic=GENERIC), str(pdf)],
                           env=env, capture_output=True, text=True, encoding="utf-8", check=False)
    assert child.returncode == 0, child.stderr
    assert "system fonts: []" in child.stdout
    assert SENTENCE in "".join(page_texts(pdf))
    assert (FONT_NAME, "yes") in embedded_fonts(pdf)


VOID_CALLS = """
import balanceview.ui  # keeps None alive (ui/none_guard.py)
from PySide6.QtGui import QGuiApplication, QImage, QPainter

app = QGuiApplication(["t", "-platform", "offscreen"])
image = QImage(8, 8, QImage.Format.Format_RGB32)
painter = QPainter(image)
for _ in range(200_000):  # each void call takes a reference from None under PySide6 6.12
    painter.save()
    painter.restore()
painter.end()
print("done")
"""


def test_many_void_calls_do_not_abort_the_process(tmp_path: Path) -> None:
    """A long history makes millions of such calls; Python must not free None meanwhile."""
    child = subprocess.run([sys.executable, "-c", VOID_CALLS], capture_output=True, text=True,
                           env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                                "PYTHONPATH": str(Path(__file__).parents[2])}, check=False)
    assert child.returncode == 0 and "done" in child.stdout, child.stderr
