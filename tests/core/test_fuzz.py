"""Damaged statements: truncated, bytes flipped, quotes, delimiters and NULs put in, huge
cells, other encodings, junk, broken spreadsheets. Each is imported into a copy of a
database: it is imported or refused with a message, never an internal error, and a refused
file leaves the database byte for byte as it was.

`pytest tests/core/test_fuzz.py --fuzz 10000` runs a large campaign (docs/reliability.md).
"""

from __future__ import annotations

import io
import shutil
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from balanceview.core.errors import UserError
from balanceview.core.importer import ImportOptions, import_file
from balanceview.core.samples import import_samples, samples_dir
from balanceview.core.store import open_store

SAMPLES = sorted(p for p in samples_dir().iterdir() if p.suffix == ".csv")


def _xlsx() -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in (["卡号：6217990012345678"], ["交易日期", "摘要", "存入金额", "取出金额", "余额"],
                ["2024-01-05", "存现", 100.5, None, 100.5], ["2024-01-06", "取款", None, 50, 50.5]):
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


ORIGINALS = [p.read_bytes() for p in SAMPLES] + [_xlsx()]


@st.composite
def damaged(draw) -> tuple[str, bytes]:  # type: ignore[no-untyped-def]
    index = draw(st.integers(0, len(ORIGINALS) - 1))
    data = bytearray(ORIGINALS[index])
    suffix = ".xlsx" if index == len(ORIGINALS) - 1 else ".csv"
    for _ in range(draw(st.integers(1, 4))):
        how = draw(st.sampled_from(["truncate", "flip", "insert", "huge", "encode", "junk",
                                    "endings", "number"]))
        place = draw(st.integers(0, max(0, len(data) - 1)))
        if how == "truncate":
            del data[place:]
        elif how == "flip":
            data[place:place + 1] = bytes([draw(st.integers(0, 255))])
        elif how == "insert":
            data[place:place] = draw(st.sampled_from([b'"', b",", b"\t", b"\x00", b"\r",
                                                      b"\n", b'""', b";", b"|"]))
        elif how == "huge":
            data[place:place] = b"x" * draw(st.sampled_from([70_000, 140_000]))
        elif how == "encode":
            text = bytes(data).decode("utf-8", errors="replace")
            data = bytearray(text.encode(draw(st.sampled_from(["utf-16", "gb18030",
                                                               "utf-16-le", "utf-8-sig"]))))
        elif how == "junk":
            data[place:place] = draw(st.binary(min_size=1, max_size=64))
        elif how == "endings":
            data = bytearray(bytes(data).replace(b"\r\n", b"\n").replace(b"\n", b"\r"))
        else:
            data[place:place] = draw(st.sampled_from(
                [b"184467440737095516.16", b"1e5", b"1_000", "٣٠٠".encode(), b"-0",
                 b"99999999999999999999", b"2024-02-30", b"9999-99-99 99:99:99"]))
    return "damaged" + suffix, bytes(data)


@pytest.fixture(scope="module")
def base_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fuzz") / "base.db"
    store = open_store(path)
    import_samples(store)
    store.close()
    return path


def _examples(request: pytest.FixtureRequest) -> int:
    return int(request.config.getoption("--fuzz")) or 150


def test_damaged_statements_are_imported_or_refused_never_crash(
        base_database: Path, tmp_path_factory: pytest.TempPathFactory,
        request: pytest.FixtureRequest) -> None:
    folder = tmp_path_factory.mktemp("cases")
    before = base_database.read_bytes()
    outcomes: Counter[str] = Counter()

    @settings(max_examples=_examples(request), deadline=None,
              derandomize=not request.config.getoption("--fuzz"),
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(damaged())
    def case(file: tuple[str, bytes]) -> None:
        name, data = file
        statement, database = folder / name, folder / "copy.db"
        statement.write_bytes(data)
        shutil.copyfile(base_database, database)
        store = open_store(database)
        refused = False
        try:
            import_file(store, statement, ImportOptions())
            assert store.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        except UserError:
            refused = True
        finally:
            store.close()
            for extra in ("copy.db-wal", "copy.db-shm"):
                (folder / extra).unlink(missing_ok=True)
        outcomes["refused" if refused else "imported"] += 1
        if refused:
            assert database.read_bytes() == before, "a refused file changed the database"

    case()
    if request.config.getoption("--fuzz"):  # the campaign's figures (docs/reliability.md)
        print(f"\nfuzz: {sum(outcomes.values())} cases, {outcomes['imported']} imported, "
              f"{outcomes['refused']} refused with a message, none crashed")


def test_the_fuzz_cases_are_varied(base_database: Path) -> None:
    """The base database the cases start from holds every sample, so merging, duplicates and
    chaining are exercised, not only reading."""
    with sqlite3.connect(base_database) as conn:
        assert conn.execute("SELECT COUNT(*) FROM batches").fetchone()[0] == len(SAMPLES)
