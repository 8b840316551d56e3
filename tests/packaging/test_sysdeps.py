"""./bv finds every missing system package at once, from ELF headers and the linker's cache."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest
import qtlibs
import sysdeps

from tests.conftest import REPO

LDCONFIG = """3 libs found in cache `/etc/ld.so.cache'
\tlibGL.so.1 (libc6,x86-64) => /lib/x86_64-linux-gnu/libGL.so.1
\tlibEGL.so.1 (libc6) => /lib/i386-linux-gnu/libEGL.so.1
\tlibxcb.so.1 (libc6,x86-64) => /lib/x86_64-linux-gnu/libxcb.so.1
"""


def pyside() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent


def test_the_linkers_cache_is_read_for_this_word_size(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sysdeps.platform, "machine", lambda: "x86_64")
    assert sysdeps.available_libraries(LDCONFIG) == {"libGL.so.1", "libxcb.so.1"}


def test_every_missing_package_is_named_once_in_one_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sysdeps.platform, "machine", lambda: "x86_64")
    tools = {"pdftotext": False, "pdfinfo": False, "pdffonts": True}
    packages = sysdeps.missing_packages(sysdeps.available_libraries(LDCONFIG), venv_ok=False,
                                        tools_ok=tools)
    assert packages == sorted(set(packages))
    assert {"python3-venv", "poppler-utils", "libegl1", "libxcb-shape0", "libxcb-cursor0",
            "libglib2.0-0", "libdbus-1-3"} <= set(packages)
    assert "libgl1" not in packages and "libxcb1" not in packages
    assert " ".join(sysdeps.apt_command(packages, as_root=False)).startswith(
        "sudo apt-get install -y --no-install-recommends libcups2 libdbus-1-3")


def test_nothing_is_missing_where_everything_is_there() -> None:
    libraries = set(sysdeps.QT_LIBRARIES)
    tools = dict.fromkeys(sysdeps.TOOLS, True)
    assert sysdeps.missing_packages(libraries, venv_ok=True, tools_ok=tools) == []


def test_the_needed_list_of_a_qt_module_is_read() -> None:
    core = next(pyside().glob("QtCore.*so"), None) or pytest.fail("no QtCore extension")
    names = qtlibs.needed(core)
    assert "libQt6Core.so.6" in names and "libc.so.6" in names


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF and Debian packages")
def test_every_system_library_qt_needs_has_its_debian_package() -> None:
    """A new PySide6 that needs another library fails here, not on a user's machine."""
    needed = qtlibs.system_sonames(pyside()) - sysdeps.BASE_LIBRARIES
    assert "libxcb-shape.so.0" in needed and "libEGL.so.1" in needed
    assert sorted(needed - set(sysdeps.QT_LIBRARIES)) == []


def test_the_qt_modules_kept_are_those_the_app_imports() -> None:
    imported = set()
    for path in (REPO / "balanceview").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            names += [alias.name for alias in getattr(node, "names", [])
                      if isinstance(node, ast.Import)]
            imported |= {name.split(".")[1] for name in names if name.startswith("PySide6.")}
    assert sorted(imported) == sorted(qtlibs.QT_MODULES)
