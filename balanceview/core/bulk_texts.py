"""The text cells of a bulk stretch (type, description, counterparty, account type,
direction), read once per distinct combination of them.

A million rows of a statement hold a few thousand different combinations of these texts.
Each row's combination is found by hashing its cells' bytes with numpy, checked byte for byte
against the first row of the combination (a collision falls back to a dictionary); the
RowReader's own rules then run once per combination.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from balanceview.core.bulk_cells import Cells, Declined
from balanceview.core.rows import RowReader, clean_text

TEXT_ROLES = ("type", "description", "counterparty", "account_type", "direction")
_WIDEST = 256  # bytes of all the text cells of a row: wider rows are keyed by a dictionary
_ROWS_AT_ONCE = 1 << 17
_MIX = np.uint64(0x9E3779B97F4A7C15)


@dataclass
class Combinations:
    """Each row's combination number, and per combination its first row."""

    codes: np.ndarray
    first: np.ndarray


@dataclass
class RowTexts:
    """Per combination: the cleaned type, description and counterparty, the purse (an index
    into purses) and the direction sign (1 without a direction column)."""

    combinations: Combinations
    texts: list[tuple[str, str, str]]
    purse: np.ndarray
    sign: np.ndarray
    purses: list[str]

    def joined(self, later: RowTexts, offset: int) -> RowTexts:
        """These rows' texts followed by those of later rows, which begin at row `offset`:
        a combination both hold keeps the number it has here."""
        known = {key: n for n, key in enumerate(self._keys())}
        texts, purse, sign = list(self.texts), list(self.purse), list(self.sign)
        first, purses = list(self.combinations.first), list(self.purses)
        mapping = []
        for n, key in enumerate(later._keys()):
            if key not in known:
                known[key] = len(texts)
                texts.append(key[0])
                if key[1] not in purses:
                    purses.append(key[1])
                purse.append(purses.index(key[1]))
                sign.append(key[2])
                first.append(int(later.combinations.first[n]) + offset)
            mapping.append(known[key])
        later_codes = np.array(mapping)[later.combinations.codes]
        codes = np.concatenate((self.combinations.codes, later_codes))
        return RowTexts(Combinations(codes, np.array(first)), texts, np.array(purse),
                        np.array(sign), purses)

    def _keys(self) -> list[tuple[tuple[str, str, str], str, int]]:
        return [(t, self.purses[p], s) for t, p, s in zip(self.texts, self.purse.tolist(),
                                                         self.sign.tolist(), strict=True)]

    def numbers(self, reader: RowReader) -> np.ndarray:
        """Per combination, the TextTable numbers of its three texts. New texts join the
        table in the order a row-by-row reading meets them: only once every check passed."""
        order = np.argsort(self.combinations.first, kind="stable")
        ids = np.zeros((len(self.texts), 3), dtype=np.int64)
        for number in order.tolist():
            ids[number] = [reader.texts.id(t) for t in self.texts[number]]
        return ids


def combinations(cells: Cells, indices: list[int]) -> Combinations:
    """The distinct combinations of the cells in these columns."""
    if not indices:
        return Combinations(np.zeros(cells.count, dtype=np.int64), np.zeros(1, dtype=np.int64))
    widths = [-(-max(cells.widest(i), 1) // 8) * 8 for i in indices]
    if sum(widths) > _WIDEST:
        return _by_dictionary(cells, indices)
    hashes = np.zeros(cells.count, dtype=np.uint64)
    mixes = np.arange(1, sum(widths) // 4, 2, dtype=np.uint64) * _MIX
    for start in range(0, cells.count, _ROWS_AT_ONCE):
        rows, used = slice(start, start + _ROWS_AT_ONCE), 0
        for index, width in zip(indices, widths, strict=True):
            words = cells.matrix(index, width, rows=rows)[0].view(np.uint64)
            mix = mixes[used:used + words.shape[1]]
            hashes[rows] += (words * mix).sum(axis=1, dtype=np.uint64)
            used += words.shape[1]
    _, first, codes = np.unique(hashes, return_index=True, return_inverse=True)
    codes = codes.reshape(-1)
    for start in range(0, cells.count, _ROWS_AT_ONCE):  # two combinations sharing a hash?
        rows = slice(start, start + _ROWS_AT_ONCE)
        for index, width in zip(indices, widths, strict=True):
            # The file holds no zero byte: padding cannot be mistaken for text.
            if not np.array_equal(cells.matrix(index, width, rows=rows)[0],
                                  cells.matrix(index, width, rows=first[codes[rows]])[0]):
                return _by_dictionary(cells, indices)
    return Combinations(codes, first)


def _by_dictionary(cells: Cells, indices: list[int]) -> Combinations:
    data, numbers = cells.data, {}
    spans = [cells.span(i) for i in indices]
    columns = [[data[b:e] for b, e in zip(begin.tolist(), end.tolist(), strict=True)]
               for begin, end in spans]
    codes = np.array([numbers.setdefault(key, len(numbers)) for key in zip(*columns,
                                                                          strict=True)])
    first = np.unique(codes, return_index=True)[1]  # codes count up from 0 as met
    return Combinations(codes, first)


def read_texts(reader: RowReader, cells: Cells) -> RowTexts:
    """The rows' texts by the reader's rules, each combination read once. Declined for an
    opening line or a purse named by neither word list; CellError from the reader for a
    direction neither in nor out. Nothing joins the reader's TextTable yet."""
    col = reader.columns
    indices = sorted({i for role in TEXT_ROLES for i in col.get(role, ())})
    found = combinations(cells, indices)
    texts: list[tuple[str, str, str]] = []
    purse, sign = np.zeros(len(found.first), np.int64), np.ones(len(found.first), np.int64)
    purses: list[str] = []
    for number, row in enumerate(found.first.tolist()):
        raw = {i: cells.text(i, row) for i in indices}
        type_text, description, counterparty = (_first_text(raw, col.get(role, ()))
                                                for role in TEXT_ROLES[:3])
        if reader.is_opening_text(type_text, description):
            raise Declined  # opening lines may lack a date or an amount
        name = _purse(reader, raw)
        if name not in purses:
            purses.append(name)
        purse[number] = purses.index(name)
        if "direction" in col:
            index = col["direction"][0]
            sign[number] = reader.direction_sign(raw[index], index)
        texts.append((type_text, description, counterparty))
    return RowTexts(found, texts, purse, sign, purses)


def _first_text(raw: dict[int, str], indices: list[int]) -> str:
    """The first non-empty of the role's cells, cleaned (as RowReader takes it)."""
    for index in indices:
        cleaned = clean_text(raw[index])
        if cleaned:
            return cleaned
    return ""


def _purse(reader: RowReader, raw: dict[int, str]) -> str:
    if reader.forced or "account_type" not in reader.columns:
        return reader.default_purse
    index = reader.columns["account_type"][0]
    return reader.purse_named(raw[index], index)
