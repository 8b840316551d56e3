"""Test set-up: Qt offscreen, a private data directory, and small statement writers."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt reads this once, when settings are first used: no test touches the user's own settings.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="balanceview-test-config-")

pytest_plugins = ["tests.required_tools"]

REPO = Path(__file__).resolve().parents[1]
SHARED_FIXTURES = REPO.parent / "shared" / "realworld-fixtures"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(os.environ["XDG_CONFIG_HOME"], ignore_errors=True)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--fuzz", type=int, default=0, metavar="N",
                     help="mutated statements the fuzz test tries (default: a few hundred)")
    parser.addoption("--regenerate-golden", action="store_true",
                     help="write the expected parses of sample_data/ anew")


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path_factory: pytest.TempPathFactory,
                     monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test writes to the real user's data directory."""
    home = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line speaks the locale's language: tests read its English whatever the
    machine's locale (C.UTF-8 is always installed; LANG names the language)."""
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")


@pytest.fixture(autouse=True)
def fresh_settings() -> Iterator[None]:
    """Each test starts with no saved settings (language, recent files, window geometry)."""
    yield
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QSettings

        QSettings().clear()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[object]:
    from balanceview.core.store import open_store

    opened = open_store(tmp_path / "test.db")
    yield opened
    opened.close()


@pytest.fixture
def write_statement(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Write lines to a statement file and return its path."""

    def write(name: str, lines: list[str], encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
        return path

    return write
