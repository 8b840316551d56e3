"""Which row is the header and which column plays which role: a declaration, not code paths."""

from __future__ import annotations

from dataclasses import dataclass, field

from balanceview.core.vocabulary import column_synonyms, normalise_header

MAX_TITLE_LINES = 30
# Roles filled by one column (the best named); the rest may take several, first non-empty wins.
SINGLE_ROLES = (
    "date", "time", "account_type", "insurance", "type", "balance", "direction",
    "reference", "total", "pooled", "personal", "cash", "currency", "card_number", "holder",
    "id_number",
)
MULTI_ROLES = ("income", "expense", "amount", "description", "counterparty")
ROLES = SINGLE_ROLES + MULTI_ROLES
AMOUNT_ROLES = ("amount", "income", "expense", "personal")


@dataclass
class Layout:
    """The header row and the columns that fill each role."""

    header_index: int  # position of the header among the file's records
    header: list[str]
    columns: dict[str, list[int]] = field(default_factory=dict)

    def names(self) -> dict[str, list[str]]:
        """Role to header names: what a profile saves and what the user sees."""
        return {role: [self.header[i].strip() for i in cols] for role, cols in self.columns.items()}

    def column_name(self, index: int) -> str:
        letter = _column_letter(index)
        name = self.header[index].strip() if index < len(self.header) else ""
        return f"{name} ({letter})" if name else letter

    @property
    def is_settlement(self) -> bool:
        return "personal" in self.columns or "pooled" in self.columns


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


Mapping = dict[str, list[str]]  # role -> header names, as a profile saves them


def map_columns(header: list[str], chosen: Mapping | None = None) -> dict[str, list[int]]:
    """Roles to column positions, from the header's words; `chosen` (a profile) wins."""
    names = [normalise_header(cell) for cell in header]
    synonyms = column_synonyms()
    columns: dict[str, list[int]] = {}
    taken: set[int] = set()
    for role, wanted in (chosen or {}).items():
        found = [names.index(normalise_header(w)) for w in wanted if normalise_header(w) in names]
        if found:
            columns[role] = found
            taken.update(found)
    for role in ROLES:
        if role in columns:
            continue
        ranked = sorted(
            (synonyms[role].index(name), position)
            for position, name in enumerate(names)
            if position not in taken and name in synonyms[role]
        )
        picked = [position for _, position in ranked]
        if role in SINGLE_ROLES:
            picked = picked[:1]
        if picked:
            columns[role] = picked
            taken.update(picked)
    return columns


def header_score(cells: list[str]) -> int:
    """How much a row looks like a statement header: roles named, 0 if no date or no money."""
    columns = map_columns(cells)
    has_money = any(role in columns for role in (*AMOUNT_ROLES, "balance"))
    if "date" not in columns or not has_money:
        return 0
    return len(columns)


def find_layout(records: list[list[str]], chosen: Mapping | None = None) -> Layout | None:
    """The first row, within the title lines allowed, that reads as a header."""
    for index, cells in enumerate(records[: MAX_TITLE_LINES + 1]):
        if header_score(cells) >= 2 or (chosen and _names_chosen(cells, chosen)):
            return Layout(index, cells, map_columns(cells, chosen))
    return None


def _names_chosen(cells: list[str], chosen: dict[str, list[str]]) -> bool:
    names = {normalise_header(c) for c in cells}
    wanted = [normalise_header(w) for ws in chosen.values() for w in ws]
    return bool(wanted) and all(w in names for w in wanted)
