"""Card numbers, ID numbers and names, masked before they are stored, shown or logged."""

from __future__ import annotations

import re

_DIGITS = re.compile(r"\d")
_LONG_NUMBER = re.compile(r"\d[\d ]{10,}\d")


def mask_card(raw: str) -> str | None:
    """'6217 **** **** 5678' from a full or partly hidden card number; None if no digits show."""
    compact = "".join(raw.split())
    head = re.match(r"\d{1,4}", compact)
    tail = re.search(r"\d{4}$", compact)
    if not tail:
        return None
    start = head.group() if head and len(compact) > 4 else "****"
    return f"{start.ljust(4, '*')} **** **** {tail.group()}"


def mask_id_number(raw: str) -> str | None:
    """An ID number keeps its first four and last four characters."""
    compact = "".join(raw.split()).upper()
    if len(compact) < 8 or not _DIGITS.search(compact):
        return None
    return compact[:4] + "*" * (len(compact) - 8) + compact[-4:]


def mask_name(raw: str) -> str | None:
    name = raw.strip()
    if not name or set(name) <= {"*", "x", "X"}:
        return None
    return name[0] + "*" * max(1, len(name) - 1)


def scrub(text: str) -> str:
    """Hide any long run of digits in free text (a card number typed into a description)."""
    return _LONG_NUMBER.sub(lambda m: _hide_middle(m.group()), text)


def _hide_middle(number: str) -> str:
    digits = number.replace(" ", "")
    return digits[:4] + "*" * (len(digits) - 8) + digits[-4:]


def card_matches(masked: str, wanted: str) -> bool:
    """Whether a user's --card (full number, last digits or masked form) names this card."""
    wanted_compact = "".join(wanted.split())
    tail = masked[-4:]
    if wanted_compact == masked.replace(" ", ""):
        return True
    if wanted_compact.isdigit() and len(wanted_compact) >= 4:
        candidate = mask_card(wanted_compact) if len(wanted_compact) >= 8 else None
        return candidate == masked if candidate else wanted_compact.endswith(tail)
    return False
