"""Which card a statement goes to: what the preview promises is what the import does, and a
file never joins another person's card."""

from __future__ import annotations

from pathlib import Path

import pytest

from balanceview.core.errors import UserError
from balanceview.core.importer import ImportOptions, import_file
from balanceview.core.ledger import list_cards
from balanceview.core.preview import check
from balanceview.core.store import open_store

ROWS = ["交易日期,摘要,金额,余额", "2024-01-05,存现,100.00,100.00", "2024-01-06,取款,-20.00,80.00"]


def statement(tmp_path: Path, name: str, *title: str) -> Path:
    path = tmp_path / name
    path.write_text("\n".join(["银行账户交易明细", *title, *ROWS]) + "\n", "utf-8")
    return path


def cards(store) -> list[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [(c.number, c.holder) for c in list_cards(store.conn)]


@pytest.mark.parametrize("titles, expected", [
    # Two people who share a surname: both 张* once masked, still two cards.
    ((["户名：张三"], ["户名：张伟"]), [(None, "张*"), (None, "张*")]),
    # One masked number, two cards (the middle digits differ).
    ((["卡号：6217990011115678"], ["卡号：6217990022225678"]),
     [("6217 **** **** 5678", None), ("6217 **** **** 5678", None)]),
    # Another ID number: another person.
    ((["社会保障号码：140105198001011234"], ["社会保障号码：140105199002025678"]),
     [(None, None), (None, None)]),
    # The same person in two files: one card.
    ((["卡号：6217990011115678", "户名：张三"], ["户名：张三"]), [("6217 **** **** 5678", "张*")]),
    # A file naming nobody joins the only card.
    ((["卡号：6217990011115678", "户名：张三"], []), [("6217 **** **** 5678", "张*")]),
])
def test_files_land_on_their_holders_card(tmp_path: Path, titles, expected) -> None:  # type: ignore[no-untyped-def]
    store = open_store(tmp_path / "db.sqlite")
    for index, title in enumerate(titles):
        import_file(store, statement(tmp_path, f"{index}.csv", *title), ImportOptions())
    assert cards(store) == expected


def test_a_file_naming_nothing_says_which_card_it_joined(tmp_path: Path) -> None:
    store = open_store(tmp_path / "db.sqlite")
    import_file(store, statement(tmp_path, "a.csv", "卡号：6217990011115678", "户名：张三"),
                ImportOptions())
    joined = import_file(store, statement(tmp_path, "b.csv"), ImportOptions())
    assert joined.card_reason.text("zh") == "文件里没有卡号：并入数据库里唯一的卡 6217 **** **** 5678 张*"
    assert str(joined.card_reason) == ("no card number in the file: joined "
                                       "6217 **** **** 5678 张*, the database's only card")


def test_with_several_cards_and_no_clue_the_card_is_asked_for(tmp_path: Path) -> None:
    store = open_store(tmp_path / "db.sqlite")
    for index, title in enumerate(["户名：张三", "户名：李四"]):
        import_file(store, statement(tmp_path, f"{index}.csv", title), ImportOptions())
    with pytest.raises(UserError, match="name one with --card"):
        import_file(store, statement(tmp_path, "nobody.csv"), ImportOptions())
    chosen = import_file(store, statement(tmp_path, "nobody.csv"), ImportOptions(card="2"))
    assert chosen.card_id == 2


@pytest.mark.parametrize("title", [[], ["户名：张三"], ["户名：李四"], ["卡号：6217990011115678"],
                                   ["卡号：6217990033335678"], ["社会保障号码：140105198001011234"]])
def test_the_preview_promises_what_the_import_does(tmp_path: Path, title: list[str]) -> None:
    store = open_store(tmp_path / "db.sqlite")
    import_file(store, statement(tmp_path, "first.csv", "卡号：6217990011115678", "户名：张三"),
                ImportOptions())
    path = statement(tmp_path, "next.csv", *title)
    promised = check(store, path, ImportOptions())
    outcome = import_file(store, path, ImportOptions())
    assert str(promised.preview.card_reason) == str(outcome.card_reason)
    assert promised.outcome is not None and promised.outcome.card_id == outcome.card_id
    assert promised.preview.card == outcome.card
