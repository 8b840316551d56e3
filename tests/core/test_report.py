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
from balanceview.core.report.history import account_id, history
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


def explained(store: Store, card: str | None, lang: str, account: str | None = None,
              as_of: date | None = AS_OF) -> Explanation:
    card_id = find_card(store.conn, card) if card else None
    return explain(store.conn, as_of, lang, card_id, account)


def report(store: Store, card: str | None, lang: str = "zh", full: bool = False,
           account: str | None = None, as_of: date | None = AS_OF) -> Report:
    return build_report(store.conn, explained(store, card, lang, account, as_of),
                        full_history=full, printed_at=PRINTED)


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
                  medical.detail, *(reason.text for reason in medical.reasons),
                  *medical.next_steps):
        assert html.escape(shown) in page, shown
    # The verdict, without the name and figure above it, stands in the balance's cell, in bold because the purse is at zero.
    assert page.count(html.escape(medical.detail)) == 1
    assert "font-weight: bold;'>" + html.escape(medical.detail) in page


def test_the_spent_down_page_in_english(samples: Store) -> None:
    page = report(samples, "0001", "en")
    assert page.title == "Social security card balance explanation"
    assert page.footer_left == ("张* 6217 **** **** 0001 · Social security card balance "
                                "explanation · Printed 2025-01-06 09:30")
    assert page.page_label.format(number=2, count=3) == "Page 2 of 3"
    for shown in ("Medical account at 0.00: the last credit was 186.40 on 2024-06-15",
                  "At zero", "Next steps", "+186.40", "-238.20"):
        assert html.escape(shown) in page.html, shown
    assert "yuan" not in page.html and "AT ZERO" not in page.html


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


def test_the_history_is_the_statement_s_own_period(samples: Store) -> None:
    default = history_rows(report(samples, "0001").html, "医保个人账户流水")
    full = history_rows(report(samples, "0001", full=True).html, "医保个人账户流水")
    assert len(default) == len(full) == 1 + 14  # the opening, then every row of the statement
    assert "期初余额" in default[0] and "512.30" in default[0] and "承前余额" not in default[0]
    assert "2024-01-15" in default[1] and "0.00" in default[-1]
    assert "对账单期间 2024-01-01 至 2024-12-31，共 14 笔交易。" in report(samples, "0001").html


def test_an_old_statement_prints_its_rows(samples: Store) -> None:
    """Never "0 笔交易" while the statement has rows: its period is not the last 12 months."""
    page = report(samples, "6666", "en", as_of=None).html
    medical = history_rows(page, "Medical account: transactions")
    assert len(medical) == 1 + 17 and "64.14" in medical[0]
    bank = history_rows(page, "Bank purse: transactions")
    assert len(bank) == 1 + 3 and "2023-03-02" in bank[1]  # the account opening, in 2023
    assert "Not listed here" not in page


def two_statements(tmp_path: Path, write_statement, first: list[str],  # type: ignore[no-untyped-def]
                   second: list[str]) -> Store:
    """Two files of one card, imported one after the other."""
    from balanceview.core.importer import ImportOptions, import_file

    head = ["社会保障卡交易明细", "卡号：6217990055556666", "姓名：孙七",
            "交易日期,账户类型,交易类型,摘要,金额,余额,机构"]
    store = open_store(tmp_path / "two.db")
    for name, rows in (("a.csv", first), ("b.csv", second)):
        import_file(store, write_statement(name, [*head, *rows]), ImportOptions())
    return store


def test_a_later_statement_leaves_the_earlier_ones_to_the_full_history(tmp_path: Path,
                                                                      write_statement) -> None:  # type: ignore[no-untyped-def]
    store = two_statements(tmp_path, write_statement,
                           ["2023-05-05,银行账户,存现,,100.00,100.00,",
                            "2023-06-05,银行账户,消费,,-30.00,70.00,超市"],
                           ["2024-05-05,银行账户,存现,,10.00,80.00,",
                            "2024-06-05,银行账户,消费,,-20.00,60.00,超市"])
    account = account_id(store.conn, 1, "bank")
    assert account is not None
    found = history(store.conn, account, date(2024, 6, 5), 6000)
    assert (found.how, found.start, found.count, found.earlier) == (
        "statement", date(2024, 5, 5), 2, 2)
    assert found.brought_forward_fen == 7000 and [line.amount_fen for line in found.lines()] == [
        1000, -2000]
    assert history(store.conn, account, date(2024, 6, 5), 6000, full=True).count == 4
    page = build_report(store.conn, explain(store.conn, None, "zh")).html
    assert "承前余额" in page and "2024-05-05 以前的 2 笔交易没有列出" in page
    store.close()


def test_a_zero_is_shown_from_the_credit_before_it(tmp_path, write_statement) -> None:  # type: ignore[no-untyped-def]
    store = two_statements(tmp_path, write_statement,
                           ["2023-05-05,医保个人账户,划入,,100.00,100.00,",
                            "2023-06-05,医保个人账户,药店购药,,-30.00,70.00,一心堂"],
                           ["2024-02-05,医保个人账户,药店购药,,-70.00,0.00,一心堂"])
    account = account_id(store.conn, 1, "medical")
    assert account is not None
    found = history(store.conn, account, date(2024, 2, 5), 0)
    assert (found.how, found.start, found.count, found.earlier) == (
        "positive", date(2023, 5, 5), 3, 0)
    store.close()


def test_an_unknown_balance_prints_no_sum_as_a_balance(tmp_path: Path, write_statement) -> None:  # type: ignore[no-untyped-def]
    from balanceview.core.importer import ImportOptions, import_file

    path = write_statement("b.csv", ["卡号：6217990011112222", "交易日期,摘要,收入,支出,对方户名",
                                     "2024-03-01,转账,,1399.34,李四", "2024-04-01,工资,500.00,,公司"])
    store = open_store(tmp_path / "u.db")
    import_file(store, path, ImportOptions())
    page = build_report(store.conn, explain(store.conn, None, "zh")).html
    rows = history_rows(page, "社保卡银行账户（金融功能）流水")
    assert len(rows) == 2 and "-1,399.34" not in rows[0].split("</td>")[-2]
    assert "余额不详" in page and "对账单没有余额，所以这里不列余额。" in page
    assert "-899.34" in page  # the net change, said as such
    store.close()


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
    assert page.count(">At zero<") == 1


def test_every_sample_has_a_page_in_both_languages(samples: Store) -> None:
    for last in CARDS:
        for lang in ("zh", "en"):
            page = report(samples, last, lang)
            assert page.html.startswith("<html>") and f"6217 **** **** {last}" in page.footer_left
            assert page.page_label.startswith("第" if lang == "zh" else "Page")


@pytest.mark.parametrize(("second", "said"), [
    ("2024-05-05,银行账户,存现,,10.00,50.00,", "少 30.00 元"),  # 70 + 10 = 80, the bank says 50
    ("2024-05-05,银行账户,存现,,10.00,100.00,", "多 20.00 元"),
])
def test_a_balance_that_does_not_follow_on_is_marked_in_the_printed_history(
        tmp_path: Path, write_statement, second: str, said: str) -> None:  # type: ignore[no-untyped-def]
    """Two statements with rows missing between them: the table says where its own sums stop
    closing, instead of printing 70.00, +10.00, 50.00 without a word."""
    store = two_statements(tmp_path, write_statement,
                           ["2023-05-05,银行账户,存现,,100.00,100.00,",
                            "2023-06-05,银行账户,消费,,-30.00,70.00,超市"], [second])
    page = html.unescape(build_report(store.conn, explain(store.conn, None, "zh"),
                                      full_history=True).html)
    assert f"此处余额不连续：下一行对账单所记余额比上一行余额加本行金额{said}" in page
    history_part = page[page.index("流水</h2>"):]  # the row named comes after the mark
    assert history_part.index("不连续") < history_part.index(">2024-05-05<")
    store.close()


def test_a_history_that_follows_on_has_no_mark(tmp_path: Path, write_statement) -> None:  # type: ignore[no-untyped-def]
    store = two_statements(tmp_path, write_statement,
                           ["2023-05-05,银行账户,存现,,100.00,100.00,"],
                           ["2024-05-05,银行账户,存现,,10.00,110.00,"])
    page = html.unescape(build_report(store.conn, explain(store.conn, None, "zh"),
                                      full_history=True).html)
    assert "不连续" not in page and "2024-05-05" in page
    store.close()
