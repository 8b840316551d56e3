"""Bank statements printed to PDF for the tests (fpdf2 and the shipped Noto Sans SC subset),
laid out as banks print them: ruled grids, columns without lines, bilingual headers, cells
wrapped within the row, headers repeated on each page, page numbers and totals."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources

FONT = resources.files("balanceview.resources.fonts").joinpath("NotoSansSC-BalanceView.otf")
PAD = 4.0  # points of space inside each side of a cell


@dataclass
class Layout:
    """How a statement is printed. Widths in points, one per column."""

    widths: list[float]
    header: list[list[str]]  # the header's lines (a bilingual header has two)
    titles: list[str] = field(default_factory=list)  # lines above the table on page 1
    page_header: list[str] = field(default_factory=list)  # on top of every page
    rules: str = "grid"  # "grid": every cell boxed; "none"; "frame": above and below the header
    middle: bool = False  # single-line cells centred on a wrapped one (CMB), not at the top
    repeat_header: bool = True
    rows_per_page: int = 20
    page_number: str = "第 {page} 页 共 {pages} 页"
    page_totals: bool = False  # 本页合计 under each page's rows
    after: list[str] = field(default_factory=list)  # lines after the last row
    size: float = 9.0
    landscape: bool = False


@dataclass
class Printed:
    data: bytes
    records: list[tuple[int, int, list[str]]]  # (page, row, cells) as the reader should give
    skipped: list[tuple[int, int, str]]


def print_statement(layout: Layout, rows: list[list[str]], **pdf_options: object) -> Printed:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4", orientation="L" if layout.landscape else "P")
    pdf.set_auto_page_break(False)
    pdf.add_font("noto", "", str(FONT))
    pdf.set_font("noto", size=layout.size)
    if "password" in pdf_options:  # "" locks against changes only, as banks often do
        from fpdf.enums import AccessPermission

        pdf.set_encryption(owner_password="bank-owner", user_password=str(pdf_options["password"]),
                           permissions=AccessPermission.PRINT_LOW_RES)
    chunks = [rows[i: i + layout.rows_per_page] for i in range(0, len(rows), layout.rows_per_page)]
    chunks = chunks or [[]]
    printer = _Printer(pdf, layout)
    for number, chunk in enumerate(chunks, 1):
        printer.page(number, len(chunks), chunk, last=number == len(chunks))
    return Printed(bytes(pdf.output()), printer.records, printer.skipped)


class _Printer:
    def __init__(self, pdf, layout: Layout) -> None:  # type: ignore[no-untyped-def]
        self.pdf, self.layout = pdf, layout
        self.line = layout.size * 1.3
        self.records: list[tuple[int, int, list[str]]] = []
        self.skipped: list[tuple[int, int, str]] = []

    def page(self, number: int, pages: int, rows: list[list[str]], last: bool) -> None:
        pdf, layout = self.pdf, self.layout
        pdf.add_page()
        y = 30.0
        for text in layout.page_header:
            self._text(40, y, text)
            if number > 1:
                self.skipped.append((number, 0, "page header"))
            else:
                self.records.append((number, 0, [text]))
            y += self.line * 1.5
        if number == 1:
            for text in layout.titles:
                self._text(40, y, text)
                self.records.append((number, 0, [t for t in text.split("    ") if t]))
                y += self.line * 1.5
        y += self.line
        row = 0
        top = y
        if number == 1 or layout.repeat_header:
            for cells in layout.header:
                row += 1
                y = self._row(y, cells, first=row == 1)
                if number == 1:
                    self.records.append((number, row, self._joined(cells)))
                else:
                    self.skipped.append((number, row, "repeated header"))
            if layout.rules == "frame":
                pdf.line(40, y, 40 + sum(layout.widths), y)
        for cells in rows:
            row += 1
            y = self._row(y, cells, first=row == 1)
            self.records.append((number, row, self._joined(cells)))
        if layout.rules == "frame":
            pdf.line(40, top, 40 + sum(layout.widths), top)
            pdf.line(40, y, 40 + sum(layout.widths), y)
        if layout.page_totals:
            row += 1
            self._text(40 + PAD, y + self.line, "本页合计")
            self.skipped.append((number, row, "totals line"))
            y += self.line * 1.5
        if last:
            for text in layout.after:
                row += 1
                y += self.line * 1.5
                self._text(40, y, text)
                self.skipped.append((number, row, "totals line" if text.startswith(
                    ("合计", "人民币合计")) else "page footer"))
        footer = layout.page_number.format(page=number, pages=pages)
        self._text(pdf.w / 2 - 30, pdf.h - 30, footer)
        self.skipped.append((number, row + 1, "page number"))

    def _joined(self, cells: list[str]) -> list[str]:
        return [cell for cell in cells]

    def _text(self, x: float, y: float, text: str) -> None:
        """Text whose line box starts at y (fpdf2 places the baseline)."""
        self.pdf.text(x, y + self.layout.size * 0.88, text)

    def _row(self, y: float, cells: list[str], first: bool) -> float:
        layout = self.layout
        wrapped = [wrap(self.pdf, cell, width - 2 * PAD) for cell, width in zip(cells, layout.widths, strict=True)]
        height = max(len(lines) for lines in wrapped) * self.line + 2 * PAD
        x = 40.0
        for lines, width in zip(wrapped, layout.widths, strict=True):
            offset = (height - 2 * PAD - len(lines) * self.line) / 2 if layout.middle else 0
            for k, text in enumerate(lines):
                self._text(x + PAD, y + PAD + offset + k * self.line, text)
            if layout.rules == "grid":
                self.pdf.rect(x, y, width, height)
            x += width
        return y + height


def wrap(pdf, text: str, width: float) -> list[str]:  # type: ignore[no-untyped-def]
    """Lines as a typesetter breaks them: Chinese, digits and signs anywhere, Latin words
    whole and only at the space between two of them, which the break takes."""
    lines = [""]
    for unit in _units(text):
        if unit == " ":  # between two Latin words: break here, or keep the space
            if lines[-1]:
                lines[-1] += " "
        elif lines[-1].strip() and pdf.get_string_width(lines[-1] + unit) > width:
            lines[-1] = lines[-1].rstrip(" ")
            lines.append(unit)
        else:
            lines[-1] += unit
    lines[-1] = lines[-1].rstrip(" ")
    return lines


def _units(text: str) -> list[str]:
    """What a line may not be broken inside: a Latin word, a character, and anything
    joined by a space other than the one between two Latin words."""
    units: list[str] = []
    for match in re.finditer(r"[A-Za-z]+|\s|.", text):
        piece = match.group()
        glued = piece == " " and not (_letter(units[-1][-1:]) and _letter(
            text[match.end(): match.end() + 1]))
        if units and (glued or units[-1].endswith(" ") and units[-1] != " "):
            units[-1] += piece
        else:
            units.append(piece)
    return units


def _letter(char: str) -> bool:
    return len(char) == 1 and char.isascii() and char.isalpha()
