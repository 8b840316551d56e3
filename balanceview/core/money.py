"""Money: parsed exactly with Decimal, stored as integer fen, formatted at the edge."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from balanceview.core.errors import CellError
from balanceview.core.messages import Message

# Full-width digits, signs and separators as Chinese spreadsheets and PDF converters write them.
_FULL_WIDTH = str.maketrans("０１２３４５６７８９－＋．，（）　￥", "0123456789-+.,() ¥")
_MINUS_SIGNS = str.maketrans({"−": "-", "–": "-", "﹣": "-"})
_NOISE = re.compile(r"[\s,¥$]|元|人民币|RMB|CNY", re.IGNORECASE)
_PLACEHOLDERS = frozenset({"", "-", "--", "---", "/", "—", "——", "N/A", "n/a"})
# The common case, written as banks write it; parsed without Decimal for speed, still exact.
_PLAIN = re.compile(r"([-+]?)(\d+)(?:\.(\d{1,2}))?", re.ASCII)
# All a statement writes: ASCII digits, one point; no exponent, no '_', no other script.
_DECIMAL = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)", re.ASCII)
LIMIT_FEN = 10**15  # ten trillion yuan: no card holds more, and fen stay far inside 64 bits
_MASKED = re.compile(r"[xyz*#?]+(?:[,.][xyz*#?]+)*", re.IGNORECASE)


def parse_amount(text: str) -> int | None:
    """Return the amount in fen, or None for an empty or placeholder cell.

    Raises CellError for anything that is not an exact amount of money.
    """
    quick = text.strip()
    # Most cells look like '2575.92': read them without the general machinery.
    if quick[-3:-2] == "." and quick[:-3].isascii() and quick[:-3].isdigit() \
            and quick[-2:].isascii() and quick[-2:].isdigit() and len(quick) < 16:
        return int(quick[:-3]) * 100 + int(quick[-2:])
    cleaned = _clean(text)
    if cleaned in _PLACEHOLDERS:
        return None
    plain = _PLAIN.fullmatch(cleaned)
    if plain:
        sign, whole, cents = plain.groups()
        fen = int(whole) * 100 + int((cents or "0").ljust(2, "0"))
        return _within_limit(-fen if sign == "-" else fen, text)
    return _within_limit(_parse_general(text, cleaned), text)


def _within_limit(fen: int, text: str) -> int:
    if abs(fen) >= LIMIT_FEN:
        raise CellError(Message("amount.too_large", text=text.strip()))
    return fen


def is_masked(text: str) -> bool:
    """True for a cell that hides its figure (ICBC writes balances as `xx,yyyy.zz`)."""
    return bool(_MASKED.fullmatch(_clean(text)))


def _clean(text: str) -> str:
    return _NOISE.sub("", text.translate(_FULL_WIDTH).translate(_MINUS_SIGNS))


def _parse_general(original: str, cleaned: str) -> int:
    negative = False
    if cleaned.startswith("(") and cleaned.endswith(")"):
        negative, cleaned = True, cleaned[1:-1]
    if cleaned.endswith("-") and cleaned[:-1].replace(".", "", 1).isdigit():
        negative, cleaned = True, cleaned[:-1]  # some ledgers put the sign last: 12.50-
    text = original.strip()
    if not _DECIMAL.fullmatch(cleaned):
        raise CellError(Message("amount.not_money", text=text))
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise CellError(Message("amount.not_money", text=text)) from None
    if not value.is_finite():
        raise CellError(Message("amount.not_money", text=text))
    fen = value * 100
    if fen != fen.to_integral_value():
        raise CellError(Message("amount.too_precise", text=text))
    result = int(fen)
    return -result if negative else result


def format_fen(fen: int, grouping: bool = False) -> str:
    """'1234.56' (the JSON contract), or '1,234.56' with grouping for people."""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    whole_text = f"{whole:,}" if grouping else str(whole)
    return f"{sign}{whole_text}.{cents:02d}"
