"""Nothing lost, nothing shown to others: backups before every change, private files, masked
numbers everywhere, no database made for a refused file."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import stat
from pathlib import Path

import pytest

from balanceview.cli import main
from balanceview.core.importer import ImportOptions, import_file
from balanceview.core.ledger import batches
from balanceview.core.store import open_store
from balanceview.core.store.backups import KEEP, backups, restore

CARD, ID_NUMBER = "6217001234567895678", "140105198001012718"
ROWS = ["交易日期,摘要,金额,余额,对方户名,流水号",
        f"2024-01-05,存现,100.00,100.00,{CARD},{ID_NUMBER}",
        "2024-01-06,消费,-20.00,80.00,超市,A1"]


def statement(tmp_path: Path, name: str, rows: list[str]) -> Path:
    path = tmp_path / name
    path.write_text("\n".join([f"卡号：{CARD}", *rows]) + "\n", "utf-8")
    return path


def long_numbers(text: str) -> list[str]:
    return re.findall(r"\d{12,}", text)


def test_no_card_or_id_number_reaches_any_output(tmp_path: Path, capsys, private_data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "db.sqlite")
    named = statement(tmp_path, f"交易明细_{CARD}_{ID_NUMBER}.csv", ROWS)
    bad = statement(tmp_path, f"坏_{CARD}.csv", [ROWS[0], f"2024-01-07,消费,{CARD}元x,1.00,,"])
    assert main(["--db", db, "import", str(named)]) == 0
    assert main(["--db", db, "import", "--skip-bad-rows", str(bad)]) == 0
    assert main(["--db", db, "import", str(bad)]) == 2
    for command in (["imports", "--json"], ["history", "--json"], ["balances", "--json"],
                    ["explain", "--json"], ["explain", "--lang", "zh"], ["imports"]):
        assert main(["--db", db, *command]) == 0
    printed = capsys.readouterr()
    assert long_numbers(printed.out + printed.err) == []
    rows = "\n".join(line for line in sqlite3.connect(db).iterdump() if line.startswith("INSERT"))
    texts = " ".join(re.findall(r"'(?:[^']|'')*'", rows))  # stored texts, not dates as numbers
    # A file's sha256, the holder's fingerprint and the database's salt (hex, random: one time
    # in six they held 12 digits in a row) are no one's number.
    texts = re.sub(r"\b(?:[0-9a-f]{32}){1,2}\b", "", texts)
    assert long_numbers(texts) == []
    assert "6217" in texts and "5678" in texts  # masked, not dropped


def test_files_written_are_private_whatever_the_umask(tmp_path: Path, private_data_dir: Path) -> None:
    old = os.umask(0o022)
    try:
        store = open_store(private_data_dir / "BalanceView" / "balanceview.db")
        import_file(store, statement(tmp_path, "a.csv", ROWS), ImportOptions())
        import_file(store, statement(tmp_path, "b.csv", [ROWS[0], "2024-02-01,存现,1.00,81.00,,"]),
                    ImportOptions())
        store.close()
    finally:
        os.umask(old)
    folder = private_data_dir / "BalanceView"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    written = [p for p in folder.rglob("*") if p.is_file()]
    assert any("backups" in p.parts for p in written)
    assert {oct(stat.S_IMODE(p.stat().st_mode)) for p in written} == {oct(0o600)}
    folders = [p for p in folder.rglob("*") if p.is_dir()]
    assert any(p.name == "backups" for p in folders)
    assert {oct(stat.S_IMODE(p.stat().st_mode)) for p in folders} == {oct(0o700)}


def test_every_change_is_backed_up_and_can_be_put_back(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    store = open_store(tmp_path / "db.sqlite")
    first = import_file(store, statement(tmp_path, "a.csv", ROWS), ImportOptions())
    assert backups(store) == []  # an empty database has nothing to lose
    for day in range(2, 9):
        import_file(store, statement(tmp_path, f"{day}.csv", [ROWS[0], f"2024-02-0{day},存现,1.00,,,"]),
                    ImportOptions())
    assert len(backups(store)) == KEEP
    newest = backups(store)[0]
    assert newest.why == "import"
    assert len(batches(store.conn)) == 8
    saved = restore(store, newest.name)
    assert saved is not None and saved.why == "restore"
    assert len(batches(store.conn)) == 7  # as it was before the last import
    assert [b.id for b in batches(store.conn)][0] == first.batch_id


def test_restore_from_the_command_line_asks_first(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "db.sqlite")
    main(["--db", db, "import", str(statement(tmp_path, "a.csv", ROWS))])
    main(["--db", db, "import", str(statement(tmp_path, "b.csv", [ROWS[0], "2024-03-01,存现,1.00,,,"]))])
    capsys.readouterr()
    assert main(["--db", db, "backups", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [b["why"] for b in listed] == ["import"]
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    assert main(["--db", db, "restore", listed[0]["name"]]) == 0
    assert len(batches(open_store(Path(db)).conn)) == 2
    assert main(["--db", db, "restore", "--yes", listed[0]["name"]]) == 0
    assert len(batches(open_store(Path(db)).conn)) == 1


def test_a_refused_file_makes_no_database(tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite"
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert main(["--db", str(db), "import", str(empty)]) == 2
    assert main(["--db", str(db), "import", "--dry-run", str(statement(tmp_path, "a.csv", ROWS))]) == 0
    assert not db.exists()


def test_the_log_holds_where_a_bug_was_never_what_it_said(private_data_dir: Path) -> None:
    from balanceview.core.logfile import log_exception

    try:
        raise ValueError(f"cell {CARD} 益丰大药房")
    except ValueError:
        path = log_exception()
    text = path.read_text("utf-8")
    assert "ValueError" in text and "test_safety.py" in text
    assert "6217" not in text and "益丰" not in text
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize("error, words", [
    (OSError(28, "No space left on device"), "the disk is full"),
    (PermissionError(13, "Permission denied"), "cannot be created there (Permission denied)"),
])
def test_a_database_that_cannot_be_made_is_refused_plainly(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: OSError, words: str) -> None:
    from balanceview.core.errors import UserError

    def refuse(*_args: object, **_kwargs: object) -> int:
        raise error

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(UserError, match=re.escape(words)):
        open_store(tmp_path / "db.sqlite")
    assert not (tmp_path / "db.sqlite").exists()
