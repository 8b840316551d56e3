"""A table of cells turned into typed rows, exactly, column by column: each row a
transaction of one purse, a line that is not data (with the reason), or a bad row (with its
first problem, naming the column)."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa

from balanceview.core.errors import CellProblem
from balanceview.core.kinds import classify
from balanceview.core.messages import Message
from balanceview.core.second_core import meanwhile
from balanceview.core.statements.cells import Cells, clean_text, first_rows_of
from balanceview.core.statements.columns import NONE, TextTable, kind_code
from balanceview.core.statements.layout import Layout
from balanceview.core.statements.references import references
from balanceview.core.statements.summary_lines import summary_lines
from balanceview.core.vocabulary import normalise_header, words

PURSES = ("medical", "bank")
_CREDIT_MARKS = ("贷", "收", "入", "进", "cr", "credit", "+")
_DEBIT_MARKS = ("借", "支", "出", "dr", "debit", "-")
# A mark of one letter: D / C as city and online banks write 借贷标志 (debit / credit).
_LETTERS = {"c": 1, "d": -1}
# The order in which a person reading a row meets its cells: a row is refused for the first.
_RANK = {"date": 0, "amount": 1, "income": 1, "expense": 1, "personal": 1, "direction": 1,
         "currency": 2, "account_type": 2, "balance": 3, "total": 4, "pooled": 5, "cash": 6}


@dataclass
class TypedRows:
    """Every data row of a table, as columns; `purse` holds indices into PURSES."""

    line: np.ndarray
    posted: np.ndarray
    time_known: np.ndarray
    amount: np.ndarray
    balance: np.ndarray  # NONE where not stated
    kind: np.ndarray
    raw_type: np.ndarray  # numbers in the text table
    description: np.ndarray
    counterparty: np.ndarray
    total: np.ndarray
    pooled: np.ndarray
    cash: np.ndarray
    opening: np.ndarray
    reference: pa.Array  # strings, "" where a row has none
    purse: np.ndarray
    page: np.ndarray  # a PDF's page of each row; 0 for other files
    problems: list[CellProblem] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (line, a Message)
    notes: list[str] = field(default_factory=list)  # Messages for the import report
    keep: np.ndarray | None = None  # the rows that are transactions; None: every row

    def kept(self, column: np.ndarray) -> np.ndarray:
        return column if self.keep is None else column[self.keep]

    def __len__(self) -> int:
        return len(self.line)


@dataclass
class RowTexts:
    """The text cells of every row, read before the rows: the purse is decided from them."""

    raw_type: np.ndarray
    description: np.ndarray
    counterparty: np.ndarray


def read_texts(cells: Cells, layout: Layout, texts: TextTable) -> RowTexts:
    """Each role's first non-empty column; the other counterparty and place columns (ICBC's
    对方户名 and 交易场所, a bank's 对方户名 and 交易地点) are kept in the description, so that
    a 急诊 or 垫付 written there is still read."""
    raw_type, description = (_first_text(cells, layout, role, texts)
                             for role in ("type", "description"))
    counterparty, others = _first_and_rest(cells, layout, "counterparty", texts)
    return RowTexts(raw_type, _joined(description, others, texts), counterparty)


def _first_and_rest(cells: Cells, layout: Layout, role: str, texts: TextTable
                    ) -> tuple[np.ndarray, list[np.ndarray]]:
    columns = [cells.texts(index, texts, clean_text) for index in layout.columns.get(role, ())]
    first = np.zeros(len(cells.table), dtype=np.int64)
    for ids in columns:
        first = np.where(first == 0, ids, first)
    return first, [np.where(ids == first, 0, ids) for ids in columns]


def _joined(base: np.ndarray, others: list[np.ndarray], texts: TextTable) -> np.ndarray:
    """Texts joined with a space, once per distinct combination."""
    for extra in others:
        if not extra.any():
            continue
        firsts, codes = _distinct(_combined(base, extra))
        joined = np.array([texts.id(" ".join(t for t in (texts.texts[base[row]],
                                                         texts.texts[extra[row]]) if t))
                           for row in firsts.tolist()], dtype=np.int64)
        base = joined[codes]
    return base


def read_rows(cells: Cells, layout: Layout, row_texts: RowTexts, texts: TextTable,
              default_purse: str, forced: bool) -> TypedRows:
    table, col = cells.table, layout.columns
    opening = _opening(row_texts, texts)
    time_index = col["time"][0] if "time" in col else None
    # Money and references are read on a second core while this one reads the dates: Arrow
    # and numpy let go of the interpreter (0.4 s of a million rows' 2 s).
    amounts = meanwhile(_amounts, cells, layout)
    balance = meanwhile(_money, cells, layout, "balance")
    refs = meanwhile(references, cells, col.get("reference", []))
    posted, time_known, failed = cells.posted(col["date"][0], time_index, opening,
                                              _RANK["date"])
    not_data, skipped = _not_data(cells, layout, np.flatnonzero(failed))
    for row in np.flatnonzero(summary_lines(row_texts.raw_type, row_texts.description, texts)
                              & ~opening).tolist():
        if row not in not_data:
            not_data.add(row)
            skipped.append((int(table.lines[row]), Message("not_data.summary")))
    purse = _purses(cells, layout, default_purse, forced)
    amount, no_amount = amounts.result()
    rows = TypedRows(
        table.lines, posted, time_known, amount, balance.result(),
        _kinds(purse, amount, row_texts, texts), row_texts.raw_type, row_texts.description,
        row_texts.counterparty, _money(cells, layout, "total"),
        _money(cells, layout, "pooled"), _money(cells, layout, "cash"), opening,
        refs.result(), purse,
        table.pages if table.pages is not None else np.zeros(len(table), dtype=np.int64),
        skipped=skipped)
    for row in np.flatnonzero(no_amount & ~opening):
        cells.problems.append(_no_amount(int(row), layout))
    _check_currency(cells, layout)
    rows.notes = _balance_notes(rows.balance, layout)
    bad = cells.first_problems(not_data)
    rows.problems = [CellProblem(int(table.lines[r]), layout.column_name(p.column), p.message,
                                 int(rows.page[r]) or None) for r, p in sorted(bad.items())]
    if not_data or bad:  # left out when split by purse, which copies the rows anyway
        rows.keep = np.ones(len(table), dtype=bool)
        rows.keep[list(not_data | set(bad))] = False
    return rows


def _first_text(cells: Cells, layout: Layout, role: str, texts: TextTable) -> np.ndarray:
    """A role's text: the first of its columns that is not empty."""
    found = np.zeros(len(cells.table), dtype=np.int64)
    for index in layout.columns.get(role, ()):
        ids = cells.texts(index, texts, clean_text)
        found = np.where(found == 0, ids, found)
    return found


def _opening(row_texts: RowTexts, texts: TextTable) -> np.ndarray:
    """期初余额 and its kin, by the row's type and description."""
    wanted = words("opening_words")
    firsts, codes = _distinct(_combined(row_texts.raw_type, row_texts.description))
    found = np.array([any(w in texts.texts[row_texts.raw_type[row]] + " " +
                          texts.texts[row_texts.description[row]] for w in wanted)
                      for row in firsts.tolist()], dtype=bool)
    return found[codes] if len(firsts) else np.zeros(len(codes), dtype=bool)


def _not_data(cells: Cells, layout: Layout, failed: np.ndarray
              ) -> tuple[set[int], list[tuple[int, str]]]:
    """Rows whose date failed that are not transactions: blank, a footer, a comment or
    separator, the header repeated. Blank rows are left out without a word."""
    rows: set[int] = set()
    skipped = []
    header = [normalise_header(h) for h in layout.header]
    kept = sorted(cells.table.columns)
    for row in failed.tolist():
        texts = [t.strip() for t in cells.raw_row(row)]
        why = _why_not_data(texts, [header[i] if i < len(header) else "" for i in kept])
        if why is not None:
            rows.add(row)
            if why:
                page = cells.table.pages[row] if cells.table.pages is not None else 0
                skipped.append((int(cells.table.lines[row]),
                                Message("not_data.on_page", page=int(page), why=why)
                                if page else why))
    return rows, skipped


def _why_not_data(texts: list[str], header: list[str]) -> Message | str | None:
    """'' for a blank row, a Message for a line that is not data, None for a bad row."""
    first = next((t for t in texts if t), "")
    if not first:
        return ""
    if first.startswith("#") or set(first) <= set("-=—_ "):
        return Message("not_data.comment")
    if first.startswith(tuple(words("footer_words"))) or first.startswith("以上"):
        return Message("not_data.footer")
    if [normalise_header(t) for t in texts] == header:
        return Message("not_data.header")
    if not any(c.isdigit() for t in texts for c in t):
        return Message("not_data.words")  # a notice, a header in English: no date, no money
    return None


def _money(cells: Cells, layout: Layout, role: str) -> np.ndarray:
    """A role's money (NONE where no column of it states one)."""
    found = np.full(len(cells.table), NONE, dtype=np.int64)
    for index in layout.columns.get(role, ()):
        values, stated = cells.money(index, role, _RANK[role])
        found = np.where((found == NONE) & stated, values, found)
    return found


def _amounts(cells: Cells, layout: Layout) -> tuple[np.ndarray, np.ndarray]:
    """The signed amount in fen, and where the row left every amount cell empty."""
    col = layout.columns
    if "amount" in col:
        value = _money(cells, layout, "amount")
        if "direction" in col:
            value = np.where(value == NONE, NONE, np.abs(value) * _directions(cells, layout))
    elif "income" in col or "expense" in col:
        income, expense = _money(cells, layout, "income"), _money(cells, layout, "expense")
        spent = np.where(expense == NONE, 0, expense)
        # Some banks write money out as negative figures; where most are positive, a negative
        # one is money back (CIB's same-day reversal, -20.00 under 支出).
        given = expense[expense != NONE]
        if len(given) and 2 * int((given < 0).sum()) > len(given):
            spent = np.abs(spent)
        value = np.where((income == NONE) & (expense == NONE), NONE,
                         np.where(income == NONE, 0, income) - spent)
    else:
        personal = _money(cells, layout, "personal")
        value = np.where(personal == NONE, NONE, -personal)
    blank = value == NONE
    return np.where(blank, 0, value), blank


def _directions(cells: Cells, layout: Layout) -> np.ndarray:
    index = layout.columns["direction"][0]
    rows = np.arange(len(cells.table))
    found, codes = cells.each_distinct(index, rows, _direction_sign, _RANK["direction"])
    return np.array([sign or 0 for sign in found], dtype=np.int64)[codes]


def _direction_sign(text: str) -> int:
    """1 for a credit mark (贷, 收, Cr), -1 for a debit mark."""
    from balanceview.core.errors import CellError

    mark = text.strip().lower()
    if mark in _LETTERS:
        return _LETTERS[mark]
    if any(m in mark for m in _CREDIT_MARKS):
        return 1
    if any(m in mark for m in _DEBIT_MARKS):
        return -1
    raise CellError(Message("row.no_direction", text=mark))


def _purses(cells: Cells, layout: Layout, default: str, forced: bool) -> np.ndarray:
    """Each row's purse: the file's, or its account-type cell's."""
    if forced or "account_type" not in layout.columns:
        return np.full(len(cells.table), PURSES.index(default), dtype=np.int8)
    index = layout.columns["account_type"][0]
    found, codes = cells.each_distinct(index, np.arange(len(cells.table)), _purse_named,
                                       _RANK["account_type"])
    return np.array([PURSES.index(p) if p else 0 for p in found], dtype=np.int8)[codes]


def _purse_named(value: str) -> str:
    from balanceview.core.errors import CellError

    text = value.strip()
    if any(w in text for w in words("medical_purse_words")):
        return "medical"
    if any(w in text for w in words("bank_purse_words")):
        return "bank"
    raise CellError(Message("row.no_purse", text=text))


def _kinds(purse: np.ndarray, amount: np.ndarray, row_texts: RowTexts,
           texts: TextTable) -> np.ndarray:
    """Each row's kind, classified once per distinct purse, sign and words."""
    if not len(purse):
        return np.zeros(0, dtype=np.int64)
    key = purse.astype(np.int64) * 2 + (amount > 0)
    for column in (row_texts.raw_type, row_texts.description, row_texts.counterparty):
        key = _combined(key, column)
    firsts, codes = _distinct(key)
    kinds = []
    for row in firsts.tolist():
        joined = " ".join(texts.texts[t[row]] for t in (
            row_texts.raw_type, row_texts.description, row_texts.counterparty))
        kinds.append(kind_code(classify(PURSES[purse[row]], bool(amount[row] > 0), joined)))
    return np.array(kinds, dtype=np.int64)[codes]


def _combined(key: np.ndarray, column: np.ndarray) -> np.ndarray:
    """A number for each distinct (key, column) pair, small enough to combine again."""
    if not len(key):
        return key
    return _distinct(key * (int(column.max()) + 1) + column)[1]


def _distinct(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(the first row of each distinct value, each row's number among them), by hashing."""
    encoded = pa.array(values).dictionary_encode()
    return first_rows_of(encoded), encoded.indices.to_numpy(zero_copy_only=False).astype(np.int64)


def _check_currency(cells: Cells, layout: Layout) -> None:
    """Rows booked in another currency are bad rows: a yuan balance never adds dollars."""
    if "currency" not in layout.columns:
        return
    index = layout.columns["currency"][0]
    named = [v.strip() for v in cells.distinct_texts(index) if v.strip()]
    foreign = [v for v in named if v.upper().replace(" ", "") not in _YUAN]
    if named and len(foreign) == len(named):  # no row in yuan: an account in that currency
        from balanceview.core.errors import UserError

        raise UserError(Message("refused.foreign_currency", file=cells.name, currency=foreign[0]))
    cells.each_distinct(index, np.arange(len(cells.table)), _yuan, _RANK["currency"])


def _yuan(text: str) -> bool:
    from balanceview.core.errors import CellError

    if text.strip().upper().replace(" ", "") in _YUAN:
        return True
    raise CellError(Message("row.foreign_currency", text=text.strip()))


_YUAN = {"", "-", "--", "人民币", "人民币元", "CNY", "RMB", "156", "本币", "元", "CNY人民币",
         "人民币CNY", "钞", "汇"}


def _balance_notes(balance: np.ndarray, layout: Layout) -> list[str]:
    """A balance column with no readable balance on any row (xx,yyyy.zz, XXXX) is as if
    it were not there: the report says so."""
    if "balance" not in layout.columns or (balance != NONE).any():
        return []
    column = layout.column_name(layout.columns["balance"][0])
    return [Message("note.balance_unreadable", column=column)]


def _no_amount(row: int, layout: Layout):  # type: ignore[no-untyped-def]
    from balanceview.core.statements.cells import Problem

    index = next(layout.columns[r][0] for r in ("amount", "income", "expense", "personal")
                 if r in layout.columns)
    return Problem(row, index, Message("row.no_amount"), _RANK["amount"])
