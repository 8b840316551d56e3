"""Which system libraries the parts of Qt that BalanceView uses load, from their ELF headers."""

from __future__ import annotations

import struct
from pathlib import Path

# The Qt modules the app imports (a test holds this to balanceview/); the bundle keeps only these.
QT_MODULES = ("QtCore", "QtGui", "QtPrintSupport", "QtSvg", "QtWidgets")
# The plugins those modules load: a window on X11 or Wayland, offscreen, SVG icons, printing.
QT_PLUGINS = ("platforms/libqxcb.so", "platforms/libqoffscreen.so", "platforms/libqwayland.so",
              "xcbglintegrations/*.so", "imageformats/libqsvg.so", "iconengines/libqsvgicon.so",
              "printsupport/libcupsprintersupport.so", "wayland-shell-integration/libxdg-shell.so",
              "wayland-graphics-integration-client/libqt-plugin-wayland-egl.so")
_PT_LOAD, _PT_DYNAMIC, _DT_NEEDED, _DT_STRTAB = 1, 2, 1, 5


def needed(path: Path) -> list[str]:
    """The DT_NEEDED entries of a shared object: the sonames the dynamic linker will look for."""
    data = path.read_bytes()
    if data[:4] != b"\x7fELF":
        raise ValueError(f"{path} is not an ELF file")
    wide, order = data[4] == 2, "<" if data[5] == 1 else ">"
    if wide:
        phoff, = struct.unpack_from(order + "Q", data, 32)
        phentsize, phnum = struct.unpack_from(order + "HH", data, 54)
    else:
        phoff, = struct.unpack_from(order + "I", data, 28)
        phentsize, phnum = struct.unpack_from(order + "HH", data, 42)
    loads, dynamic = [], None
    for index in range(phnum):
        kind, offset, vaddr, filesz = _program_header(data, order, wide, phoff + index * phentsize)
        if kind == _PT_LOAD:
            loads.append((vaddr, offset, filesz))
        elif kind == _PT_DYNAMIC:
            dynamic = (offset, filesz)
    if dynamic is None:
        return []
    entries = _dynamic_entries(data, order, wide, *dynamic)
    strtab = next(value for tag, value in entries if tag == _DT_STRTAB)
    base = next(offset + strtab - vaddr for vaddr, offset, size in loads
                if vaddr <= strtab < vaddr + size)
    return [data[base + value:data.index(b"\0", base + value)].decode()
            for tag, value in entries if tag == _DT_NEEDED]


def _program_header(data: bytes, order: str, wide: bool, at: int) -> tuple[int, int, int, int]:
    if wide:
        kind, _, offset, vaddr, _, filesz = struct.unpack_from(order + "IIQQQQ", data, at)
    else:
        kind, offset, vaddr, _, filesz = struct.unpack_from(order + "IIIII", data, at)
    return kind, offset, vaddr, filesz


def _dynamic_entries(data: bytes, order: str, wide: bool, offset: int,
                     size: int) -> list[tuple[int, int]]:
    form = order + ("qQ" if wide else "iI")
    step = struct.calcsize(form)
    entries = []
    for at in range(offset, offset + size, step):
        tag, value = struct.unpack_from(form, data, at)
        if tag == 0:
            break
        entries.append((tag, value))
    return entries


def system_sonames(pyside: Path) -> set[str]:
    """Every library from outside the wheels that the app's Qt modules and plugins need,
    directly or through Qt's own libraries."""
    folders = (pyside / "Qt" / "lib", pyside, pyside.parent / "shiboken6")
    shipped = {path.name: path for folder in folders for path in folder.glob("*.so*")}
    queue = [path for module in QT_MODULES for path in pyside.glob(f"{module}.*so")]
    queue += [path for pattern in QT_PLUGINS for path in (pyside / "Qt" / "plugins").glob(pattern)]
    seen: set[Path] = set()
    system: set[str] = set()
    while queue:
        path = queue.pop()
        if path in seen:
            continue
        seen.add(path)
        for name in needed(path):
            if name in shipped:
                queue.append(shipped[name])
            else:
                system.add(name)
    return system


def find_pyside(venv: Path) -> Path | None:
    return next(iter(sorted(venv.glob("lib/python3*/site-packages/PySide6"))), None)
