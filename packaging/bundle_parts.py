"""What goes into the bundle: the project's dependencies as pyproject.toml lists them (read
from the installed package's metadata); and what stays out: Qt's and pyarrow's unused parts,
and the system libraries the .deb depends on."""

from __future__ import annotations

import fnmatch
import posixpath
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
# Of pyarrow the app uses the CSV reader and compute (lib, _csv and _compute): their libraries
# libarrow, acero, dataset, parquet and substrait stay, since lib.so names them all (the bundle
# does not start without any one of them). Flight (RPC over the network, 31 MiB) and the S3 file
# system (17 MiB) are loaded only by their own modules, which stay out with them; so do the
# Python modules of datasets, Parquet, ORC, Feather, JSON, Substrait and the file systems (4 MiB;
# acero stays: Table.group_by, join and filter load it, and it does without datasets), the
# link-time names of libarrow_python (only .so.N is loaded), the Windows import libraries, and
# what serves only builds: headers, C and Cython sources, tests.
# The sample statements' expected results are the tests' (the wheel leaves them out too).
PYARROW_UNUSED = ["flight", "_flight", "_s3fs", "tests", "_pyarrow_cpp_tests", "dataset",
                  "_dataset", "_dataset_orc", "_dataset_parquet", "_dataset_parquet_encryption",
                  "parquet", "_parquet", "_parquet_encryption", "orc", "_orc", "feather",
                  "_feather", "json", "_json", "substrait", "_substrait", "fs", "_fs", "_hdfs",
                  "_gcsfs", "_azurefs"]
UNUSED_MODULES = [f"pyarrow.{name}" for name in PYARROW_UNUSED]
LEFT_OUT = ["*/pyarrow/*arrow_flight*", "*/pyarrow/*arrow_python_flight*", "*/pyarrow/*arrow_s3*",
            *(f"*/pyarrow/{name}.*" for name in PYARROW_UNUSED if name.startswith("_")),
            "*/pyarrow/*arrow_python_parquet_encryption*",
            "*/pyarrow/libarrow_python*.so", "*/pyarrow/lib*.so.*.*.*", "*/pyarrow/*.lib",
            "*/pyarrow/include/*", "*/pyarrow/src/*", "*/pyarrow/tests/*",
            "*.pyx", "*.pxd", "*.pxi", "*.h", "*.hpp", "*.cc", "*.cmake",
            "*/balanceview/sample_data/expected/*"]
# The statement readers: pyarrow's CSV reader and compute, and PDFium (pypdfium2, loaded with
# ctypes, which PyInstaller cannot follow). Their modules are named as hidden imports, and the
# build fails unless the native libraries they load are inside the bundle: on Windows, the
# DLLs and the C++ runtime that pyarrow's wheel keeps in pyarrow.libs/ (delvewheel).
READERS = ["pyarrow.csv", "pyarrow.compute", "pypdfium2", "pypdfium2.raw"]
NATIVE = {"linux": ["pyarrow/libarrow.so.*", "pyarrow/libarrow_compute.so.*",
                    "pyarrow/libarrow_python.so.*", "pyarrow/_csv.*.so",
                    "pypdfium2_raw/libpdfium.so"],
          "win32": ["pyarrow/arrow.dll", "pyarrow/arrow_compute.dll", "pyarrow/arrow_python.dll",
                    "pyarrow/_csv.*.pyd", "pyarrow.libs/msvcp140-*.dll",
                    "pypdfium2_raw/pdfium.dll"]}
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
    if any(fnmatch.fnmatch(where, pattern) for pattern in QT_LEFT_OUT + LEFT_OUT):
        return False
    if "/translations/" in where and where.endswith(".qm") and "/pyside6/" in where:
        return any(fnmatch.fnmatch(where, pattern) for pattern in QT_TRANSLATIONS_KEPT)
    return True


Entry = tuple[str, str, str]  # PyInstaller's (name in the bundle, source or link target, kind)


def without_dangling_links(binaries: list[Entry], datas: list[Entry]
                           ) -> tuple[list[Entry], list[Entry]]:
    """Less the links PyInstaller made (among either list) to a library left out above, which
    would point at nothing, and the links to those links."""
    def where(name: str) -> str:
        return name.replace("\\", "/")

    def alive(entry: Entry, there: set[str]) -> bool:
        name, target, kind = entry
        return kind != "SYMLINK" or posixpath.normpath(
            posixpath.join(posixpath.dirname(where(name)), where(target))) in there

    while True:
        there = {where(name) for name, _, _ in binaries + datas}
        kept_binaries = [entry for entry in binaries if alive(entry, there)]
        kept_datas = [entry for entry in datas if alive(entry, there)]
        if len(kept_binaries) + len(kept_datas) == len(binaries) + len(datas):
            return binaries, datas
        binaries, datas = kept_binaries, kept_datas


def missing_native(internal: Path, platform: str) -> list[str]:
    """The statement readers' native libraries that the bundle's `_internal` lacks."""
    return [pattern for pattern in NATIVE.get(platform, []) if not any(internal.glob(pattern))]


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
