"""Backups a user can choose from: what each was taken before, what putting it back changes,
and a backup gone or damaged refused with the database left as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from balanceview.core.errors import UserError
from balanceview.core.importer import ImportOptions, import_file
from balanceview.core.ledger import batches
from balanceview.core.store import Store, open_store
from balanceview.core.store.backup_changes import restoring, what_followed
from balanceview.core.store.backups import KEEP, backups, restore
from balanceview.core.store.move import move_batch
from balanceview.core.store.undo import undo_batch

HEADER = "交易日期,摘要,金额,余额,对方户名,流水号"


def statement(folder: Path, name: str, day: int) -> Path:
    """A bank statement of one deposit on 2024-01-<day>, its balance chaining on the last."""
    path = folder / name
    path.write_text(f"卡号：6217990012345678\n{HEADER}\n2024-01-{day:02},存现,{day}.00,,,\n",
                    "utf-8")
    return path


def imported(store: Store, folder: Path, *names: str) -> None:
    for day, name in enumerate(names, start=1):
        import_file(store, statement(folder, name, day), ImportOptions(account="bank"))


def files(store: Store) -> list[str]:
    return [b.file_name for b in batches(store.conn)]


@pytest.fixture
def db(tmp_path: Path) -> Store:
    return open_store(tmp_path / "db.sqlite")


def test_each_backup_names_the_change_it_was_taken_before(db: Store, tmp_path: Path) -> None:
    imported(db, tmp_path, "a.csv", "b.csv")
    undo_batch(db, batches(db.conn)[0].id)
    move_batch(db, batches(db.conn)[0].id, "medical")
    found = backups(db)
    assert [b.why for b in found] == ["move", "undo", "import"]
    followed = what_followed(db, found)
    move, undo, first = (followed[b.name] for b in found)
    assert first is not None and [i.file_name for i in first.added] == ["b.csv"]
    assert first.added[0].rows == 1 and not first.removed
    assert undo is not None and [i.file_name for i in undo.removed] == ["a.csv"]
    assert move is not None and [(i.file_name, i.purses) for i in move.moved] == [
        ("b.csv", ("medical",))]


def test_restoring_says_what_it_will_change_then_does_it(db: Store, tmp_path: Path) -> None:
    imported(db, tmp_path, "a.csv", "b.csv", "c.csv")
    before_b = backups(db)[-1]  # the oldest: taken before b.csv
    changes = restoring(db, before_b)
    assert [i.file_name for i in changes.removed] == ["b.csv", "c.csv"] and not changes.added
    saved = restore(db, before_b.name)
    assert files(db) == ["a.csv"]
    assert saved is not None and restoring(db, saved).added[0].file_name == "b.csv"
    assert restoring(db, before_b).none


def test_the_oldest_of_five_backups_can_be_put_back(db: Store, tmp_path: Path) -> None:
    imported(db, tmp_path, *(f"{n}.csv" for n in range(KEEP + 1)))
    oldest = backups(db)[-1]
    assert len(backups(db)) == KEEP
    restore(db, oldest.name)  # its own safety copy must not push it out first
    assert files(db) == ["0.csv"]


@pytest.mark.parametrize("damage", ["junk", "truncated", "flipped", "gone"])
def test_a_damaged_or_missing_backup_is_refused_and_nothing_changes(
        db: Store, tmp_path: Path, damage: str) -> None:
    imported(db, tmp_path, *(f"{n}.csv" for n in range(30)))
    chosen = backups(db)[-1]
    data = chosen.path.read_bytes()
    if damage == "junk":
        chosen.path.write_bytes(b"not a database" * 100)
    elif damage == "truncated":
        chosen.path.write_bytes(data[: len(data) // 2])
    elif damage == "flipped":
        chosen.path.write_bytes(data[:4096] + bytes(b ^ 0x5A for b in data[4096:]))
    else:
        chosen.path.unlink()
    names_before = [b.name for b in backups(db)]
    with pytest.raises(UserError) as refused:
        restore(db, chosen.name)
    assert chosen.name in str(refused.value) and "nothing was changed" in str(refused.value)
    assert "数据没有任何改变" in refused.value.text("zh")
    assert files(db) == [f"{n}.csv" for n in range(30)]
    assert [b.name for b in backups(db)] == names_before  # no safety copy pushed one out
    assert what_followed(db, backups(db)).get(chosen.name, None) is None


def test_reading_backups_leaves_nothing_beside_them(db: Store, tmp_path: Path) -> None:
    imported(db, tmp_path, "a.csv", "b.csv", "c.csv")
    folder = backups(db)[0].path.parent
    (folder / "notes.db").write_bytes(b"")  # not named as a backup: not listed
    what_followed(db, backups(db))
    restore(db, backups(db)[-1].name)
    assert sorted(p.suffix for p in folder.iterdir()) == [".db"] * 4
    assert "notes" not in [b.name for b in backups(db)]


def test_a_damaged_backup_leaves_the_one_before_it_readable(db: Store, tmp_path: Path) -> None:
    imported(db, tmp_path, "a.csv", "b.csv", "c.csv")
    newer, older = backups(db)
    newer.path.write_bytes(b"junk" * 1000)
    followed = what_followed(db, backups(db))
    assert followed[newer.name] is None
    unknown = followed[older.name]
    assert unknown is not None and not unknown.known and unknown.none
    assert [i.file_name for i in restoring(db, older).removed] == ["b.csv", "c.csv"]
