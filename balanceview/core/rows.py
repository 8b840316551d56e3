"""One statement row of text cells turned into a transaction, exactly, or into a problem."""

from __future__ import annotations

from balanceview.core.dates import PostedReader
from balanceview.core.errors import CellError
from balanceview.core.kinds import classify
from balanceview.core.masking import scrub
from balanceview.core.messages import Message
from balanceview.core.money import is_masked, parse_amount
from balanceview.core.statements.columns import TextTable, kind_code
from balanceview.core.statements.layout import Layout
from balanceview.core.vocabulary import words

_CREDIT_MARKS = ("贷", "收", "入", "cr", "credit", "+")
_DEBIT_MARKS = ("借", "支", "出", "dr", "debit", "-")
_CACHE_LIMIT = 200_000
_MISSING = object()

# (purse, row) where row is in the order of columns.PurseColumns: line, posted, time_known,
# amount, balance, kind, raw_type, description, counterparty, total, pooled, cash, opening,
# reference. Texts are numbers in the statement's TextTable.
Row = tuple[str, tuple[object, ...]]


class RowReader:
    """Reads the data rows of one layout. Statements repeat the same days, amounts and
    descriptions thousands of times, so each cell kind has a memory."""

    def __init__(self, layout: Layout, default_purse: str, forced_purse: str | None,
                 texts: TextTable) -> None:
        self.layout = layout
        self.default_purse = forced_purse or default_purse
        self.forced = forced_purse is not None
        self.texts = texts
        self._col = self.columns = dict(layout.columns)
        self._cleaned: dict[str, int] = {}
        self._amounts: dict[str, int | None] = {}
        self._kinds: dict[tuple[object, ...], int] = {}
        self._purses: dict[str, str] = {}
        self._posted = self.posted = PostedReader()
        self._opening = words("opening_words")
        self._opening_ids: dict[tuple[int, int], bool] = {}
        self.width = max((i for cols in self._col.values() for i in cols), default=0) + 1

    def read(self, line: int, cells: list[str]) -> Row:
        """Raises CellError naming the column."""
        if len(cells) < self.width:
            cells = cells + [""] * (self.width - len(cells))
        raw_type, description = self._text(cells, "type"), self._text(cells, "description")
        opening = self.is_opening(raw_type, description)
        posted, time_known = self._when(cells, opening)
        amount, blank = self._amount(cells)
        if blank and not opening:
            raise CellError(Message("row.no_amount"), self._first_money_column())
        counterparty = self._text(cells, "counterparty")
        purse = self._purse(cells)
        kind = self.kind(purse, amount > 0, raw_type, description, counterparty)
        reference = self._reference(cells)
        return purse, (
            line, posted, time_known, amount, self._balance(cells), kind, raw_type, description,
            counterparty, self._money(cells, "total"), self._money(cells, "pooled"),
            self._money(cells, "cash"), opening, reference,
        )

    def known_day(self, text: str) -> bool:
        """Whether 'YYYY-MM-DD' is a real day of a likely year."""
        return self._posted.day(text) is not None

    def _when(self, cells: list[str], opening: bool) -> tuple[int, bool]:
        date_column = self._col["date"][0]
        date_text = cells[date_column]
        if opening and not date_text.strip():
            return 0, False  # an undated 期初余额 line comes before everything
        time_text = cells[self._col["time"][0]] if "time" in self._col else ""
        try:
            return self._posted(date_text, time_text)
        except CellError as error:
            raise CellError(error.message, self.layout.column_name(date_column)) from None

    def _money(self, cells: list[str], role: str) -> int | None:
        for index in self._col.get(role, ()):
            text = cells[index]
            value = self._amounts.get(text, _MISSING)
            if value is _MISSING:
                value = self.parse_money(text, index, role)
                if len(self._amounts) < _CACHE_LIMIT:
                    self._amounts[text] = value  # type: ignore[assignment]
            if value is not None:
                return value  # type: ignore[return-value]
        return None

    def _balance(self, cells: list[str]) -> int | None:
        # Balances differ on every row: not worth remembering.
        for index in self._col.get("balance", ()):
            value = self.parse_money(cells[index], index, "balance")
            if value is not None:
                return value
        return None

    def parse_money(self, text: str, index: int, role: str) -> int | None:
        try:
            return parse_amount(text)
        except CellError as error:
            if role == "balance" and is_masked(text):
                return None  # ICBC hides the balance as xx,yyyy.zz: not stated
            raise CellError(error.message, self.layout.column_name(index)) from None

    def _amount(self, cells: list[str]) -> tuple[int, bool]:
        """The signed amount in fen, and whether the row left every amount cell empty."""
        col = self._col
        if "amount" in col:
            value = self._money(cells, "amount")
            if value is not None and "direction" in col:
                value = abs(value) * self._direction(cells)
        elif "income" in col or "expense" in col:
            income, expense = self._money(cells, "income"), self._money(cells, "expense")
            both_empty = income is None and expense is None
            value = None if both_empty else (income or 0) - abs(expense or 0)
        else:
            personal = self._money(cells, "personal")
            value = None if personal is None else -personal
        return (0, True) if value is None else (value, False)

    def _direction(self, cells: list[str]) -> int:
        index = self._col["direction"][0]
        return self.direction_sign(cells[index], index)

    def direction_sign(self, text: str, index: int) -> int:
        """1 for a credit mark (贷, 收, Cr), -1 for a debit mark; raises CellError otherwise."""
        mark = text.strip().lower()
        if any(m in mark for m in _CREDIT_MARKS):
            return 1
        if any(m in mark for m in _DEBIT_MARKS):
            return -1
        raise CellError(Message("row.no_direction", text=mark), self.layout.column_name(index))

    def _text(self, cells: list[str], role: str) -> int:
        """The number of the first non-empty cell's text, padding and long numbers removed."""
        for index in self._col.get(role, ()):
            found = self.text_id(cells[index])
            if found:
                return found
        return 0

    def text_id(self, raw: str) -> int:
        """The number of one cell's text in the TextTable (0 for an empty cell)."""
        found = self._cleaned.get(raw)
        if found is None:
            found = self.texts.id(clean_text(raw))
            if len(self._cleaned) < _CACHE_LIMIT:
                self._cleaned[raw] = found
        return found

    def _reference(self, cells: list[str]) -> str | None:
        # Unique on every row: kept as it is, not in the text table.
        for index in self._col.get("reference", ()):
            text = cells[index].strip()
            if text:
                return text
        return None

    def is_opening(self, raw_type: int, description: int) -> bool:
        key = (raw_type, description)
        found = self._opening_ids.get(key)
        if found is None:
            texts = self.texts.texts
            found = self._opening_ids[key] = self.is_opening_text(texts[raw_type],
                                                                  texts[description])
        return found

    def opens(self, cells: list[str]) -> bool:
        """Whether a record is an opening line, looked at without reading it."""
        return self.is_opening_text(*(
            next((t for i in self._col.get(role, ()) if i < len(cells)
                  for t in (clean_text(cells[i]),) if t), "")
            for role in ("type", "description")))

    def is_opening_text(self, raw_type: str, description: str) -> bool:
        """期初余额 and its kin, from the cleaned type and description."""
        both = raw_type + " " + description
        return any(w in both for w in self._opening)

    def kind(self, purse: str, credit: bool, *texts: int) -> int:
        key = (purse, credit, *texts)
        found = self._kinds.get(key)
        if found is None:
            joined = " ".join(self.texts.texts[t] for t in texts)
            found = self._kinds[key] = kind_code(classify(purse, credit, joined))
        return found

    def _purse(self, cells: list[str]) -> str:
        if self.forced or "account_type" not in self._col:
            return self.default_purse
        index = self._col["account_type"][0]
        return self.purse_named(cells[index], index)

    def purse_named(self, value: str, index: int) -> str:
        """The purse an account-type cell names; raises CellError if it names neither."""
        purse = self._purses.get(value)
        if purse is None:
            purse = self._purses[value] = _purse_named(value.strip()) or ""
        if not purse:
            raise CellError(Message("row.no_purse", text=value.strip()),
                            self.layout.column_name(index))
        return purse

    def _first_money_column(self) -> str:
        for role in ("amount", "income", "expense", "personal"):
            if role in self._col:
                return self.layout.column_name(self._col[role][0])
        return ""


def clean_text(raw: str) -> str:
    """A text cell as stored: padding and dash placeholders gone, long numbers hidden."""
    cleaned = raw.strip().strip("-").strip()
    return scrub(" ".join(cleaned.split()))


def _purse_named(value: str) -> str | None:
    if any(w in value for w in words("medical_purse_words")):
        return "medical"
    if any(w in value for w in words("bank_purse_words")):
        return "bank"
    return None
