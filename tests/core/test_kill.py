"""A kill -9 in the middle of an import leaves the batch whole or absent, never half."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9 is a POSIX signal")
def test_kill_nine_during_import_keeps_the_database_whole(tmp_path: Path) -> None:
    statement = tmp_path / "big.csv"
    subprocess.run([sys.executable, str(REPO / "benchmarks" / "make_statement.py"),
                    "--rows", "150000", "--out", str(statement)], check=True)
    database = tmp_path / "bv.db"
    child = subprocess.Popen([sys.executable, "-m", "balanceview", "--db", str(database),
                              "import", str(statement)], stdout=subprocess.DEVNULL,
                             env={**os.environ, "TMPDIR": str(tmp_path)})
    _wait_for_write_lock(database, child)
    child.send_signal(signal.SIGKILL)
    child.wait()
    with sqlite3.connect(database) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        batches = conn.execute("SELECT id, rows_new FROM batches").fetchall()
        rows = conn.execute("SELECT COUNT(*) FROM transactions").fetchone()[0]
    assert batches == [] and rows == 0 or (len(batches) == 1 and rows == batches[0][1] == 150000)
    left = {p.name for p in tmp_path.iterdir()} - {"big.csv", "bv.db", "bv.db-wal", "bv.db-shm"}
    assert left == set()  # no scratch files: one process, one database


def _wait_for_write_lock(database: Path, child: subprocess.Popen[bytes]) -> None:
    """Until the importer holds the write lock, i.e. it is writing its batch."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and child.poll() is None:
        if database.exists() and _has_schema(database) and _locked(database):
            return
        time.sleep(0.02)  # polling another process, not waiting for our own work


def _has_schema(database: Path) -> bool:
    """The schema is committed before the import starts: only then is the lock the import's."""
    try:
        with sqlite3.connect(database, timeout=0) as probe:
            found = probe.execute("SELECT 1 FROM sqlite_master WHERE name = 'batches'").fetchone()
    except sqlite3.OperationalError:  # still being created: locked
        return False
    return found is not None


def _locked(database: Path) -> bool:
    try:
        probe = sqlite3.connect(database, timeout=0, isolation_level=None)
        probe.execute("BEGIN IMMEDIATE")
        probe.execute("ROLLBACK")
        probe.close()
        return False
    except sqlite3.OperationalError:
        return True
