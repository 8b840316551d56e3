"""The icons are drawn from the app's SVG, and the spec, the installer and the workflow agree
on the names of what they build."""

from __future__ import annotations

import re
import struct
from pathlib import Path

import icons
import pytest
import smoke_bundle

from tests.conftest import REPO


def test_the_windows_icon_holds_each_size_as_png(qapp: object) -> None:
    pictures = {size: icons.render(size) for size in (16, 48, 256)}
    data = icons.ico(pictures)
    assert struct.unpack_from("<HHH", data) == (0, 1, 3)
    for index, size in enumerate(pictures):
        side, _, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        assert side == (0 if size == 256 else size)
        assert data[offset:offset + length] == pictures[size]
        assert struct.unpack(">II", pictures[size][16:24]) == (size, size)


def test_the_smoke_test_reads_a_png_size_and_refuses_anything_else(tmp_path: Path) -> None:
    path = tmp_path / "window.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + struct.pack(">II", 1200, 800))
    assert smoke_bundle.png_size(path) == (1200, 800)
    path.write_bytes(b"GIF89a" + bytes(20))
    with pytest.raises(SystemExit):
        smoke_bundle.png_size(path)


def test_spec_installer_and_workflow_name_the_same_things() -> None:
    spec = (REPO / "packaging" / "balanceview.spec").read_text("utf-8")
    iss = (REPO / "packaging" / "windows" / "balanceview.iss").read_text("utf-8-sig")
    workflow = (REPO / ".github" / "workflows" / "windows.yml").read_text("utf-8")
    folder = re.search(r'COLLECT\(.*name="(\w+)"', spec).group(1)  # type: ignore[union-attr]
    windowed = re.search(r'name="(\w+)" if WINDOWS', spec).group(1)  # type: ignore[union-attr]
    assert f'Source: "..\\..\\dist\\{folder}\\*"' in iss and f"dist/{folder}" in workflow
    assert f"{{app}}\\{windowed}.exe" in iss
    assert re.search(r"^SetupIconFile=.*\\balanceview\.ico$", iss, re.MULTILINE)
    assert re.search(r'^Name: "zh_CN";.*ChineseSimplified\.isl"', iss, re.MULTILINE)
    assert re.search(r'^Name: "en";.*Default\.isl"', iss, re.MULTILINE)
