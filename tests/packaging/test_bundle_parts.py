"""The bundle takes the dependencies pyproject.toml names and theirs, and leaves Qt's and
pyarrow's unused parts out."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

import bundle_parts
import pytest
import qtlibs


def test_every_dependency_and_theirs_go_in_but_qt_and_installers() -> None:
    found = bundle_parts.dependencies()
    named = {bundle_parts.requirement_name(r) for r in distribution("balanceview").requires or []
             if "extra ==" not in r}
    assert named - bundle_parts.QT_DISTRIBUTIONS <= set(found)
    assert not set(found) & (bundle_parts.QT_DISTRIBUTIONS | bundle_parts.NOT_AT_RUN_TIME)
    for dist in list(found.values()):
        for requirement in dist.requires or []:
            name = bundle_parts.requirement_name(requirement)
            if "extra ==" in requirement or name in bundle_parts.NOT_AT_RUN_TIME:
                continue
            try:
                distribution(name)
            except PackageNotFoundError:
                continue
            assert name in found, f"{name}, needed by {dist.metadata['Name']}, is left out"


def test_requirement_names_are_normalised() -> None:
    assert bundle_parts.requirement_name("PySide6_Essentials>=6.8,<7") == "pyside6-essentials"
    assert bundle_parts.requirement_name("tzdata; sys_platform == 'win32'") == "tzdata"
    assert bundle_parts.requirement_name("pyarrow[pandas] (>=15)") == "pyarrow"


def test_qt_parts_the_app_never_loads_stay_out() -> None:
    def kept(where: str) -> bool:
        return bundle_parts.kept((where, "/src", "BINARY"))

    assert not kept("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so")
    assert not kept("PySide6/Qt/lib/libQt6Quick.so.6")
    assert not kept("PySide6/Qt/plugins/imageformats/libqpdf.so")
    assert not kept("PySide6\\plugins\\imageformats\\qpdf.dll")
    assert not kept("PySide6/Qt/translations/qtbase_de.qm")
    assert kept("PySide6/Qt/translations/qtbase_zh_CN.qm")
    assert kept("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert kept("PySide6/Qt/plugins/platforms/libqoffscreen.so")
    assert kept("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so")


def test_only_the_qt_modules_the_app_uses_are_bundled(tmp_path: Path) -> None:
    for name in ("QtCore.abi3.so", "QtWidgets.abi3.so", "QtNetwork.abi3.so", "QtQml.pyd"):
        (tmp_path / name).touch()
    assert bundle_parts.unused_qt_modules(tmp_path) == ["PySide6.QtNetwork", "PySide6.QtQml"]


def test_the_pyarrow_parts_left_out_are_needed_by_none_that_stay() -> None:
    import pyarrow

    if sys.platform != "linux":
        pytest.skip("reads the ELF headers of pyarrow's Linux libraries")
    files = {p.name: p for p in Path(pyarrow.__file__).parent.glob("*.so*")}
    stay = {name for name in files if bundle_parts.kept((f"pyarrow/{name}", "", "BINARY"))}
    gone = set(files) - stay
    assert {"flight", "s3"} <= {n.split(".")[0].removeprefix("libarrow_") for n in gone}
    assert any(n.startswith("_csv.") for n in stay) and any(n.startswith("_compute.") for n in stay)
    for name in stay:
        assert not set(qtlibs.needed(files[name])) & gone, f"{name} needs a library left out"


def test_reading_statements_loads_none_of_the_modules_left_out() -> None:
    # The importer (pyarrow's CSV reader and compute, PDFium); pyarrow.fs, which tries _s3fs,
    # must do without it.
    probe = ("import sys\n"
             "import balanceview.core.importer, balanceview.core.statements.pdf\n"
             f"print([m for m in {bundle_parts.UNUSED_MODULES!r} if m in sys.modules])\n"
             "sys.modules.update({m: None for m in " + repr(bundle_parts.UNUSED_MODULES) + "})\n"
             "import pyarrow.fs")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"


def test_a_link_to_a_library_left_out_goes_too() -> None:
    binaries = [("pyarrow/libarrow.so.2600", "/site/pyarrow/libarrow.so.2600", "BINARY")]
    datas = [("libarrow.so.2600", "pyarrow/libarrow.so.2600", "SYMLINK"),
             ("libarrow_flight.so.2600", "pyarrow/libarrow_flight.so.2600", "SYMLINK"),
             ("libflight.so", "libarrow_flight.so.2600", "SYMLINK")]
    assert bundle_parts.without_dangling_links(binaries, datas) == (binaries, datas[:1])
