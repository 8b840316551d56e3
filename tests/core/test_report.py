"""The printed explanation as HTML: what each sample's page says, with no Qt involved."""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from balanceview.core.explain import explain
from balanceview.core.explain.model import Explanation
from balanceview.core.report import Report, build_report
from balanceview.core.report.history import _year_before, account_id, history
from balanceview.core.report.markup import text
from balanceview.core.samples import import_samples, samples_dir
from balanceview.core.selection import find_card
from balanceview.core.store import Store, open_store

AS_OF = date(2024, 12, 31)
PRINTED = datetime(2025, 1, 6, 9, 30)
CARDS = ("0001", "0002", "0003", "5678", "4321", "6666")  # the samples' cards, by last digits
LONG_NUMBER = re.compile(r"\d{12,}")


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(tmp_path_factory.mktemp("report") / "samples.db")
    import_samples(store)
    yield store
    store.close()


def explained(store: Store, card: str | None, lang: str, account: str | None = None
              ) -> Explanation:
    card_id = find_card(store.conn, card) if card else None
    return explain(store.conn, AS_OF, lang, card_id, account)


def report(store: Store, card: str | None, lang: str = "zh", full: bool = False,
           account: str | None = None) -> Report:
    return build_report(store.conn, explained(store, card, lang, account), full_history=full,
                        printed_at=PRINTED)


def history_rows(page: str, title: str) -> list[str]:
    """The body rows of the history table under `title`, brought-forward row included."""
    section = page.split(f">{html.escape(title)}</h2>", 1)[1]
    body = section.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return body.split("</tr>")[:-1]


def test_the_spent_down_page_in_chinese(samples: Store) -> None:
    explanation = explained(samples, "0001", "zh")
    medical = explanation.cards[0].purse("medical")
    assert medical is not None
    page = report(samples, "0001").html
    for shown in ("社保卡余额说明", "6217 **** **** 0001", "张*", "2024-12-31", "1,147.80",
                  "0.00 元", "余额为零", "定点医院", "存款、取款", "一心堂", "2025-01-06 09:30",
                  medical.verdict, *(reason.text for reason in medical.reasons),
                  *medical.next_steps):
        assert html.escape(shown) in page, shown
    # The verdict stands in the balance's cell, in bold because the purse is at zero.
    assert page.count(html.escape(medical.verdict)) == 1
    assert "font-weight: bold;'>" + html.escape(medical.verdict) in page


def test_the_spent_down_page_in_english(samples: Store) -> None:
    page = report(samples, "0001", "en")
    assert page.title == "Social security card balance explanation"
    assert page.footer_left == ("6217 **** **** 0001 · Social security card balance explanation"
                                " · Printed 2025-01-06 09:30")
    for shown in ("Medical account at 0.00: the last credit was 186.40 on 2024-06-15",
                  "AT ZERO", "Next steps", "Brought forward", "+186.40", "-238.20"):
        assert html.escape(shown) in page.html, shown


def test_evidence_rows_sit_under_their_reason(samples: Store) -> None:
    page = report(samples, "0001").html
    reason = page.index("1. 医保个人账户余额为 0.00 元")
    evidence = page[reason:page.index("2. ", reason)]
    for day, amount in (("2024-06-15", "+186.40"), ("2024-07-12", "-356.80"),
                        ("2024-10-18", "-238.20")):
        assert day in evidence and amount in evidence


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("full", [False, True])
def test_no_long_number_anywhere(samples: Store, lang: str, full: bool) -> None:
    whole = report(samples, None, lang, full)
    for content in (whole.html, whole.footer_left):
        assert not LONG_NUMBER.search(content)
        assert not LONG_NUMBER.search(re.sub(r"<[^>]+>|\s|&nbsp;|\u00a0", "", content))


def test_text_hides_numbers_and_escapes_markup() -> None:
    assert text("卡号6217990012345678 <b>&") == "卡号6217********5678 &lt;b&gt;&amp;"


def test_a_description_cannot_inject_markup(tmp_path: Path, write_statement) -> None:  # type: ignore[no-untyped-def]
    path = write_statement("b.csv", ["卡号：6217990012345678", "交易日期,摘要,金额,余额,对方户名",
                                     "2024-01-05,存现 <script>alert(1)</script>,100.00,100.00,"
                                     "<b>Tom & Jerry</b>"])
    from balanceview.core.importer import ImportOptions, import_file

    store = open_store(tmp_path / "x.db")
    import_file(store, path, ImportOptions())
    page = build_report(store.conn, explain(store.conn, AS_OF, "en")).html
    assert "<script>" not in page and "<b>Tom" not in page
    assert "&lt;script&gt;" in page and "Tom &amp; Jerry" in page
    store.close()


def test_the_default_history_starts_at_the_last_credit_before_the_zero(samples: Store) -> None:
    default = history_rows(report(samples, "0001").html, "医保个人账户流水")
    full = history_rows(report(samples, "0001", full=True).html, "医保个人账户流水")
    assert len(full) == 1 + 14  # brought forward, then every row
    assert len(default) == 1 + 5  # brought forward, then the credit of 2024-06-15 and after
    assert "961.40" in default[0] and "2024-06-15" in default[1] and "0.00" in default[-1]
    page = report(samples, "0001").html
    assert "2024-01-15" not in page and "2024-01-15" in report(samples, "0001", full=True).html
    assert "2024-06-15 以前的 9 笔交易没有列出" in page


def test_a_purse_with_money_shows_the_last_twelve_months(samples: Store) -> None:
    page = report(samples, "6666", "en").html
    medical = history_rows(page, "Medical account: transactions")
    assert len(medical) == 1 + 17 and "64.14" in medical[0]
    bank = history_rows(page, "Bank purse: transactions")
    assert len(bank) == 1 + 2  # the 2023 account opening is older than 12 months
    assert "2023-03-02" not in bank[1] and "Not listed here: 1 transaction before 2024-01-01" in page
    assert len(history_rows(report(samples, "6666", "en", True).html,
                            "Bank purse: transactions")) == 1 + 3


def test_history_periods(samples: Store) -> None:
    conn = samples.conn
    medical = account_id(conn, find_card(conn, "0001"), "medical")
    assert medical is not None
    found = history(conn, medical, 0, AS_OF)
    assert (found.how, found.start, len(found.lines), found.earlier) == (
        "positive", date(2024, 6, 15), 5, 9)
    assert found.brought_forward_fen == 96140
    everything = history(conn, medical, 0, AS_OF, full=True)
    assert (everything.how, len(everything.lines), everything.brought_forward_fen) == (
        "full", 14, 51230)
    assert [line.balance_fen for line in everything.lines][-1] == 0


def test_a_zero_reached_from_the_opening_is_shown_from_the_start(tmp_path, write_statement) -> None:  # type: ignore[no-untyped-def]
    path = write_statement("m.csv", [
        "社会保障卡交易明细", "卡号：6217990055556666", "姓名：孙七",
        "交易日期,账户类型,交易类型,摘要,金额,余额,机构",
        "2023-05-05,医保个人账户,消费,药店购药,-100.00,50.00,一心堂",
        "2024-02-05,医保个人账户,消费,药店购药,-50.00,0.00,一心堂"])
    from balanceview.core.importer import ImportOptions, import_file

    store = open_store(tmp_path / "o.db")
    import_file(store, path, ImportOptions())
    account = account_id(store.conn, 1, "medical")
    assert account is not None
    found = history(store.conn, account, 0, AS_OF)
    assert (found.how, len(found.lines), found.earlier, found.brought_forward_fen) == (
        "opening", 2, 0, 15000)
    store.close()


def test_twelve_months_before_a_leap_day() -> None:
    assert _year_before(date(2024, 2, 29)) == date(2023, 3, 1)
    assert _year_before(date(2024, 12, 31)) == date(2024, 1, 1)


def test_sources_name_the_files_and_their_sha256(samples: Store) -> None:
    page = report(samples, "0001").html
    digest = hashlib.sha256((samples_dir() / "medical_spent_down.csv").read_bytes()).hexdigest()
    assert "medical_spent_down.csv" in page
    assert f"{digest[:4]}\u00a0{digest[4:8]}\u00a0{digest[8:12]}" in page
    assert "both_purses.csv" not in page  # another card's file


def test_every_card_starts_a_new_page(samples: Store) -> None:
    page = report(samples, None).html
    assert page.count("page-break-before: always") == len(CARDS) - 1
    for last in CARDS:
        assert f"6217 **** **** {last}" in page


def test_one_purse_only(samples: Store) -> None:
    page = report(samples, "6666", "en", account="bank").html
    assert "Bank purse: transactions" in page and "Medical account: transactions" not in page
    assert page.count("AT ZERO") == 1


def test_every_sample_has_a_page_in_both_languages(samples: Store) -> None:
    for last in CARDS:
        for lang in ("zh", "en"):
            page = report(samples, last, lang)
            assert page.html.startswith("<html>") and f"6217 **** **** {last}" in page.footer_left
