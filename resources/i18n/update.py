"""Refresh the translations: lupdate collects the UI's strings into each .ts, lrelease compiles it.

Run from anywhere: `python resources/i18n/update.py`. It uses the tools of the project's .venv
(pyside6-lupdate, pyside6-lrelease), else those next to the running Python, else those on PATH.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SOURCES = "balanceview/ui"  # every *.py under it, as paths relative to REPO
TS_FOLDER = Path("resources/i18n")  # the sources a translator edits
QM_FOLDER = Path("balanceview/resources/i18n")  # what the app loads at run time


def tool(name: str) -> str:
    """The venv's tool, else the one beside this Python, else one on PATH."""
    for folder in (REPO / ".venv" / "bin", Path(sys.executable).parent):
        if (folder / name).is_file():
            return str(folder / name)
    found = shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: it comes with PySide6 (`./bv test` sets up .venv)")
    return found


def sources() -> list[str]:
    return sorted(str(path.relative_to(REPO)) for path in (REPO / SOURCES).rglob("*.py"))


def language_of(ts: Path) -> str:
    """balanceview_zh_CN.ts -> zh_CN"""
    return ts.stem.removeprefix("balanceview_")


def update(ts: Path) -> None:
    """New strings are added unfinished; strings gone from the code are kept as "vanished"
    (lupdate revives their translation if the string comes back); lrelease skips both kinds."""
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-target-language", language_of(ts),
                    "-ts", str(ts)], cwd=REPO, check=True)
    qm = QM_FOLDER / ts.with_suffix(".qm").name
    (REPO / qm).parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], cwd=REPO, check=True)


def main() -> None:
    files = sorted((REPO / TS_FOLDER).glob("balanceview_*.ts"))
    if not files:
        sys.exit(f"no balanceview_*.ts in {TS_FOLDER}")
    for ts in files:
        update(ts.relative_to(REPO))


if __name__ == "__main__":
    main()
