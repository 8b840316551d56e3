"""The printed explanation as a PDF: what a person copying text out of it gets back."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from balanceview.cli import main
from balanceview.core.explain import explain
from balanceview.core.report import build_report
from balanceview.core.samples import import_samples, samples_dir
from balanceview.core.selection import find_card
from balanceview.core.store import Store, open_store
from balanceview.ui.printing import render_pdf

AS_OF = date(2024, 12, 31)
SAMPLES = samples_dir()
PRINTED = datetime(2025, 1, 6, 9, 30)
LONG_NUMBER = re.compile(r"\d{12,}")
SPENT_DOWN_ZH = ("医保个人账户余额为 0.00 元：最后一笔划入是 2024-06-15 的 186.40 元，此后 4 笔消费共 "
                 "1,147.80 元，2024-10-18 在一心堂（南内环店）的购药用完了余额。")


def pdf_text(pdf: Path) -> str:
    """The text in reading order, as copying it out of a viewer gives it."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed (Debian: apt-get install poppler-utils)")
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                          capture_output=True, text=True, encoding="utf-8").stdout


def squeezed(value: str) -> str:
    """Without whitespace: lines wrap where the page is full, not where the sentence is."""
    return re.sub(r"\s", "", value)


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(tmp_path_factory.mktemp("pdf") / "samples.db")
    import_samples(store)
    yield store
    store.close()


def printed(store: Store, tmp_path: Path, card: str | None, lang: str, full: bool = False
            ) -> tuple[Path, int]:
    card_id = find_card(store.conn, card) if card else None
    report = build_report(store.conn, explain(store.conn, AS_OF, lang, card_id),
                          full_history=full, printed_at=PRINTED)
    pdf = tmp_path / f"{card}-{lang}-{full}.pdf"
    return pdf, render_pdf(report, pdf)


@pytest.mark.usefixtures("qapp")
def test_the_spent_down_pdf_in_chinese(samples: Store, tmp_path: Path) -> None:
    pdf, pages = printed(samples, tmp_path, "0001", "zh")
    words = pdf_text(pdf)
    medical = explain(samples.conn, AS_OF, "zh", find_card(samples.conn, "0001")).cards[0].purses[0]
    for shown in (medical.detail, SPENT_DOWN_ZH, "社保卡余额说明", "6217 **** **** 0001",
                  "1,147.80", "0.00 元", "余额为零", "medical_spent_down.csv",
                  "期初余额", *medical.next_steps):
        assert squeezed(shown) in squeezed(words), shown
    assert "推算" not in words  # the statement's own 期初余额 line gave the opening
    assert words.count("张* 6217 **** **** 0001 · 社保卡余额说明 · 打印于 2025-01-06 09:30") == pages
    assert f"第{pages}页/共{pages}页" in squeezed(words) and "Page" not in words


@pytest.mark.usefixtures("qapp")
def test_the_spent_down_pdf_in_english(samples: Store, tmp_path: Path) -> None:
    pdf, _ = printed(samples, tmp_path, "0001", "en")
    words = squeezed(pdf_text(pdf))
    for shown in ("Social security card balance explanation", "The statement's balance, at 0.00 "
                  "since 2024-10-18", "1,147.80 in all", "At zero",
                  "+186.40", "-238.20", "Opening balance", "Page 1 of"):
        assert squeezed(shown) in words, shown
    assert "第" not in words and "页" not in words  # an English page is footed in English


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_long_number_in_any_pdf(samples: Store, tmp_path: Path, lang: str) -> None:
    pdf, pages = printed(samples, tmp_path, None, lang, full=True)
    words = pdf_text(pdf)
    assert pages >= 6  # every card starts a page
    assert not LONG_NUMBER.search(words) and not LONG_NUMBER.search(squeezed(words))


@pytest.mark.usefixtures("qapp")
def test_the_full_history_prints_every_row(samples: Store, tmp_path: Path) -> None:
    default = squeezed(pdf_text(printed(samples, tmp_path, "0001", "zh")[0]))
    full = squeezed(pdf_text(printed(samples, tmp_path, "0001", "zh", full=True)[0]))
    assert "2024-01-15" in default and "2024-01-15" in full
    assert "对账单期间2024-01-01至2024-12-31，共14笔交易" in default
    assert "全部流水（截至2024-12-31），共14笔交易" in full


@pytest.mark.usefixtures("qapp")
def test_every_history_heading_is_printed(samples: Store, tmp_path: Path) -> None:
    """A heading moved to the next page (kept with its table) still prints, as do the rest."""
    words = squeezed(pdf_text(printed(samples, tmp_path, "6666", "zh")[0]))
    for shown in ("医保个人账户流水", "社保卡银行账户（金融功能）流水", "依据的文件", "both_purses.csv"):
        assert squeezed(shown) in words


@pytest.mark.usefixtures("qapp")
def test_the_command_writes_pdf_and_html(samples: Store, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "cli.db"
    store = open_store(db)
    import_samples(store)
    store.close()
    pdf, page = tmp_path / "说明.pdf", tmp_path / "page.html"
    code = main(["--db", str(db), "explain", "--card", "5678", "--as-of", "2024-12-31",
                 "--lang", "zh", "--pdf", str(pdf), "--html", str(page), "--full-history"])
    out = capsys.readouterr().out
    assert code == 0
    assert f"wrote {page}" in out and re.search(rf"wrote {re.escape(str(pdf))} \(\d+ pages?\)", out)
    assert "全部流水" in page.read_text("utf-8")
    words = squeezed(pdf_text(pdf))
    assert squeezed("6217 **** **** 5678") in words and "400.00" in words and "居民医保" in words


# What a Chinese reader meets in Latin letters on a page: data (file names, fingerprints,
# descriptions the bank wrote) and these, which Chinese writes in Latin letters too.
ZH_LATIN = {"App", "ATM"}


@pytest.mark.usefixtures("qapp")
def test_a_chinese_page_holds_no_english_word_of_ours(samples: Store, tmp_path: Path) -> None:
    pdf, _ = printed(samples, tmp_path, None, "zh", full=True)
    data = set(re.findall(r"[A-Za-z]+", " ".join(
        [*(p.name for p in SAMPLES.glob("*.csv")), *_fingerprints(samples)])))
    latin = set(re.findall(r"[A-Za-z]+", pdf_text(pdf))) - data - ZH_LATIN
    assert not latin, latin


def _fingerprints(store: Store) -> list[str]:
    """As the page shows them: three groups of four hex digits."""
    return [" ".join(sha[i:i + 4] for i in range(0, 12, 4))
            for (sha,) in store.conn.execute("SELECT sha256 FROM batches")]


@pytest.mark.usefixtures("qapp")
def test_a_long_history_is_printed_page_by_page(tmp_path: Path) -> None:
    """Every row, in order, under a header repeated on every page; the footer counts them all."""
    lines = ["卡号：6217990012345678", "交易日期,摘要,交易金额,余额,对方户名"]
    balance = 0
    for index in range(3000):
        amount = 1000 if index % 3 else -500
        balance += amount
        day = (date(2024, 1, 1) + timedelta(days=index // 9)).isoformat()
        lines.append(f"{day},{'存现' if amount > 0 else '消费'} 第{index}笔,{amount / 100:.2f},"
                     f"{balance / 100:.2f},太原市迎泽区柳巷超市（第{index % 7}分店）")
    path = tmp_path / "long.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = open_store(tmp_path / "long.db")
    from balanceview.core.importer import ImportOptions, import_file

    import_file(store, path, ImportOptions())
    report = build_report(store.conn, explain(store.conn, None, "zh"), full_history=True)
    pdf = tmp_path / "long.pdf"
    pages = render_pdf(report, pdf)
    store.close()
    from tests.ui.poppler import page_texts

    texts = page_texts(pdf)
    assert len(texts) == pages > 50
    numbers = [int(n) for text in texts for n in re.findall(r"第(\d+)笔", text)]
    assert sorted(numbers) == numbers and numbers == list(range(3000))  # none lost or doubled
    history = [text for text in texts if "笔" in text]
    assert all("摘要" in text and "余额（元）" in text for text in history)  # the header on each
    assert all(f"第{n}页/共{pages}页" in squeezed(t) for n, t in enumerate(texts, start=1))


def test_the_command_says_when_it_cannot_write(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "cli.db")
    missing = tmp_path / "no such folder"
    for option in ("--pdf", "--html"):
        code = main(["--db", db, "explain", option, str(missing / "x")])
        assert code == 2
        assert f"cannot write {missing / 'x'}" in capsys.readouterr().err
