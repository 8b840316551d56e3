"""Windows that fit the screen they open on: small screens and 200% scaling included."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME_ROOM = 40  # the title bar and frame the window manager adds around a window


def available(widget: QWidget) -> QRect:
    """The part of the widget's screen not taken by task bars (the primary screen's if none)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen else QRect(0, 0, 1024, 700)


def fitted(wanted: QSize, room: QRect) -> QSize:
    """`wanted`, shrunk to fit inside `room` with space for the frame."""
    return QSize(min(wanted.width(), room.width() - FRAME_ROOM // 2),
                 min(wanted.height(), room.height() - FRAME_ROOM))


def resize_to_fit(widget: QWidget, width: int, height: int) -> None:
    """Resize to width × height, or less where the screen is smaller, and keep it on screen."""
    widget.resize(fitted(QSize(width, height), available(widget)))
    keep_on_screen(widget)


def keep_on_screen(widget: QWidget) -> None:
    """Move and shrink the window so that all of it is on the available screen."""
    room = available(widget)
    frame = widget.frameGeometry()
    size = fitted(widget.size(), room)
    if size != widget.size():
        widget.resize(size)
    left = min(max(frame.left(), room.left()), room.right() - widget.frameGeometry().width() + 1)
    top = min(max(frame.top(), room.top()), room.bottom() - widget.frameGeometry().height() + 1)
    widget.move(max(left, room.left()), max(top, room.top()))


def restore(widget: QWidget, saved: object, width: int, height: int) -> None:
    """The saved geometry (another screen, another scale) clamped to this screen; else the
    default size fitted to it."""
    if isinstance(saved, QByteArray | bytes) and widget.restoreGeometry(QByteArray(saved)):
        if widget.isMaximized() or widget.isFullScreen():
            return
        keep_on_screen(widget)
    else:
        resize_to_fit(widget, width, height)
