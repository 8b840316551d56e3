"""The app's icon in every size a desktop asks for, drawn from the one SVG the app itself uses.

usage: python packaging/icons.py OUT_DIR   ->  OUT_DIR/hicolor/NxN/apps/ID.png, scalable/ID.svg,
                                               OUT_DIR/balanceview.ico (Windows)
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

APP_ID = "org.balanceview.BalanceView"
SVG = Path(__file__).resolve().parents[1] / "balanceview" / "resources" / "icons" / "app.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(QSize(size, size), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    QSvgRenderer(QByteArray(SVG.read_bytes())).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(pictures: dict[int, bytes]) -> bytes:
    """A Windows icon holding PNG images (Vista and later read them)."""
    header = struct.pack("<HHH", 0, 1, len(pictures))
    offset = len(header) + 16 * len(pictures)
    entries, blobs = b"", b""
    for size, png in pictures.items():
        side = 0 if size >= 256 else size  # 0 stands for 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def main(out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])
    pictures = {size: render(size) for size in PNG_SIZES}
    for size, png in pictures.items():
        folder = out / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{APP_ID}.png").write_bytes(png)
    scalable = out / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    (scalable / f"{APP_ID}.svg").write_bytes(SVG.read_bytes())
    (out / "balanceview.ico").write_bytes(ico({s: pictures[s] for s in ICO_SIZES}))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
