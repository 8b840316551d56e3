"""The word lists statements are read with, loaded once from the package's data files."""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from importlib import resources
from typing import Any

_UNITS = re.compile(r"\((元|人民币|rmb|cny)\)")
_FULL_WIDTH = str.maketrans("（）：　", "(): ")
_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060\u00ad"))


@cache
def load(name: str) -> dict[str, Any]:
    text = resources.files("balanceview.core.data").joinpath(name).read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    data.pop("_comment", None)
    return data


def column_synonyms() -> dict[str, list[str]]:
    columns = load("columns.json")
    return {role: [normalise_header(w) for w in names] for role, names in columns.items()}


def words(name: str) -> list[str]:
    found: list[str] = load("kinds.json")[name]
    return found


def normalise_header(text: str) -> str:
    """Header text as compared: NFKC (Kangxi radicals such as ⽇ U+2F47 and full-width forms
    made plain, as PDF converters write them), no invisible characters or spaces, ASCII
    brackets, no unit suffix, lower case."""
    plain = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    folded = "".join(plain.translate(_FULL_WIDTH).split()).lower()
    return _UNITS.sub("", folded)


def contains_any(text: str, candidates: list[str]) -> bool:
    return any(word in text for word in candidates)
