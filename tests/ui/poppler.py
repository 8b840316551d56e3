"""Read a PDF back with poppler-utils (pdftotext, pdfinfo, pdffonts), as a person copying it would."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


def require_poppler() -> None:
    for tool in ("pdftotext", "pdfinfo", "pdffonts"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (Debian: apt-get install poppler-utils)")


def _run(*args: str | Path) -> str:
    return subprocess.run([str(arg) for arg in args], check=True, capture_output=True,
                          text=True, encoding="utf-8").stdout


def page_texts(pdf: Path) -> list[str]:
    """The text of each page, laid out as on paper (pdftotext ends every page with a form feed)."""
    return _run("pdftotext", "-layout", "-enc", "UTF-8", pdf, "-").split("\f")[:-1]


def info(pdf: Path) -> dict[str, str]:
    pairs = (line.split(":", 1) for line in _run("pdfinfo", pdf).splitlines() if ":" in line)
    return {key.strip(): value.strip() for key, value in pairs}


def embedded_fonts(pdf: Path) -> list[tuple[str, str]]:
    """(name, embedded yes/no) for each font; pdffonts prints two header lines first."""
    rows = _run("pdffonts", pdf).splitlines()[2:]
    return [(row.split()[0], row.split()[-5]) for row in rows]
