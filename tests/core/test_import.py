"""Importing statements: every fen, every row once, the two purses apart, all or nothing."""

from __future__ import annotations

import os
import sqlite3

import pytest

from balanceview.core.errors import StatementRefused, UserError
from balanceview.core.importer import ImportOptions, import_file
from balanceview.core.ledger import batches, history, purse_balances
from balanceview.core.store.undo import undo_batch

HEADER = "交易日期,摘要,金额,余额,对方户名"
TITLE = "卡号：6217990012345678"


def balances(store) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    from balanceview.core.money import format_fen

    return {b.kind: None if b.balance_fen is None else format_fen(b.balance_fen)
            for b in purse_balances(store.conn)}


def dump(store) -> list[str]:  # type: ignore[no-untyped-def]
    return list(store.conn.iterdump())


def test_bank_statement_lands_exactly(store, write_statement) -> None:
    path = write_statement("bank.csv", [TITLE, HEADER, "2024-01-05,存现,\"1,000.00\",1000.00,",
                                        "2024-01-06,取款,-250.50,749.50,ATM"])
    outcome = import_file(store, path, ImportOptions())
    assert outcome.new_rows == {"bank": 2}
    assert outcome.card == "6217 **** **** 5678"
    assert balances(store) == {"medical": None, "bank": "749.50"}
    kinds = [row.tx_kind for row in history(store.conn)]
    assert kinds == ["deposit", "withdrawal"]


def test_importing_again_adds_nothing_and_says_why(store, write_statement) -> None:
    path = write_statement("bank.csv", [TITLE, HEADER, "2024-01-05,存现,100.00,100.00,"])
    import_file(store, path, ImportOptions())
    again = import_file(store, path, ImportOptions())
    assert again.total_new == 0 and again.batch_id is None
    assert "already imported" in again.duplicates[0][1]
    assert len(batches(store.conn)) == 1


def test_overlapping_statements_add_only_new_rows(store, write_statement) -> None:
    first = write_statement("jan.csv", [TITLE, HEADER, "2024-01-05,存现,100.00,100.00,",
                                        "2024-01-20,消费,-30.00,70.00,超市"])
    second = write_statement("feb.csv", [TITLE, HEADER, "2024-01-20,消费,-30.00,70.00,超市",
                                         "2024-02-01,存现,50.00,120.00,"])
    import_file(store, first, ImportOptions())
    outcome = import_file(store, second, ImportOptions())
    assert outcome.new_rows == {"bank": 1} and len(outcome.duplicates) == 1
    assert balances(store)["bank"] == "120.00"
    assert [r.running_fen for r in history(store.conn)] == [10000, 7000, 12000]


def test_identical_rows_in_one_file_are_all_kept(store, write_statement) -> None:
    path = write_statement("atm.csv", [TITLE, HEADER, "2024-01-05,存现,500.00,500.00,",
                                       "2024-01-06,ATM取款,-100.00,,", "2024-01-06,ATM取款,-100.00,,"])
    assert import_file(store, path, ImportOptions()).new_rows == {"bank": 3}
    assert import_file(store, path, ImportOptions()).total_new == 0
    assert balances(store)["bank"] == "300.00"


def test_an_older_statement_imported_later_is_chained_in(store, write_statement) -> None:
    late = write_statement("late.csv", [TITLE, HEADER, "2024-03-01,存现,50.00,150.00,"])
    early = write_statement("early.csv", [TITLE, HEADER, "2024-01-01,存现,100.00,100.00,"])
    import_file(store, late, ImportOptions())
    import_file(store, early, ImportOptions())
    assert [r.running_fen for r in history(store.conn)] == [10000, 15000]


def test_bad_row_refuses_the_whole_file_and_names_line_and_column(store, write_statement) -> None:
    good = write_statement("good.csv", [TITLE, HEADER, "2024-01-05,存现,100.00,100.00,"])
    import_file(store, good, ImportOptions())
    before = dump(store)
    bad = write_statement("bad.csv", [TITLE, HEADER, "2024-01-06,存现,10.00,110.00,",
                                      "2024-02-30,消费,-5.00,105.00,", "2024-03-01,消费,-x,100.00,"])
    with pytest.raises(StatementRefused) as refused:
        import_file(store, bad, ImportOptions())
    message = str(refused.value)
    assert "bad.csv, line 4, column 交易日期 (A)" in message and "2024-02-30" in message
    assert "bad.csv, line 5, column 金额 (C)" in message
    assert dump(store) == before


def test_skip_bad_rows_imports_the_rest_and_keeps_a_note(store, write_statement) -> None:
    bad = write_statement("bad.csv", [TITLE, HEADER, "2024-01-06,存现,10.00,10.00,",
                                      "2024-02-30,消费,-5.00,5.00,"])
    outcome = import_file(store, bad, ImportOptions(skip_bad_rows=True))
    assert outcome.new_rows == {"bank": 1} and outcome.bad_rows[0].line == 4
    note = store.conn.execute("SELECT line, note FROM batch_notes").fetchone()
    assert note[0] == 4 and "not a real date" in note[1]


@pytest.mark.parametrize("content, words", [
    (b"", "empty"), (b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "picture"),
    ("随便写的一段话\n没有表头\n".encode(), "no header"),
])
def test_what_is_not_a_statement_is_refused_clearly(store, tmp_path, content, words) -> None:
    path = tmp_path / "thing.csv"
    path.write_bytes(content)
    with pytest.raises(UserError, match=words):
        import_file(store, path, ImportOptions())


def test_a_folder_is_refused(store, tmp_path) -> None:
    with pytest.raises(UserError, match="folder"):
        import_file(store, tmp_path, ImportOptions())


def test_newest_first_files_are_put_in_order(store, write_statement) -> None:
    path = write_statement("icbc.csv", [TITLE, HEADER, "2024-01-03,消费,-20.00,80.00,",
                                        "2024-01-02,存现,60.00,100.00,", "2024-01-01,存现,40.00,40.00,"])
    import_file(store, path, ImportOptions())
    rows = list(history(store.conn))
    assert [r.amount_fen for r in rows] == [4000, 6000, -2000]
    assert rows[-1].running_fen == 8000 and store.conn.execute(
        "SELECT COUNT(*) FROM balance_breaks").fetchone()[0] == 0


def test_opening_row_sets_the_opening_and_is_not_a_transaction(store, write_statement) -> None:
    path = write_statement("m.csv", ["姓名：张三", "交易时间,账户收支类型,收入金额,支出金额,余额",
                                     ",期初余额,,,512.30", "2024-01-15,划入,186.40,,698.70"],
                           encoding="gb18030")
    import_file(store, path, ImportOptions())
    rows = list(history(store.conn))
    assert len(rows) == 1 and rows[0].kind == "medical" and rows[0].running_fen == 69870
    assert store.conn.execute("SELECT opening_fen FROM accounts").fetchone()[0] == 51230


def test_header_without_rows_creates_the_purse(store, write_statement) -> None:
    path = write_statement("resident.csv", ["险种类型：城乡居民基本医疗保险",
                                            "交易时间,账户收支类型,收入金额,支出金额,余额"])
    outcome = import_file(store, path, ImportOptions())
    assert outcome.purses_created == ["medical"] and outcome.batch_id is not None
    assert balances(store) == {"medical": "0.00", "bank": None}


def test_a_zero_row_is_still_a_transaction(store, write_statement) -> None:
    path = write_statement("s.csv", ["结算时间,医疗类别,定点医药机构,医疗费总额,统筹基金支付,个人账户支付,个人现金支付,个人账户余额",
                                     "2024-04-03,门诊慢特病,山西省人民医院,820.00,820.00,0.00,0.00,40.14"])
    import_file(store, path, ImportOptions())
    (row,) = history(store.conn)
    assert row.kind == "medical" and row.amount_fen == 0
    assert store.conn.execute("SELECT total_fen, pooled_fen FROM transactions").fetchone() == (82000, 82000)


def test_account_type_column_splits_the_purses(store, write_statement) -> None:
    path = write_statement("both.csv", [TITLE, "交易日期,账户类型,摘要,金额,余额",
                                        "2024-01-01,医保个人账户,划入,152.36,152.36",
                                        "2024-01-02,银行账户,结息,0.00,0.00"])
    outcome = import_file(store, path, ImportOptions())
    assert outcome.new_rows == {"medical": 1, "bank": 1}
    assert balances(store) == {"medical": "152.36", "bank": "0.00"}


def test_the_user_can_say_which_purse(store, write_statement) -> None:
    path = write_statement("x.csv", [TITLE, HEADER, "2024-01-05,划入,100.00,100.00,"])
    import_file(store, path, ImportOptions(account="medical"))
    assert balances(store) == {"medical": "100.00", "bank": None}


def test_a_balance_that_does_not_chain_is_recorded(store, write_statement) -> None:
    path = write_statement("gap.csv", [TITLE, HEADER, "2024-01-01,存现,100.00,100.00,",
                                       "2024-01-05,消费,-10.00,60.00,"])
    import_file(store, path, ImportOptions())
    assert store.conn.execute("SELECT difference_fen FROM balance_breaks").fetchall() == [(-3000,)]
    assert balances(store)["bank"] == "60.00"  # the statement's own figure


def test_dry_run_changes_nothing(store, write_statement) -> None:
    path = write_statement("bank.csv", [TITLE, HEADER, "2024-01-05,存现,100.00,100.00,"])
    before = dump(store)
    outcome = import_file(store, path, ImportOptions(dry_run=True))
    assert outcome.new_rows == {"bank": 1} and dump(store) == before


def test_undo_removes_the_batch_and_rechains(store, write_statement) -> None:
    first = write_statement("a.csv", [TITLE, HEADER, "2024-01-05,存现,100.00,100.00,"])
    second = write_statement("b.csv", [TITLE, HEADER, "2024-02-05,存现,50.00,150.00,"])
    import_file(store, first, ImportOptions())
    batch = import_file(store, second, ImportOptions()).batch_id
    assert undo_batch(store, batch) == 1
    assert balances(store)["bank"] == "100.00" and len(batches(store.conn)) == 1
    with pytest.raises(UserError, match="no import #99"):
        undo_batch(store, 99)


def test_several_cards_and_no_clue_asks_for_card(store, write_statement) -> None:
    for number in ("6217990011112222", "6217990033334444"):
        path = write_statement(f"{number}.csv", [f"卡号：{number}", HEADER, "2024-01-05,存现,1.00,1.00,"])
        import_file(store, path, ImportOptions())
    anonymous = write_statement("x.csv", [HEADER, "2024-01-06,存现,1.00,2.00,"])
    with pytest.raises(UserError, match="x.csv: .*--card"):
        import_file(store, anonymous, ImportOptions())
    assert import_file(store, anonymous, ImportOptions(card="4444")).card == "6217 **** **** 4444"


def test_database_is_private_and_numbers_are_masked(store, write_statement) -> None:
    path = write_statement("bank.csv", ["卡号：6217990012345678", "社会保障号码：140105198003151234",
                                        HEADER, "2024-01-05,转账,100.00,100.00,张三 6222020200112233445"])
    import_file(store, path, ImportOptions())
    assert os.stat(store.path).st_mode & 0o777 == 0o600
    everything = "\n".join(dump(store))
    for secret in ("6217990012345678", "140105198003151234", "6222020200112233445"):
        assert secret not in everything


def test_a_newer_database_is_refused(tmp_path) -> None:
    from balanceview.core.store import open_store

    path = tmp_path / "new.db"
    open_store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(UserError, match="newer BalanceView"):
        open_store(path)


def test_a_second_writer_gets_a_clear_message(store, write_statement, tmp_path) -> None:
    from balanceview.core import store as store_module

    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    store.conn.execute("PRAGMA busy_timeout = 50")
    path = write_statement("bank.csv", [TITLE, HEADER, "2024-01-05,存现,100.00,100.00,"])
    with pytest.raises(UserError, match="another BalanceView is writing"):
        import_file(store, path, ImportOptions())
    other.execute("ROLLBACK")
    assert store_module.BUSY_TIMEOUT_MS >= 1000


def test_a_saved_profile_reads_unusual_headers(store, write_statement) -> None:
    from balanceview.core import profiles

    with store.writing() as conn:
        profiles.save(conn, profiles.Profile(
            "my bank", profiles.parse_assignments(["date=办理日", "amount=变动", "balance=结余"]),
            "bank"))
    path = write_statement("odd.csv", ["办理日,变动,结余", "2024-01-05,100.00,100.00"])
    with pytest.raises(UserError, match="no header"):
        import_file(store, path, ImportOptions())
    outcome = import_file(store, path, ImportOptions(profile="my bank"))
    assert outcome.new_rows == {"bank": 1}


def test_card_option_cannot_contradict_the_file(store, write_statement) -> None:
    path = write_statement("b.csv", [TITLE, HEADER, "2024-01-05,存现,1.00,1.00,"])
    with pytest.raises(UserError, match="statement of card 6217 \\*\\*\\*\\* \\*\\*\\*\\* 5678"):
        import_file(store, path, ImportOptions(card="6217990099998888"))
    assert import_file(store, path, ImportOptions(card="5678")).new_rows == {"bank": 1}


def test_undo_of_the_only_import_forgets_the_purse_and_card(store, write_statement) -> None:
    path = write_statement("m.csv", ["姓名：张三", "交易时间,账户收支类型,收入金额,支出金额,余额",
                                     ",期初余额,,,512.30", "2024-01-15,划入,186.40,,698.70"])
    batch = import_file(store, path, ImportOptions()).batch_id
    undo_batch(store, batch)
    assert purse_balances(store.conn) == []
    for table in ("batch_openings", "batch_notes", "accounts", "cards", "holders"):
        assert store.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0


def test_a_numbered_statement_of_another_person_gets_its_own_card(store, write_statement) -> None:
    medical = write_statement("m.csv", ["姓名：张三", "交易时间,账户收支类型,收入金额,支出金额,余额",
                                        "2024-01-15,划入,186.40,,186.40"])
    bank = write_statement("b.csv", ["卡号：6217990055556666", "户名：孙七", HEADER,
                                     "2024-01-05,存现,1.00,1.00,"])
    import_file(store, medical, ImportOptions())
    assert import_file(store, bank, ImportOptions()).card == "6217 **** **** 6666"
    assert len({b.card.id for b in purse_balances(store.conn)}) == 2
