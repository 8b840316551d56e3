"""Emitting a signal from Python without losing a reference to True.

PySide6 6.12's SignalInstance.emit returns True (or False) without taking a reference for
the caller: every emit from Python leaves True one reference short, and after some
thousands of emits (a sort, a search, a background task each emit) Python frees True
itself and aborts ("bool_dealloc: deallocating True or False"), at the latest at exit.
Every emit of ours goes through `emit`, which gives the reference back where PySide took
it; a PySide that does it right is detected once and left alone."""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBES = 8


class _Probe(QObject):
    ping = Signal()


def _emit_steals_a_reference() -> bool:
    probe = _Probe()
    probe.ping.connect(probe.deleteLater)  # any receiver: emit then returns True
    probe.ping.disconnect(probe.deleteLater)
    before = sys.getrefcount(True), sys.getrefcount(False)
    results = [probe.ping.emit() for _ in range(_PROBES)]
    del results
    after = sys.getrefcount(True), sys.getrefcount(False)
    return sum(before) - sum(after) >= _PROBES


_STEALS = _emit_steals_a_reference()


def emit(signal: SignalInstance, *args: Any) -> None:
    result = signal.emit(*args)
    if _STEALS:
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
