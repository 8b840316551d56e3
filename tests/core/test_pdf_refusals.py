"""PDFs that cannot be read as a statement are refused with what to ask the bank for, in
Chinese or English, never with a traceback; a merely permission-locked PDF is read."""

from __future__ import annotations

import io

import pytest

from balanceview.core.errors import StatementRefused, UserError
from balanceview.core.statements.pdf import read_pdf
from tests.core.pdf_statements import Layout, print_statement

LAYOUT = Layout(widths=[70, 80, 60, 60], header=[["交易日期", "摘要", "交易金额", "余额"]],
                titles=["户名：王小明"])
ROWS = [["2024-03-01", "医保个人账户划入", "150.00", "1,150.00"],
        ["2024-03-02", "药店购药", "-32.50", "1,117.50"]]


def scanned_pdf() -> bytes:
    """A statement as a scanner gives it: one picture a page, no text layer."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    picture = Image.new("L", (600, 800), 255)
    draw = ImageDraw.Draw(picture)
    for y in range(100, 700, 40):  # the ruled lines of a table, as pixels
        draw.line((50, y, 550, y), fill=0, width=2)
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    pdf.image(buffer, x=0, y=0, w=pdf.w, h=pdf.h)
    return bytes(pdf.output())


def refusal(data: bytes) -> StatementRefused:
    with pytest.raises(StatementRefused) as raised:
        read_pdf(data, "流水.pdf")
    assert isinstance(raised.value, UserError)
    return raised.value


def test_a_scan_without_text_is_refused_asking_for_a_pdf_with_text() -> None:
    refused = refusal(scanned_pdf())
    assert str(refused).startswith("流水.pdf: this PDF has no text to read, only pictures")
    assert "whose text can be selected, or as Excel or CSV" in str(refused)
    assert refused.text("zh").startswith("流水.pdf：这个 PDF 里只有图片，没有可读取的文字")


def test_a_pdf_locked_with_a_password_is_refused_asking_for_one_without() -> None:
    locked = print_statement(LAYOUT, ROWS, password="123456").data
    refused = refusal(locked)
    assert "locked with a password. Ask the bank for the statement without a password" in str(
        refused)
    assert "不加密码" in refused.text("zh")


def test_a_pdf_that_only_forbids_editing_is_read_as_any_other() -> None:
    """Banks lock their PDFs against changes, not against reading: it opens in any viewer."""
    printed = print_statement(LAYOUT, ROWS, password="")
    assert b"/Encrypt" in printed.data
    table = read_pdf(printed.data, "流水.pdf")
    assert [r.cells for r in table.records[-2:]] == ROWS


@pytest.mark.parametrize("damage", ["cut short", "garbled", "not a pdf", "empty"])
def test_a_damaged_pdf_is_refused_asking_to_download_it_again(damage: str) -> None:
    whole = print_statement(LAYOUT, ROWS).data
    data = {"cut short": whole[: len(whole) // 2],
            "garbled": whole[:9] + bytes(range(256)) * 8 + whole[-30:],
            "not a pdf": b"%PDF-1.4\n" + "交易日期,金额\n".encode() * 50 + b"%%EOF\n",
            "empty": b""}[damage]
    refused = refusal(data)
    assert "this PDF is damaged or incomplete and cannot be read" in str(refused)
    assert "已损坏或不完整" in refused.text("zh")


def test_a_scanned_page_among_printed_ones_is_named_not_passed_over() -> None:
    from pypdfium2 import PdfDocument

    printed, scan = PdfDocument(print_statement(LAYOUT, ROWS).data), PdfDocument(scanned_pdf())
    printed.import_pages(scan)
    out = io.BytesIO()
    printed.save(out)
    table = read_pdf(out.getvalue(), "流水.pdf")
    assert [r.cells for r in table.records[-2:]] == ROWS
    assert (2, 0, "page without text") in table.skipped
