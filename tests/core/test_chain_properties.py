"""However statements overlap and in whatever order they come, the purse ends up the same."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from balanceview.core.importer import ImportOptions, import_file
from balanceview.core.ledger import history, purse_balances
from balanceview.core.money import format_fen
from balanceview.core.statements.columns import NONE
from balanceview.core.store import open_store
from balanceview.core.store.chain import Chain

HEADER = "卡号：6217990012345678\n交易日期,摘要,金额,余额\n"
amounts = st.lists(st.integers(min_value=-50_000, max_value=50_000), min_size=1, max_size=25)


def statement_lines(values: list[int], opening: int) -> list[str]:
    """Rows on consecutive days (two per day: days can hold twins), balances chaining."""
    lines, balance = [], opening
    for index, fen in enumerate(values):
        balance += fen
        day = date(2024, 1, 1) + timedelta(days=index // 2)
        lines.append(f"{day.isoformat()},交易,{format_fen(fen)},{format_fen(balance)}")
    return lines


def write(path: Path, lines: list[str]) -> Path:
    path.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    return path


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=amounts, opening=st.integers(0, 10**7), cut=st.data())
def test_pieces_in_any_order_equal_the_whole(tmp_path_factory, values, opening, cut) -> None:
    folder = tmp_path_factory.mktemp("pieces")
    lines = statement_lines(values, opening)
    # A statement covers whole days (查询期间 from one date to another): cut between days.
    days = (len(lines) + 1) // 2
    start = 2 * cut.draw(st.integers(0, days - 1))
    end = min(len(lines), 2 * cut.draw(st.integers(start // 2 + 1, days)))
    overlap_end = min(len(lines), 2 * cut.draw(st.integers(end // 2, days)))
    pieces = [lines[:end], lines[start:overlap_end], lines]
    order = cut.draw(st.permutations(range(3)))
    store = open_store(folder / "pieces.db")
    for index in order:
        import_file(store, write(folder / f"p{index}.csv", pieces[index]), ImportOptions("bank"))
    whole = open_store(folder / "whole.db")
    import_file(whole, write(folder / "whole.csv", lines), ImportOptions("bank"))
    assert _runs(store) == _runs(whole)
    bank = [b for b in purse_balances(store.conn) if b.kind == "bank"][0]
    assert bank.balance_fen == opening + sum(values) and bank.transactions == len(values)
    assert store.conn.execute("SELECT COUNT(*) FROM balance_breaks").fetchone()[0] == 0


def _runs(store) -> list[tuple[int, int, int]]:  # type: ignore[no-untyped-def]
    return [(r.posted, r.amount_fen, r.running_fen) for r in history(store.conn)]


_stated = st.one_of(st.just(NONE), st.integers(-10**6, 10**6))


@given(rows=st.lists(st.tuples(st.integers(-10**5, 10**5), _stated), max_size=30),
       running=st.integers(-10**6, 10**6), stated=st.one_of(st.none(), st.integers(0, 10**6)),
       last_id=st.one_of(st.none(), st.integers(1, 99)))
def test_walk_over_columns_equals_stepping_row_by_row(
        rows: list[tuple[int, int]], running: int, stated: int | None, last_id: int | None
) -> None:
    """The column-wise walk of a million-row import agrees with step(), its plain reading,
    on running balances, on every break and on where the chain is left."""
    walked, stepped = Chain(running, stated, last_id), Chain(running, stated, last_id)
    balances, breaks = walked.walk(100, [a for a, _ in rows], [s for _, s in rows])
    expected_breaks, previous = [], last_id
    for offset, (amount, after) in enumerate(rows):
        balance, difference = stepped.step(100 + offset, amount, None if after == NONE else after)
        assert balances[offset] == balance
        if difference is not None and previous is not None:
            expected_breaks.append((previous, 100 + offset, difference))
        previous = 100 + offset
    assert breaks == expected_breaks
    assert (walked.running, walked.stated, walked.last_id) == \
        (stepped.running, stepped.stated, stepped.last_id)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=st.lists(st.sampled_from([-10_000, -10_000, -2_550, 5_000]), min_size=2, max_size=18),
       opening=st.integers(50_000, 10**6), cut=st.data())
def test_statements_cut_in_the_middle_of_a_day_keep_every_twin_and_the_bank_s_order(
        tmp_path_factory, values, opening, cut) -> None:  # type: ignore[no-untyped-def]
    """Real exports are cut at any moment (查询时间 2024-03-09 14:00): pieces overlapping at
    any row, imported in any order, give the whole statement, two equal withdrawals of one
    day and all. Rows carry dates only, three or four to a day."""
    # Where a day's balance comes back to a value it had, two orders chain alike and
    # nothing in the files tells them apart.
    balances = [opening + sum(values[:n]) for n in range(len(values) + 1)]
    assume(len(set(balances)) == len(balances))
    folder = tmp_path_factory.mktemp("midday")
    lines, balance = [], opening
    for index, fen in enumerate(values):
        balance += fen
        day = date(2024, 3, 1) + timedelta(days=index // 4)
        lines.append(f"{day.isoformat()},{'取款' if fen < 0 else '存款'},{format_fen(fen)},"
                     f"{format_fen(balance)}")
    first_end = cut.draw(st.integers(1, len(lines)))
    second_start = cut.draw(st.integers(0, first_end))  # may overlap the first piece
    pieces = [lines[:first_end], lines[second_start:]]
    store = open_store(folder / "pieces.db")
    for index in cut.draw(st.permutations(range(2))):
        import_file(store, write(folder / f"p{index}.csv", pieces[index]), ImportOptions("bank"))
    whole = open_store(folder / "whole.db")
    import_file(whole, write(folder / "whole.csv", lines), ImportOptions("bank"))
    assert _runs(store) == _runs(whole)
    assert store.conn.execute("SELECT COUNT(*) FROM balance_breaks").fetchone()[0] == 0
