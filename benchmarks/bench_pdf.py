"""Time read_pdf on a 50-page PDF statement of about 2,000 rows (issue #13).

    python benchmarks/bench_pdf.py [--pages 50] [--repeat 3] [--compare]

Builds two statements with the tests' printer (tests/core/pdf_statements.py, fpdf2), eight
columns and 40 rows a page: a ruled grid (BOC-like) and a table without lines (CMB-like,
bilingual header, cells wrapped around the row's middle); one row in 20 wraps. Times
read_pdf (best of --repeat) and its peak Python memory (tracemalloc; PDFium's own C memory
is outside it, so the process's peak RSS is given too). Every row must come back, or the run fails.

--compare also times pdfplumber (pdfminer.six) on the same pages, if it is installed: its
characters alone, and its own table finder. pdfminer reads no text from fpdf2's CID-keyed
CFF fonts (it takes the embedded encoding CMap's name for a predefined one), so for the
comparison both libraries read copies printed with a TrueType conversion of the font.
"""

from __future__ import annotations

import argparse
import io
import platform
import resource
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from balanceview.core.statements.pdf import read_pdf  # noqa: E402
from tests.core import pdf_statements as printer  # noqa: E402

ROWS_PER_PAGE = 40
HEADER = ["记账日期", "记账时间", "金额", "余额", "交易名称", "附言", "对方账户名", "对方卡号/账号"]
WIDTHS = [52, 44, 52, 56, 56, 90, 92, 68]
RULED = printer.Layout(WIDTHS, [HEADER], titles=["中国银行交易流水明细清单",
                       "客户姓名：张三    借记卡号：6217850000123453167"], rules="grid", size=7)
UNRULED = printer.Layout(WIDTHS, [HEADER, ["Date", "Time", "Amount", "Balance", "Type", "Note",
                         "Counter Party", "Account"]], titles=["招商银行交易流水"], rules="none",
                         middle=True, page_number="{page}/{pages}", size=7)


def rows_for(count: int) -> list[list[str]]:
    rows = []
    for i in range(count):
        place = "北京康乐缘盲人保健按摩有限公司" if i % 20 == 0 else "张三"
        rows.append([f"2024-{1 + i // 200 % 12:02d}-{1 + i % 28:02d}",
                     f"{i % 24:02d}:{i % 60:02d}:07", f"-{i % 900}.50", f"{10000 + i:,}.00",
                     "网上快捷支付", f"支付宝-{place}", place, "6226******5669"])
    return rows


def statement(layout: printer.Layout, pages: int) -> tuple[bytes, int]:
    layout.rows_per_page = ROWS_PER_PAGE
    rows = rows_for(pages * ROWS_PER_PAGE)
    return print_timed(layout, rows).data, len(rows)


def print_timed(layout: printer.Layout, rows: list[list[str]]) -> printer.Printed:
    started = time.perf_counter()
    printed = printer.print_statement(layout, rows)
    print(f"  printed {len(rows)} rows in {time.perf_counter() - started:.1f} s, "
          f"{len(printed.data) / 1e6:.1f} MB")
    return printed


def measure(name: str, data: bytes, rows: int, repeat: int) -> None:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        table = read_pdf(data, "流水.pdf")
        best = min(best, time.perf_counter() - started)
    tracemalloc.start()
    table = read_pdf(data, "流水.pdf")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    data_rows = sum(1 for r in table.records if r.cells[0][:4] == "2024" and len(r.cells) == 8)
    assert data_rows == rows, f"{name}: {data_rows} rows read of {rows}"
    print(f"{name}: {table.pages} pages, {rows} rows: read_pdf best of {repeat} {best:.2f} s, "
          f"peak Python memory {peak / 2**20:.0f} MiB")


def compare(pages: int) -> None:
    try:
        import pdfplumber
        import pypdfium2 as pdfium
    except ImportError:
        print("pdfplumber is not installed: pip install pdfplumber to compare")
        return
    printer.FONT = truetype_font()
    for name, layout in (("ruled", RULED), ("unruled", UNRULED)):
        data, rows = statement(layout, pages)
        started = time.perf_counter()
        document = pdfium.PdfDocument(data)
        chars = sum(page.get_textpage().count_chars() for page in document)
        pdfium_s = time.perf_counter() - started
        started = time.perf_counter()
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            plumber_chars = sum(len(page.chars) for page in pdf.pages)
        plumber_s = time.perf_counter() - started
        strategy = "lines" if name == "ruled" else "text"
        started = time.perf_counter()
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            found = [row for page in pdf.pages for table in page.extract_tables(
                {"vertical_strategy": strategy, "horizontal_strategy": strategy})
                for row in table]
        tables_s = time.perf_counter() - started
        started = time.perf_counter()
        ours = read_pdf(data, "流水.pdf")
        ours_s = time.perf_counter() - started
        print(f"{name}: chars pypdfium2 {pdfium_s:.2f} s ({chars}), pdfplumber {plumber_s:.2f} s "
              f"({plumber_chars}); pdfplumber extract_tables({strategy}) {tables_s:.2f} s, "
              f"{len(found)} rows ({rows} printed + headers); read_pdf {ours_s:.2f} s, "
              f"{len(ours.records)} records")


def import_whole(data: bytes, rows: int, repeat: int) -> None:
    """`balanceview import` of the ruled statement into a new database, as a person runs it
    (a child process: start-up, reading, storing; target under 5 s)."""
    import subprocess
    import tempfile

    best = float("inf")
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "流水.pdf"
            path.write_bytes(data)
            started = time.perf_counter()
            done = subprocess.run([sys.executable, "-m", "balanceview", "--db",
                                   str(Path(folder) / "bv.db"), "import", "--account", "bank",
                                   str(path)], capture_output=True, text=True, check=False)
            best = min(best, time.perf_counter() - started)
            if done.returncode != 0:
                sys.exit(f"bench_pdf: the import failed:\n{done.stderr}")
    print(f"import of the ruled statement ({rows} rows), whole command: {best:.2f} s best of "
          f"{repeat} (target 5 s)")


def truetype_font() -> Path:
    """The shipped font with its outlines as TrueType, which pdfminer can read."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont, newTable

    target = Path(__file__).parent / "out" / "NotoSansSC-BalanceView-truetype.ttf"
    if target.exists():
        return target
    font = TTFont(str(printer.FONT))
    glyphs, order = font.getGlyphSet(), font.getGlyphOrder()
    glyf = newTable("glyf")
    glyf.glyphOrder, glyf.glyphs = order, {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"], font["loca"] = glyf, newTable("loca")
    font["maxp"].tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                  "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                  "maxComponentElements"):
        setattr(font["maxp"], field, 1 if field == "maxZones" else 0)
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType, post.extraNames, post.mapping, post.glyphOrder = 2.0, [], {}, order
    del font["CFF "]
    font.sfntVersion = "\x00\x01\x00\x00"
    target.parent.mkdir(exist_ok=True)
    font.save(str(target))
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--compare", action="store_true")
    args = parser.parse_args()
    print(f"{platform.processor() or platform.machine()}, Python {platform.python_version()}")
    for name, layout in (("ruled (BOC-like)", RULED), ("unruled (CMB-like)", UNRULED)):
        data, rows = statement(layout, args.pages)
        measure(name, data, rows, args.repeat)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of the process (printing included): {peak:.0f} MiB")
    import_whole(*statement(RULED, args.pages), args.repeat)
    if args.compare:
        compare(args.pages)


if __name__ == "__main__":
    main()
