"""What goes into the bundle: the project's dependencies as pyproject.toml lists them (read
from the installed package's metadata); and what stays out: Qt's unused parts, and the system
libraries the .deb depends on."""

from __future__ import annotations

import fnmatch
import re
from importlib.metadata import (
    Distribution,
    PackageNotFoundError,
    distribution,
    packages_distributions,
)
from pathlib import Path

import qtlibs
import sysdeps

# Files PyInstaller's Qt hooks collect with QtGui's plugins that the app never loads: the
# virtual keyboard (it brings QtQuick and QtQml), embedded platforms, PDF images, networking,
# and the GTK theme (GTK itself would have to come along).
QT_LEFT_OUT = ["*qtvirtualkeyboard*", "*qt6virtualkeyboard*", "*qt6quick*", "*qt6qml*",
               "*qt6pdf*", "*qt6network*", "*qt6eglfs*", "*qt6openglwidgets*",
               "*/plugins/platforms/*qeglfs*", "*/plugins/platforms/*qlinuxfb*",
               "*/plugins/platforms/*qvnc*", "*/plugins/platforms/*qvkkhrdisplay*",
               "*/plugins/platforms/*qminimalegl*", "*/plugins/egldeviceintegrations/*",
               "*/plugins/generic/*", "*/plugins/imageformats/*qpdf*", "*/plugins/tls/*",
               "*/plugins/networkinformation/*", "*/plugins/platformthemes/*qgtk3*", "*/qt_help_*"]
QT_TRANSLATIONS_KEPT = ["*_zh_cn.qm", "*_en.qm"]  # Qt's own dialogs, in the app's languages
QT_DISTRIBUTIONS = {"pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6"}  # Qt's hooks
NOT_AT_RUN_TIME = {"pip", "setuptools", "wheel"}  # sqlite-utils names them for its `install`


def requirement_name(requirement: str) -> str:
    return re.split(r"[\s<>=!~;\[(]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def dependencies(project: str = "balanceview") -> dict[str, Distribution]:
    """The project's dependencies and theirs (extras left out), as installed here; Qt's are
    left to PyInstaller's own hooks. `./bv` reinstalls the project when pyproject.toml changes,
    so its metadata lists pyproject's dependencies of the moment."""
    queue = [requirement_name(r) for r in distribution(project).requires or []
             if "extra ==" not in r]
    found: dict[str, Distribution] = {}
    while queue:
        name = queue.pop()
        if name in found or name in QT_DISTRIBUTIONS | NOT_AT_RUN_TIME:
            continue
        try:
            found[name] = distribution(name)
        except PackageNotFoundError:  # a requirement of another platform (tzdata on Linux)
            continue
        queue += [requirement_name(r) for r in found[name].requires or [] if "extra ==" not in r]
    return found


def top_level_modules(found: dict[str, Distribution]) -> dict[str, list[str]]:
    """The modules each distribution installs, by the name they are imported by."""
    by_distribution: dict[str, set[str]] = {}
    for module, names in packages_distributions().items():
        for name in names:
            by_distribution.setdefault(name.lower().replace("_", "-"), set()).add(module)
    return {name: sorted(by_distribution.get(name, set())) for name in found}


def kept(entry: tuple[str, str, str]) -> bool:
    where = "/" + entry[0].replace("\\", "/").lower()
    if any(fnmatch.fnmatch(where, pattern) for pattern in QT_LEFT_OUT):
        return False
    if "/translations/" in where and where.endswith(".qm") and "/pyside6/" in where:
        return any(fnmatch.fnmatch(where, pattern) for pattern in QT_TRANSLATIONS_KEPT)
    return True


def unused_qt_modules(pyside: Path) -> list[str]:
    modules = {path.name.split(".")[0] for path in pyside.glob("Qt*.*")
               if path.suffix in (".so", ".pyd")}
    return sorted(f"PySide6.{name}" for name in modules - set(qtlibs.QT_MODULES))


def without_system_libraries(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """On Linux, the libraries Qt loads from the system stay there (the .deb depends on their
    packages: packaging/sysdeps.py); a system library stays in the bundle only when something
    else in it (Python's own modules, say) needs it."""
    folders = _linker_folders()
    by_name: dict[str, list[tuple[str, str, str]]] = {}
    for entry in binaries:
        by_name.setdefault(Path(entry[0]).name, []).append(entry)
    system = {name for name, entries in by_name.items()
              if all(str(Path(src).parent) in folders for _, src, _ in entries)}
    provided = sysdeps.BASE_LIBRARIES | set(sysdeps.QT_LIBRARIES)
    queue = [name for name in by_name if name not in system]
    reached: set[str] = set()
    while queue:
        name = queue.pop()
        if name in reached or name in provided:
            continue
        reached.add(name)
        for _, src, _ in by_name[name]:
            try:
                queue += [n for n in qtlibs.needed(Path(src)) if n in by_name]
            except (ValueError, StopIteration):  # not a shared object
                continue
    return [entry for entry in binaries if Path(entry[0]).name in reached]


def _linker_folders() -> set[str]:
    import subprocess

    listing = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True,
                             check=False).stdout
    return {str(Path(line.rsplit("=> ", 1)[1]).parent) for line in listing.splitlines()
            if "=> " in line} | {"/lib", "/usr/lib", "/lib64", "/usr/lib64"}
