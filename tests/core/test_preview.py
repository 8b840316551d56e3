"""The preview: a file as detected, and what importing it would do, before anything is stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from balanceview.core.errors import UserError
from balanceview.core.importer import ImportOptions, import_file
from balanceview.core.ledger import batches, purse_balances
from balanceview.core.preview import (
    REFUSALS,
    Refusal,
    check,
    import_mapped,
    mapping_refusal,
    outcome,
    preview,
    refusal_of,
)
from balanceview.core.samples import samples_dir

MEDICAL = samples_dir() / "medical_spent_down.csv"
HEADER = "交易日期,摘要,金额,余额,对方户名"
TITLE = "卡号：6217990012345678"


def test_a_sample_is_described_as_detected() -> None:
    shown = preview(MEDICAL)
    assert shown.refusal is None
    assert (shown.encoding, shown.header_line) == ("gb18030", 6)
    assert shown.header[0] == "交易时间" and shown.column_names[0] == "交易时间 (A)"
    assert shown.roles == ["date", "type", "income", "expense", "balance", "counterparty",
                           "description"]
    assert shown.columns["balance"] == ["余额"]
    assert (shown.default_purse, shown.purses) == ("medical", {"medical": 14})
    assert shown.holder == "张*" and shown.id_number == "1401**********1234"
    assert [line for line, _ in shown.skipped] == [22, 23]  # the footer, not transactions


def test_rows_are_display_ready_and_in_file_order() -> None:
    rows = preview(MEDICAL).rows
    assert len(rows) == 14 and [r.line for r in rows] == sorted(r.line for r in rows)
    first = rows[0]
    assert (first.line, first.purse) == (8, "medical")
    assert first.cells() == ("2024-01-15 08:30:12", "+186.40", "698.70", "划入",
                             "2024年01月职工医保个人账户划入")
    assert rows[1].amount == "-45.60" and rows[3].balance == "1,025.90"


def test_a_newest_first_file_is_previewed_from_its_first_line() -> None:
    rows = preview(samples_dir() / "bank_never_funded.csv").rows
    assert rows[0].line == 7 and rows[0].date.startswith("2024-10-15")


def test_at_most_twenty_rows_per_purse() -> None:
    shown = preview(samples_dir() / "both_purses.csv")
    assert shown.purses == {"bank": 3, "medical": 17}
    assert len(shown.rows) == 20 and {r.purse for r in shown.rows} == {"bank", "medical"}


def test_columns_override_the_detected_mapping() -> None:
    chosen = {"date": ["交易时间"], "type": ["账户收支类型"], "income": ["收入金额"],
              "expense": ["支出金额"], "balance": ["余额"], "description": ["医药机构名称"],
              "counterparty": ["备注"]}
    shown = preview(MEDICAL, columns=chosen)
    assert shown.roles[5:] == ["description", "counterparty"]
    assert shown.rows[1].description == "老百姓大药房(府西街店)"


def test_bad_rows_are_problems_with_lines(write_statement) -> None:  # type: ignore[no-untyped-def]
    path = write_statement("bad.csv", [TITLE, HEADER, "2024-01-05,存现,100.00,100.00,",
                                       "2024-01-06,消费,abc,70.00,超市"])
    shown = preview(path)
    assert [(p.line, p.column) for p in shown.problems] == [(4, "金额 (C)")]
    assert [r.line for r in shown.rows] == [3]


@pytest.mark.parametrize(("name", "data", "kind"), [
    ("empty.csv", b"", "empty"),
    ("photo.png", b"\x89PNG\r\n\x1a\nrest", "picture"),
    ("statement.pdf", b"%PDF-1.7 rest", "pdf"),
    ("notes.txt", b"just some words\nand more words\n", "no_header"),
    ("bill.csv", "支付宝交易记录明细查询\n交易号,交易时间,商品说明,金额\n1,2024-01-01 10:00:00,水,5.00\n"
     .encode(), "payment_app"),
])
def test_refusals_are_told_in_plain_words(tmp_path: Path, name: str, data: bytes,
                                          kind: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    refused = preview(path).refusal
    assert refused is not None and refused.kind == kind
    assert name in refused.details  # the technical words stay, one click away
    assert refused.summary("en") == REFUSALS["en"][kind]
    assert refused.summary("zh") == REFUSALS["zh"][kind]


def test_every_refusal_reads_in_both_languages() -> None:
    assert set(REFUSALS["en"]) == set(REFUSALS["zh"])
    assert Refusal("unheard-of", "x").summary("en") == REFUSALS["en"]["other"]
    assert refusal_of(UserError("something new")).kind == "other"


def test_the_outcome_is_a_dry_run(store) -> None:  # type: ignore[no-untyped-def]
    found = outcome(store, MEDICAL, ImportOptions())
    assert not isinstance(found, Refusal)
    assert found.dry_run and found.new_rows == {"medical": 14}
    assert found.purses_created == ["medical"] and found.batch_id is None
    assert batches(store.conn) == [] and purse_balances(store.conn) == []


def test_the_outcome_names_duplicates_with_reasons(store) -> None:  # type: ignore[no-untyped-def]
    import_file(store, MEDICAL, ImportOptions())
    again = outcome(store, MEDICAL, ImportOptions())
    assert not isinstance(again, Refusal) and again.total_new == 0
    assert len(again.duplicates) == 14 and "already imported" in again.duplicates[0][1]


def test_bad_rows_refuse_until_skipped(store, write_statement) -> None:  # type: ignore[no-untyped-def]
    path = write_statement("bad.csv", [TITLE, HEADER, "2024-01-05,存现,100.00,100.00,",
                                       "2024-01-06,消费,abc,70.00,超市"])
    refused = check(store, path, ImportOptions())
    assert refused.refusal is not None and refused.refusal.kind == "bad_rows"
    assert refused.preview.problems  # the preview is there to mark them
    skipped = check(store, path, ImportOptions(skip_bad_rows=True))
    assert skipped.outcome is not None and skipped.outcome.new_rows == {"bank": 1}


def test_another_writer_is_a_refusal(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from balanceview.core.store import open_store

    other = open_store(tmp_path / "test.db")
    store.conn.execute("PRAGMA busy_timeout = 0")  # no wait: the other holds the lock
    other.conn.execute("BEGIN IMMEDIATE")
    try:
        found = outcome(store, MEDICAL, ImportOptions())
    finally:
        other.conn.execute("ROLLBACK")
        other.close()
    assert isinstance(found, Refusal) and found.kind == "busy"


def test_a_card_the_file_does_not_name_is_asked_for(store, write_statement) -> None:  # type: ignore[no-untyped-def]
    for number in ("6217990012340001", "6217990012340002"):
        import_file(store, write_statement(f"{number}.csv", [f"卡号：{number}", HEADER,
                                                             "2024-01-05,存现,1.00,1.00,"]),
                    ImportOptions())
    found = outcome(store, write_statement("x.csv", [HEADER, "2024-01-05,存现,1.00,1.00,"]),
                    ImportOptions())
    assert isinstance(found, Refusal) and found.kind == "which_card"


def test_a_mapping_without_date_or_amount_is_refused_before_reading() -> None:
    assert mapping_refusal({"date": ["a"], "income": ["b"]}) is None
    assert mapping_refusal({"income": ["b"]}).kind == "mapping"  # type: ignore[union-attr]
    assert mapping_refusal({"date": ["a"], "balance": ["c"]}).kind == "mapping"  # type: ignore[union-attr]


def test_import_with_a_mapping_nobody_saved(store) -> None:  # type: ignore[no-untyped-def]
    columns = preview(MEDICAL).columns
    done = import_mapped(store, MEDICAL, ImportOptions(), columns)
    assert done.new_rows == {"medical": 14} and done.batch_id is not None
    assert [b.balance_fen for b in purse_balances(store.conn)] == [0, None]
    again = import_mapped(store, MEDICAL, ImportOptions(), columns)
    assert again.total_new == 0 and again.batch_id is None and len(batches(store.conn)) == 1
