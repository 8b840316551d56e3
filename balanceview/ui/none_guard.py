"""Keep Python's None alive under PySide6 6.12 on Python 3.10 and 3.11.

PySide6 6.12 returns None from void methods (QPainter.save, setPen, fillRect, setHtml ...)
without taking a reference, as if None were immortal; it is immortal from Python 3.12 on, not
before. Every such call then takes one reference from None, and after some thousands of them
(printing a history of 30,000 rows made millions) the interpreter aborts with "Fatal Python
error: none_dealloc". Giving None as many references as 3.12 gives it makes those calls
harmless; nothing else reads None's reference count.
"""

from __future__ import annotations

import ctypes
import sys

# Far more than any process makes void calls, far below the count's limit.
_RESERVE = 1 << 48


def keep_none_alive() -> None:
    """Give None a reserve of references once, where the interpreter counts them."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return  # None is immortal there
    if hasattr(sys, "gettotalrefcount"):
        return  # a debug build puts other fields before the count
    if sys.getrefcount(None) < _RESERVE:
        # ob_refcnt is a PyObject's first field in a release build of CPython.
        ctypes.c_ssize_t.from_address(id(None)).value += _RESERVE
