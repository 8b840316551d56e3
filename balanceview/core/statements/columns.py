"""One purse's rows from a file, kept as compact columns: a million rows fit in little memory."""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from balanceview.core.kinds import KINDS

NONE = -(2**63)  # "no value" in an integer column: a statement left the cell empty
_KIND_CODE = {kind: code for code, kind in enumerate(KINDS)}
_INT_COLUMNS = ("line", "posted", "time_known", "amount", "balance", "kind", "raw_type",
                "description", "counterparty", "total", "pooled", "cash", "opening", "page")
_NULLABLE = frozenset({"balance", "total", "pooled", "cash"})
_TYPECODES = {"line": "l", "time_known": "b", "kind": "b", "raw_type": "l", "description": "l",
              "counterparty": "l", "opening": "b", "page": "l"}  # page 0: not a PDF


class TextTable:
    """Texts of one file, each kept once and referred to by its number."""

    def __init__(self) -> None:
        self.texts: list[str] = [""]
        self._ids: dict[str, int] = {"": 0}

    def id(self, text: str) -> int:
        found = self._ids.get(text)
        if found is None:
            found = self._ids[text] = len(self.texts)
            self.texts.append(text)
        return found


@dataclass
class PurseColumns:
    purse: str
    opening_balance: int | None = None
    opening_stated: bool = False  # an opening line gave it (else the first row's balance)
    insurance: str | None = None
    # Reference numbers, "" for none: an Arrow array, turned into Python strings only a
    # batch at a time as they are written (a million of them would cost 70 MB).
    reference: Any = field(default_factory=lambda: _no_references())

    def __post_init__(self) -> None:
        for name in _INT_COLUMNS:
            setattr(self, name, array(_TYPECODES.get(name, "q")))

    def __len__(self) -> int:
        return len(self.reference)

    def select(self, order: Sequence[int]) -> None:
        """Keep only these rows, in this order."""
        import numpy as np  # here, not above: the desktop app starts without it

        index = np.asarray(order, dtype=np.intp)
        for name in _INT_COLUMNS:
            column = getattr(self, name)
            values = np.frombuffer(column, dtype=column.typecode) if len(column) else \
                np.zeros(0, dtype=column.typecode)
            chosen = array(column.typecode)
            chosen.frombytes(memoryview(values[index]).cast("B"))
            setattr(self, name, chosen)
        self.reference = self.reference.take(index)

    def reference_at(self, index: int) -> str | None:
        return self.reference[index].as_py() or None

    def value(self, name: str, index: int) -> int | None:
        found: int = getattr(self, name)[index]
        return None if found == NONE else found

    def kind_name(self, index: int) -> str:
        return KINDS[self.kind[index]]  # type: ignore[attr-defined, no-any-return]


def kind_code(kind: str) -> int:
    return _KIND_CODE[kind]


def _no_references() -> Any:
    import pyarrow as pa  # here, not above: the desktop app starts without it

    return pa.array([], pa.string())
