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
import smoke_bundle
import smoke_inputs

from tests.conftest import REPO


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


# A module set to None in sys.modules fails to import, as one left out of the bundle does.
WITHOUT_LEFT_OUT = f"import sys; sys.modules.update(dict.fromkeys({bundle_parts.UNUSED_MODULES!r}))\n"


def test_no_module_of_the_app_imports_one_left_out() -> None:
    probe = WITHOUT_LEFT_OUT + (
        "import importlib, pkgutil, balanceview\n"
        "for found in pkgutil.walk_packages(balanceview.__path__, 'balanceview.'):\n"
        "    if not found.name.endswith('__main__'):\n"
        "        importlib.import_module(found.name)\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr


class WithoutLeftOut(smoke_bundle.Bundle):
    """The checkout's command line, where the modules left out of the bundle cannot load."""

    def run(self, *args: str, program: Path | None = None, timeout: int = 120) -> str:
        probe = WITHOUT_LEFT_OUT + ("import runpy; sys.argv[0] = 'balanceview'\n"
                                    "runpy.run_module('balanceview', run_name='__main__')")
        done = subprocess.run([sys.executable, "-c", probe, *args], cwd=self.home, env=self.env,
                              capture_output=True, timeout=timeout, check=False)
        assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
        return done.stdout.decode("utf-8")


def test_statements_are_read_without_the_modules_left_out(tmp_path: Path) -> None:
    # The smoke test's PDF and quoted CSV (PDFium, pyarrow's CSV reader and compute) and an
    # Excel statement (calamine, then Arrow): what the bundle reads, the way it reads it.
    smoke_inputs.main(tmp_path / "inputs")
    app = WithoutLeftOut(tmp_path, tmp_path)
    smoke_bundle.statements(app, tmp_path / "inputs")
    excel = REPO / "tests" / "fixtures" / "layouts" / "cib_debit_cny.xlsx"
    assert "cib_debit_cny.xlsx" in app.run("--db", str(tmp_path / "excel.db"), "import", str(excel))


def test_a_link_to_a_library_left_out_goes_too() -> None:
    binaries = [("pyarrow/libarrow.so.2600", "/site/pyarrow/libarrow.so.2600", "BINARY")]
    datas = [("libarrow.so.2600", "pyarrow/libarrow.so.2600", "SYMLINK"),
             ("libarrow_flight.so.2600", "pyarrow/libarrow_flight.so.2600", "SYMLINK"),
             ("libflight.so", "libarrow_flight.so.2600", "SYMLINK")]
    assert bundle_parts.without_dangling_links(binaries, datas) == (binaries, datas[:1])
