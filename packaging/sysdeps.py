"""The Debian packages BalanceView needs besides python3, all found at once (stdlib only)."""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

# Each shared library Qt (PySide6-Essentials) loads from the system, with its Debian package.
# Ubuntu 24.04's renamed packages (libglib2.0-0t64, libcups2t64) provide these names.
QT_OFFSCREEN = {  # loaded by QtGui/QtWidgets and the offscreen platform: the tests need them
    "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1", "libX11.so.6": "libx11-6",
    "libdbus-1.so.3": "libdbus-1-3", "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6", "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0", "libxkbcommon.so.0": "libxkbcommon0",
}
QT_WINDOW = {  # a window on an X11 desktop (xcb), on Wayland, and printing through CUPS
    "libX11-xcb.so.1": "libx11-xcb1", "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0", "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0", "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1", "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0", "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0", "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0", "libwayland-egl.so.1": "libwayland-egl1",
    "libcups.so.2": "libcups2",
}
QT_LIBRARIES = {**QT_OFFSCREEN, **QT_WINDOW}
# The libraries every Debian and Ubuntu has: libc6, libgcc-s1, libstdc++6, zlib1g and libzstd1
# are required packages (dpkg itself needs the last two).
BASE_LIBRARIES = {"libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0", "librt.so.1",
                  "libgcc_s.so.1", "libstdc++.so.6", "libz.so.1", "libzstd.so.1",
                  "ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1"}
# The README promises the PDF tests: pdftotext reads the printed Chinese back.
TOOLS = {"pdftotext": "poppler-utils", "pdfinfo": "poppler-utils", "pdffonts": "poppler-utils"}
WHY = {"python3-venv": "Python's venv module, for .venv",
       "poppler-utils": "pdftotext, pdfinfo, pdffonts: the tests read the printed PDFs back"}
_LDCONFIG_ARCH = {"x86_64": "x86-64", "aarch64": "AArch64"}


def available_libraries(ldconfig_output: str | None = None) -> set[str]:
    """The sonames in the dynamic linker's cache (`ldconfig -p`), for this machine's word size."""
    if ldconfig_output is None:
        ldconfig = shutil.which("ldconfig") or "/sbin/ldconfig"
        ldconfig_output = subprocess.run([ldconfig, "-p"], capture_output=True, text=True,
                                         check=False).stdout
    arch = _LDCONFIG_ARCH.get(platform.machine())
    found = set()
    for line in ldconfig_output.splitlines()[1:]:
        name, _, flags = line.strip().partition(" (")
        if "=>" in line and (arch is None or arch in flags):
            found.add(name)
    return found


def has_venv() -> bool:
    try:
        import ensurepip  # noqa: F401 - Debian leaves it out of python3 without python3-venv
        import venv  # noqa: F401
    except ImportError:
        return False
    return True


def missing_packages(libraries: set[str], sonames: dict[str, str] | None = None,
                     venv_ok: bool = True, tools_ok: dict[str, bool] | None = None) -> list[str]:
    """Every Debian package still to install, in one list (sorted, each once)."""
    sonames = QT_LIBRARIES if sonames is None else sonames
    tools_ok = tools_ok if tools_ok is not None else {t: bool(shutil.which(t)) for t in TOOLS}
    needed = {package for soname, package in sonames.items() if soname not in libraries}
    needed |= {TOOLS[tool] for tool, ok in tools_ok.items() if not ok}
    if not venv_ok:
        needed.add("python3-venv")
    return sorted(needed)


def describe(packages: list[str]) -> list[str]:
    """What each missing package is for, a line per purpose."""
    groups = {"Qt's libraries (offscreen and tests)": set(QT_OFFSCREEN.values()),
              "Qt's window on an X11 or Wayland desktop, printing": set(QT_WINDOW.values())}
    lines = [f"  {WHY[p]}: {p}" for p in packages if p in WHY]
    for purpose, members in groups.items():
        chosen = [p for p in packages if p in members]
        if chosen:
            lines.append(f"  {purpose}: {' '.join(chosen)}")
    return lines


def apt_command(packages: list[str], as_root: bool) -> list[str]:
    prefix = [] if as_root else ["sudo"]
    return [*prefix, "apt-get", "install", "-y", "--no-install-recommends", *packages]


def install(packages: list[str], interactive: bool) -> bool:
    """Install with apt-get as root, or through sudo at a terminal; False when the user must."""
    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if not shutil.which("apt-get") or not (as_root or (interactive and shutil.which("sudo"))):
        return False
    sudo = [] if as_root else ["sudo"]
    if not any(Path("/var/lib/apt/lists").glob("*_Packages*")):
        _run([*sudo, "apt-get", "update"])
    if _run(apt_command(packages, as_root), check=False) != 0:
        _run([*sudo, "apt-get", "update"])  # lists older than the archive: read them anew
        _run(apt_command(packages, as_root))
    return True


def _run(command: list[str], check: bool = True) -> int:
    print("$ " + " ".join(command), flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    return subprocess.run(command, env=env, check=check).returncode


def is_debian_like() -> bool:
    return sys.platform.startswith("linux") and bool(shutil.which("dpkg"))
