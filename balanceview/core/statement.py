"""A statement file read whole: its card, its purses, their rows in order, and its problems."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from balanceview.core import source as src
from balanceview.core.errors import CellError, CellProblem, UserError
from balanceview.core.layout import Layout, find_layout
from balanceview.core.metadata import CardClue, insurance_type, is_payment_app, read_clue
from balanceview.core.rows import ParsedRow, RowReader
from balanceview.core.vocabulary import contains_any, normalise_header, words

PURSES = ("medical", "bank")


@dataclass
class PurseRows:
    """One purse's rows from one file, oldest first, with the opening balance the file gives."""

    purse: str
    rows: list[ParsedRow] = field(default_factory=list)
    opening: int | None = None
    insurance: str | None = None


@dataclass
class Statement:
    file_name: str
    sha256: str
    encoding: str
    layout: Layout
    header_line: int
    clue: CardClue
    purses: dict[str, PurseRows]
    default_purse: str = "bank"
    problems: list[CellProblem] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (line, why), not data

    @property
    def row_count(self) -> int:
        return sum(len(p.rows) for p in self.purses.values())


def parse_statement(source: src.SourceFile, account: str | None = None,
                    profile: dict[str, list[str]] | None = None) -> Statement:
    """Read a whole file. Bad rows become problems; the caller decides to refuse or skip."""
    records, encoding = _records(source, profile)
    head: list[src.Record] = []
    layout = None
    for record in records:
        head.append(record)
        layout = find_layout([cells for _, cells in head], profile)
        if layout or len(head) > 40:
            break
    if layout is None:
        raise UserError(f"{source.name}: no header row with a date and an amount column was "
                        "found in the first 30 lines; this does not look like a statement")
    title = "\n".join(",".join(cells) for _, cells in head[: layout.header_index])
    _refuse_payment_app(source.name, title, layout.header)
    statement = Statement(source.name, source.sha256, encoding, layout, head[-1][0],
                          read_clue(title), {})
    statement.default_purse = account or _file_purse(title, layout)
    reader = RowReader(layout, statement.default_purse, account)
    _read_rows(statement, reader, records, insurance_type(title))
    return statement


def _records(source: src.SourceFile, profile: dict[str, list[str]] | None
             ) -> tuple[Iterator[src.Record], str]:
    if source.is_excel:
        return src.excel_records(source), "excel"
    text, encoding = src.decode(source)
    delimiter = _best_delimiter(text, profile)
    return src.text_records(source, delimiter, text), encoding


def _best_delimiter(text: str, profile: dict[str, list[str]] | None) -> str:
    sample = src.sample_lines(text)
    best, best_width = ",", 0
    for delimiter in src.delimiters():
        rows = [cells for _, cells in src.text_records(None, delimiter, sample)]  # type: ignore[arg-type]
        layout = find_layout(rows, profile)
        width = len(layout.columns) if layout else 0
        if width > best_width:
            best, best_width = delimiter, width
    return best


def _refuse_payment_app(name: str, title: str, header: list[str]) -> None:
    app = is_payment_app(title, header)
    if app:
        raise UserError(
            f"{name}: this is a bill from {app}, a payment-app record, not a statement of the "
            "social security card. Import the card's bank statement or the medical account "
            "export instead; payments made with the card through the app show up there."
        )


def _file_purse(title: str, layout: Layout) -> str:
    """Medical words or settlement columns mean the medical account; anything else the bank."""
    header = "".join(normalise_header(h) for h in layout.header)
    if layout.is_settlement or contains_any(title + header, words("medical_words")):
        return "medical"
    return "bank"


def _read_rows(statement: Statement, reader: RowReader, records: Iterator[src.Record],
               insurance: str | None) -> None:
    header = [normalise_header(c) for c in statement.layout.header]
    footer_words = words("footer_words")
    for line, cells in records:
        why = _not_data(cells, header, footer_words)
        if why:
            if why != "blank":
                statement.skipped.append((line, why))
            continue
        try:
            row = reader.read(line, cells)
        except CellError as error:
            statement.problems.append(CellProblem(line, error.column, str(error)))
            continue
        purse = statement.purses.setdefault(row.purse, PurseRows(row.purse))
        purse.rows.append(row)
    for purse in statement.purses.values():
        purse.insurance = insurance
        _put_in_order(purse)
        _take_opening(purse)


def _not_data(cells: list[str], header: list[str], footer_words: list[str]) -> str:
    texts = [c.strip() for c in cells]
    first = next((t for t in texts if t), "")
    if not first:
        return "blank"
    if first.startswith("#") or set(first) <= set("-=—_ "):
        return "a comment or separator line"
    if any(first.startswith(w) for w in footer_words) or first.startswith("以上"):
        return "a footer (totals or a notice)"
    if [normalise_header(c) for c in cells] == header:
        return "the header repeated"
    return ""


def _put_in_order(purse: PurseRows) -> None:
    """Oldest first. Newest-first files (ICBC, BOC) are reversed before a stable sort, so rows
    of one day keep the order the bank gave them."""
    rows = purse.rows
    if rows and rows[0].posted > rows[-1].posted:
        rows.reverse()
    rows.sort(key=lambda r: r.posted)


def _take_opening(purse: PurseRows) -> None:
    """期初余额 and its kin set the opening balance and are not transactions; without one the
    opening is the first stated balance less the first amount."""
    rows = purse.rows
    while rows and rows[0].opening_words:
        first = rows.pop(0)
        if purse.opening is None:
            purse.opening = first.balance if first.balance is not None else first.amount
    # Later carry-forward lines (承前余额 at a page top) move no money.
    purse.rows = [r for r in rows if not (r.opening_words and r.amount == 0)]
    if purse.opening is None and purse.rows and purse.rows[0].balance is not None:
        purse.opening = purse.rows[0].balance - purse.rows[0].amount
