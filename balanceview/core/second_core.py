"""A second core for work that lets go of the interpreter (hashing, Arrow and numpy kernels):
an import reads a million rows' dates on one core while their amounts are read on another,
and sums them per day while SQLite writes them. One thread, shared, started on first use."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")

_POOL = ThreadPoolExecutor(max_workers=1, thread_name_prefix="second-core")


def meanwhile(work: Callable[..., T], *args: Any) -> Future[T]:
    """Start `work(*args)` on the second core; ask its result() when it is needed."""
    return _POOL.submit(work, *args)
