"""Half of a large import's rows written by a second process, into a spare database.

Python binds every value of every row while holding the interpreter lock, so a million-row
insert keeps one core busy for a second while the machine's second core idles. Where the
process may fork (on Linux, from the command line: see forked.py), a child process
binds the second half of each large insert into a private scratch database while this
process binds the first half into the real one; SQLite then copies the child's rows across
at C speed, inside the import's transaction. If the child fails, this process writes its
half itself: the outcome never depends on the child.

The scratch database is attached before the import's transaction begins (SQLite attaches
nothing inside one), and the transaction takes the write lock of the main database alone,
so that the child can write the scratch file.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from balanceview.core import forked

SPLIT_FROM = 200_000  # rows: below this a second process costs more than it saves
SCHEMA = "spare"


class Rows(Protocol):
    """What the spare process needs of an insert: its columns and its rows in two parts."""

    def __len__(self) -> int: ...
    def run(self, conn: sqlite3.Connection, table: str = "transactions",
            start: int = 0, stop: int | None = None) -> None: ...
    def columns(self) -> list[str]: ...


@contextmanager
def attached(conn: sqlite3.Connection, wanted: bool) -> Iterator[Path | None]:
    """A fresh private scratch database attached as `spare` for the length of the block
    (None where no child may be forked)."""
    if not wanted or not forked.can_fork():
        yield None
        return
    try:
        folder = Path(tempfile.mkdtemp(prefix="balanceview-"))  # 0700: the rows stay private
    except OSError:  # no temporary folder to be had: one process does it all
        yield None
        return
    path = folder / "spare.db"
    conn.execute(f"ATTACH DATABASE ? AS {SCHEMA}", (str(path),))
    try:
        yield path
    finally:
        try:
            conn.execute(f"DETACH DATABASE {SCHEMA}")
        finally:
            shutil.rmtree(folder, ignore_errors=True)


@dataclass
class SplitInserts:
    """Large inserts held back until every purse of the file is merged, then written in two
    halves at once: the child's halves into the spare database, ours into the real one."""

    path: Path | None
    held: list[Rows] = field(default_factory=list)
    last_id: int = 0  # the highest id held back: the next purse numbers its rows after it

    def take(self, rows: Rows, last_id: int) -> bool:
        """Hold these rows back (True), or leave them to be inserted now (False)."""
        if self.path is None or len(rows) < SPLIT_FROM:
            return False
        self.held.append(rows)
        self.last_id = max(self.last_id, last_id)
        return True

    def write(self, conn: sqlite3.Connection) -> None:
        if not self.held:
            return
        assert self.path is not None
        halves = [len(rows) // 2 for rows in self.held]
        path, held = self.path, self.held
        child = forked.start(lambda: _write_spare(path, held, halves))
        try:
            for rows, half in zip(self.held, halves, strict=True):
                rows.run(conn, stop=half)
        except BaseException:
            if child is not None:
                child.cancel()
            raise
        spared = child is not None and _succeeded(child)
        for number, (rows, half) in enumerate(zip(self.held, halves, strict=True)):
            if spared:
                names = ", ".join(rows.columns())
                conn.execute(f"INSERT INTO transactions ({names}) "
                             f"SELECT {names} FROM {SCHEMA}.rows_{number} ORDER BY id")
            else:
                rows.run(conn, start=half)
        self.held.clear()


def _write_spare(path: Path, held: list[Rows], halves: list[int]) -> None:
    """In the child: the second halves, each into a table of its own."""
    spare = sqlite3.connect(path, isolation_level=None)
    spare.execute("PRAGMA journal_mode = OFF")  # a scratch file: thrown away on failure
    spare.execute("PRAGMA synchronous = OFF")
    spare.execute("BEGIN")
    for number, (rows, half) in enumerate(zip(held, halves, strict=True)):
        columns = ["id INTEGER PRIMARY KEY" if c == "id" else c for c in rows.columns()]
        spare.execute(f"CREATE TABLE rows_{number} ({', '.join(columns)})")
        rows.run(spare, f"rows_{number}", start=half)
    spare.execute("COMMIT")
    spare.close()


def _succeeded(child: forked.Child) -> bool:
    try:
        child.result()
    except forked.ChildFailed:
        return False
    return True
