"""Browsing: counts, orders, filters and search agree with the rows read back plainly."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from balanceview.core import browse
from balanceview.core.browse import BrowseFilter
from balanceview.core.importer import ImportOptions, import_file
from balanceview.core.ledger import HistoryRow, history, list_cards
from balanceview.core.store import open_store

TITLE = ["社会保障卡交易明细", "卡号：6217990012345678", "姓名：张三"]
HEADER = "交易时间,账户类型,交易类型,摘要,收入,支出,余额,机构,流水号"
PURSE_NAMES = {"medical": "医保个人账户", "bank": "银行账户"}
# (purse, type, summary, institution, income)
KINDS = [
    ("medical", "划入", "单位缴费划入", "太原市医疗保障事务中心", True),
    ("medical", "药店购药", "一心堂(南内环店)", "太原市医疗保障事务中心", False),
    ("medical", "门诊", "山西省人民医院", "太原市医疗保障事务中心", False),
    ("bank", "存现", "ATM存款", "中国建设银行太原迎泽支行", True),
    ("bank", "消费", "美特好超市(平阳店)", "中国建设银行太原迎泽支行", False),
    ("bank", "取款", "柜面取款_100%", "中国建设银行太原亲贤支行", False),
]


def statement(rows: list[tuple[int, int, int]]) -> list[str]:
    """(day offset, kind number, fen) rows as a two-purse statement with true balances."""
    balances = {"medical": 0, "bank": 0}
    lines = [*TITLE, HEADER]
    for number, (day, kind, fen) in enumerate(sorted(rows, key=lambda r: r[0])):
        purse, kind_type, summary, place, income = KINDS[kind]
        if not income and balances[purse] < fen:
            income = True  # never overdraw: statements do not
            kind_type, summary = KINDS[0 if purse == "medical" else 3][1:3]
        balances[purse] += fen if income else -fen
        money = f"{fen / 100:.2f}"
        when = f"2024-{1 + day // 28:02d}-{1 + day % 28:02d} {number // 3600 % 24:02d}:" \
               f"{number // 60 % 60:02d}:{number % 60:02d}"
        lines.append(f"{when},{PURSE_NAMES[purse]},{kind_type},{summary},"
                     f"{money if income else ''},{'' if income else money},"
                     f"{balances[purse] / 100:.2f},{place},{9000000000000000 + number}")
    return lines


def imported(directory: Path, rows: list[tuple[int, int, int]]):  # type: ignore[no-untyped-def]
    path = directory / "statement.csv"
    path.write_text("\n".join(statement(rows)) + "\n", encoding="utf-8")
    store = open_store(directory / "browse.db")
    import_file(store, path, ImportOptions())
    return store


SMALL = [(day, day % len(KINDS), 1000 + 37 * day) for day in range(40)]


@pytest.fixture
def small(tmp_path: Path):  # type: ignore[no-untyped-def]
    store = imported(tmp_path, SMALL)
    yield store
    store.close()


def everything(store) -> list[HistoryRow]:  # type: ignore[no-untyped-def]
    return list(history(store.conn))


def matches(row: HistoryRow, flt: BrowseFilter) -> bool:
    needle = flt.search.strip().lower()
    texts = (row.raw_type, row.description, row.counterparty, row.reference or "")
    day = int(str(row.posted)[:8])
    return ((flt.purse is None or row.kind == flt.purse)
            and (not flt.kinds or row.tx_kind in flt.kinds)
            and (flt.first_day is None or day >= int(flt.first_day.strftime("%Y%m%d")))
            and (flt.last_day is None or day <= int(flt.last_day.strftime("%Y%m%d")))
            and (not needle or any(needle in text.lower() for text in texts)))


def expected(store, flt: BrowseFilter, column: str = "date",  # type: ignore[no-untyped-def]
             descending: bool = False) -> list[int]:
    keys = {
        "date": lambda r: (), "purse": lambda r: (r.kind,), "kind": lambda r: (r.tx_kind,),
        "description": lambda r: (r.raw_type, r.description),
        "institution": lambda r: (r.counterparty,), "amount": lambda r: (r.amount_fen,),
        "balance": lambda r: (r.running_fen if r.stated_balance_fen is None else r.stated_balance_fen,),
        "source": lambda r: (r.file_name, r.source_line),
    }
    rows = [r for r in everything(store) if matches(r, flt)]
    rows.sort(key=lambda r: (*keys[column](r), r.posted, r.id), reverse=descending)
    return [r.id for r in rows]


def test_default_order_is_by_time_across_both_purses(small) -> None:
    flt = BrowseFilter(card_id=list_cards(small.conn)[0].id)
    assert browse.count(small.conn, flt) == len(SMALL)
    assert list(browse.ids(small.conn, flt)) == expected(small, flt)
    assert list(browse.ids(small.conn, flt, "date", True)) == expected(small, flt)[::-1]


@pytest.mark.parametrize("column", browse.COLUMNS)
@pytest.mark.parametrize("descending", [False, True])
def test_every_column_sorts_with_time_breaking_ties(small, column: str, descending: bool) -> None:
    flt = BrowseFilter()
    assert list(browse.ids(small.conn, flt, column, descending)) == \
        expected(small, flt, column, descending)


@pytest.mark.parametrize("flt", [
    BrowseFilter(purse="medical"),
    BrowseFilter(purse="bank", kinds=frozenset({"withdrawal", "spending"})),
    BrowseFilter(first_day=date(2024, 1, 10), last_day=date(2024, 1, 20)),
    BrowseFilter(search="药"),  # a type
    BrowseFilter(search="atm"),  # a description, whatever its case
    BrowseFilter(search="亲贤"),  # a counterparty
    BrowseFilter(search="9000000000000007"),  # a reference
    BrowseFilter(search="_100%"),  # LIKE's wildcards are searched for, not obeyed
    BrowseFilter(search="100"),
    BrowseFilter(search="nothing like this"),
])
def test_filters_and_search_keep_exactly_the_matching_rows(small, flt: BrowseFilter) -> None:
    want = expected(small, flt)
    assert list(browse.ids(small.conn, flt)) == want
    assert browse.count(small.conn, flt) == len(want)


def test_a_card_or_purse_that_does_not_exist_is_empty(small) -> None:
    assert browse.count(small.conn, BrowseFilter(card_id=999)) == 0
    assert len(browse.ids(small.conn, BrowseFilter(card_id=999))) == 0


def test_display_rows_are_ready_to_show(small) -> None:
    first, *_ = everything(small)
    rows = browse.rows_for(small.conn, [first.id, 10**9])
    assert list(rows) == [first.id]  # an id that is gone is left out
    row = rows[first.id]
    assert row.date == "2024-01-01 00:00:00"
    assert (row.purse, row.kind, row.description) == ("medical", "contribution", "划入 单位缴费划入")
    assert row.institution == "太原市医疗保障事务中心"
    assert (row.amount_fen, row.balance_fen, row.running_fen) == (1000, 1000, 1000)
    assert (row.file_name, row.source_line) == ("statement.csv", 5)


def test_positions_find_ids_in_row_order(small) -> None:
    order = browse.ids(small.conn, BrowseFilter(), "amount", True)
    wanted = [order[7], order[2], 10**9]
    assert browse.positions(order, wanted) == [2, 7]


def test_date_span(small) -> None:
    assert browse.date_span(small.conn, BrowseFilter()) == (date(2024, 1, 1), date(2024, 2, 12))
    assert browse.date_span(small.conn, BrowseFilter(card_id=999)) is None


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(st.integers(0, 300), st.integers(0, len(KINDS) - 1),
                               st.integers(1, 50_000)), min_size=1, max_size=60),
       column=st.sampled_from(browse.COLUMNS), descending=st.booleans(),
       purse=st.sampled_from([None, "medical", "bank"]),
       search=st.sampled_from(["", "药", "ATM", "9000000000000001", "店"]))
def test_any_statement_browses_as_read_back(tmp_path_factory, rows, column, descending, purse,
                                            search) -> None:
    store = imported(tmp_path_factory.mktemp("browse"), rows)
    try:
        flt = BrowseFilter(purse=purse, search=search)
        want = expected(store, flt, column, descending)
        assert list(browse.ids(store.conn, flt, column, descending)) == want
        assert browse.count(store.conn, flt) == len(want)
    finally:
        store.close()


def purse_rows(store, kind: str) -> list[HistoryRow]:  # type: ignore[no-untyped-def]
    return [r for r in everything(store) if r.kind == kind]


@pytest.mark.parametrize("max_points", [1, 3, 1000])
def test_the_series_keeps_every_extreme_and_the_ends(small, max_points: int) -> None:
    accounts = browse.card_accounts(small.conn, list_cards(small.conn)[0].id)
    for kind, account_id in accounts.items():
        rows = purse_rows(small, kind)
        series = browse.balance_series(small.conn, account_id, max_points)
        buckets = series.buckets
        assert 1 <= len(buckets) <= max_points
        assert sum(b.rows for b in buckets) == len(rows)
        balances = [r.running_fen for r in rows]
        assert min(b.low_fen for b in buckets) == min(balances)
        assert max(b.high_fen for b in buckets) == max(balances)
        assert (buckets[0].open_fen, buckets[-1].close_fen) == (balances[0], balances[-1])
        assert (buckets[0].first_posted, buckets[-1].last_posted) == (rows[0].posted,
                                                                       rows[-1].posted)
        credits = [r for r in rows if r.amount_fen > 0]
        assert sum(b.credits for b in buckets) == len(credits)
        assert sum(b.credit_fen for b in buckets) == sum(r.amount_fen for r in credits)
        assert [b.first_posted for b in buckets] == sorted(b.first_posted for b in buckets)


def test_the_zero_date_is_the_one_the_explanation_gives(tmp_path: Path) -> None:
    from balanceview.core.explain import explain_card
    from balanceview.core.samples import import_samples

    store = open_store(tmp_path / "samples.db")
    try:
        import_samples(store)
        zeros = 0
        for card in list_cards(store.conn):
            explained = explain_card(store.conn, card, date(2025, 6, 30), "en")
            for kind, account_id in browse.card_accounts(store.conn, card.id).items():
                zero = browse.balance_series(store.conn, account_id).zero_posted
                day = None if zero is None else date(zero // 10**10, zero // 10**8 % 100,
                                                     zero // 10**6 % 100)
                assert day == explained.purse(kind).zero_date
                zeros += day is not None
        assert zeros >= 2  # the samples tell stories of purses at zero
    finally:
        store.close()


def test_an_account_without_rows_has_an_empty_series(tmp_path: Path) -> None:
    from balanceview.core.samples import import_samples

    store = open_store(tmp_path / "samples.db")
    try:
        import_samples(store)
        empty = store.conn.execute("SELECT id FROM accounts WHERE id NOT IN "
                                   "(SELECT account_id FROM transactions)").fetchone()[0]
        series = browse.balance_series(store.conn, empty)
        assert series.buckets == () and series.zero_posted is None
    finally:
        store.close()
