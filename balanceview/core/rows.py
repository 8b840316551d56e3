"""One statement row of text cells turned into a transaction, exactly, or into a problem."""

from __future__ import annotations

from dataclasses import dataclass

from balanceview.core.dates import parse_posted
from balanceview.core.errors import CellError
from balanceview.core.kinds import classify
from balanceview.core.layout import Layout
from balanceview.core.masking import scrub
from balanceview.core.money import is_masked, parse_amount
from balanceview.core.vocabulary import words

_CREDIT_MARKS = ("贷", "收", "入", "cr", "credit", "+")
_DEBIT_MARKS = ("借", "支", "出", "dr", "debit", "-")


@dataclass(slots=True)
class ParsedRow:
    """A transaction as read from its file, before it meets the database."""

    line: int
    purse: str
    posted: int
    time_known: bool
    amount: int
    balance: int | None
    kind: str
    raw_type: str
    description: str
    counterparty: str
    reference: str
    total: int | None = None
    pooled: int | None = None
    cash: int | None = None
    opening_words: bool = False


class RowReader:
    """Reads the data rows of one layout; keeps caches because statements repeat themselves."""

    def __init__(self, layout: Layout, default_purse: str, forced_purse: str | None) -> None:
        self.layout = layout
        self.default_purse = forced_purse or default_purse
        self.forced = forced_purse is not None
        self._col = {role: cols for role, cols in layout.columns.items()}
        self._texts: dict[str, str] = {}
        self._purses: dict[str, str] = {}
        self._opening = words("opening_words")

    def read(self, line: int, cells: list[str]) -> ParsedRow:
        """Raises CellError with `.column` set to the column's name."""
        raw_type = self._text(cells, "type")
        description = self._text(cells, "description")
        opening = any(w in raw_type or w in description for w in self._opening)
        posted, time_known = self._posted(cells, opening)
        amount, is_blank = self._amount(cells)
        balance = self._money(cells, "balance")
        counterparty = self._text(cells, "counterparty")
        purse = self._purse(cells)
        if is_blank and not opening:
            raise _at(self._first_money_column(), "the row has no amount")
        kind = classify(purse, amount > 0, f"{raw_type} {description} {counterparty}")
        return ParsedRow(
            line, purse, posted, time_known, amount, balance, kind, raw_type, description,
            counterparty, self._text(cells, "reference"), self._money(cells, "total"),
            self._money(cells, "pooled"), self._money(cells, "cash"), opening,
        )

    def _cell(self, cells: list[str], index: int) -> str:
        return cells[index] if index < len(cells) else ""

    def _posted(self, cells: list[str], opening: bool) -> tuple[int, bool]:
        date_column = self._col["date"][0]
        date_text = self._cell(cells, date_column)
        if opening and not date_text.strip():
            return 0, False  # an undated 期初余额 line comes before everything
        time_text = self._cell(cells, self._col["time"][0]) if "time" in self._col else ""
        try:
            return parse_posted(date_text, time_text)
        except CellError as error:
            raise _at(self.layout.column_name(date_column), str(error)) from None

    def _money(self, cells: list[str], role: str) -> int | None:
        for index in self._col.get(role, ()):
            text = self._cell(cells, index)
            try:
                value = parse_amount(text)
            except CellError as error:
                if role == "balance" and is_masked(text):
                    return None  # ICBC hides the balance as xx,yyyy.zz: not stated
                raise _at(self.layout.column_name(index), str(error)) from None
            if value is not None:
                return value
        return None

    def _amount(self, cells: list[str]) -> tuple[int, bool]:
        """The signed amount in fen, and whether the row left every amount cell empty."""
        if "amount" in self._col:
            value = self._money(cells, "amount")
            if value is not None and "direction" in self._col:
                value = abs(value) * self._direction(cells)
        elif "income" in self._col or "expense" in self._col:
            income, expense = self._money(cells, "income"), self._money(cells, "expense")
            value = None if income is None and expense is None else (income or 0) - abs(expense or 0)
        else:
            personal = self._money(cells, "personal")
            value = None if personal is None else -personal
        return (0, True) if value is None else (value, False)

    def _direction(self, cells: list[str]) -> int:
        index = self._col["direction"][0]
        mark = self._cell(cells, index).strip().lower()
        if any(m in mark for m in _CREDIT_MARKS):
            return 1
        if any(m in mark for m in _DEBIT_MARKS):
            return -1
        raise _at(self.layout.column_name(index), f"'{mark}' says neither credit nor debit")

    def _text(self, cells: list[str], role: str) -> str:
        for index in self._col.get(role, ()):
            raw = self._cell(cells, index)
            text = self._texts.get(raw)
            if text is None:
                cleaned = raw.strip().strip("-").strip()
                text = self._texts[raw] = scrub(" ".join(cleaned.split()))
            if text:
                return text
        return ""

    def _purse(self, cells: list[str]) -> str:
        if self.forced or "account_type" not in self._col:
            return self.default_purse
        index = self._col["account_type"][0]
        value = self._cell(cells, index).strip()
        purse = self._purses.get(value)
        if purse is None:
            purse = self._purses[value] = _purse_named(value) or ""
        if not purse:
            raise _at(self.layout.column_name(index),
                      f"'{value}' is neither the medical account nor the bank account")
        return purse

    def _first_money_column(self) -> str:
        for role in ("amount", "income", "expense", "personal"):
            if role in self._col:
                return self.layout.column_name(self._col[role][0])
        return ""


def _purse_named(value: str) -> str | None:
    if any(w in value for w in words("medical_purse_words")):
        return "medical"
    if any(w in value for w in words("bank_purse_words")):
        return "bank"
    return None


def _at(column: str, message: str) -> CellError:
    return CellError(message, column)
